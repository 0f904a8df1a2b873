/**
 * The comparison table in Chromium: on a phone the table scrolls sideways inside a region reached with Tab and moved
 * with the arrow keys, the app names staying in view; on paper it prints on landscape sheets, every column on the
 * sheet, without the site's chrome.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { useSite } from "../helpers/site.ts";
import { LANGS, localPath } from "@/lib/site/i18n";
import { absoluteUrl } from "@/lib/site/site";

const site = useSite();
const paths = LANGS.map((lang) => localPath(lang, "/apps/compare/"));

/** Each page's /MediaBox width and height in a PDF made by Chromium. */
function pageSizes(pdf: Buffer): { width: number; height: number }[] {
  const text = pdf.toString("latin1");
  return [...text.matchAll(/\/Type\s*\/Page\b(?!s)[\s\S]*?\/MediaBox\s*\[\s*[\d.]+\s+[\d.]+\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => ({ width: +m[1], height: +m[2] }));
}

describe("on a phone, by keyboard", () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: "block" });
    page = await context.newPage();
  });
  afterAll(() => context?.close());

  it.each(paths)("%s: Tab reaches the table's region, the arrow keys scroll it, and the app names stay in view", async (path) => {
    await page.goto(site.url + path);
    const region = page.locator('[role="region"].compare-scroll');
    expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth), "the table is wider than a phone").toBe(true);
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = await region.evaluate((el) => el === document.activeElement);
    }
    expect(reached, "Tab reaches the table's region").toBe(true);
    // The focus ring shows where the keyboard is.
    expect(await region.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe("none");
    const name = page.locator("tbody tr[data-card] th").first();
    const before = (await name.boundingBox())!;
    for (let i = 0; i < 8; i++) await page.keyboard.press("ArrowRight");
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(100);
    const after = (await name.boundingBox())!;
    expect(Math.abs(after.x - before.x), "the app's name sticks to the left edge").toBeLessThan(2);
    // The arrow keys reach the last column (each press scrolls smoothly, so wait for it to settle).
    const atEnd = () => region.evaluate((el) => el.scrollLeft >= el.scrollWidth - el.clientWidth - 1);
    for (let i = 0; i < 60 && !(await atEnd()); i++) {
      await page.keyboard.press("ArrowRight");
      await page.waitForTimeout(60);
    }
    expect(await atEnd()).toBe(true);
    // The last scroll may still be easing in: wait for the last column to come fully into the frame.
    const frame = (await region.boundingBox())!;
    const lastRight = async () => {
      const box = (await page.locator("thead th").last().boundingBox())!;
      return box.x + box.width;
    };
    await expect.poll(lastRight).toBeLessThanOrEqual(frame.x + frame.width + 1);
  });
});

describe("on paper", () => {
  let page: Page;
  beforeAll(async () => {
    page = await site.browser.newPage();
  });
  afterAll(() => page?.close());

  it.each(paths)("%s prints on landscape Letter and A4 sheets, every column on the sheet, with its address and no chrome", async (path) => {
    await page.goto(site.url + path);
    for (const format of ["Letter", "A4"] as const) {
      const sizes = pageSizes(Buffer.from(await page.pdf({ format })));
      expect(sizes.length, format).toBeGreaterThan(0);
      expect(sizes.length, `${format}: a handful of sheets`).toBeLessThanOrEqual(6);
      for (const { width, height } of sizes) expect(width, `${format} is landscape`).toBeGreaterThan(height);
    }
    // Landscape Letter less the margins is about 965 CSS pixels wide: the table fits it.
    await page.setViewportSize({ width: 960, height: 700 });
    await page.emulateMedia({ media: "print" });
    const fits = await page.locator(".compare-table").evaluate((table) => table.getBoundingClientRect().right <= document.documentElement.clientWidth + 1);
    const text = await page.evaluate(() => document.body.innerText);
    await page.emulateMedia({ media: null });
    expect(fits, "every column fits the sheet").toBe(true);
    expect(text).toContain(absoluteUrl(path));
    for (const chrome of ["Skip to main content", "Saltar al contenido principal", "Type your question", "Escriba su pregunta"]) expect(text).not.toContain(chrome);
  });

  it("leaves every other page portrait", async () => {
    await page.goto(site.url + "/apps/roblox/");
    for (const { width, height } of pageSizes(Buffer.from(await page.pdf({ format: "Letter" })))) expect(height).toBeGreaterThan(width);
  });
});
