/**
 * Machine-readable lists of the guides and app cards for schools and learning platforms: /guides.json, /apps.json
 * and /rss.xml.
 * The JSON's shape is a published contract, so it is defined here as a schema and tested against the build.
 */
import { z } from "astro/zod";
import { collator, guideUrl, type Guide } from "../content/guides.ts";
import { LANGS, type Lang } from "../site/i18n.ts";
import { absoluteUrl } from "../site/site.ts";
import { TOPICS } from "../content/topics.ts";
import { APP_KINDS } from "../content/schema.ts";
import { cardUrl, type Card } from "../content/apps.ts";

/** One guide in /guides.json. */
export const guideFeedEntrySchema = z
  .object({
    /** The guide's title. */
    title: z.string().min(1),
    /** One sentence: what the parent will be able to do. */
    summary: z.string().min(1),
    /** The guide's permanent address, absolute. */
    url: z.url({ protocol: /^https?$/ }),
    /** The guide's topic slug (see src/lib/content/topics.ts). */
    topic: z.enum(TOPICS),
    /** The children's ages the guide is for, inclusive. */
    ages: z.object({ from: z.int(), to: z.int() }),
    /** When the guide was last checked against its sources. */
    reviewed: z.iso.date(),
    /** The guide's language; a guide and its translation share a slug, at their own addresses. */
    language: z.enum(LANGS),
  })
  .strict();

/** The whole of /guides.json: every published guide. */
export const guidesFeedSchema = z.object({ guides: z.array(guideFeedEntrySchema).min(1) }).strict();

export type GuideFeedEntry = z.infer<typeof guideFeedEntrySchema>;

/** A date as YYYY-MM-DD in UTC. */
function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The /guides.json document for published guides in a language, in the order given. */
export function guidesFeed(guides: readonly Guide[], lang: Lang = "en"): z.infer<typeof guidesFeedSchema> {
  return {
    guides: guides.map(({ id, data }) => ({
      title: data.title,
      summary: data.summary,
      url: absoluteUrl(guideUrl(id, lang)),
      topic: data.topic,
      ages: { from: data.ages.from, to: data.ages.to },
      reviewed: isoDate(data.reviewed),
      language: lang,
    })),
  };
}

/** One app card in /apps.json. */
export const cardFeedEntrySchema = z
  .object({
    /** The app's name. */
    app: z.string().min(1),
    /** One sentence: what a parent learns on the card. */
    summary: z.string().min(1),
    /** The card's permanent address, absolute. */
    url: z.url({ protocol: /^https?$/ }),
    /** The kind of app (see APP_KINDS in src/lib/content/schema.ts). */
    kind: z.enum(APP_KINDS),
    /** The minimum age in the app's own terms; 0 when they set none; absent when no page stating it could be read. */
    minimumAge: z.int().min(0).optional(),
    /** When the card was last checked against its sources. */
    reviewed: z.iso.date(),
    language: z.enum(LANGS),
  })
  .strict();

/** The whole of /apps.json: every published app card. */
export const cardsFeedSchema = z.object({ apps: z.array(cardFeedEntrySchema).min(1) }).strict();

/** The /apps.json entries for published cards in a language, in the order given. */
export function cardsFeed(cards: readonly Card[], lang: Lang = "en"): z.infer<typeof cardsFeedSchema> {
  return {
    apps: cards.map(({ id, data }) => ({
      app: data.app,
      summary: data.summary,
      url: absoluteUrl(cardUrl(id, lang)),
      kind: data.kind,
      minimumAge: data.minimumAge?.age,
      reviewed: isoDate(data.reviewed),
      language: lang,
    })),
  };
}

/** RSS items for @astrojs/rss, newest review first (a re-reviewed guide rises to the top); ties by title. */
export function rssItems(guides: readonly Guide[], lang: Lang = "en"): { title: string; description: string; link: string; pubDate: Date }[] {
  return guides
    .toSorted((a, b) => b.data.reviewed.getTime() - a.data.reviewed.getTime() || collator.compare(a.data.title, b.data.title))
    .map(({ id, data }) => ({ title: data.title, description: data.summary, link: guideUrl(id, lang), pubDate: data.reviewed }));
}

/** One line of the site's change record: a change to one guide or card. */
export interface ChangeItem {
  /** The page's title. */
  title: string;
  /** The page's address. */
  url: string;
  date: Date;
  note: string;
  /** A stable id for this change on the changes page, e.g. "check-youtube-history-2026-12-01-0". */
  id: string;
}

/** Changes grouped under their date, newest date first: one heading a day keeps a long record short to read and send. */
export function groupByDate<T extends { date: Date }>(items: readonly T[]): { date: Date; items: T[] }[] {
  const groups = Map.groupBy(items, (c) => c.date.getTime());
  return [...groups].sort(([a], [b]) => b - a).map(([time, items]) => ({ date: new Date(time), items }));
}

/**
 * Most changes /changes/ and its feeds list: the newest. The real site has 110 a language; each guide and card lists
 * all of its own, so above this the list stays short to read and its build time stays the same.
 */
export const CHANGES_LIMIT = 200;

/** Most guides the RSS feed of new and re-reviewed guides lists (the newest reviews; the real site has 18). */
export const RSS_LIMIT = 50;

/**
 * Every change to every guide and card in a language, newest first (ties by title), for /changes/ and its feed.
 * A school holding a printed copy finds here what is different on the live page.
 */
export function changeItems(guides: readonly Guide[], cards: readonly Card[], lang: Lang, cardTitle: (app: string) => string): ChangeItem[] {
  const pages = [
    ...guides.map((g) => ({ id: g.id, title: g.data.title, url: guideUrl(g.id, lang), changes: g.data.changes })),
    ...cards.map((c) => ({ id: `app-${c.id}`, title: cardTitle(c.data.app), url: cardUrl(c.id, lang), changes: c.data.changes })),
  ];
  return pages
    .flatMap((p) => p.changes.map((c, i) => ({ title: p.title, url: p.url, date: c.date, note: c.note, id: `${p.id}-${isoDate(c.date)}-${i}` })))
    .toSorted((a, b) => b.date.getTime() - a.date.getTime() || collator.compare(a.title, b.title));
}
