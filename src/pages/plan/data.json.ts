import type { APIRoute } from "astro";
import { planDataResponse } from "@/lib/plan/planRoute";

/** The family plan's steps in English, taken from the guides and cards at build time (src/lib/plan/planData.ts). */
export const GET: APIRoute = () => planDataResponse("en");
