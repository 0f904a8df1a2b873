/**
 * Forgiving misspelled questions with no server: the build writes, per language, the words the search index holds
 * and how often each occurs (its vocabulary), and the search page corrects each term the index does not know
 * against it: "calculater" → "calculator", "familylink" → "family link". A term that matches nothing is dropped,
 * so "zzqx blorf" finds nothing rather than something.
 */
import type { Lang } from "../site/i18n.ts";
import { fold, STOPWORDS, words } from "./query.ts";
import { isTopicWord } from "./topicWords.ts";

/** Where the build writes a language's vocabulary: beside Pagefind's files, and precached with them. */
export function vocabularyPath(lang: Lang): string {
  return `/pagefind/vocabulary.${lang}.txt`;
}

/** Whether a word is one the vocabulary holds and correction considers: three letters or more, no digits, not filler. */
function worthCorrecting(word: string): boolean {
  return word.length >= 3 && !/\d/.test(word) && !STOPWORDS.has(word);
}

/** How often each word worth correcting to occurs in the texts. */
export function countWords(texts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of words(text)) {
      if (!worthCorrecting(word)) continue;
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return counts;
}

/** Word lists that travel with the vocabulary (see formatVocabulary), each on its line after its mark. */
export interface WordLists {
  /** "@": the words that name an app (names.ts). */
  names?: string[];
  /** "!": ordinary words of the language, not the site's, never corrected (ordinaryNearWords). */
  ordinary?: string[];
  /** "~": the site's words that are everyday words of the language (everydaySiteWords). */
  everyday?: string[];
}

/**
 * The vocabulary file: a line per count, "3 word word …", so each count is written once and the words compress well;
 * then the word lists (WordLists), each on a line of its own after its mark: "@ roblox robux …", "! pancakes …".
 */
export function formatVocabulary(counts: Map<string, number>, { names = [], ordinary = [], everyday = [] }: WordLists = {}): string {
  const byCount = new Map<number, string[]>();
  for (const [word, count] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    byCount.set(count, [...(byCount.get(count) ?? []), word]);
  }
  const lines = [...byCount].sort(([a], [b]) => a - b).map(([count, list]) => `${count} ${list.join(" ")}`);
  const list = (words: string[]) => [...new Set(words)].sort().join(" ");
  return [...lines, `@ ${list(names)}`, `! ${list(ordinary)}`, `~ ${list(everyday)}`].join("\n") + "\n";
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
  /** Ordinary words of the language that are not the site's, without accents: never corrected (ordinaryNearWords). */
  ordinary: Set<string>;
  /** The site's words that are everyday words of the language, without accents (everydaySiteWords). */
  everyday: Set<string>;
  /** Their stems: another form of an everyday word ("sacar" for "saca", "recibo" for "recibe") is everyday too. */
  everydayStems: Set<string>;
}

export function parseVocabulary(text: string): Vocabulary {
  const lines = text.split("\n").filter(Boolean);
  const listed = (mark: string) => new Set(lines.filter((l) => l.startsWith(`${mark} `)).flatMap((l) => l.slice(2).split(" ").filter(Boolean).map(fold)));
  const entries: Entry[] = lines
    .filter((l) => /^\d/.test(l))
    .flatMap((line) => {
      const [count, ...list] = line.split(" ");
      return list.map((word) => ({ word, plain: fold(word), count: Number(count) }));
    })
    .sort((a, b) => b.count - a.count);
  const byPlain = new Map<string, Entry>();
  for (const entry of entries) if (!byPlain.has(entry.plain)) byPlain.set(entry.plain, entry);
  const everyday = listed("~");
  return { entries, byPlain, names: listed("@"), ordinary: listed("!"), everyday, everydayStems: new Set([...everyday].map(stem)) };
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
 * the split whose rarer half is commonest), else, for the word still being typed (`typing`), a word begun ("calcul"
 * → "calculator", the commonest), else the nearest word within maxEdits that starts alike, the commonest among
 * equally near. Typing slips rarely hit the first letter ("walmart" is not "calmar") but may drop it ("estorsion").
 */
