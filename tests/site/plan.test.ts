/**
 * The family plan as built: its script and data within their budgets and loaded on its pages only, its steps
 * word for word as the guides and cards show them, and a page that explains itself without scripts.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DIST, contentPages, readPage } from "../helpers/dist.ts";
import { FIRST_VIEW_BUDGET, gzipSize, pageWeight } from "@/lib/checks/budget";
import { LANGS, localPath, type Lang } from "@/lib/site/i18n";
import type { PlanData } from "@/lib/plan/planData";
import { PLAN_FALLBACK_PATH, planDataPath } from "@/lib/plan/sources";
import { PLAN_LOADER } from "@/lib/plan/loader";

/** The budgets (#22), gzip. */
const SCRIPT_BUDGET = 15_000;
const DATA_BUDGET = 40_000;

const planPages = LANGS.map((lang) => localPath(lang, "/plan/"));
const scriptOf = (path: string) => /<template id="plan-script"><script type="module" src="([^"]+)"/.exec(readPage(path))?.[1];
const read = (url: string) => readFileSync(join(DIST, url));

/** A script and every module it imports, as the browser would fetch them. */
function withImports(url: string, seen = new Set<string>()): string[] {
  if (seen.has(url)) return [];
  seen.add(url);
  const code = read(url).toString("utf8");
  const imports = [...code.matchAll(/(?:import|from)\s*\(?\s*"(\.{0,2}\/[^"]+\.js)"/g)].map((m) => new URL(m[1], `http://x${url}`).pathname);
  return [url, ...imports.flatMap((i) => withImports(i, seen))];
}

const sizes: string[] = [];

describe("the family plan's weight", () => {
  it.each(planPages)(`%s: its script, with what it imports, is at most ${SCRIPT_BUDGET / 1000} KB gzip`, (path) => {
    const script = scriptOf(path);
    expect(script).toMatch(/^\/_astro\/.+\.js$/);
    const files = withImports(script!);
    const bytes = files.reduce((sum, f) => sum + gzipSize(read(f)), 0);
    sizes.push(`${path} script ${bytes} B gzip (${files.length} file${files.length > 1 ? "s" : ""})`);
    expect(bytes).toBeLessThanOrEqual(SCRIPT_BUDGET);
  });

  it.each(LANGS)(`its %s data is at most ${DATA_BUDGET / 1000} KB gzip`, (lang) => {
    const bytes = gzipSize(read(planDataPath(lang)));
    sizes.push(`${planDataPath(lang)} ${bytes} B gzip`);
    expect(bytes).toBeLessThanOrEqual(DATA_BUDGET);
  });

  it.each(planPages)(`%s: first view at most ${FIRST_VIEW_BUDGET / 1000} KB, no script file up front`, (path) => {
    const weight = pageWeight(path, readPage(path), read);
    sizes.push(`${path} first view ${weight.total} B gzip`);
    expect(weight.total).toBeLessThanOrEqual(FIRST_VIEW_BUDGET);
    // The script waits in an inert <template>; the loader adds it once the page is shown.
    expect(readPage(path).replace(/<template\b[\s\S]*?<\/template>/g, "")).not.toMatch(/<script[^>]+src=/);
    console.log(`Family plan sizes:\n  ${sizes.join("\n  ")}`);
  });

  it("no other page loads the plan's script or data", () => {
    const script = scriptOf(planPages[0])!;
    for (const path of contentPages().filter((p) => !planPages.includes(p))) {
      const html = readPage(path);
      expect(html.includes(script) || html.includes(PLAN_LOADER) || /plan\/data\.json/.test(html), path).toBe(false);
    }
  });
});

/** A page's text as a reader sees it: no tags, no note numbers, quotes made plain (as the slide points' test), one space between words. */
const plainQuotes = (s: string) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
function pageText(path: string): string {
  const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" };
  return plainQuotes(readPage(path))
    .replace(/<sup\b[\s\S]*?<\/sup>/g, "")
    .replace(/<\/?(p|li|ul|ol|h\d|div|section|br|td|th)\b[^>]*>/g, " ")
    .replace(/<[^>]+>/g, "")
    .replace(/&(#\d+|\w+);/g, (e, name: string) => entities[name] ?? (name.startsWith("#") ? String.fromCodePoint(Number(name.slice(1))) : e))
    .replace(/\s+/g, " ");
}

describe.each(LANGS)("the plan's steps read as their pages do (%s)", (lang: Lang) => {
  const data = JSON.parse(read(planDataPath(lang)).toString("utf8")) as PlanData;
  const pages = [...data.devices.flatMap((d) => d.pages), ...data.apps.map((a) => a.page)];

  it.each(pages.map((p) => [p.url, p] as const))("%s", (url, page) => {
    const text = pageText(url);
    for (const step of page.steps) for (const words of [step.title, ...step.items]) expect(text, words).toContain(plainQuotes(words));
  });

  it("the warning signs and each stage's talk too", () => {
    expect(pageText(data.signs.url)).toContain(data.signs.items[0].text);
    for (const talk of Object.values(data.talk)) for (const item of talk.items) expect(pageText(talk.url)).toContain(item);
  });
});

describe("the plan page with scripts off", () => {
  it.each(planPages)("%s explains itself and links the guides", (path) => {
    const html = readPage(path);
    const lang: Lang = path.startsWith("/es/") ? "es" : "en";
    expect(html).toMatch(new RegExp(`<div id="plan-nojs"[\\s\\S]*href="${localPath(lang, PLAN_FALLBACK_PATH)}"`));
  });
});
