/**
 * Data shaping for guides: sorting, grouping, related guides, URLs and reading time.
 * Plain functions over plain objects so they can be unit-tested without Astro; pages get
 * the collection through src/lib/content.ts, which calls these.
 */
import type { GuideData } from "./schema.ts";
import { TOPICS, type Topic } from "./topics.ts";
import { LOCALES, localPath, t, type Lang } from "../site/i18n.ts";
import { stripMdx } from "./text.ts";

/** The shape of a collection entry that these helpers need. */
export interface Guide {
  id: string;
  body?: string;
  data: GuideData;
}

/** The slug of the "Get help now" guide, which is served at /help/ instead of under /guides/. */
export const HELP_SLUG = "get-help-now";

/** The permanent URL of a guide. Slugs never change once published (schools link to them). */
export function guideUrl(id: string, lang: Lang = "en"): string {
  return localPath(lang, id === HELP_SLUG ? "/help/" : `/guides/${id}/`);
}

/** Makes a URL-safe slug from any text: lowercase ASCII words joined by hyphens. */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** The words of an MDX body on one line (see stripMdx). */
export function plainText(mdx: string): string {
  return stripMdx(mdx).replace(/\s+/g, " ").trim();
}

export function wordCount(mdx: string): number {
  const text = plainText(mdx);
  return text ? text.split(" ").length : 0;
}

/** Minutes to read at a calm 200 words a minute, never less than one. */
export function readingMinutes(mdx: string, wordsPerMinute = 200): number {
  return Math.max(1, Math.ceil(wordCount(mdx) / wordsPerMinute));
}

/** Compares as String.prototype.localeCompare does with no locale, without making a collator per comparison. */
export const collator = new Intl.Collator();

/** Published guides (no drafts), by `order` then title. */
export function sortGuides<T extends Guide>(guides: readonly T[]): T[] {
  return guides
    .filter((g) => !g.data.draft)
    .toSorted((a, b) => a.data.order - b.data.order || collator.compare(a.data.title, b.data.title));
}

/** Sorted lists by the list they were made from: every guide page of a build picks its related guides from one list. */
const sortedLists = new WeakMap<readonly Guide[], readonly Guide[]>();

/** sortGuides(guides), sorted once per list (read it, don't change it). */
function sortedOnce<T extends Guide>(guides: readonly T[]): readonly T[] {
  if (!sortedLists.has(guides)) sortedLists.set(guides, sortGuides(guides));
  return sortedLists.get(guides) as readonly T[];
}

/** The guides marked urgent, in order: these lead the home page. */
export function urgentGuides<T extends Guide>(guides: readonly T[]): T[] {
  return sortGuides(guides).filter((g) => g.data.urgent);
}

/** Guides grouped by topic, in the fixed topic order; topics without guides are left out. */
export function groupByTopic<T extends Guide>(guides: readonly T[]): { topic: Topic; guides: T[] }[] {
  const sorted = sortGuides(guides);
  return TOPICS.map((topic) => ({ topic, guides: sorted.filter((g) => g.data.topic === topic) })).filter(
    (group) => group.guides.length > 0,
  );
}

/**
 * Guides to suggest after `guide`: first those it names in `related`, then others in its topic,
 * never itself, at most `limit`.
 */
export function relatedGuides<T extends Guide>(guide: T, guides: readonly T[], limit = 4): T[] {
  const published = sortedOnce(guides).filter((g) => g.id !== guide.id);
  const named = guide.data.related
    .map((id) => published.find((g) => g.id === id))
    .filter((g): g is T => g !== undefined);
  const sameTopic = published.filter((g) => g.data.topic === guide.data.topic && !named.includes(g));
  return [...named, ...sameTopic].slice(0, limit);
}

/**
 * Most guides a print pack holds. A pack is something a school prints and hands out, not a book: the real site's
 * packs hold 13 guides or fewer; above this a pack keeps its first guides and points to the list of all, since every
 * guide prints from its own page. It also keeps a pack's build time from growing with the number of guides.
 */
export const PACK_LIMIT = 20;

/** The first `limit` of `items`, with how many there were. */
export function capped<T>(items: readonly T[], limit: number): { shown: T[]; total: number } {
  return { shown: items.slice(0, limit), total: items.length };
}

/**
 * The guides in a print pack: the one-page printables (checklists) first, then the other printable guides,
 * each group in the usual order.
 */
export function printPack<T extends Guide>(guides: readonly T[]): T[] {
  const sorted = sortGuides(guides);
  return [
    ...sorted.filter((g) => g.data.printable === "checklist"),
    ...sorted.filter((g) => g.data.printable === "guide"),
  ];
}

/**
 * One formatter per language, made once: toLocaleDateString makes a new one on every call, and a page shows many
 * dates (its review, its notes, its changes). Same options, so the same words.
 */
const dateFormats = new Map<Lang, Intl.DateTimeFormat>();

/** A date as parents read it, e.g. "November 23, 2026"; UTC so the build machine's zone doesn't shift it. */
export function formatDate(date: Date, lang: Lang = "en"): string {
  let format = dateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[lang], { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });
    dateFormats.set(lang, format);
  }
  return format.format(date);
}

/** The ages line, e.g. "Ages 9–17" or "All ages". */
export function formatAges({ from, to }: GuideData["ages"], lang: Lang = "en"): string {
  if (from === 0 && to >= 17) return t(lang, "allAges");
  return from === to ? t(lang, "oneAge", { n: from }) : t(lang, "ageRange", { from, to });
}

/** A page is due for review 12 months after it was last checked; the content check fails it at 18. */
export const REVIEW_DUE_MONTHS = 12;

/** Months between two dates, as the review rules count them. */
export function monthsBetween(earlier: Date, later: Date): number {
  return (later.getTime() - earlier.getTime()) / (1000 * 60 * 60 * 24 * 30.44);
}

/** Whether a page reviewed on `reviewed` should tell readers it is due for review (`today`: the build's date). */
export function isDueForReview(reviewed: Date, today = new Date()): boolean {
  return monthsBetween(reviewed, today) > REVIEW_DUE_MONTHS;
}
