import type { APIRoute } from "astro";
import { changesRss } from "@/lib/feeds/rssFeeds";

export const GET: APIRoute = ({ site }) => changesRss("en", site!);
