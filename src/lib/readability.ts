/**
 * Flesch–Kincaid grade level, computed the same way as the team's review hook so the
 * test and the hook agree. Rough by design: it guards against long sentences and long words.
 */
import { stripMdx } from "./text.ts";

/** Syllables in an English word, by vowel groups with common silent endings removed. */
export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, "");
  if (!w) return 0;
  if (w.length <= 3) return 1;
  const groups = w
    .replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, "")
    .replace(/^y/, "")
    .match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 1);
}

/** Sentences of prose in an MDX body. */
function sentences(mdx: string): string[] {
  const text = stripMdx(mdx);
  // List items and table cells end at a line break even without a full stop.
  return text
    .split(/[.!?]+(?:\s|$)|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.split(/\s+/).length >= 3);
}

/** The Flesch–Kincaid grade of an MDX body, or NaN when it has no prose. */
export function fleschKincaidGrade(mdx: string): number {
  const sents = sentences(mdx);
  const words = sents
    .join(" ")
    .split(/\s+/)
    .filter((w) => /[a-z]/i.test(w) && !/^https?:|\.(com|org|gov)/i.test(w));
  if (!words.length) return NaN;
  const syl = words.reduce((n, w) => n + syllables(w), 0);
  return 0.39 * (words.length / sents.length) + 11.8 * (syl / words.length) - 15.59;
}
