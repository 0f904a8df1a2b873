import { describe, expect, it } from "vitest";
import { existsSync } from "node:fs";
import { CARD_DIRS, guideSlugs } from "@/lib/checks/contentCheck";
import { cardsFeedSchema, guidesFeedSchema } from "@/lib/feeds/feeds";
import { cardUrl } from "@/lib/content/apps";
import { guideUrl } from "@/lib/content/guides";
import { SITE_URL } from "@/lib/site/site";
import { t } from "@/lib/site/i18n";
import { contentPages, fileFor, readPage } from "../helpers/dist.ts";

const slugs = guideSlugs(process.env.GUIDES_DIR ?? "content");

describe("/guides.json", () => {
  const result = guidesFeedSchema.safeParse(JSON.parse(readPage("/guides.json")));

  it("matches the published schema", () => {
    expect(result.error).toBeUndefined();
  });

  it("lists every guide once in each language, each at a built page", () => {
    const urls = result.data!.guides.map((g) => g.url);
    const expected = (["en", "es"] as const).flatMap((lang) => slugs.map((s) => `${SITE_URL}${guideUrl(s, lang)}`));
    expect(urls.toSorted()).toEqual(expected.toSorted());
    for (const g of result.data!.guides) expect(g.url.includes("/es/"), g.url).toBe(g.language === "es");
    for (const url of urls) expect(existsSync(fileFor(new URL(url).pathname)), url).toBe(true);
  });
});

describe("/apps.json", () => {
  const result = cardsFeedSchema.safeParse(JSON.parse(readPage("/apps.json")));
  const cardSlugs = guideSlugs(CARD_DIRS.en);

  it("lists every app card once in each language, each at a built page", () => {
    expect(result.error).toBeUndefined();
    const urls = result.data!.apps.map((a) => a.url);
    const expected = (["en", "es"] as const).flatMap((lang) => cardSlugs.map((s) => `${SITE_URL}${cardUrl(s, lang)}`));
    expect(urls.toSorted()).toEqual(expected.toSorted());
    for (const url of urls) expect(existsSync(fileFor(new URL(url).pathname)), url).toBe(true);
  });
});

describe("/rss.xml", () => {
  const xml = readPage("/rss.xml");
  const items = [...xml.matchAll(/<item>.*?<link>([^<]+)<\/link>.*?<pubDate>([^<]+)<\/pubDate>.*?<\/item>/gs)];

  it("has one item per guide, linking to its absolute address", () => {
    expect(items.map((m) => m[1]).toSorted()).toEqual(slugs.map((s) => `${SITE_URL}${guideUrl(s)}`).toSorted());
  });

  it("puts the most recently reviewed guides first", () => {
    const dates = items.map((m) => Date.parse(m[2]));
    expect(dates).toEqual(dates.toSorted((a, b) => b - a));
  });

  it("is announced in the head of every page", () => {
    for (const path of contentPages()) {
      const feeds = path.startsWith("/es/") ? ["\\/es\\/rss\\.xml"] : ["\\/rss\\.xml"];
      for (const feed of feeds) expect(new RegExp(`<link rel="alternate" type="application/rss\\+xml" title="[^"]+" href="${feed}"`).test(readPage(path)), path).toBe(true);
    }
  });
});

describe("what changed", () => {
  it.each([
    ["/changes/", "/changes.xml", ""],
    ["/es/cambios/", "/es/cambios.xml", "/es"],
  ])("%s lists every change newest first, and %s feeds them", (page, feed, prefix) => {
    const html = readPage(page);
    // One heading a day, its changes listed under it: each item takes the date of the heading above it.
    let day = "";
    const items = [...html.matchAll(/<time datetime="([^"]+)"|<li id="([^"]+)"/g)].flatMap((m) => {
      if (m[1]) day = m[1];
      return m[2] ? [[m[0], m[2], day] as const] : [];
    });
    // Every guide has at least its first entry; the list holds them all, newest first.
    expect(items.length).toBeGreaterThanOrEqual(slugs.length);
    const dates = items.map((m) => m[2]);
    expect(dates).toEqual(dates.toSorted().reverse());
    const xml = readPage(feed);
    const links = [...xml.matchAll(/<item>.*?<link>([^<]+)<\/link>/gs)].map((m) => m[1]);
    expect(links).toHaveLength(items.length);
    for (const link of links) expect(items.map((m) => `${SITE_URL}${page}#${m[1]}`)).toContain(link);
    expect(html).toContain(`href="${prefix}/guides/`.replace("/es/guides/", "/es/guias/"));
    expect(html).toContain(`<link rel="alternate" type="application/rss+xml" title="${t(prefix ? "es" : "en", "changesFeedTitle")}" href="${feed}"`);
  });

  it("the Spanish guides have their own feed", () => {
    const xml = readPage("/es/rss.xml");
    const links = [...xml.matchAll(/<item>.*?<link>([^<]+)<\/link>/gs)].map((m) => m[1]);
    expect(links.toSorted()).toEqual(slugs.map((s) => `${SITE_URL}${guideUrl(s, "es")}`).toSorted());
  });
});
