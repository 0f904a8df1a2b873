/**
 * The Spanish style sheet (content/spanish-style.yaml): one word per concept, phrases to avoid, and how to address a
 * parent. The content check fails on an avoided phrase, naming the file and line, and reports a non-preferred word;
 * the interface strings are checked the same way. Notes' quotes, titles and addresses are the publishers' own words
 * and are never checked.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "astro/zod";

const termSchema = z
  .object({
    /** What the words name, in English, e.g. "the phone". */
    concept: z.string().min(2),
    /** The word the site uses. */
    use: z.string().min(2),
    /** Other words for the same thing: reported where they appear. */
    instead: z.array(z.string().min(2)).min(1),
    /** Phrases in which one of those words is right after all (a phone number is a "número de teléfono"). */
    keep: z.array(z.string().min(2)).default([]),
    /** When a listed word is still right. */
    note: z.string().optional(),
    /** The review finding or decision behind it. */
    why: z.string().min(2),
  })
  .strict();

const phraseSchema = z
  .object({
    /** A phrase no Spanish page or string may use (matched without regard to case). */
    phrase: z.string().min(3),
    /** What to write instead. */
    use: z.string().min(2),
    why: z.string().min(2),
  })
  .strict();

export const styleSheetSchema = z
  .object({
    /** How to address a parent without assuming gender. */
    address: z.string().min(20),
    /** Questions decided once, with the reason. */
    decisions: z.array(z.object({ question: z.string(), decision: z.string(), why: z.string() }).strict()),
    terms: z.array(termSchema),
    avoid: z.array(phraseSchema),
  })
  .strict();

export type StyleSheet = z.infer<typeof styleSheetSchema>;

/** Where the sheet lives: beside the guides, moved with them by GUIDES_DIR. */
export function styleSheetPath(base = process.env.GUIDES_DIR ?? "content"): string {
  return join(base, "spanish-style.yaml");
}

let cached: StyleSheet | undefined;

/** The style sheet, read and checked once; a bad sheet throws, naming the file and the field. */
export function styleSheet(path = styleSheetPath()): StyleSheet {
  if (cached && path === styleSheetPath()) return cached;
  const parsed = styleSheetSchema.safeParse(parseYaml(readFileSync(path, "utf8")));
  if (!parsed.success) {
    throw new Error(parsed.error.issues.map((i) => `${path}: ${i.path.join(".")}: ${i.message}`).join("\n"));
  }
  if (path === styleSheetPath()) cached = parsed.data;
  return parsed.data;
}

/** A place in a text where the sheet has something to say. */
export interface StyleHit {
  /** 1-based line in the text. */
  line: number;
  /** The words found. */
  found: string;
  /** What to write instead. */
  use: string;
}

/** Lines of a page that are the publishers' own words (notes' quotes, titles, publishers, addresses): not checked. */
const PUBLISHERS_WORDS = /^\s+(quote|title|publisher|url):|^\s+-\s+(title|publisher):/;

/** Patterns made so far, by words: the sheet's few hundred are reused for every page of a build. */
const patterns = new Map<string, RegExp>();

/**
 * The words as a whole-word pattern, case-insensitive, letters with accents counted as letters. Global and shared:
 * leave its lastIndex at 0 (replace and matchAll leave it so; matchAll starts from it).
 */
function wordPattern(words: string): RegExp {
  let pattern = patterns.get(words);
  if (!pattern) {
    const escaped = words.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
    pattern = new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, "giu");
    patterns.set(words, pattern);
  }
  return pattern;
}

function hits(text: string, pairs: { words: string; use: string; keep?: string[] }[]): StyleHit[] {
  const found: StyleHit[] = [];
  // Only the pairs whose words are somewhere in the text can be on one of its lines.
  const present = pairs.filter(({ words }) => {
    const pattern = wordPattern(words);
    pattern.lastIndex = 0;
    const found = pattern.test(text);
    // matchAll starts from the pattern's lastIndex, which test() moved.
    pattern.lastIndex = 0;
    return found;
  });
  if (present.length === 0) return found;
  text.split("\n").forEach((line, i) => {
    if (PUBLISHERS_WORDS.test(line)) return;
    for (const { words, use, keep = [] } of present) {
      // A phrase the sheet keeps is blanked out first, so the word inside it is not reported.
      const checked = keep.reduce((l, k) => l.replace(wordPattern(k), (m) => " ".repeat(m.length)), line);
      for (const m of checked.matchAll(wordPattern(words))) found.push({ line: i + 1, found: m[0], use });
    }
  });
  return found;
}

/** Avoided phrases in a Spanish text: the content check fails on each. */
export function avoidedPhrases(text: string, sheet: StyleSheet = styleSheet()): StyleHit[] {
  return hits(text, sheet.avoid.map((a) => ({ words: a.phrase, use: a.use })));
}

/** Non-preferred words in a Spanish text: reported, with the word the sheet prefers. */
export function otherTerms(text: string, sheet: StyleSheet = styleSheet()): StyleHit[] {
  return hits(text, sheet.terms.flatMap((t) => t.instead.map((words) => ({ words, use: t.use, keep: t.keep }))));
}
