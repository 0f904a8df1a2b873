/**
 * The first-view byte budget: a guide's HTML plus the CSS and JavaScript it loads before the parent does
 * anything, gzip-compressed, must fit in the first round trip (about 14 KB) on a slow phone connection.
 */
import { gzipSync } from "node:zlib";

/** 14 KB: ten TCP segments of ~1,400 bytes, what a server can send before the first acknowledgement. */
export const FIRST_VIEW_BUDGET = 14_000;

/**
 * Pages the budget does not bind: the print packs, the newsletter items and the talks lay out many guides on purpose,
 * for school staff rather than a parent on a phone. Every other page, and every guide and card, must fit.
 */
export function budgetExempt(path: string): boolean {
  return /^\/(es\/imprimir|print)\/|^\/(schools\/(newsletter|talks)|es\/escuelas\/(boletin|charlas))\//.test(path);
}

/**
 * Same-origin stylesheets and scripts a page loads up front: not those it imports later, nor print-only
 * stylesheets, which browsers fetch at low priority without holding up the page.
 */
export function firstViewAssets(html: string): string[] {
  const assets: string[] = [];
  // A <template>'s content is inert: nothing in it loads until a script puts it in the page (the search page's script).
  const live = html.replace(/<template\b[\s\S]*?<\/template>/g, "");
  for (const [tag] of live.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>|<script\b[^>]*\bsrc="[^"]+"[^>]*>/g)) {
    if (/\bmedia="print"/.test(tag)) continue;
    const url = /(?:href|src)="([^"]+)"/.exec(tag)?.[1];
    if (url && url.startsWith("/")) assets.push(url);
  }
  return assets;
}

export function gzipSize(content: string | Buffer): number {
  return gzipSync(content, { level: 9 }).length;
}

export interface PageWeight {
  path: string;
  html: number;
  assets: number;
  total: number;
}

/** The gzip size of a page's HTML and of each up-front asset, read through `read`. */
export function pageWeight(path: string, html: string, read: (url: string) => Buffer): PageWeight {
  const htmlBytes = gzipSize(html);
  const assets = firstViewAssets(html).reduce((sum, url) => sum + gzipSize(read(url)), 0);
  return { path, html: htmlBytes, assets, total: htmlBytes + assets };
}
