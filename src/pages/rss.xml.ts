import type { APIRoute } from "astro";
import { guidesRss } from "@/lib/feeds/rssFeeds";

export const GET: APIRoute = ({ site }) => guidesRss("en", site!);
