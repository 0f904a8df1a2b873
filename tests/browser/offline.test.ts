import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { launchChromium } from "../helpers/browser.ts";
import { serveDist, type StaticServer } from "../helpers/server.ts";
import { DIST, contentPages, htmlPages, readPage } from "../helpers/dist.ts";
import { HELP_SLUG } from "@/lib/content/guides";

const SW = readFileSync(join(DIST, "sw.js"), "utf8");
/** The files sw.js precaches, as paths inside dist/ (e.g. "guides/x/index.html"). */
const precached = [...SW.matchAll(/\{url:"([^"]+)"/g)].map((m) => m[1]);

const manifest = JSON.parse(readFileSync(join(DIST, "manifest.webmanifest"), "utf8")) as {
  icons: { src: string; sizes: string }[];
};

/** The dist/ file for a site path from htmlPages(). */
const fileOf = (path: string) => path.slice(1).replace(/(^|\/)$/, "$1index.html");

const guides = htmlPages().filter((p) => /^\/guides\/[^/]+\/$/.test(p) && p !== `/guides/${HELP_SLUG}/`);
/** A guide the offline test never opens while online. */
const GUIDE = guides.at(-1)!;

/** A built page's h1 as the browser shows it. */
function h1Of(path: string): string {
  const html = /<h1[^>]*>([^<]+)<\/h1>/.exec(readPage(path))?.[1] ?? "";
  const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"' };
  return html.trim().replace(/&(#\d+|\w+);/g, (e, name: string) =>
    name.startsWith("#") ? String.fromCodePoint(Number(name.slice(1))) : (entities[name] ?? e),
  );
}
const guideTitle = h1Of(GUIDE);

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** A fresh browser profile that has visited the home page once and is now controlled by the service worker. */
async function visitOnce(server: StaticServer): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  // The worker activates only once every file is precached; clientsClaim() then takes over this page.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return { context, page };
}

describe("the service worker's precache list", () => {
  it("holds every built page", () => {
    for (const path of htmlPages()) expect(precached, path).toContain(fileOf(path));
  });

  it("holds the whole search index and Pagefind's own scripts", () => {
    const index = readdirSync(join(DIST, "pagefind"), { recursive: true, encoding: "utf8" })
      .filter((f) => /(\.pf_\w+|\.pagefind|pagefind-entry\.json|pagefind(-worker)?\.js)$/.test(f))
      .map((f) => `pagefind/${f}`);
    expect(index).toContain("pagefind/pagefind-entry.json");
    for (const file of index) expect(precached, file).toContain(file);
  });

  it("holds the manifest and its icons", () => {
    for (const { src } of manifest.icons) expect(precached).toContain(src.slice(1));
    expect(precached).toContain("manifest.webmanifest");
  });
});

describe("after one visit, with no connection", () => {
  let server: StaticServer;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    server = await serveDist();
    ({ context, page } = await visitOnce(server));
    // Both: the browser reports no network, and nothing is listening any more.
    await context.setOffline(true);
    await server.close();
  });
  afterAll(async () => {
    await context?.close();
  });

  it("opens a guide never visited", async () => {
    const response = await page.goto(server.url + GUIDE);
    expect(response?.fromServiceWorker()).toBe(true);
    await expect(page.locator("h1").textContent()).resolves.toBe(guideTitle);
  });

  it("prints that guide", async () => {
    await page.goto(server.url + GUIDE);
    const pdf = await page.pdf({ format: "Letter" });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.length).toBeGreaterThan(5_000);
  });

  it("opens the help page", async () => {
    await page.goto(`${server.url}/help/`);
    await expect(page.locator("h1").textContent()).resolves.toBe(h1Of("/help/"));
  });

  it("searches", async () => {
    await page.goto(`${server.url}/search/?q=${encodeURIComponent(guideTitle)}`);
    await page.locator("#search-status").filter({ hasText: /found/ }).waitFor();
    const results = await page
      .locator("#search-results li h2 a")
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(results).toContain(GUIDE);
  });

  it("answers an address it never saved with the offline page", async () => {
    await page.goto(`${server.url}/guides/no-such-guide/`);
    await expect(page.locator("h1").textContent()).resolves.toBe("You are offline");
    await expect(page.locator('main a[href="/help/"]').count()).resolves.toBe(1);
    await expect(page.locator('main a[href="tel:911"]').count()).resolves.toBe(1);
  });
});

describe("a new build", () => {
  let site: string;
  let server: StaticServer;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    site = mkdtempSync(join(tmpdir(), "sko-next-build-"));
    cpSync(DIST, site, { recursive: true });
    server = await serveDist(site);
    ({ context, page } = await visitOnce(server));
  });
  afterAll(async () => {
    await context?.close();
    await server?.close();
    rmSync(site, { recursive: true, force: true });
  });

  it("replaces the saved page and offers a reload", async () => {
    await page.goto(`${server.url}/help/`);
    // Stand in for a deploy: /help/ changes, so sw.js lists a new revision of it.
    const entry = /\{url:"help\/index\.html",revision:"([^"]+)"\}/.exec(SW);
    expect(entry).not.toBeNull();
    writeFileSync(join(site, "sw.js"), SW.replace(entry![0], entry![0].replace(entry![1], "next-build")));
    writeFileSync(join(site, "help", "index.html"), readPage("/help/").replace(/(<h1[^>]*>)[^<]+/, "$1Updated help"));

    await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
    const banner = page.getByRole("status").filter({ hasText: "A newer version of this page is available" });
    await banner.getByRole("button", { name: "reload" }).click();
    await page.locator("h1", { hasText: "Updated help" }).waitFor();
    await expect(banner.count()).resolves.toBe(0);
  });
});

describe("installing the site", () => {
  it("every page links the manifest and the Apple touch icon", () => {
    for (const path of contentPages()) {
      const html = readPage(path);
      expect(html, path).toContain('<link rel="manifest" href="/manifest.webmanifest"');
      expect(html, path).toContain('<link rel="apple-touch-icon" href="/apple-touch-icon.png"');
    }
  });

  const pngs = new Set(["/apple-touch-icon.png", ...manifest.icons.map((i) => i.src).filter((src) => src.endsWith(".png"))]);
  it.each([...pngs])(
    "%s is a square PNG of the size it claims",
    (src) => {
      const png = readFileSync(join(DIST, src));
      // The IHDR chunk holds width and height at bytes 16 and 20.
      const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
      expect(width).toBe(height);
      const claimed = manifest.icons.find((i) => i.src === src)?.sizes ?? "180x180";
      expect(`${width}x${height}`).toBe(claimed);
    },
  );

  it("every page's security policy allows the inline script that registers the worker", () => {
    const registering = htmlPages().filter((path) => /<script[^>]*>let d=document\.currentScript/.test(readPage(path)));
    expect(registering).toContain("/");
    for (const path of registering) {
      const html = readPage(path);
      const script = /<script[^>]*>(let d=document\.currentScript[^<]+)<\/script>/.exec(html)![1];
      const hash = createHash("sha256").update(script).digest("base64");
      expect(/http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1], path).toContain(`'sha256-${hash}'`);
    }
  });

  it("the offline page is kept out of search engines", () => {
    expect(readPage("/offline/")).toContain('<meta name="robots" content="noindex"');
  });
});
