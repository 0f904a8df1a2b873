/**
 * The family plan (/plan/, /es/plan/) in real Chromium: a family's choices give only their steps, taken from the
 * guides and cards; it prints on two Letter pages with working QR codes; the address reopens it; it works offline
 * after one visit; nothing is stored and no other origin is contacted unless the parent asks.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import jsQR from "jsqr";
import { useSite } from "../helpers/site.ts";
import { DIST, readPage } from "../helpers/dist.ts";
import { rasterize } from "../helpers/qr.ts";
import { absoluteUrl } from "@/lib/site/site";
import { cardUrl } from "@/lib/content/apps";
import { LOCALES, t, type Lang } from "@/lib/site/i18n";
import type { PlanData } from "@/lib/plan/planData";
import { planDataPath } from "@/lib/plan/sources";
import { runTogether } from "@/lib/checks/runTogether";

const site = useSite();

const CASES = [
  { lang: "en", path: "/plan/" },
  { lang: "es", path: "/es/plan/" },
] as const satisfies { lang: Lang; path: string }[];

const HASH = "#child=9-12:iphone:roblox";

function countPages(pdf: Buffer): number {
  return pdf.toString("latin1").match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;
}

/** The plan's data as built: what the page must show is read from it, not written here again. */
function built(lang: Lang): PlanData {
  return JSON.parse(readFileSync(join(DIST, planDataPath(lang)), "utf8")) as PlanData;
}

/** The plan's text as shown, once it is on the page. */
async function planText(page: Page): Promise<string> {
  await page.locator("#plan-body section").first().waitFor({ timeout: 10_000 });
  return page.locator("#plan-body").innerText();
}

/** Chooses ages 9–12, an iPhone and Roblox (found by its nickname "robux") with the form, as a parent would. */
async function choose(page: Page, lang: Lang) {
  const data = built(lang);
  await page.getByLabel(data.stages.find((s) => s.id === "9-12")!.label, { exact: true }).check();
  await page.getByLabel(data.devices.find((d) => d.id === "iphone")!.label, { exact: true }).check();
  await page.getByLabel(t(lang, "planAppFilter")).fill("robux");
  const visible = await page.locator('#plan-form input[data-kind="app"]:visible').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  expect(visible).toEqual(["roblox"]);
  await page.getByLabel("Roblox", { exact: true }).check();
}

