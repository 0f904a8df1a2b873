/** Reading the built site in `dist/` (npm test builds it before Vitest starts). */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";

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
