/**
 * The search evaluation (issue #20): parents' questions in each language with the pages that answer them
 * (tests/fixtures/search-eval/<lang>.yaml), typed into the built site's search page and scored as a parent would
 * judge it: is a right page in the top three? Off-topic questions are right only when nothing is shown.
 * Half of each kind is for tuning the search, the other half for checking it (the browser test's floors).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import type { Browser, Page } from "playwright-core";
import { guideUrl } from "../../src/lib/content/guides.ts";
import { LANGS, localPath, type Lang } from "../../src/lib/site/i18n.ts";

export const KINDS = ["short", "question", "long", "typo", "everyday", "app-danger", "offtopic"] as const;
export type Kind = (typeof KINDS)[number];
export type Half = "tune" | "check";

export interface EvalQuestion {
  q: string;
  kind: Kind;
  /** Right pages, "guides/<slug>" or "apps/<slug>"; none for an off-topic question. */
  expect: string[];
  /** "all": every expected page must be in the top three (a question naming an app and a danger). */
  need?: "all";
  half: Half;
  /** The page whose parent's words the question was drawn from, or "own". */
  from: string;
}

const SET_DIR = join(import.meta.dirname, "..", "fixtures", "search-eval");

/** A language's questions, checked for shape so a typo in the set fails loudly rather than scoring nothing. */
export function loadEvalSet(lang: Lang): EvalQuestion[] {
  const file = join(SET_DIR, `${lang}.yaml`);
  const list = parse(readFileSync(file, "utf8")) as EvalQuestion[];
  list.forEach((item, i) => {
    const where = `${file}, entry ${i + 1} (“${item.q}”)`;
    if (typeof item.q !== "string" || !item.q.trim()) throw new Error(`${where}: q is missing`);
    if (!KINDS.includes(item.kind)) throw new Error(`${where}: kind must be one of ${KINDS.join(", ")}`);
    if (item.half !== "tune" && item.half !== "check") throw new Error(`${where}: half must be tune or check`);
    if (!Array.isArray(item.expect) || (item.kind === "offtopic") !== (item.expect.length === 0)) {
      throw new Error(`${where}: expect lists the right pages, and is empty exactly for off-topic questions`);
    }
  });
  return list;
}

/** The address of an expected page ("guides/x", "apps/x") in a language. */
export function pagePath(expected: string, lang: Lang): string {
  const [kind, slug] = expected.split("/");
  if (kind === "guides") return guideUrl(slug, lang);
  if (kind === "apps") return localPath(lang, `/apps/${slug}/`);
  throw new Error(`An expected page is "guides/<slug>" or "apps/<slug>", not "${expected}"`);
}

export interface Outcome {
  question: EvalQuestion;
  lang: Lang;
  results: string[];
  /** Position (1-based) of the first right page, for the reciprocal rank; off-topic: 1 when nothing is shown. */
  rank?: number;
  top1: boolean;
  top3: boolean;
}

export function judge(question: EvalQuestion, lang: Lang, results: string[]): Outcome {
  if (question.kind === "offtopic") {
    const none = results.length === 0;
    return { question, lang, results, rank: none ? 1 : undefined, top1: none, top3: none };
  }
  const positions = question.expect.map((e) => results.indexOf(pagePath(e, lang)) + 1);
  const found = positions.filter((p) => p > 0);
  const rank = found.length ? Math.min(...found) : undefined;
  const top3 = question.need === "all" ? positions.every((p) => p > 0 && p <= 3) : rank !== undefined && rank <= 3;
  return { question, lang, results, rank, top1: rank === 1 && (question.need !== "all" || top3), top3 };
}

export interface Score {
  lang: Lang;
  kind: Kind | "all";
  count: number;
  top1: number;
  top3: number;
  /** Mean reciprocal rank of the first right page. */
  mrr: number;
  /** Off-topic questions that showed any page. */
  shown: number;
}

function score(lang: Lang, kind: Kind | "all", list: Outcome[]): Score {
  const count = list.length;
  const share = (n: number) => (count ? n / count : 0);
  return {
    lang,
    kind,
    count,
    top1: share(list.filter((o) => o.top1).length),
    top3: share(list.filter((o) => o.top3).length),
    mrr: share(list.reduce((sum, o) => sum + (o.rank ? 1 / o.rank : 0), 0)),
    shown: list.filter((o) => o.question.kind === "offtopic" && o.results.length > 0).length,
  };
}

/** A score per language and kind, then the language's whole, in the order of KINDS. */
export function scores(outcomes: Outcome[]): Score[] {
  return LANGS.flatMap((lang) => {
    const mine = outcomes.filter((o) => o.lang === lang);
    if (!mine.length) return [];
    const kinds = KINDS.filter((k) => mine.some((o) => o.question.kind === k));
    return [...kinds.map((k) => score(lang, k, mine.filter((o) => o.question.kind === k))), score(lang, "all", mine)];
  });
}

const pct = (x: number) => `${(100 * x).toFixed(0)}%`;

export function formatScores(list: Score[]): string {
  const rows = list.map((s) =>
    [s.lang, s.kind, String(s.count), pct(s.top1), pct(s.top3), s.mrr.toFixed(2), s.kind === "offtopic" || s.kind === "all" ? String(s.shown) : ""],
  );
  const head = ["lang", "kind", "n", "top-1", "top-3", "MRR", "off-topic shown"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  return [head, ...rows].map((r) => r.map((c, i) => c.padEnd(widths[i])).join("  ")).join("\n");
}

/**
 * The search page of a language, asked one question after another as a parent refining a question would (Pagefind
 * loads once): the result links it shows for each, as site paths.
 */
export interface SearchPage {
  page: Page;
  /** Types a question into the box, presses Enter and answers the result links, as site paths. */
  ask(query: string): Promise<string[]>;
}

export async function openSearch(browser: Browser, origin: string, lang: Lang): Promise<SearchPage> {
  const page = await browser.newPage();
  await page.goto(`${origin}${localPath(lang, "/search/")}`);
  return {
    page,
    async ask(query: string) {
      await page.locator("#search-status").evaluate((s) => (s.textContent = ""));
      await page.fill("#search-page-input", query);
      await page.press("#search-page-input", "Enter");
      await page.locator("#search-status").filter({ hasText: /\S/ }).waitFor();
      return page.locator("#search-results li h2 a").evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    },
  };
}