export function correctTerm(term: string, { entries, byPlain }: Vocabulary, typing = true): string | undefined {
  const plain = fold(term);
  let split: { words: string; count: number } | undefined;
  for (let i = MIN_PART; i <= plain.length - MIN_PART; i++) {
    const [a, b] = [byPlain.get(plain.slice(0, i)), byPlain.get(plain.slice(i))];
    if (a && b && Math.min(a.count, b.count) > (split?.count ?? 0)) split = { words: `${a.word} ${b.word}`, count: Math.min(a.count, b.count) };
  }
  if (split) return split.words;
  if (typing && plain.length >= MIN_BEGINNING) {
    const begun = entries.find((e) => e.plain.startsWith(plain));
    if (begun) return begun.word;
  }
  let nearest: Entry | undefined;
  let best = maxEdits(plain) + 1;
  for (const entry of entries) {
    if (!startsAlike(plain, entry.plain) || Math.abs(entry.plain.length - plain.length) >= best) continue;
    const distance = editDistance(plain, entry.plain, best - 1);
    if (distance < best) [nearest, best] = [entry, distance];
  }
  return nearest?.word;
}

/** Whether a typed word starts as a word of the index does, or as it does without its first letter. */
function startsAlike(typed: string, word: string): boolean {
  return typed[0] === word[0] || typed[0] === word[1];
}

/** Endings that make another form of the same word, English and Spanish, longest first. */
const FORM_ENDINGS = ["iendo", "ando", "ados", "adas", "ing", "ers", "ado", "ada", "ido", "ida", "ed", "es", "er", "ly", "os", "as", "ar", "ir", "io", "s", "e", "o", "a"];

/** Letters two words must share at their start to be taken as forms of one word when correcting. */
const FORM_BEGINNING = 8;

/** A word without the ending of its form, kept to three letters or more. */
function stem(plain: string): string {
  const ending = FORM_ENDINGS.find((e) => plain.endsWith(e) && plain.length - e.length >= 3);
  return ending ? plain.slice(0, -ending.length) : plain;
}

/** Whether two words are forms of one ("abusing", "abuse"; "recibo", "recibió"), not different words ("passport", "password"). */
export function sameWord(a: string, b: string): boolean {
  const [x, y] = [stem(fold(a)), stem(fold(b))].sort((p, q) => p.length - q.length);
  // A short stem says too little ("misa" and "mismo" share "mis"): it must be the whole of the other.
  return x === y || (x.length >= SHORT_STEM && y.startsWith(x) && y.length - x.length <= 2);
}

/** Stems shorter than this match only themselves. */
const SHORT_STEM = 5;

/**
 * The words of a language's word list (`dictionary`, read at build time) that correctTerm would turn into a different
 * word of the site: a parent who types "passport" means passport, not "password", and a question about cooking
 * should find nothing. The search page drops these words instead of correcting them; the list holds only the
 * words correction would touch, so the page downloads a few thousand words, not the dictionary.
 */
export function ordinaryNearWords(dictionary: Iterable<string>, vocabulary: Vocabulary): string[] {
  // correctTerm, made fast for a whole word list: words within two edits of each other share a deletion of up to two
  // letters (symmetric delete), so only those are measured.
  const rank = new Map(vocabulary.entries.map((e, i) => [e.plain, i] as const).reverse());
  const byDeletion = new Map<string, string[]>();
  for (const plain of rank.keys()) for (const d of deletionsOf(plain, 2)) byDeletion.set(d, [...(byDeletion.get(d) ?? []), plain]);
  const beginnings = new Map<string, string>();
  for (const plain of rank.keys()) {
    for (let n = MIN_BEGINNING; n < plain.length; n++) {
      const begun = plain.slice(0, n);
      if ((rank.get(beginnings.get(begun) ?? "") ?? Infinity) > rank.get(plain)!) beginnings.set(begun, plain);
    }
  }
  const near = new Set<string>();
  for (const word of dictionary) {
    const plain = fold(word.toLowerCase());
    if (plain.length < MIN_PART || !/^\p{L}+$/u.test(plain) || rank.has(plain) || STOPWORDS.has(plain)) continue;
    let to: string | undefined;
    for (let i = MIN_PART; i <= plain.length - MIN_PART && !to; i++) if (rank.has(plain.slice(0, i)) && rank.has(plain.slice(i))) to = correctTerm(plain, vocabulary);
    to ??= plain.length >= MIN_BEGINNING ? beginnings.get(plain) : undefined;
    const edits = maxEdits(plain);
    if (!to && edits > 0) {
      // The nearest with the same first letter, then the commonest (first in entries), as correctTerm picks.
      let best = { distance: edits + 1, rank: Infinity };
      for (const candidate of new Set([...deletionsOf(plain, edits)].flatMap((d) => byDeletion.get(d) ?? []))) {
        if (!startsAlike(plain, candidate)) continue;
        const found = { distance: editDistance(plain, candidate, edits), rank: rank.get(candidate)! };
        if (found.distance > edits) continue;
        if (found.distance < best.distance || (found.distance === best.distance && found.rank < best.rank)) [best, to] = [found, candidate];
      }
    }
    if (to && !to.split(" ").some((w) => sameWord(w, plain))) near.add(plain);
  }
  return [...near];
}

