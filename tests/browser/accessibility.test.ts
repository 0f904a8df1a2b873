import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { createRequire } from "node:module";
import { useSite } from "../helpers/site.ts";
import { contentPages, pagesOfEachKind } from "../helpers/dist.ts";
import { LANGS, localPath } from "@/lib/site/i18n";
import { STAGES, stageUrl } from "@/lib/content/ages";

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
// The print packs repeat guides and cards audited on their own pages: one or two of them are enough.
const packs = LANGS.map((lang) => localPath(lang, "/print/"));
const isPack = (path: string) => packs.some((p) => path.startsWith(p) && path !== p);
const all = contentPages();
const pages = [...all.filter((path) => !isPack(path)), ...pagesOfEachKind(all.filter(isPack))];
const WCAG = { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] };
// Dark mode changes colours only: the rules about colour.
const COLOUR = { type: "rule", values: ["color-contrast", "link-in-text-block"] };
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
// Every page at phone width, where most parents read, in light mode and (for colour) dark mode; a page or two of each
// kind at desktop width, as the wider layout comes from the template, not the text.
// The comparison table shares the cards' folder but not their template, and the age pages are a kind of their own:
// each at desktop width too.
const added = LANGS.flatMap((lang) => [localPath(lang, "/apps/compare/"), localPath(lang, "/ages/"), ...STAGES.map((s) => stageUrl(s, lang))]);
const kinds = [...new Set([...pagesOfEachKind(pages), ...added])].sort();
const AUDITS = [
  { name: "light mode, phone width", colorScheme: "light", viewport: PHONE, pages, rules: WCAG },
  { name: "dark mode, phone width, colour rules", colorScheme: "dark", viewport: PHONE, pages, rules: COLOUR },
  { name: "light mode, desktop width", colorScheme: "light", viewport: DESKTOP, pages: kinds, rules: WCAG },
  { name: "dark mode, desktop width", colorScheme: "dark", viewport: DESKTOP, pages: kinds, rules: WCAG },
] as const;

const site = useSite();


interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

type Rules = (typeof AUDITS)[number]["rules"];

/** axe's violations of `rules` on a page, once `ready` (a selector) is on it if given. */
async function auditPage(page: Page, path: string, rules: Rules, ready?: string): Promise<string[]> {
  await page.goto(site.url + path);
  if (ready) await page.locator(ready).first().waitFor();
  return page.evaluate(async (runOnly) => {
    const axe = (window as unknown as { axe: { run(o: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run({ runOnly });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
  }, rules);
}

describe.each(AUDITS)("axe, WCAG 2.2 AA, $name", ({ colorScheme, viewport, pages, rules }) => {
  // One page per audit, reused across pages: starting a context per page is most of the cost. Not concurrent: axe
  // keeps both cores busy on its own.
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    // axe is injected by evaluation, which the page's CSP rightly refuses; bypass it for the audit only.
    context = await site.browser.newContext({ viewport, colorScheme, bypassCSP: true, serviceWorkers: "block" });
    // Loaded with each page: cheaper than evaluating axe's source after every navigation.
    await context.addInitScript({ path: axePath });
    page = await context.newPage();
  });
  afterAll(() => context?.close());

  it.each(pages)("%s has no violations", async (path) => {
    expect(await auditPage(page, path, rules)).toEqual([]);
  });

  // The family plan again with a plan on it (the form and the steps are made by its script).
  it.each(["/plan/#child=9-12:iphone,console:roblox,tiktok", "/es/plan/#child=13-15:android,tv:discord&child=under-9:ipad:"])(
    "%s, showing a plan, has no violations",
    async (path) => {
      expect(await auditPage(page, path, rules, "#plan-body section")).toEqual([]);
    },
  );

  // The search page again with results, so the marked words in excerpts are checked too.
  it.each(["/search/?q=calculator%20app", "/es/buscar/?q=calculadora%20falsa"])("%s, showing results, has no violations", async (path) => {
    expect(await auditPage(page, path, rules, "#search-results mark")).toEqual([]);
  });
});
