import { describe, it } from "vitest";
import { useSite } from "../helpers/site.ts";
import { pagesOfEachKind } from "../helpers/dist.ts";

const site = useSite();
// What a page requests and stores comes from its template's scripts, the same on every page of a kind; the built
// HTML of every page is checked for other origins in tests/site/pages.test.ts.
const pages = pagesOfEachKind();


// Concurrent: each page is mostly waiting for the network to go quiet.
describe.concurrent("privacy and the content security policy", () => {
  it.for(pages)("%s: no other origin, no CSP violation, no cookie, nothing in storage", async (path, { expect }) => {
    // No service worker here: this checks what the page itself does on a first visit.
    const context = await site.browser.newContext({ serviceWorkers: "block" });
    const page = await context.newPage();
    const foreign: string[] = [];
    const violations: string[] = [];
    page.on("request", (r) => {
      if (!r.url().startsWith(site.url) && !r.url().startsWith("data:")) foreign.push(r.url());
    });
    page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(site.url + path, { waitUntil: "networkidle" });
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
