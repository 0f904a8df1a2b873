/** Reading the built site in `dist/` (npm test builds it before Vitest starts). */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { LANGS, localPath } from "../../src/lib/site/i18n.ts";

/** The built site; DIST_DIR lets a build in another folder be tested. */
export const DIST = process.env.DIST_DIR ?? join(import.meta.dirname, "..", "..", "dist");

if (!existsSync(join(DIST, "index.html"))) {
  throw new Error("dist/ is missing: run `npm test` (it builds first) or `npm run build`.");
}

/** Every built HTML file, as site paths like "/guides/x/" (or "/404.html"). */
export function htmlPages(): string[] {
  return readdirSync(DIST, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".html"))
    .map((f) => "/" + relative(DIST, join(DIST, f)).replace(/index\.html$/, ""))
    .sort();
}

/** The file in dist/ that serves a site path. */
export function fileFor(path: string): string {
  const clean = decodeURIComponent(path.split(/[?#]/)[0]);
  return join(DIST, clean.endsWith("/") ? `${clean}index.html` : clean);
}

export function readPage(path: string): string {
  return readFileSync(fileFor(path), "utf8");
}

/** Built pages other than redirect stubs (Astro writes a meta-refresh page for each configured redirect). */
export function contentPages(): string[] {
  return htmlPages().filter((path) => !/<meta http-equiv="refresh"/.test(readPage(path)));
}

/**
 * A page or two of each kind: every top-level page, and the first and last of each set of three or more pages in
 * one folder (the guides, the cards, the topics…), which share a template; both ends, as a folder may hold two kinds
 * (/print/apps/ and the topic packs). For browser checks whose result depends on the template, not the text: the
 * requests a page makes, its layout at another width.
 */
const HOMES = new Set(LANGS.map((lang) => localPath(lang, "/")));
export function pagesOfEachKind(pages: string[] = contentPages()): string[] {
  const folder = (path: string) => path.replace(/[^/]+\/$/, "");
  const sets = new Map<string, string[]>();
  for (const path of pages) {
    const f = folder(path);
    const key = HOMES.has(f) ? `page ${path}` : `folder ${f}`;
    sets.set(key, [...(sets.get(key) ?? []), path]);
  }
  return [...sets.values()].flatMap((set) => (set.length >= 3 ? [set[0], set.at(-1)!] : set)).sort();
}
