import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { launchChromium } from "../helpers/browser.ts";
import { serveDist, type StaticServer } from "../helpers/server.ts";
import { DIST, contentPages, fileFor, htmlPages, readPage } from "../helpers/dist.ts";
import { gzipSize } from "@/lib/checks/budget";
import { formatSize } from "@/lib/offline/formatSize";
import type { OfflineManifest } from "@/lib/offline/offlineSet";
import { writeServiceWorker } from "../../src/integrations/serviceWorker.ts";

/** A first visit may cost at most this, compressed, counting everything the page and its worker fetch. */
const FIRST_VISIT_BUDGET = 150_000;

const SW = readFileSync(join(DIST, "sw.js"), "utf8");
const BUILD = JSON.parse(/^const BUILD = (.+);$/m.exec(SW)![1]) as { shell: string[] };
const offline = JSON.parse(readFileSync(join(DIST, "offline-manifest.json"), "utf8")) as OfflineManifest;
const manifest = JSON.parse(readFileSync(join(DIST, "manifest.webmanifest"), "utf8")) as {
  icons: { src: string; sizes: string }[];
};

const pagesOf = (lang: "en" | "es") =>
  contentPages().filter((p) => p.startsWith("/es/") === (lang === "es") && /^\/(es\/)?(guides|guias|apps)\/[^/]+\/$/.test(p));
