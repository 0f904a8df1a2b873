import type { APIRoute } from "astro";
import { planDataResponse } from "@/lib/plan/planRoute";

/** The family plan's steps in Spanish, taken from the Spanish guides and cards at build time (src/lib/plan/planData.ts). */
export const GET: APIRoute = () => planDataResponse("es");
