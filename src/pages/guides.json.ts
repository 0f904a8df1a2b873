import type { APIRoute } from "astro";
import { getGuides } from "@/lib/content/collections";
import { guidesFeed } from "@/lib/feeds/feeds";
import { LANGS } from "@/lib/site/i18n";

/** Every guide in both languages as JSON, for learning platforms and school sites (shape: src/lib/feeds/feeds.ts). */
export const GET: APIRoute = async () => {
  const feeds = await Promise.all(LANGS.map(async (lang) => guidesFeed(await getGuides(lang), lang).guides));
  return new Response(JSON.stringify({ guides: feeds.flat() }, null, 2), {
    headers: { "content-type": "application/json; charset=utf-8" },
  });
};
