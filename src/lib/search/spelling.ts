/**
 * Forgiving misspelled questions with no server: the build writes, per language, the words the search index holds
 * and how often each occurs (its vocabulary), and the search page corrects each term the index does not know
 * against it: "calculater" → "calculator", "familylink" → "family link". A term that matches nothing is dropped,
 * so "zzqx blorf" finds nothing rather than something.
 */
import type { Lang } from "../site/i18n.ts";
import { fold, STOPWORDS, words } from "./query.ts";

/** Where the build writes a language's vocabulary: beside Pagefind's files, and precached with them. */
export function vocabularyPath(lang: Lang): string {
  return `/pagefind/vocabulary.${lang}.txt`;
}

/** How often each word worth correcting to occurs in the texts: three letters or more, no digits, not filler. */
export function countWords(texts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of words(text)) {
      if (word.length < 3 || /\d/.test(word) || STOPWORDS.has(word)) continue;
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * The vocabulary file: a line per count, "3 word word …", so each count is written once and the words compress well;
 * then the app names (names.ts) on a line of their own, "@ roblox robux …".
 */
export function formatVocabulary(counts: Map<string, number>, names: string[] = []): string {
  const byCount = new Map<number, string[]>();
  for (const [word, count] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    byCount.set(count, [...(byCount.get(count) ?? []), word]);
  }
  const lines = [...byCount].sort(([a], [b]) => a - b).map(([count, list]) => `${count} ${list.join(" ")}`);
  return [...lines, `@ ${[...new Set(names)].sort().join(" ")}`].join("\n") + "\n";
}

interface Entry {
  word: string;
  /** The word without accents, as it is compared. */
  plain: string;
  count: number;
}

export interface Vocabulary {
  /** Most frequent first, so the first of equally good corrections is the commonest word. */
  entries: Entry[];
  byPlain: Map<string, Entry>;
  /** The words that name an app, without accents. */
  names: Set<string>;
}

export function parseVocabulary(text: string): Vocabulary {
  const lines = text.split("\n").filter(Boolean);
  const names = new Set(lines.filter((l) => l.startsWith("@ ")).flatMap((l) => l.slice(2).split(" ").filter(Boolean).map(fold)));
  const entries: Entry[] = lines
    .filter((l) => !l.startsWith("@ "))
    .flatMap((line) => {
      const [count, ...list] = line.split(" ");
      return list.map((word) => ({ word, plain: fold(word), count: Number(count) }));
    })
    .sort((a, b) => b.count - a.count);
  const byPlain = new Map<string, Entry>();
  for (const entry of entries) if (!byPlain.has(entry.plain)) byPlain.set(entry.plain, entry);
  return { entries, byPlain, names };
}

/**
 * Damerau–Levenshtein distance (optimal string alignment): each inserted, deleted or changed letter and each swap
 * of two neighbours ("instagarm") costs one. Past `limit` it stops and answers limit + 1: the search page measures
 * a term against every word of the vocabulary, so three rows of numbers are kept, not the whole table.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  let [before, previous, row] = [0, 1, 2].map(() => new Uint16Array(b.length + 1)); // rows i - 2, i - 1 and i
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j], before[j - 2] + 1);
      least = Math.min(least, row[j]);
    }
    if (least > limit) return limit + 1;
    [before, previous, row] = [previous, row, before];
  }
  return previous[b.length];
}

/** Shorter halves of a joined word ("my"+"phone") are too often a filler word or a chance split. */
const MIN_PART = 3;
/** A word beginning shorter than this ("app", "sex") is not completed: it has too many endings. */
const MIN_BEGINNING = 4;

/**
 * Edits a misspelling may be away from its word: none under five letters (too many short words lie one edit
 * apart: "porn", "born"), one for five or six ("youtub"), two from seven ("robloks", "sextorsion", "estorsion").
 */
function maxEdits(word: string): number {
  return word.length < 5 ? 0 : word.length < 7 ? 1 : 2;
}

/**
 * The index's words for a term it does not know, or undefined: two words typed joined ("familylink" → "family link",
 * the split whose rarer half is commonest), else a word begun ("calcul" → "calculator", the commonest), else the
 * nearest word within maxEdits (the commonest among equally near).
 */
export function correctTerm(term: string, { entries, byPlain }: Vocabulary): string | undefined {
  const plain = fold(term);
  let split: { words: string; count: number } | undefined;
  for (let i = MIN_PART; i <= plain.length - MIN_PART; i++) {
    const [a, b] = [byPlain.get(plain.slice(0, i)), byPlain.get(plain.slice(i))];
    if (a && b && Math.min(a.count, b.count) > (split?.count ?? 0)) split = { words: `${a.word} ${b.word}`, count: Math.min(a.count, b.count) };
  }
  if (split) return split.words;
  if (plain.length >= MIN_BEGINNING) {
    const begun = entries.find((e) => e.plain.startsWith(plain));
    if (begun) return begun.word;
  }
  let nearest: Entry | undefined;
  let best = maxEdits(plain) + 1;
  for (const entry of entries) {
    if (Math.abs(entry.plain.length - plain.length) >= best) continue;
    const distance = editDistance(plain, entry.plain, best - 1);
    if (distance < best) [nearest, best] = [entry, distance];
  }
  return nearest?.word;
}

export interface Correction {
  from: string;
  to: string;
}

/**
 * The terms to search: each the index knows (`known`: Pagefind finds it, stemmed, or the vocabulary holds it)
 * as it is, each other corrected (correctTerm) or, if nothing is near, dropped.
 */
export function correctTerms(terms: string[], known: (term: string) => boolean, vocabulary: Vocabulary): { terms: string[]; corrections: Correction[] } {
  const kept: string[] = [];
  const corrections: Correction[] = [];
  for (const term of terms) {
    if (known(term) || vocabulary.byPlain.has(fold(term))) {
      kept.push(term);
      continue;
    }
    const to = correctTerm(term, vocabulary);
    if (!to) continue;
    kept.push(...to.split(" "));
    corrections.push({ from: term, to });
  }
  return { terms: [...new Set(kept)], corrections };
}

/** The question as the parent typed it, with each correction put in, to show what was searched. */
export function correctedQuestion(question: string, corrections: Correction[]): string {
  // `from` is letters and digits only (see words), so it is safe in a pattern as it is.
  return corrections.reduce((q, { from, to }) => q.replace(new RegExp(`(?<![\\p{L}\\p{N}])${from}(?![\\p{L}\\p{N}])`, "iu"), to), question);
}
