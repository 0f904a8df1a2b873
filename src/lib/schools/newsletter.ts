/**
 * Newsletter items for schools: for every guide and app card, a short piece in each language (60–100 words) made
 * from the page's own summary and key points, so it never drifts from the page. And a school year's sequence.
 */
import { labelPlainText, labelTable } from "../content/labels.ts";
import { stripMdx } from "../content/text.ts";
import { t, type Lang } from "../site/i18n.ts";

/** The length a school's newsletter tool can take without cutting it. */
export const NEWSLETTER_WORDS = { min: 60, max: 100 } as const;

export interface NewsletterSource {
  /** The page's title as the item's headline. */
  title: string;
  summary: string;
  /** The page's MDX body, to take its key points from. */
  body: string;
  /** The page's absolute address. */
  url: string;
  /** The sections to take points from, in order: "In short" for guides; "What it is", then more, for cards. */
  pointsHeadings: readonly string[];
}

export interface NewsletterItem {
  title: string;
  /** The item's words, without the address. */
  text: string;
  url: string;
  words: number;
}

const countWords = (s: string) => s.split(/\s+/).filter(Boolean).length;

/**
 * Where one sentence ends and the next starts: . ! or ? (maybe a closing quote), a space, a capital. A dot inside an
 * address (report.cybertip.org) or an abbreviation (U.S.) ends no sentence.
 */
const SENTENCE_END = /(?<=[.!?]["”»)]?)(?<!\b(?:\p{Lu}\.)+)\s+(?=[\p{Lu}¿¡"“«])/u;

/**
 * The sentences under a `##` heading: list items and paragraphs, in plain text that reads as the page does. A
 * <Label> becomes its words in the page's language, so a step keeps its object ("Turn on Screen Time from…").
 */
export function sectionPoints(body: string, heading: string, lang: Lang): string[] {
  const section = new RegExp(`^## ${heading}\\s*$([\\s\\S]*?)(?=^## |(?![\\s\\S]))`, "m").exec(body)?.[1] ?? "";
  const labelled = section.replace(/<Label\s+path="([^"]*)"\s*\/>/g, (_, path: string) => labelPlainText(path, lang, labelTable()));
  // Emphasis marks go without a trace: stripMdx leaves a space in their place, which would end up before a full stop.
  const plain = stripMdx(labelled.replace(/\*\*|[*`]/g, ""));
  return plain
    .split(/\n+/)
    .map((line) => line.replace(/^\s*(-|\d+\.)\s+/, "").replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .flatMap((line) => line.split(SENTENCE_END));
}

/**
 * The item for one page: an opening line, the summary, the key points that fit, and a closing line. The tests
 * check every page's item stays within NEWSLETTER_WORDS.
 */
export function newsletterItem(page: NewsletterSource, lang: Lang): NewsletterItem {
  const close = t(lang, "newsletterClose");
  const parts = [t(lang, "newsletterLead"), ensureStop(page.summary)];
  // Points in the page's order; one too long to fit is passed over for a shorter one after it.
  for (const heading of page.pointsHeadings) {
    if (countWords([...parts, close].join(" ")) >= NEWSLETTER_WORDS.min) break;
    for (const point of sectionPoints(page.body, heading, lang)) {
      if (countWords([...parts, point, close].join(" ")) <= NEWSLETTER_WORDS.max) parts.push(point);
    }
  }
  const text = [...parts, close].join(" ");
  return { title: page.title, text, url: page.url, words: countWords(text) };
}

function ensureStop(s: string): string {
  return /[.!?]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`;
}

/** The item as plain text, ready to paste. */
export function newsletterText(item: NewsletterItem): string {
  return `${item.title}\n\n${item.text}\n\n${item.url}`;
}

/** The item as simple HTML for newsletter tools that keep formatting: headline, words, link, small QR code. */
export function newsletterHtml(item: NewsletterItem, qrUrl: string, qrAlt: string): string {
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  return `<h3>${esc(item.title)}</h3><p>${esc(item.text)}</p><p><a href="${esc(item.url)}">${esc(item.url)}</a></p><p><img src="${esc(qrUrl)}" alt="${esc(qrAlt)}" width="96" height="96"></p>`;
}

/** One month of a school year's newsletter sequence. */
export interface NewsletterMonth {
  month: Record<Lang, string>;
  /** Guide slugs and app-card slugs (as "apps/<slug>") for that month, in order. */
  pages: readonly string[];
}

/**
 * Most guides the newsletter page has items for (the real site has 18): above it, the guides the year plan names
 * and then the first in the usual order, so the page stays one a school reads and its build time stays the same.
 * App cards are not counted.
 */
export const NEWSLETTER_LIMIT = 40;

/** The guide items the newsletter page shows: all, or above NEWSLETTER_LIMIT those the plan names, then the first. */
export function newsletterGuides<T extends { id: string }>(items: readonly T[], limit = NEWSLETTER_LIMIT): T[] {
  if (items.length <= limit) return [...items];
  const planned = new Set(NEWSLETTER_YEAR.flatMap((m) => m.pages));
  const kept = new Set(items.filter((e) => planned.has(e.id)));
  for (const e of items) if (kept.size < limit) kept.add(e);
  return items.filter((e) => kept.has(e));
}

/**
 * A school year of items, one or two a month: first-phone basics at the start of the year, device setup before the
 * winter holidays (new phones), the harder topics once families have the basics, location and apps before summer.
 */
export const NEWSLETTER_YEAR: readonly NewsletterMonth[] = [
  { month: { en: "August", es: "Agosto" }, pages: ["is-my-child-ready-for-a-phone", "first-phone-family-agreement"] },
  { month: { en: "September", es: "Septiembre" }, pages: ["check-youtube-history", "apps/youtube"] },
  { month: { en: "October", es: "Octubre" }, pages: ["when-your-child-is-bullied-online", "know-every-password"] },
  { month: { en: "November", es: "Noviembre" }, pages: ["learn-the-apps-your-kids-use", "apps/roblox"] },
  { month: { en: "December", es: "Diciembre" }, pages: ["iphone-parental-controls", "android-family-link"] },
  { month: { en: "January", es: "Enero" }, pages: ["monthly-phone-check", "spot-hidden-vault-apps"] },
  { month: { en: "February", es: "Febrero" }, pages: ["talking-with-your-child", "apps/snapchat"] },
  { month: { en: "March", es: "Marzo" }, pages: ["grooming-warning-signs", "apps/discord"] },
  { month: { en: "April", es: "Abril" }, pages: ["sextortion-threats-to-share-photos", "get-help-now"] },
  { month: { en: "May", es: "Mayo" }, pages: ["online-sex-trade-warning-signs", "what-parents-can-and-cant-see"] },
  { month: { en: "June", es: "Junio" }, pages: ["who-can-see-your-childs-location", "apps/tiktok"] },
];
