import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { useSite } from "../helpers/site.ts";
import { contentPages } from "../helpers/dist.ts";
import { runTogether } from "@/lib/checks/runTogether";

const site = useSite();

// The text as a reader sees it (innerText follows the CSS: blocks break lines, hidden parts are left out), so a
// space lost between two inline elements shows up here and nowhere in the source.
describe("the text on screen", () => {
  let page: Page;
  beforeAll(async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: "block" });
    page = await context.newPage();
  });
  afterAll(() => page?.context().close());

  it.each(contentPages())("of %s has no words run together", async (path) => {
    // After "load": innerText follows the stylesheets, which may still be loading at DOMContentLoaded.
    await page.goto(site.url + path);
    expect(runTogether(await page.evaluate(() => document.body.innerText))).toEqual([]);
  });
});
