import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import * as pagefind from "pagefind";
import { LANGS, langOf } from "../lib/site/i18n.ts";
import { countWords, everydaySiteWords, formatVocabulary, ordinaryNearWords, parseVocabulary, vocabularyPath } from "../lib/search/spelling.ts";
import { NAMES_FIELD } from "../lib/search/names.ts";
import { commonWords } from "../lib/search/commonWords.ts";
import { timed } from "../lib/site/buildTimings.ts";

/** What a Pagefind fragment file holds for a page (or, where pages are grouped, for each page by id). */
interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
}

/**
 * Writes each language's vocabulary (src/lib/search/spelling.ts) from the text Pagefind indexed, as its fragment
 * files hold it (gzip, then Pagefind's 12-byte signature, then JSON), with the app cards' names (names.ts). Returns
 * the words per language.
 */
export function writeVocabularies(dir: string): Record<string, number> {
  const fragmentDir = join(dir, "pagefind", "fragment");
  const texts = new Map(LANGS.map((lang) => [lang, [] as string[]]));
  const names = new Map(LANGS.map((lang) => [lang, [] as string[]]));
  for (const file of readdirSync(fragmentDir)) {
    const json = JSON.parse(gunzipSync(readFileSync(join(fragmentDir, file))).subarray(12).toString("utf8"));
    const fragments: Fragment[] = "content" in json ? [json] : Object.values(json);
    for (const { url, content, meta } of fragments) {
      texts.get(langOf(url))!.push(content);
      names.get(langOf(url))!.push(...(meta[NAMES_FIELD]?.split(" ").filter(Boolean) ?? []));
    }
  }
  const sizes: Record<string, number> = {};
  for (const [lang, list] of texts) {
    const counts = countWords(list);
    if (counts.size === 0) throw new Error(`No words for the ${lang} search vocabulary: has Pagefind's fragment format changed?`);
    const site = parseVocabulary(formatVocabulary(counts, { names: names.get(lang) }));
    const common = commonWords(lang);
    const lists = { names: names.get(lang), ordinary: ordinaryNearWords(common, site), everyday: everydaySiteWords(common, site) };
    writeFileSync(join(dir, vocabularyPath(lang)), formatVocabulary(counts, lists));
    sizes[lang] = counts.size;
  }
  return sizes;
}

/**
 * Indexes the built site with Pagefind's Node API once `astro build` has written `dist/`,
 * so every build is searchable. Only elements marked `data-pagefind-body` (guide text) are indexed.
 */
export async function indexSite(dir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join("; ")}`);
    if (added.page_count === 0) throw new Error("Pagefind indexed no pages: is data-pagefind-body missing?");
    const written = await index.writeFiles({ outputPath: `${dir}/pagefind` });
    if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join("; ")}`);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: "pagefind",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const { pages } = await timed("pagefind-index", () => indexSite(fileURLToPath(dir)));
        const words = Object.entries(timed("search-vocabulary", () => writeVocabularies(fileURLToPath(dir)))).map(([lang, n]) => `${n} ${lang}`);
        logger.info(`Indexed ${pages} pages for search; vocabularies of ${words.join(", ")} words.`);
      },
    },
  };
}