describe.each(CASES)("the family plan, $lang", ({ lang, path }) => {
  const data = built(lang);
  const iphone = data.devices.find((d) => d.id === "iphone")!.pages[0];
  const roblox = data.apps.find((a) => a.id === "roblox")!;
  let context: BrowserContext;
  let page: Page;
  let shown: string;
  const requests: string[] = [];

  beforeAll(async () => {
    // No service worker: this is what the page itself does and stores.
    context = await site.browser.newContext({ serviceWorkers: "block" });
    context.on("request", (r) => requests.push(r.url()));
    page = await context.newPage();
    await page.goto(site.url + path);
    await page.locator("#plan-form").waitFor();
    await choose(page, lang);
    shown = await planText(page);
  });
  afterAll(() => context?.close());

  it("iPhone, Roblox and ages 9–12 give the Roblox card's first steps and the iPhone Screen Time steps", () => {
    for (const step of [...iphone.steps, ...roblox.page.steps]) expect(shown).toContain(step.title);
    for (const item of iphone.steps.flatMap((s) => s.items)) expect(shown).toContain(item);
    for (const item of data.talk["9-12"].items) expect(shown).toContain(item);
    for (const sign of data.signs.items) expect(shown).toContain(sign.text);
    for (const line of data.help) expect(shown).toContain(line.phone);
    expect(page.url().endsWith(HASH)).toBe(true);
  });

  it("says nothing about Android or the apps not chosen", () => {
    expect(shown).not.toMatch(/Android|Family Link/);
    for (const app of data.apps.filter((a) => a.id !== "roblox")) {
      expect(shown, app.name).not.toMatch(new RegExp(`\\b${app.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`));
      for (const step of app.page.steps) expect(shown, app.name).not.toContain(step.title);
    }
    expect(shown).not.toContain(data.talk["under-9"].items[0]);
  });

  it("reads with no words run together, form and plan alike", async () => {
    expect(runTogether(await page.evaluate(() => document.body.innerText))).toEqual([]);
  });

  it("links each step to its guide or card and keeps its sources, in the page's language", async () => {
    const hrefs = await page.locator("#plan-body a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(hrefs).toContain(iphone.url);
    expect(hrefs).toContain(roblox.page.url);
    const sources = [...iphone.steps, ...roblox.page.steps].flatMap((s) => s.sources.map(([, href]) => href));
    for (const href of sources) expect(hrefs).toContain(href);
    expect(hrefs.every((h) => h!.startsWith("tel:") || h!.startsWith(lang === "en" ? "/" : "/es/"))).toBe(true);
  });

  it("prints on at most two Letter pages, without the form, with QR codes to this plan and to Roblox's card", async () => {
    const pdf = await page.pdf({ format: "Letter" });
    expect(countPages(pdf)).toBeLessThanOrEqual(2);
    await page.emulateMedia({ media: "print" });
    await expect(page.locator("#plan-form").isVisible()).resolves.toBe(false);
    await expect(page.locator(".plan-qrs").isVisible()).resolves.toBe(true);
    await page.emulateMedia({ media: null });
    const codes = await page.locator(".plan-qr svg").evaluateAll((svgs) => svgs.map((s) => s.outerHTML));
    const decoded = codes.map((svg) => {
      const { data: pixels, size } = rasterize(svg);
      return jsQR(pixels, size, size)?.data;
    });
    expect(decoded).toEqual([absoluteUrl(path) + HASH, absoluteUrl(cardUrl("roblox", lang))]);
  });

  it("says when to check again: a month from today", async () => {
    const again = new Date();
    again.setMonth(again.getMonth() + 1);
    const date = new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: "long" }).format(again);
    await expect(page.locator("[data-check-again]").textContent()).resolves.toBe(t(lang, "planCheckAgain").replace("{date}", date));
  });

  it("keeps the plan when a link on the page moves to an anchor (Skip to main content)", async () => {
    await page.locator('a[href="#main"]').focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction((hash) => location.hash === hash, HASH);
    await expect(planText(page)).resolves.toBe(shown);
  });

  it("reopens the same plan from its address in a fresh browser", async () => {
    const fresh = await site.browser.newContext({ serviceWorkers: "block" });
    const again = await fresh.newPage();
    await again.goto(site.url + path + HASH);
    await expect(planText(again)).resolves.toBe(shown);
    const checked = await again.locator("#plan-form input:checked").evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(checked).toEqual(["9-12", "iphone", "roblox"]);
    await fresh.close();
  });

  it("stores nothing and asks no other origin, until the parent asks to keep the plan", async () => {
    expect(requests.filter((u) => !u.startsWith(site.url))).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    const storage = () => page.evaluate(async () => [document.cookie, localStorage.length, sessionStorage.length, (await indexedDB.databases()).length]);
    await expect(storage()).resolves.toEqual(["", 0, 0, 0]);

    await expect(page.getByRole("button", { name: t(lang, "planForget") }).count()).resolves.toBe(0);
    await page.getByRole("button", { name: t(lang, "planKeep") }).click();
    await expect(storage()).resolves.toEqual(["", 1, 0, 0]);
    const later = await context.newPage();
    await later.goto(site.url + path);
    await expect(planText(later)).resolves.toBe(shown);
    await later.close();
    await page.getByRole("button", { name: t(lang, "planForget") }).click();
    await expect(storage()).resolves.toEqual(["", 0, 0, 0]);
    await expect(page.getByRole("button", { name: t(lang, "planForget") }).count()).resolves.toBe(0);
    expect(requests.filter((u) => !u.startsWith(site.url))).toEqual([]);
  });

  it("is used with the keyboard alone: the app filter, a checkbox, another child", async () => {
    const keys = await site.browser.newContext({ serviceWorkers: "block" });
    const kb = await keys.newPage();
    await kb.goto(site.url + path);
    await kb.locator("#plan-form").waitFor();
    const filterId = await kb.getByLabel(t(lang, "planAppFilter")).getAttribute("id");
    for (let i = 0; i < 80 && (await kb.evaluate(() => document.activeElement?.id)) !== filterId; i++) await kb.keyboard.press("Tab");
    await kb.keyboard.type("robux");
    await kb.keyboard.press("Tab");
    await expect(kb.evaluate(() => (document.activeElement as HTMLInputElement).value)).resolves.toBe("roblox");
    await kb.keyboard.press("Space");
    await expect(planText(kb)).resolves.toContain(roblox.page.steps[0].title);
    const add = kb.getByRole("button", { name: t(lang, "planAddChild") });
    await add.focus();
    await kb.keyboard.press("Enter");
    await expect(kb.locator("#plan-form fieldset.plan-child").count()).resolves.toBe(2);
    await expect(kb.evaluate(() => document.activeElement?.closest("fieldset.plan-child") === document.querySelectorAll("fieldset.plan-child")[1])).resolves.toBe(true);
    await keys.close();
  });
});

