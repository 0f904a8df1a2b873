import type { APIRoute } from "astro";
import { getGuides } from "@/lib/content";
import { guidesFeed } from "@/lib/feeds";

/** Every guide as JSON, for learning platforms and school sites that list our guides (shape: src/lib/feeds.ts). */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(guidesFeed(await getGuides()), null, 2), {
    headers: { "content-type": "application/json; charset=utf-8" },
  });