/** A built page's h1 as the browser shows it. */
function h1Of(path: string): string {
  const html = /<h1[^>]*>([^<]+)<\/h1>/.exec(readPage(path))?.[1] ?? "";
  const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"' };
  return html.trim().replace(/&(#\d+|\w+);/g, (e, name: string) =>
    name.startsWith("#") ? String.fromCodePoint(Number(name.slice(1))) : (entities[name] ?? e),
  );
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** A fresh profile's context whose every request (the page's and its worker's) is listed in `requests`. */
async function freshContext(options: { saveData?: boolean } = {}) {
  const context = await browser.newContext();
  const requests: string[] = [];
  context.on("request", (r) => requests.push(new URL(r.url()).pathname));
  if (options.saveData) {
    // Stands in for the browser's data saver (Chromium sends Save-Data and sets navigator.connection.saveData).
    await context.addInitScript(() => Object.defineProperty(Navigator.prototype, "connection", { get: () => ({ saveData: true }) }));
  }
  return { context, requests };
}

/** Opens `path` once and waits until the worker controls the page and has kept it. */
async function visitOnce(server: StaticServer, path = "/") {
  const { context, requests } = await freshContext();
  const page = await context.newPage();
  await page.goto(server.url + path);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.waitForFunction(async (p) => Boolean(await caches.match(p)), path);
  return { context, page, requests };
}

/** The compressed bytes a static host would send for these site paths. */
function bytesOf(paths: string[]): number {
  return paths.reduce((sum, p) => {
    const file = fileFor(p);
    return sum + (existsSync(file) ? gzipSize(readFileSync(file)) : 0);
  }, 0);
}

/** Presses "Save for offline" on a language's save page and waits until it says done. */
async function saveAll(page: Page, url: string, lang: "en" | "es") {
  await page.goto(url + (lang === "en" ? "/read-offline/" : "/es/leer-sin-conexion/"));
  // The control writes the size into the button once its script has run: wait for it rather than read it once.
  const button = page.locator("[data-save-button]").filter({ hasText: formatSize(offline[lang].bytes) });
  await button.waitFor({ timeout: 10_000 });
  await button.click();
  await page.locator("[data-save-status]").filter({ hasText: lang === "en" ? /^Done:/ : /^Listo:/ }).waitFor({ timeout: 60_000 });
}

describe("what a device keeps", () => {
  it("keeps a small shell after any first visit: styles, icons, and the help and offline pages in both languages", () => {
    const paths = BUILD.shell.map((u) => u.split("?")[0]);
    for (const p of ["/help/", "/es/ayuda/", "/offline/", "/es/sin-conexion/", "/manifest.webmanifest", ...manifest.icons.map((i) => i.src)])
      expect(paths).toContain(p);
    expect(paths.some((p) => p.endsWith(".css"))).toBe(true);
    expect(paths.filter((p) => /^\/(guides|es\/guias|apps|es\/apps)\//.test(p))).toEqual([]);
  });

  it.each(["en", "es"] as const)("offers every %s guide and card, with that language's search index, and nothing of the other", (lang) => {
    const urls = offline[lang].files.map((f) => f.url);
    for (const p of pagesOf(lang)) expect(urls, p).toContain(p);
    expect(urls).toContain("/pagefind/pagefind.js");
    expect(urls.some((u) => u.startsWith(`/pagefind/index/${lang}_`))).toBe(true);
    const other = lang === "en" ? "es" : "en";
    expect(urls.filter((u) => u.startsWith("/es/") === (other === "es") && u.endsWith("/") && other === "es")).toEqual([]);
    expect(urls.filter((u) => u.includes(`/${other}_`) || u.includes(`.${other}_`) || u.includes(`wasm.${other}.`))).toEqual([]);
    expect(urls.filter((u) => /^\/(es\/)?(print|imprimir)\//.test(u))).toEqual([]);
  });
});

describe("a first visit", () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveDist();
  });
  afterAll(async () => {
    await server?.close();
  });

  it.each(["/", pagesOf("en")[0], "/help/", "/es/"])(`%s costs at most ${FIRST_VISIT_BUDGET / 1000} KB over the network in its first 30 seconds`, async (path) => {
    const { context, requests } = await freshContext();
    const page = await context.newPage();
    await page.goto(server.url + path);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(async (p) => Boolean(await caches.match(p)), path);
    // Give any background download time to show itself.
    await page.waitForTimeout(2_000);
    const total = bytesOf(requests);
    await context.close();
    console.log(`first visit ${path}: ${requests.length} requests, ${total} bytes gzip`);
    // The worker's own downloads are counted too: it kept the shell.
    expect(requests).toContain("/sw.js");
    expect(requests).toContain("/offline/");
    expect(total).toBeLessThanOrEqual(FIRST_VISIT_BUDGET);
    expect(requests.filter((r) => /^\/(guides|es\/guias|apps|es\/apps)\//.test(r) && r !== path)).toEqual([]);
  });

  it("downloads nothing in the background when the browser asks to save data", async () => {
    const { context, requests } = await freshContext({ saveData: true });
    const page = await context.newPage();
    await page.goto(server.url + "/");
    await page.waitForLoadState("load");
    await page.waitForTimeout(2_000);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    expect(requests.filter((r) => !/^\/(_astro\/.*\.css|favicon\.svg|manifest\.webmanifest|icon[-.\w]*)?$/.test(r))).toEqual([]);
    await context.close();
  });
});

describe("after one visit, with no connection", () => {
  let server: StaticServer;
  let context: BrowserContext;
  let page: Page;
  const visited = pagesOf("en")[1];

  beforeAll(async () => {
    server = await serveDist();
    ({ context, page } = await visitOnce(server, visited));
    await context.setOffline(true);
    await server.close();
  });
  afterAll(async () => {
    await context?.close();
  });

  it("opens the help page in both languages", async () => {
    for (const path of ["/help/", "/es/ayuda/"]) {
      await page.goto(server.url + path);
      await expect(page.locator("h1").textContent()).resolves.toBe(h1Of(path));
    }
  });

  it("opens and prints the page it read", async () => {
    const response = await page.goto(server.url + visited);
    expect(response?.fromServiceWorker()).toBe(true);
    await expect(page.locator("h1").textContent()).resolves.toBe(h1Of(visited));
    const pdf = await page.pdf({ format: "Letter" });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("answers a page it never saved with the offline page, in the page's language", async () => {
    await page.goto(`${server.url}${pagesOf("en").at(-1)}`);
    await expect(page.locator("h1").textContent()).resolves.toBe("You are offline");
    await expect(page.locator('main a[href="/help/"]').count()).resolves.toBe(1);
    await expect(page.locator('main a[href="tel:911"]').count()).resolves.toBe(1);
    await page.goto(`${server.url}${pagesOf("es").at(-1)}`);
    await expect(page.locator("h1").textContent()).resolves.toBe(h1Of("/es/sin-conexion/"));
  });
});

describe.each(["en", "es"] as const)("after Save for offline (%s), with no connection", (lang) => {
  let server: StaticServer;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    server = await serveDist();
    ({ context, page } = await visitOnce(server));
    await saveAll(page, server.url, lang);
    await context.setOffline(true);
    await server.close();
  }, 120_000);
  afterAll(async () => {
    await context?.close();
  });

  it("opens every guide and card in that language", async () => {
    for (const path of pagesOf(lang)) {
      const response = await page.goto(server.url + path);
      expect(response?.fromServiceWorker(), path).toBe(true);
      await expect(page.locator("h1").textContent(), path).resolves.toBe(h1Of(path));
    }
  }, 120_000);

  it("searches what was saved", async () => {
    const target = pagesOf(lang)[0];
    await page.goto(`${server.url}${lang === "en" ? "/search/" : "/es/buscar/"}?q=${encodeURIComponent(h1Of(target))}`);
    await page.locator("#search-results li h2 a").first().waitFor();
    const results = await page.locator("#search-results li h2 a").evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(results).toContain(target);
  });

  it("has saved nothing of the other language", async () => {
    const other = pagesOf(lang === "en" ? "es" : "en").at(-1)!;
    await page.goto(server.url + other);
    await expect(page.locator("h1").textContent()).resolves.toBe(h1Of(lang === "en" ? "/es/sin-conexion/" : "/offline/"));
  });
});

describe("a new build", () => {
  let site: string;
  let server: StaticServer;
  let context: BrowserContext;
  let page: Page;
  let requests: string[];

  beforeAll(async () => {
    site = mkdtempSync(join(tmpdir(), "sko-next-build-"));
    cpSync(DIST, site, { recursive: true });
    server = await serveDist(site);
    ({ context, page, requests } = await visitOnce(server));
    await saveAll(page, server.url, "en");
  }, 120_000);
  afterAll(async () => {
    await context?.close();
    await server?.close();
    rmSync(site, { recursive: true, force: true });
  });

  it("downloads only what changed to a phone that saved the guides, and offers a reload", async () => {
    const changed = pagesOf("en")[0];
    await page.goto(server.url + "/help/");
    // Stand in for a deploy: one guide and the help page change, and the build writes a new worker and manifest.
    const file = join(site, changed.slice(1), "index.html");
    writeFileSync(file, readFileSync(file, "utf8").replace(/(<h1[^>]*>)[^<]+/, "$1Updated guide"));
    writeFileSync(join(site, "help", "index.html"), readPage("/help/").replace(/(<h1[^>]*>)[^<]+/, "$1Updated help"));
    writeServiceWorker(site);
    requests.length = 0;

    await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
    const banner = page.getByRole("status").filter({ hasText: "A newer version of this page is available" });
    await banner.getByRole("button", { name: "reload" }).click();
    await page.locator("h1", { hasText: "Updated help" }).waitFor();
    await page.waitForFunction(async (p) => (await (await caches.match(p))?.text())?.includes("Updated guide"), changed, { timeout: 30_000 });
    const pages = requests.filter((r) => /^\/(guides|apps)\//.test(r));
    expect(pages).toEqual([changed]);
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
