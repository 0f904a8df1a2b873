import type { APIRoute } from "astro";
import rss from "@astrojs/rss";
import { getGuides } from "@/lib/content/collections";
import { rssItems } from "@/lib/feeds/feeds";
import { SITE_NAME, SITE_TAGLINE } from "@/lib/site/site";

/** New and re-reviewed guides, newest first, for schools that follow the site in a feed reader. */
export const GET: APIRoute = async ({ site }) =>
  rss({
    title: SITE_NAME,
    description: SITE_TAGLINE,
    site: site!,
    items: rssItems(await getGuides()),
    trailingSlash: true,
  });
