/**
 * Readability scores. English: Flesch–Kincaid grade level, computed the same way as the team's review hook so the
 * test and the hook agree. Spanish: Fernández Huerta reading ease. Rough by design: they guard against long
 * sentences and long words.
 */
import { stripMdx } from "../content/text.ts";

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

/** The words of the given sentences, without web addresses. */
function wordsOf(sents: string[]): string[] {
  return sents
    .join(" ")
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w) && !/^https?:|\.(com|org|gov)/i.test(w));
}

/** The Flesch–Kincaid grade of an English MDX body, or NaN when it has no prose. */
export function fleschKincaidGrade(mdx: string): number {
  const sents = sentences(mdx);
  const words = wordsOf(sents);
  if (!words.length) return NaN;
  const syl = words.reduce((n, w) => n + syllables(w), 0);
  return 0.39 * (words.length / sents.length) + 11.8 * (syl / words.length) - 15.59;
}

const SPANISH_VOWEL = /[aeiouáéíóúü]/;
const STRONG = /[aeoáéó]|[íú]/; // a stressed í or ú breaks a diphthong like a strong vowel

/** Syllables in a Spanish word: vowel groups, split where two strong vowels meet (hiato). */
export function syllablesEs(word: string): number {
  const w = word.toLowerCase().replace(/[^a-záéíóúüñ]/g, "");
  let count = 0;
  for (let i = 0; i < w.length; i++) {
    if (!SPANISH_VOWEL.test(w[i])) continue;
    const prev = w[i - 1];
    const startsNucleus = !prev || !SPANISH_VOWEL.test(prev) || (STRONG.test(prev) && STRONG.test(w[i]));
    // "qu" and "gu" before e/i: the u is silent, not its own syllable.
    const silentU = w[i] === "u" && (prev === "q" || prev === "g") && /[eéií]/.test(w[i + 1] ?? "");
    if (startsNucleus && !silentU) count++;
  }
  return Math.max(1, count);
}

/**
 * Fernández Huerta reading ease of a Spanish MDX body (higher is easier; 70–80 is "bastante fácil",
 * 80–90 "fácil"), or NaN when it has no prose. L = 206.84 − 0.60·P − 1.02·F with P syllables per 100 words and F,
 * as in Law's correction of the published formula, words per sentence (so longer sentences score harder).
 */
export function fernandezHuerta(mdx: string): number {
  const sents = sentences(mdx);
  const words = wordsOf(sents);
  if (!words.length) return NaN;
  const syl = words.reduce((n, w) => n + syllablesEs(w), 0);
  return 206.84 - 0.6 * ((syl / words.length) * 100) - 1.02 * (words.length / sents.length);
}
