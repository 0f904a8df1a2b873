import { describe, expect, it } from "vitest";
import { useSite } from "../helpers/site.ts";

const site = useSite();
const GUIDE = "/guides/check-youtube-history/";


describe("a guide page", () => {
  it("requests only its own HTML, CSS and images before search is used (and the service worker)", async () => {
    const page = await site.browser.newPage();
    const requests: { url: string; type: string }[] = [];
    page.on("request", (r) => requests.push({ url: r.url(), type: r.resourceType() }));
    await page.goto(site.url + GUIDE, { waitUntil: "networkidle" });
    expect(requests.length).toBeGreaterThan(0);
    for (const { url, type } of requests) {
      const path = new URL(url).pathname;
      expect(url.startsWith(site.url), url).toBe(true);
      // The favicon and the worker script come as type "other"; the manifest as "manifest".
      const allowed = ["document", "stylesheet", "image"].includes(type) || ["/favicon.svg", "/sw.js", "/manifest.webmanifest"].includes(path);
      expect(allowed, `${type} ${path}`).toBe(true);
    }
    expect(requests.some((r) => r.url.includes("/pagefind/"))).toBe(false);
    await page.close();
  });

  it("is usable by keyboard: skip link first, then the help link and the search box", async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url + GUIDE);
    const reached: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press("Tab");
      reached.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          return el.id || el.getAttribute("href") || el.textContent?.trim() || el.tagName;
        }),
      );
    }
    expect(reached[0]).toBe("#main");
    expect(reached).toContain("/help/");
    expect(reached).toContain("header-search");
    // Typing into the focused search box and pressing Enter runs the search.
    await page.focus("#header-search");
    await page.keyboard.type("youtube history");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/search\/\?q=youtube/);
    await page.close();
  });

  it("links each fact to its evidence: a marker reached by keyboard opens the note with its quote and date read", async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url + GUIDE);
    const marker = page.locator(".guide-prose .note-ref a").first();
    await expect(marker.getAttribute("aria-label")).resolves.toMatch(/^Source \d+$/);
    // A link with an address: in the tab order, and Enter follows it.
    await expect(marker.evaluate((a) => (a as HTMLAnchorElement).tabIndex)).resolves.toBe(0);
    await marker.focus();
    await expect(page.evaluate(() => document.activeElement?.closest(".note-ref") !== null)).resolves.toBe(true);
    await page.keyboard.press("Enter");
    await page.waitForURL(/#note-check-youtube-history-\d+$/);
    const note = page.locator("[data-notes] li:target");
    await expect(note.count()).resolves.toBe(1);
    await expect(note.locator("q").textContent()).resolves.toMatch(/\w{3,}/);
    await expect(note.locator("time").getAttribute("datetime")).resolves.toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await expect(note.locator("cite a").getAttribute("href")).resolves.toMatch(/^https:\/\//);
    await page.close();
  });

  it("shows a working print button that calls the browser's print", async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url + GUIDE);
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void (window as unknown as { printed: number }).printed++;
    });
    const button = page.getByRole("button", { name: "Print this guide" });
    await button.click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.close();
  });

  it("works with JavaScript off: the guide, navigation and the search page's list", async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url + GUIDE);
    await expect(page.locator("h1").textContent()).resolves.toMatch(/YouTube/);
    expect(await page.getByRole("button", { name: "Print this guide" }).count()).toBe(0);
    await page.getByRole("link", { name: "All guides" }).first().click();
    await page.waitForURL(/\/guides\/$/);
    await page.goto(site.url + "/search/?q=youtube");
    expect(await page.locator("#every-guide ~ ul li").count()).toBeGreaterThan(2);
    await context.close();
  });

  it("hides the site chrome when printed", async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url + GUIDE);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("header[data-print-hide]").isVisible()).toBe(false);
    expect(await page.locator("footer").isVisible()).toBe(false);
    expect(await page.locator("h1").isVisible()).toBe(true);
    await expect(page.locator(".print-url").textContent()).resolves.toContain(GUIDE);
    expect(await page.locator(".print-url").isVisible()).toBe(true);
    await page.close();
  });
});
