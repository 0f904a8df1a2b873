/** Every page's newsletter item in a language, read from the collections (see newsletter.ts for the rules). */
import { getCards, getGuides } from "../content/collections.ts";
import { CARD_SECTIONS, cardUrl } from "../content/apps.ts";
import { guideUrl } from "../content/guides.ts";
import { absoluteUrl } from "../site/site.ts";
import { t, type Lang } from "../site/i18n.ts";
import { newsletterItem, type NewsletterItem } from "./newsletter.ts";

export interface NewsletterEntry extends NewsletterItem {
  /** "check-youtube-history" for a guide, "apps/roblox" for a card: the id NEWSLETTER_YEAR uses. */
  id: string;
  /** The site path of the page's QR code image. */
  qr: string;
}

/** The QR image path for a page's site path: "/guides/x/" → "/qr/guides/x.svg". */
export function qrPath(sitePath: string): string {
  return `/qr${sitePath.replace(/\/$/, "")}.svg`.replace("/qr.svg", "/qr/home.svg");
}

export async function newsletterEntries(lang: Lang): Promise<{ guides: NewsletterEntry[]; cards: NewsletterEntry[] }> {
  const [guides, cards] = await Promise.all([getGuides(lang), getCards(lang)]);
  const entry = (id: string, path: string, title: string, summary: string, body: string, headings: readonly string[]): NewsletterEntry => ({
    id,
    qr: qrPath(path),
    ...newsletterItem({ title, summary, body, url: absoluteUrl(path), pointsHeadings: headings }, lang),
  });
  // A card's first sections, in its language (CARD_SECTIONS): what it is, ages, who can contact the child.
  const cardHeadings = CARD_SECTIONS[lang].slice(0, 3);
  return {
    guides: guides.map((g) => entry(g.id, guideUrl(g.id, lang), g.data.title, g.data.summary, g.body ?? "", [lang === "en" ? "In short" : "En resumen"])),
    cards: cards.map((c) =>
      entry(`apps/${c.id}`, cardUrl(c.id, lang), t(lang, "cardTitle", { app: c.data.app }), c.data.summary, c.body ?? "", cardHeadings),
    ),
  };
}
