/**
 * Words run together on screen: a sentence or phrase that ends and the next that starts with no space between, as in
 * "right now?Call 911". compressHTML drops the line break between an inline element and the text after it, so a
 * template that ends a sentence in <strong> or <a> and starts the next on a new source line shows this.
 */

/** Punctuation, then at once a capital (or ¿ ¡ opening a Spanish sentence). */
const JOIN = /([.?!,;:])([\p{Lu}¿¡])/gu;

/** Names written with a dot before a capitalised word, as their makers write them; not a join. */
const NAMES_WITH_A_DOT = ["Monkey.Cool"];

/** Whether the join at `at` (the punctuation) inside `word` is part of how the word is written. */
function isWritten(word: string, at: number): boolean {
  if (/https?:\/\/|www\.|@/.test(word)) return true;
  if (NAMES_WITH_A_DOT.some((name) => word.includes(name))) return true;
  // An acronym after a dot: "Character.AI", "MediaLab.AI", and abbreviations such as "U.S." and "e.g.".
  return word[at] === "." && /^\p{Lu}(\p{Lu}|\.)/u.test(word.slice(at + 1));
}

/** Each word of `text` in which two sentences or phrases touch, e.g. ["now?Call"]. */
export function runTogether(text: string): string[] {
  return text.split(/\s+/).filter((word) => [...word.matchAll(JOIN)].some((m) => !isWritten(word, m.index)));
}
