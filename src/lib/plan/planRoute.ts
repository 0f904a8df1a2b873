/** The plan's data as a JSON response, for the /plan/data.json and /es/plan/data.json routes. */
import { getCards, getGuides } from "../content/collections.ts";
import type { Lang } from "../site/i18n.ts";
import { planData } from "./planData.ts";

export async function planDataResponse(lang: Lang): Promise<Response> {
  const [guides, cards] = await Promise.all([getGuides(lang), getCards(lang)]);
  return new Response(JSON.stringify(planData(guides, cards, lang)), { headers: { "content-type": "application/json; charset=utf-8" } });
}
