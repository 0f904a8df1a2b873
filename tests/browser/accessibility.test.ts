import { afterAll, beforeAll, describe, it } from "vitest";
import type { Page } from "playwright-core";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { useSite } from "../helpers/site.ts";
import { PagePool } from "../helpers/pagePool.ts";
import { contentPages, pagesOfEachKind } from "../helpers/dist.ts";
import { LANGS, localPath } from "@/lib/site/i18n";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
// The print packs repeat guides and cards audited on their own pages: one or two of them are enough.
const packs = LANGS.map((lang) => localPath(lang, "/print/"));
const isPack = (path: string) => packs.some((p) => path.startsWith(p) && path !== p);
const all = contentPages();
const pages = [...all.filter((path) => !isPack(path)), ...pagesOfEachKind(all.filter(isPack))];
// Every page at phone width, where most parents read; a page or two of each kind at desktop width, as the wider
// layout comes from the template, not the text.
const VIEWS = [
  { name: "phone", width: 390, height: 844, pages },
  { name: "desktop", width: 1280, height: 900, pages: pagesOfEachKind(pages) },
] as const;
const SCHEMES = ["light", "dark"] as const;

const site = useSite();


interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

/** axe's violations on a page, once `ready` (a selector) is on it if given. */
async function auditPage(page: Page, path: string, ready?: string): Promise<string[]> {
  await page.goto(site.url + path);
  if (ready) await page.locator(ready).first().waitFor();
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(o: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run({ runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
  });
}

describe.each(SCHEMES)("axe, WCAG 2.2 AA, %s mode", (colorScheme) => {
  describe.concurrent.each(VIEWS)("at $name width", (view) => {
    // A few pages per mode and width, each reused across pages: starting a context per page is most of the cost.
    let pool: PagePool;
    beforeAll(async () => {
      // axe is injected by evaluation, which the page's CSP rightly refuses; bypass it for the audit only.
      pool = await PagePool.open(site.browser, {
        viewport: { width: view.width, height: view.height },
        colorScheme,
        bypassCSP: true,
        serviceWorkers: "block",
      });
    });
    afterAll(() => pool?.close());

    it.for(view.pages)("%s has no violations", async (path, { expect }) => {
      expect(await pool.use((page) => auditPage(page, path))).toEqual([]);
    });

    // The search page again with results, so the marked words in excerpts are checked too.
    it.for(["/search/?q=calculator%20app", "/es/buscar/?q=calculadora%20falsa"])("%s, showing results, has no violations", async (path, { expect }) => {
      expect(await pool.use((page) => auditPage(page, path, "#search-results mark"))).toEqual([]);
    });
  });
});
