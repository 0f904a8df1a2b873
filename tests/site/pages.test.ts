import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DIST, contentPages, fileFor, htmlPages, readPage } from "../helpers/dist.ts";
import { guideSlugs } from "@/lib/checks/contentCheck";
import { guideUrl, HELP_SLUG } from "@/lib/content/guides";
import { SITE_URL } from "@/lib/site/site";
import { LANGS, localPath } from "@/lib/site/i18n";

const slugs = guideSlugs("content");
const pages = htmlPages();

/** Every href/src in a page's markup (not inside scripts). */
function references(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]+)"/g)].map((m) => m[1].replaceAll("&amp;", "&"));
}

describe("the built site", () => {
  it("has the core pages", () => {
    for (const path of ["/", "/guides/", "/topics/", "/help/", "/search/", "/404.html", "/robots.txt", "/sitemap-index.xml"]) {
      expect(existsSync(fileFor(path)), path).toBe(true);
    }
  });

  it.each(slugs)("publishes guide %s at its permanent URL", (slug) => {
    const html = readPage(guideUrl(slug));
    expect(html).toContain('data-pagefind-body');
    expect(html).toMatch(/Reviewed on <time datetime="\d{4}-\d{2}-\d{2}">/);
    expect(html).toMatch(/\d+ min read/);
    expect(html).toMatch(/<section[^>]*data-notes/);
    expect(html).toMatch(/<sup class="note-ref"[^>]*><a href="#note-[a-z0-9-]+-1"/);
    expect(html).not.toMatch(/\[\^[a-z0-9-]+\]/);
    expect(html).toContain("data-print-button");
  });

  it("serves the help guide at /help/, with a redirect from its /guides/ form", () => {
    const stub = readPage(`/guides/${HELP_SLUG}/`);
    expect(stub).toMatch(/<meta http-equiv="refresh" content="0;url=\/help\/"/);
    expect(stub).not.toContain("data-pagefind-body");
  });

  it.each(contentPages())("%s has one h1, lang, a description and a canonical URL", (path) => {
    const html = readPage(path);
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(html).toMatch(new RegExp(`<html lang="${path.startsWith("/es/") ? "es" : "en"}"`));
    expect(html).toMatch(/<meta name="description" content="[^"]{20,}"/);
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
    expect(canonical?.startsWith(SITE_URL)).toBe(true);
  });

  it.each(pages)("every internal link in %s resolves to a built page or file", (path) => {
    for (const ref of references(readPage(path))) {
      if (/^(https?:|mailto:|tel:|sms:|data:)/.test(ref) || ref.startsWith("#")) continue;
      const target = new URL(ref, `http://site${path}`).pathname;
      expect(existsSync(fileFor(target)) || existsSync(join(fileFor(target), "index.html")), `${path} → ${ref}`).toBe(true);
    }
  });

  it.each(pages)("%s loads no script or stylesheet from another origin", (path) => {
    const html = readPage(path);
    const tags = html.match(/<(script|link|img|iframe)\b[^>]*>/g) ?? [];
    for (const tag of tags) {
      // Canonical and hreflang links name the site's own public address; the browser fetches neither.
      if (/rel="(canonical|alternate)"/.test(tag)) continue;
      expect(tag, path).not.toMatch(/(src|href)="(https?:)?\/\//);
    }
  });

  it("guide pages ship no external JavaScript before search is used", () => {
    for (const slug of slugs) {
      expect(readPage(guideUrl(slug))).not.toMatch(/<script[^>]+src=/);
    }
  });

  it("the sitemap lists every guide and robots.txt points to it", () => {
    const sitemap = readFileSync(join(DIST, "sitemap-0.xml"), "utf8");
    for (const slug of slugs) expect(sitemap).toContain(new URL(guideUrl(slug), SITE_URL).href);
    expect(readFileSync(join(DIST, "robots.txt"), "utf8")).toContain(`Sitemap: ${SITE_URL}/sitemap-index.xml`);
  });

  it("the home page leads with the urgent guides before the topics", () => {
    const html = readPage("/");
    const start = html.indexOf('id="urgent-heading"');
    const topics = html.indexOf('id="topics-heading"');
    expect(start).toBeGreaterThan(0);
    expect(topics).toBeGreaterThan(start);
    expect(html.slice(start, topics)).toContain('href="/guides/check-youtube-history/"');
  });

  it("the search page lists every guide without JavaScript", () => {
    const html = readPage("/search/");
    for (const slug of slugs) expect(html).toContain(`href="${guideUrl(slug)}"`);
  });

  it("the 404 page offers search and topics", () => {
    const html = readPage("/404.html");
    expect(html).toContain('action="/search/"');
    expect(html).toContain('href="/topics/');
  });
});

describe("evidence on every guide and card", () => {
  // The comparison table sits among the cards' addresses but is not a card: tests/site/compare.test.ts checks it.
  const compare = LANGS.map((lang) => localPath(lang, "/apps/compare/"));
  const advice = contentPages().filter((p) => /^(\/es)?\/(guides|guias|apps)\/[^/]+\/$|^\/(es\/ayuda|help)\/$/.test(p) && !compare.includes(p));

  it("has guides and cards to check", () => {
    expect(advice.length).toBeGreaterThan(60);
  });

  it.each(advice)("%s: every marker leads to a note with a quote, a dated reading and the publisher's https page", (path) => {
    const html = readPage(path);
    expect(html, "a marker left as text").not.toMatch(/\[\^[a-z0-9-]+\]/);
    const notes = /<section[^>]*data-notes[^>]*>([\s\S]*?)<\/section>/.exec(html)?.[1] ?? "";
    const items = [...notes.matchAll(/<li id="([^"]+)">([\s\S]*?)<\/li>/g)];
    expect(items.length).toBeGreaterThan(0);
    for (const [, id, item] of items) {
      expect(item, id).toMatch(/<q( lang="(en|es)")?>[^<]{10,300}<\/q>/);
      expect(item, id).toMatch(/<time datetime="\d{4}-\d{2}-\d{2}">/);
      expect(item, id).toMatch(/<cite><a href="https:\/\//);
    }
    const targets = new Set(items.map(([, id]) => id));
    const markers = [...html.matchAll(/<sup class="note-ref"[^>]*><a href="#([^"]+)" aria-label="(?:Source|Fuente) (\d+)">(\d+)<\/a><\/sup>/g)];
    expect(markers.length).toBeGreaterThan(0);
    for (const [, target, label, n] of markers) {
      expect(targets.has(target), target).toBe(true);
      expect(label).toBe(n);
    }
  });

  it.each(advice.filter((p) => /\/apps\//.test(p)))("%s: the facts box shows no fact without its note, and never 'not checked'", (path) => {
    const html = readPage(path);
    const box = /<dl class="app-facts[\s\S]*?<\/dl>/.exec(html)?.[0] ?? "";
    expect(box).not.toMatch(/not checked|sin revisar|unconfirmed/i);
    const rows = [...box.matchAll(/<dd>([\s\S]*?)<\/dd>/g)].slice(1); // the maker is the page's subject, not a fact to cite
    for (const [, dd] of rows) expect(dd).toContain('class="note-ref"');
  });
});