describe("a plan for two children", () => {
  it("keeps each child's own age, devices and apps, and reopens them from the address", async () => {
    const hash = "#child=9-12:iphone:roblox&child=16-17:android,console:tiktok";
    const context = await site.browser.newContext({ serviceWorkers: "block" });
    const page = await context.newPage();
    await page.goto(`${site.url}/plan/${hash}`);
    const text = await planText(page);
    const checked = await page.locator("#plan-form fieldset.plan-child").evaluateAll((boxes) =>
      boxes.map((b) => [...b.querySelectorAll("input:checked")].map((i) => (i as HTMLInputElement).value)),
    );
    expect(checked).toEqual([["9-12", "iphone", "roblox"], ["16-17", "android", "console", "tiktok"]]);
    const label = (id: string) => built("en").stages.find((s) => s.id === id)!.label;
    expect(text).toContain(`Child 1: ${label("9-12")}`);
    expect(text).toContain(`Child 2: ${label("16-17")}`);
    // Choosing the second child's age leaves the first child's alone.
    await page.locator("#plan-form fieldset.plan-child").nth(1).getByLabel(label("13-15"), { exact: true }).check();
    await page.waitForFunction(() => location.hash === "#child=9-12:iphone:roblox&child=13-15:android,console:tiktok");
    await expect(page.locator("#plan-form fieldset.plan-child").first().getByLabel(label("9-12"), { exact: true }).isChecked()).resolves.toBe(true);
    await context.close();
  });
});

describe("the family plan with scripts off", () => {
  it.each(CASES)("$path explains the plan and links the age pages and the guides", async ({ lang, path }) => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url + path);
    await expect(page.locator("#plan-nojs").isVisible()).resolves.toBe(true);
    await expect(page.locator("#plan-nojs").innerText()).resolves.toContain(t(lang, "planNoJsLead"));
    for (const href of [...built(lang).stages.map((s) => s.url), lang === "en" ? "/ages/" : "/es/edades/", lang === "en" ? "/guides/" : "/es/guias/"]) {
      await expect(page.locator(`#plan-nojs a[href="${href}"]`).count(), href).resolves.toBe(1);
    }
    await context.close();
  });
});

describe("the family plan offline, after one visit", () => {
  it.each(CASES)("$path opens and shows the same plan with no connection", async ({ path }) => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(site.url + path + HASH);
    const shown = await planText(page);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const script = /<template id="plan-script"><script type="module" src="([^"]+)"/.exec(readPage(path))![1];
    for (const file of [path, script, planDataPath(path === "/plan/" ? "en" : "es")]) {
      await page.waitForFunction(async (f) => Boolean(await caches.match(f)), file, { timeout: 10_000 });
    }
    await context.setOffline(true);
    const again = await context.newPage();
    const response = await again.goto(site.url + path + HASH);
    expect(response?.fromServiceWorker()).toBe(true);
    await expect(planText(again)).resolves.toBe(shown);
    await context.close();
  });
});