/** A word and every word made by deleting up to `depth` of its letters. */
function deletionsOf(word: string, depth: number): Set<string> {
  const all = new Set([word]);
  let last = [word];
  for (let d = 0; d < depth; d++) {
    last = last.flatMap((w) => Array.from({ length: w.length }, (_, i) => w.slice(0, i) + w.slice(i + 1))).filter((w) => !all.has(w) && all.add(w));
  }
  return all;
}

/**
 * The site's words that are everyday words of the language (in `common`, its commonest words) and do not carry the
 * site's subject (topicWords.ts): "score", "night", "card". Alone they make no page a result (query.ts).
 */
export function everydaySiteWords(common: Iterable<string>, vocabulary: Vocabulary): string[] {
  // By stem, so "ofertas" is everyday as "oferta" is.
  const commonStems = new Set([...common].map((w) => stem(fold(w.toLowerCase()))));
  return [...vocabulary.byPlain.keys()].filter((plain) => commonStems.has(stem(plain)) && !isTopicWord(plain) && !vocabulary.names.has(plain));
}

/** Whether a term is an everyday word of the site (everydaySiteWords), in the form typed or without a common ending. */
export function isEveryday(term: string, { byPlain, everyday, everydayStems }: Vocabulary): boolean {
  const plain = fold(term);
  if (byPlain.has(plain)) return everyday.has(plain);
  return everydayStems.has(stem(plain));
}

export interface Correction {
  from: string;
  to: string;
}

export interface Corrected {
  /** The terms to search. */
  terms: string[];
  corrections: Correction[];
  /** How many words of the question the site does not have. */
  dropped: number;
  /** Terms reached by a far guess (two edits), which cannot make a page a result alone. */
  weak: Set<string>;
}

/**
 * The terms to search: each the index knows (`known`: Pagefind finds it, stemmed, or the vocabulary holds it)
 * as it is, each other corrected (correctTerm) or, if it is an ordinary word or nothing is near, dropped: `dropped`
 * counts the words of the question the site does not have.
 */
export function correctTerms(terms: string[], known: (term: string) => boolean, vocabulary: Vocabulary): Corrected {
  const kept: string[] = [];
  const corrections: Correction[] = [];
  const weak = new Set<string>();
  let dropped = 0;
  for (const [i, term] of terms.entries()) {
    const plain = fold(term);
    // A word of the pages, perhaps typed without its accents ("sextorsion"): searched as the pages spell it.
    const spelled = vocabulary.byPlain.get(plain)?.word;
    if (spelled) {
      kept.push(spelled);
      continue;
    }
    // Another form of a word of the pages ("youtub"), which Pagefind's stemming finds, or a word the vocabulary leaves
    // out ("ps5", "ig"). Its stemming also finds "misa" in "misión": a form is trusted only when the vocabulary holds
    // the same word.
    if (known(term) && (!worthCorrecting(plain) || vocabulary.names.has(plain) || vocabulary.entries.some((e) => sameWord(e.plain, plain)))) {
      kept.push(term);
      continue;
    }
    // Only the last word may still be being typed.
    const to = vocabulary.ordinary.has(plain) ? undefined : correctTerm(term, vocabulary, i === terms.length - 1);
    if (!to) {
      // A number or a two-letter word the site lacks ("11" in "windows 11") says nothing about the question's subject.
      if (worthCorrecting(plain)) dropped++;
      continue;
    }
    const words = to.split(" ");
    kept.push(...words);
    corrections.push({ from: term, to });
    // Two edits may turn a word the site lacks into one it has ("consular" → "consola"): such a guess can rank pages
    // but not make one a result, unless it names an app ("robloks" → "roblox").
    // A long shared beginning is another form, not a guess ("desaparecio" → "desaparecidos").
    if (words.length === 1 && editDistance(plain, fold(to), 2) > 1 && !vocabulary.names.has(fold(to)) && !fold(to).startsWith(plain) && !fold(to).startsWith(plain.slice(0, FORM_BEGINNING)))
      weak.add(to);
  }
  return { terms: [...new Set(kept)], corrections, dropped, weak };
}

/** The question as the parent typed it, with each correction put in, to show what was searched. */
export function correctedQuestion(question: string, corrections: Correction[]): string {
  // `from` is letters and digits only (see words), so it is safe in a pattern as it is.
  return corrections.reduce((q, { from, to }) => q.replace(new RegExp(`(?<![\\p{L}\\p{N}])${from}(?![\\p{L}\\p{N}])`, "iu"), to), question);
}
