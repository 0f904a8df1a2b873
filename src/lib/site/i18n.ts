/**
 * Languages, their addresses and every interface string. English lives at the permanent root addresses;
 * Spanish under /es/ with Spanish path words and the same guide slugs, so a guide's translation is found by slug.
 * The strings themselves live in i18n/, one file per part of the site.
 */
import { chrome } from "./i18n/chrome.ts";
import { search } from "./i18n/search.ts";
import { guides } from "./i18n/guides.ts";
import { cards } from "./i18n/cards.ts";
import { print } from "./i18n/print.ts";
import { offline } from "./i18n/offline.ts";
import { schools } from "./i18n/schools.ts";
import { newsletter } from "./i18n/newsletter.ts";
import { talks } from "./i18n/talks.ts";
import { letter } from "./i18n/letter.ts";
import { ages } from "./i18n/ages.ts";
import { plan } from "./i18n/plan.ts";

export const LANGS = ["en", "es"] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = "en";

/** BCP 47 locale for dates and `hreflang`. */
export const LOCALES: Record<Lang, string> = { en: "en-US", es: "es-US" };

/** English path words and their Spanish counterparts. */
const SEGMENTS_ES: Record<string, string> = {
  guides: "guias",
  help: "ayuda",
  topics: "temas",
  search: "buscar",
  print: "imprimir",
  offline: "sin-conexion",
  schools: "escuelas",
  letter: "carta",
  newsletter: "boletin",
  talks: "charlas",
  handout: "hoja",
  "read-offline": "leer-sin-conexion",
  changes: "cambios",
  ages: "edades",
  compare: "comparar",
  // The one age stage whose slug has words (src/lib/content/ages.ts); the others are numbers in both languages.
  "under-9": "menos-de-9",
};
const SEGMENTS_EN = Object.fromEntries(Object.entries(SEGMENTS_ES).map(([en, es]) => [es, en]));

/** The language of a site path. */
export function langOf(path: string): Lang {
  return path === "/es" || path.startsWith("/es/") ? "es" : "en";
}

/**
 * The address of the same page in another language, e.g. "/guides/x/" → "/es/guias/x/".
 * Slugs and topic ids stay as they are; only the known path words change.
 */
export function translatePath(path: string, to: Lang): string {
  const from = langOf(path);
  const parts = path.replace(/^\/es(?=\/|$)/, "").split("/").filter(Boolean);
  const table = from === to ? {} : to === "es" ? SEGMENTS_ES : SEGMENTS_EN;
  const translated = parts.map((p) => table[p] ?? p);
  const prefix = to === "es" ? "/es" : "";
  return `${prefix}/${translated.join("/")}${translated.length ? "/" : ""}`;
}

/** A site path in a language, written in English path words: localPath("es", "/guides/x/") → "/es/guias/x/". */
export function localPath(lang: Lang, englishPath: string): string {
  return translatePath(englishPath, lang);
}

/**
 * The interface strings by part of the site, one file each in i18n/ named as the key here, both languages side by
 * side. The Spanish style check reads them part by part to name the file.
 */
export const UI_PARTS = { chrome, search, guides, cards, print, offline, schools, newsletter, talks, letter, ages, plan };

type Parts = typeof UI_PARTS;
export type UiKey = { [P in keyof Parts]: keyof Parts[P]["en"] }[keyof Parts];

/** One table per language, every part's strings together (a unit test checks no key is in two parts). */
function table(lang: Lang): Record<UiKey, string> {
  // fromEntries forgets the keys; each part's own type already ties them to UiKey.
  return Object.fromEntries(Object.values(UI_PARTS).flatMap((part) => Object.entries(part[lang]))) as Record<UiKey, string>;
}

export const UI: Record<Lang, Record<UiKey, string>> = { en: table("en"), es: table("es") };

/** An interface string in a language, with {placeholders} filled in. */
export function t(lang: Lang, key: UiKey, vars: Record<string, string | number> = {}): string {
  return UI[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}
