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

/** A whole page, with its evidence notes, stays within this (gzip HTML + up-front CSS/JS). */
export const PAGE_BUDGET = 20_000;

/**
 * The part of a page's HTML its first view needs: everything before the first element marked `data-below-fold`
 * (the evidence notes that close a guide or card; on /changes/, every day but the newest). Such parts come after
 * every screenful a parent reads first, and HTML streams: they arrive in the next round trip without holding up the
 * first screen. The whole page is held to PAGE_BUDGET.
 */
export function firstViewHtml(html: string): string {
  const at = html.search(/<[a-z]+\b[^>]*\bdata-below-fold\b/);
  return at < 0 ? html : html.slice(0, at);
}

export function gzipSize(content: string | Buffer): number {
  return gzipSync(content, { level: 9 }).length;
}

export interface PageWeight {
  path: string;
  /** The first view's HTML (see firstViewHtml). */
  html: number;
  assets: number;
  /** The first view: its HTML and the up-front assets, against FIRST_VIEW_BUDGET. */
  total: number;
  /** The whole page, notes included, with the up-front assets, against PAGE_BUDGET. */
  whole: number;
}

/** The gzip size of a page's first-view HTML, of the whole page and of each up-front asset, read through `read`. */
export function pageWeight(path: string, html: string, read: (url: string) => Buffer): PageWeight {
  const htmlBytes = gzipSize(firstViewHtml(html));
  const assets = firstViewAssets(html).reduce((sum, url) => sum + gzipSize(read(url)), 0);
  return { path, html: htmlBytes, assets, total: htmlBytes + assets, whole: gzipSize(html) + assets };
}
