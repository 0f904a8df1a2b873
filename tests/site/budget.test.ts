import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DIST, contentPages, readPage } from "../helpers/dist.ts";
import { budgetExempt, FIRST_VIEW_BUDGET, firstViewAssets, PAGE_BUDGET, pageWeight } from "@/lib/checks/budget";
import { STAGES, stageUrl } from "@/lib/content/ages";
import { LANGS, localPath } from "@/lib/site/i18n";

const pages = contentPages().filter((p) => !budgetExempt(p));

describe("first-view byte budget", () => {
  it.each(pages)(`%s: HTML + up-front CSS/JS is at most ${FIRST_VIEW_BUDGET / 1000} KB gzip`, (path) => {
    const weight = pageWeight(path, readPage(path), (url) => readFileSync(join(DIST, url)));
    expect(weight.assets).toBeGreaterThan(0); // the page's CSS was found and counted
    expect(weight.total).toBeLessThanOrEqual(FIRST_VIEW_BUDGET);
    expect(weight.whole, `the whole page, notes included, within ${PAGE_BUDGET / 1000} KB`).toBeLessThanOrEqual(PAGE_BUDGET);
  });

  it("holds the comparison table and the age pages to it (none exempt)", () => {
    const added = LANGS.flatMap((lang) => [localPath(lang, "/apps/compare/"), localPath(lang, "/ages/"), ...STAGES.map((s) => stageUrl(s, lang))]);
    expect(pages).toEqual(expect.arrayContaining(added));
  });

  it("guide pages load no script file up front", () => {
    for (const path of pages.filter((p) => /\/(guides|guias)\/[^/]+\/$/.test(p))) {
      expect(firstViewAssets(readPage(path)).filter((a) => a.endsWith(".js")), path).toEqual([]);
    }
  });
});
