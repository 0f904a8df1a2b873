import { describe, expect, it } from "vitest";
import { useSite } from "../helpers/site.ts";
import { readPage } from "../helpers/dist.ts";
import { TALKS } from "@/lib/schools/talks";
import { localPath } from "@/lib/site/i18n";

const site = useSite();
const talks = TALKS.flatMap((talk) => (["en", "es"] as const).map((lang) => [localPath(lang, `/schools/talks/${talk.id}/`), lang] as const));
const slideCount = (path: string) => readPage(path).match(/<section class="slide"/g)?.length ?? 0;

/** Pages in a Chromium PDF, and whether the first is landscape. */
function pdfPages(pdf: Buffer): { pages: number; landscape: boolean } {
  const text = pdf.toString("latin1");
  const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(text);
  return { pages: text.match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0, landscape: Boolean(box && Number(box[1]) > Number(box[2])) };
}

describe.each(talks)("the talk at %s", (path, lang) => {
  it("has presenter notes on every slide and ends with the help numbers and a QR code to the help page", () => {
    const html = readPage(path);
    const slides = [...html.matchAll(/<section class="slide"[\s\S]*?<\/section>/g)].map((m) => m[0]);
    expect(slides.length).toBeGreaterThan(4);
    for (const slide of slides) expect(slide).toMatch(/<aside class="slide-notes"><strong>[^<]+<\/strong>\s*\S+/);
    const last = slides.at(-1)!;
    expect(last).toContain("911");
    expect(last).toContain("988");
    expect(last).toContain(lang === "en" ? "/help/" : "/es/ayuda/");
    expect(last).toMatch(/class="slide-qr"[^>]*><svg/);
  });

  it("advances by arrow keys, space, Page Down and a tap, with the slide number in the address", async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(site.url + path);
    await page.locator("[data-talk-start]").click();
    const visible = () => page.locator(".slide:visible").getAttribute("id");
    await expect(page.locator(".slide:visible").count()).resolves.toBe(1);
    expect(await visible()).toBe("slide-1");
    await page.keyboard.press("ArrowRight");
    expect(await visible()).toBe("slide-2");
    await page.keyboard.press(" ");
    await page.keyboard.press("PageDown");
    expect(await visible()).toBe("slide-4");
    expect(new URL(page.url()).hash).toBe("#slide-4");
    await page.keyboard.press("ArrowLeft");
    expect(await visible()).toBe("slide-3");
    await page.mouse.click(1000, 400);
    expect(await visible()).toBe("slide-4");
    await page.mouse.click(100, 400);
    expect(await visible()).toBe("slide-3");
    // A presenter returns to a slide by its address.
    await page.goto(`${site.url}${path}#slide-5`);
    await page.reload();
    expect(await visible()).toBe("slide-5");
    await expect(page.locator(".slide:visible .slide-notes").isVisible()).resolves.toBe(false);
    await page.keyboard.press("n");
    await expect(page.locator(".slide:visible .slide-notes").isVisible()).resolves.toBe(true);
    await page.close();
  });

  it("starts on the first Page Down, → or Space pressed on the page, as a presenter's clicker sends", async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 720 } });
    const visible = () => page.locator(".slide:visible").getAttribute("id");
    for (const key of ["PageDown", "ArrowRight", " "]) {
      await page.goto(site.url + path);
      await page.keyboard.press(key);
      await expect(page.locator(".slide:visible").count(), key).resolves.toBe(1);
      expect(await visible(), key).toBe("slide-1");
      expect(new URL(page.url()).hash, key).toBe("#slide-1");
      await page.keyboard.press(key);
      expect(await visible(), key).toBe("slide-2");
      expect(new URL(page.url()).hash, key).toBe("#slide-2");
    }
    await page.close();
  });

  it("leaves Space on the notes box to the box", async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(site.url + path);
    await page.locator("[data-talk-notes]").focus();
    await page.keyboard.press(" ");
    await expect(page.locator("[data-talk-notes]").isChecked()).resolves.toBe(true);
    await expect(page.locator(".slide:visible").count()).resolves.toBe(slideCount(path));
    await page.close();
  });

  it("prints one slide per landscape page", async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url + path);
    const { pages, landscape } = pdfPages(await page.pdf({ preferCSSPageSize: true }));
    expect(pages).toBe(slideCount(path));
    expect(landscape).toBe(true);
    await page.close();
  });

  it("reads as a long page of slides with JavaScript off", async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url + path);
    await expect(page.locator(".slide:visible").count()).resolves.toBe(slideCount(path));
    await expect(page.locator(".slide-notes:visible").count()).resolves.toBe(slideCount(path));
    await context.close();
  });

  it("has a one-page handout with a QR code for every guide it used", async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}${path}${lang === "en" ? "handout/" : "hoja/"}`);
    const codes = await page.locator(".handout-qr svg").count();
    expect(codes).toBeGreaterThanOrEqual(5);
    expect(pdfPages(await page.pdf({ format: "Letter" })).pages).toBe(1);
    expect(pdfPages(await page.pdf({ format: "A4" })).pages).toBe(1);
    await page.close();
  });
});

describe("a talk in a hall with no Wi-Fi", () => {
  it("opens again with no connection once it was opened", async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const path = "/schools/talks/parent-night/";
    await page.goto(site.url + path);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(async (p) => Boolean(await caches.match(p)), path);
    await context.setOffline(true);
    await page.goto(`${site.url}${path}#slide-2`);
    await expect(page.locator(".slide:visible").getAttribute("id")).resolves.toBe("slide-2");
    await context.close();
  });
});
