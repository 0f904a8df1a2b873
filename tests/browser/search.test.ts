import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { useSite } from "../helpers/site.ts";
import { DIST } from "../helpers/dist.ts";
import { guideUrl } from "@/lib/content/guides";
import { localPath, type Lang } from "@/lib/site/i18n";
import { NAMES_FIELD } from "@/lib/search/names";
import { openSearch, type SearchPage } from "../helpers/searchEval.ts";

const PHRASINGS_DIR = join(import.meta.dirname, "..", "fixtures", "search-phrasings");
/**
 * [expected URL, phrasing, language] for every phrasing a parent might type: per guide (<slug>.json) and per app
 * card (apps/<slug>.json, once cards exist), in each language (Spanish under es/).
 */
const phrasings = (["en", "es"] as const).flatMap((lang) => {
  const dir = lang === "en" ? PHRASINGS_DIR : join(PHRASINGS_DIR, lang);
  const sets = [
    { dir, url: (slug: string) => guideUrl(slug, lang) },
    { dir: join(dir, "apps"), url: (slug: string) => localPath(lang, `/apps/${slug}/`) },
  ];
  return sets.flatMap(({ dir, url }) =>
    (existsSync(dir) ? readdirSync(dir) : [])
      .filter((f) => f.endsWith(".json"))
      .flatMap((f) => (JSON.parse(readFileSync(join(dir, f), "utf8")) as string[]).map((q) => [url(f.replace(/\.json$/, "")), q, lang] as const)),
  );
});

const site = useSite();
/** The search page shown last, to read its status and results after search(). */
let page: Page;
const searchPages = new Map<Lang, SearchPage>();

/**
 * The result links the search page in a language shows for a query typed into its box. Each language's page is
 * opened once and asked every question in turn, as a parent refining a question would, so Pagefind loads once.
 */
async function search(query: string, lang: Lang = "en"): Promise<string[]> {
  let searchPage = searchPages.get(lang);
  if (!searchPage) {
    searchPage = await openSearch(site.browser, site.url, lang);
    searchPages.set(lang, searchPage);
  }
  page = searchPage.page;
  return searchPage.ask(query);
}

describe("search answers parents' own words", () => {
  it("has phrasings to test", () => {
    expect(phrasings.length).toBeGreaterThanOrEqual(3);
  });

  it.each(phrasings)("%s comes first for “%s”", async (url, query, lang) => {
    const results = await search(query, lang);
    expect(results[0]).toBe(url);
    // Each language's search page answers from that language's guides only.
    expect(results.every((r) => r.startsWith("/es/") === (lang === "es"))).toBe(true);
  });

  it.each([
    ["zzqx blorf", "en"],
    ["best pizza recipe", "en"],
    ["xylophone", "en"],
    ["best safe app for my phone", "en"],
    ["receta de pizza", "es"],
  ] as const)("finds nothing for “%s”, a question with no word of any page, and says so", async (query, lang) => {
    expect(await search(query, lang)).toEqual([]);
    await expect(page.locator("#search-status").textContent()).resolves.toMatch(lang === "en" ? /^Nothing found/ : /^No se encontró nada/);
  });
});

/** [card URL, its names, language] for every card, as each built card lists the words that name it (names.ts). */
const cardNames = (["en", "es"] as const).flatMap((lang) => {
  const dir = join(DIST, localPath(lang, "/apps/"));
  // The comparison table lives beside the cards and is not one (nor in the index).
  const compare = localPath(lang, "/apps/compare/").split("/").at(-2);
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== compare && existsSync(join(dir, d.name, "index.html")))
    .map((d) => {
      const html = readFileSync(join(dir, d.name, "index.html"), "utf8");
      const names = new RegExp(`data-pagefind-meta="${NAMES_FIELD}"[^>]*>([^<]*)<`).exec(html)?.[1].split(" ").filter(Boolean) ?? [];
      return [localPath(lang, `/apps/${d.name}/`), names, lang] as const;
    });
});

