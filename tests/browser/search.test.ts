import { beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { useSite } from "../helpers/site.ts";
import { guideUrl } from "@/lib/content/guides";
import { localPath, type Lang } from "@/lib/site/i18n";

const PHRASINGS_DIR = join(import.meta.dirname, "..", "fixtures", "search-phrasings");
/** [expected guide URL, phrasing, language] for every phrasing a parent might type, per guide and language. */
const phrasings = (["en", "es"] as const).flatMap((lang) => {
  const dir = lang === "en" ? PHRASINGS_DIR : join(PHRASINGS_DIR, lang);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .flatMap((f) => {
      const url = guideUrl(f.replace(/\.json$/, ""), lang);
      return (JSON.parse(readFileSync(join(dir, f), "utf8")) as string[]).map((q) => [url, q, lang] as const);
    });
});

const site = useSite();
let page: Page;

beforeAll(async () => {
  page = await site.browser.newPage();
});

/** The result links the search page in a language shows for a query. */
async function search(query: string, lang: Lang = "en"): Promise<string[]> {
  await page.goto(`${site.url}${localPath(lang, "/search/")}?q=${encodeURIComponent(query)}`);
  await page.locator("#search-status").filter({ hasText: /\S/ }).waitFor();
  return page.locator("#search-results li h2 a").evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
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

  it("says so when nothing matches", async () => {
    // Not "xylophone": it now lists the Xbox card (nonsense still lists pages; see issue #12).
    await page.goto(`${site.url}/search/?q=${encodeURIComponent("qwxzv")}`);
    await page.locator("#search-status").filter({ hasText: /No guides found/ }).waitFor();
  });
});

describe("the header search", () => {
  it("takes a question typed on a guide page to the right guide", async () => {
    await page.goto(`${site.url}/help/`);
    await page.fill("#header-search", "calculator app hiding photos");
    await page.press("#header-search", "Enter");
    await page.waitForURL(/\/search\/\?q=calculator/);
    await page.locator("#search-results li").first().waitFor();
    const first = await page.locator("#search-results li h2 a").first().getAttribute("href");
    expect(first).toBe(guideUrl("spot-hidden-vault-apps"));
  });
});
