import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchChromium } from "../helpers/browser.ts";
import { serveDist, type StaticServer } from "../helpers/server.ts";
import { contentPages } from "../helpers/dist.ts";

let server: StaticServer;
let browser: Browser;
const pages = contentPages();

beforeAll(async () => {
  server = await serveDist();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("privacy and the content security policy", () => {
  it.each(pages)("%s: no other origin, no CSP violation, no cookie, nothing in storage", async (path) => {
    // No service worker here: this checks what the page itself does on a first visit.
    const context = await browser.newContext({ serviceWorkers: "block" });
    const page = await context.newPage();
    const foreign: string[] = [];
    const violations: string[] = [];
    page.on("request", (r) => {
      if (!r.url().startsWith(server.url) && !r.url().startsWith("data:")) foreign.push(r.url());
    });
    page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(server.url + path, { waitUntil: "networkidle" });
    // Use the page: the search box runs Pagefind's WebAssembly, which the CSP must allow.
    if (path === "/search/") {
      await page.fill("#search-page-input", "youtube");
      await page.locator("#search-results li").first().waitFor();
    }
    expect(foreign).toEqual([]);
    expect(violations).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length])).toEqual(["", 0, 0]);
    await context.close();
  });
});