describe("app names and nicknames", () => {
  it("has the names of every card in both languages", () => {
    expect(cardNames).toHaveLength(48);
    expect(cardNames.flatMap(([, names]) => names)).toEqual(expect.arrayContaining(["insta", "snap", "roblox", "discord", "fortnite", "guasap"]));
  });

  it.each(cardNames)("%s comes first for each of its names: %j", async (url, names, lang) => {
    expect(names.length).toBeGreaterThan(0);
    const misses: string[] = [];
    for (const name of names) {
      const first = (await search(name, lang))[0];
      if (first !== url) misses.push(`“${name}”: ${first}`);
    }
    expect(misses).toEqual([]);
  });
});

describe("misspelled questions", () => {
  it.each([
    ["calculater app", "en", "spot-hidden-vault-apps", "calculator app"],
    ["sextorsion", "en", "sextortion-threats-to-share-photos", "sextortion"],
    ["familylink", "en", "android-family-link", "family link"],
    // Parents' own questions (frontmatter `questions`) spell it without its accent, and accents are optional.
    ["estorsion fotos", "es", "sextortion-threats-to-share-photos", "extorsion fotos"],
  ] as const)("“%s” finds the right guide and shows what was searched", async (query, lang, slug, corrected) => {
    expect((await search(query, lang))[0]).toBe(guideUrl(slug, lang));
    const showing = lang === "en" ? "Showing results for" : "Resultados para";
    await expect(page.locator("#search-status").textContent()).resolves.toContain(`${showing} “${corrected}”`);
  });

  it("“youtub history” finds the YouTube history guide (Pagefind knows “youtub” as the stem of “youtube”)", async () => {
    expect((await search("youtub history"))[0]).toBe(guideUrl("check-youtube-history"));
  });
});

describe("each result", () => {
  it("shows its summary and an excerpt with the matched words marked", async () => {
    await search("calculator app hiding photos");
    const first = page.locator("#search-results li").first();
    const [summary, excerpt] = await first.locator("p").allTextContents();
    expect(summary).toMatch(/calculator/i);
    expect(excerpt).not.toBe(summary);
    // The excerpt marks the words of the question it holds (Pagefind picks the passage).
    const marked = await first.locator("p mark").allTextContents();
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.every((m) => /calculator|app|hid|photo/i.test(m))).toBe(true);
  });
});

describe("loading", () => {
  it("fetches no search code, index or vocabulary until the box is used, then those of the page's language", async () => {
    // A context of its own: no service worker precaching the whole site in the background.
    const context = await site.browser.newContext({ serviceWorkers: "block" });
    const fresh = await context.newPage();
    const fetched: string[] = [];
    fresh.on("request", (r) => fetched.push(new URL(r.url()).pathname));
    try {
      await fresh.goto(`${site.url}/es/buscar/`);
      await fresh.waitForLoadState("networkidle");
      expect(fetched.filter((p) => p.endsWith(".js") || p.startsWith("/pagefind/"))).toEqual([]);
      await fresh.focus("#search-page-input");
      await expect.poll(() => fetched).toEqual(expect.arrayContaining(["/pagefind/pagefind.js", "/pagefind/vocabulary.es.txt"]));
      expect(fetched).not.toContain("/pagefind/vocabulary.en.txt");
    } finally {
      await context.close();
    }
  });
});

describe("the header search", () => {
  it("takes a question typed on a guide page to the right guide", async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/help/`);
    await page.fill("#header-search", "calculator app hiding photos");
    await page.press("#header-search", "Enter");
    await page.waitForURL(/\/search\/\?q=calculator/);
    await page.locator("#search-results li").first().waitFor();
    const first = await page.locator("#search-results li h2 a").first().getAttribute("href");
    expect(first).toBe(guideUrl("spot-hidden-vault-apps"));
  });
});
