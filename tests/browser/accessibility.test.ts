import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { useSite } from "../helpers/site.ts";
import { contentPages } from "../helpers/dist.ts";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const pages = contentPages();
const VIEWS = [
  { name: "phone", width: 390, height: 844 },
  { name: "desktop", width: 1280, height: 900 },
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
  describe.each(VIEWS)("at $name width", (view) => {
    // One page per mode and width, reused across pages: starting a context per page is most of the cost.
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      // axe is injected by evaluation, which the page's CSP rightly refuses; bypass it for the audit only.
      context = await site.browser.newContext({
        viewport: { width: view.width, height: view.height },
        colorScheme,
        bypassCSP: true,
        serviceWorkers: "block",
      });
      page = await context.newPage();
    });
    afterAll(() => context?.close());

    it.each(pages)("%s has no violations", async (path) => {
      expect(await auditPage(page, path)).toEqual([]);
    });

    // The search page again with results, so the marked words in excerpts are checked too.
    it.each(["/search/?q=calculator%20app", "/es/buscar/?q=calculadora%20falsa"])("%s, showing results, has no violations", async (path) => {
      expect(await auditPage(page, path, "#search-results mark")).toEqual([]);
    });
  });
});
