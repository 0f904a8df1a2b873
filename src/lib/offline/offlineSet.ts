/**
 * What the offline service worker keeps, decided at build time from the files in dist/. A first visit costs the
 * page and a small shell (styles, icons, the help and offline pages); the rest of a language — its guides, cards,
 * lists and search index — is downloaded only when the parent chooses "Save for offline", and afterwards only what
 * changed. Sizes are gzip bytes, as a static host would send them.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSize } from "../checks/budget.ts";
import { LANGS, localPath, type Lang } from "../site/i18n.ts";

/** One file the worker may keep: its site path, a content revision and its compressed size. */
export interface OfflineFile {
  url: string;
  rev: string;
  bytes: number;
}

/** A set of files and their total compressed size. */
export interface OfflineSet {
  files: OfflineFile[];
  bytes: number;
}

/** The offline manifest the worker and the save control read: each language's set. */
export type OfflineManifest = Record<Lang, OfflineSet>;

export { MANIFEST_PATH } from "./manifestPath.ts";

/** The page shown for an address with nothing saved, per language. */
export const OFFLINE_PAGES: Record<Lang, string> = { en: localPath("en", "/offline/"), es: localPath("es", "/offline/") };

/** Kept on every device after the first visit, whatever the language: the help and offline pages of both. */
const SHELL_PAGES = LANGS.flatMap((lang) => [localPath(lang, "/help/"), OFFLINE_PAGES[lang]]);
const SHELL_FILES = /^\/(_astro\/.+\.css|manifest\.webmanifest|favicon\.svg|icon\.svg|icon-\d+\.png|apple-touch-icon\.png)$/;

/** Never kept: files for crawlers, feeds and previews, print packs, schools' pages, Pagefind's unused UI bundles. */
const NEVER = [
  /^\/(robots\.txt|sitemap-.*\.xml|rss\.xml|social-card\.png|_headers|sw\.js|404\.html|guides\.json|apps\.json)$/,
  /^\/(es\/)?(print|imprimir|schools|escuelas|404)\//,
  /^\/pagefind\/pagefind-(component-ui|modular-ui|ui|highlight)\./,
];

/** A dist/ file's site path: "guides/x/index.html" → "/guides/x/". */
export function sitePath(file: string): string {
  return "/" + file.split("\\").join("/").replace(/(^|\/)index\.html$/, "$1");
}

/**
 * Which set a site path belongs to: "shell", a language, "both" (Pagefind's shared scripts), or null (never kept).
 * Pagefind names its per-language files with the language code (en_…, wasm.es.pagefind).
 */
export function offlineGroup(path: string): "shell" | Lang | "both" | null {
  if (SHELL_PAGES.includes(path) || SHELL_FILES.test(path)) return "shell";
  if (NEVER.some((re) => re.test(path))) return null;
  if (path.startsWith("/pagefind/")) {
    const lang = LANGS.find((l) => new RegExp(`[/.]${l}[_.]|[-_.]${l}\\.`).test(path.slice("/pagefind".length)));
    return lang ?? "both";
  }
  if (path.startsWith("/_astro/")) return "both";
  // The family plan's data, beside its page: saved with that language.
  if (/^\/(es\/)?plan\/data\.json$/.test(path)) return path.startsWith("/es/") ? "es" : "en";
  if (path.endsWith("/")) return path.startsWith("/es/") ? "es" : "en";
  return null;
}

/** Reads dist/ and sorts every file into the shell and each language's set. */
export function offlineSets(dist: string): { shell: OfflineSet; langs: OfflineManifest } {
  const shell: OfflineFile[] = [];
  const langs = Object.fromEntries(LANGS.map((l) => [l, [] as OfflineFile[]])) as Record<Lang, OfflineFile[]>;
  for (const file of readdirSync(dist, { recursive: true, encoding: "utf8" }).sort()) {
    if (!/\.\w+$/.test(file)) continue;
    const path = sitePath(file);
    const group = offlineGroup(path);
    if (!group) continue;
    const content = readFileSync(join(dist, file));
    // Redirect stubs (a meta refresh to the new address) are not pages to keep.
    if (path.endsWith("/") && /<meta http-equiv="refresh"/.test(content.toString("utf8", 0, 600))) continue;
    const entry = { url: path, rev: createHash("sha256").update(content).digest("hex").slice(0, 12), bytes: gzipSize(content) };
    if (group === "shell") shell.push(entry);
    else for (const lang of group === "both" ? LANGS : [group]) langs[lang].push(entry);
  }
  const set = (files: OfflineFile[]): OfflineSet => ({ files, bytes: files.reduce((n, f) => n + f.bytes, 0) });
  return { shell: set(shell), langs: Object.fromEntries(LANGS.map((l) => [l, set(langs[l])])) as OfflineManifest };
}

/** A shell file's address with its revision, so a device can tell an unchanged file from a changed one. */
export function shellUrl(file: OfflineFile): string {
  return file.url.startsWith("/_astro/") ? file.url : `${file.url}?v=${file.rev}`;
}
