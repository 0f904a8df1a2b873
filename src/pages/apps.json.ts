import type { APIRoute } from "astro";
import { getCards } from "@/lib/content/collections";
import { cardsFeed } from "@/lib/feeds/feeds";
import { LANGS } from "@/lib/site/i18n";

/** Every app card in both languages as JSON, beside /guides.json (shape: src/lib/feeds/feeds.ts). */
export const GET: APIRoute = async () => {
  const feeds = await Promise.all(LANGS.map(async (lang) => cardsFeed(await getCards(lang), lang).apps));
  return new Response(JSON.stringify({ apps: feeds.flat() }, null, 2), {
    headers: { "content-type": "application/json; charset=utf-8" },
  });
};
