/** The site's RSS feeds, per language: new and re-reviewed guides, and every change to guides and cards. */
import rss from "@astrojs/rss";
import { getCards, getGuides } from "../content/collections.ts";
import { CHANGES_LIMIT, changeItems, RSS_LIMIT, rssItems } from "./feeds.ts";
import { localPath, t, type Lang } from "../site/i18n.ts";
import { SITE_NAME } from "../site/site.ts";

/** New and re-reviewed guides, newest first, for schools that follow the site in a feed reader. */
export async function guidesRss(lang: Lang, site: URL): Promise<Response> {
  return rss({
    title: lang === "en" ? SITE_NAME : t(lang, "rssTitle"),
    description: t(lang, "tagline"),
    site,
    items: rssItems(await getGuides(lang), lang).slice(0, RSS_LIMIT),
    trailingSlash: true,
  });
}

/** Every change, newest first; each item links to the change on the changes page, which links to its guide. */
export async function changesRss(lang: Lang, site: URL): Promise<Response> {
  const [guides, cards] = await Promise.all([getGuides(lang), getCards(lang)]);
  // The same newest changes as /changes/ lists (CHANGES_LIMIT), so every link finds its change there.
  const changes = changeItems(guides, cards, lang, (app) => t(lang, "cardTitle", { app })).slice(0, CHANGES_LIMIT);
  return rss({
    title: t(lang, "changesFeedTitle"),
    description: t(lang, "changesDescription"),
    site,
    items: changes.map((c) => ({ title: `${c.title}: ${c.note}`, description: c.note, link: `${localPath(lang, "/changes/")}#${c.id}`, pubDate: c.date })),
    // Links end in an anchor (…/changes/#id): a slash after it would break them.
    trailingSlash: false,
  });
}
