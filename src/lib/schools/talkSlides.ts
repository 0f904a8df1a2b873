/** A talk's slides in a language, read from the collections (see talks.ts for the plan and the rules). */
import { getCards, getGuides } from "../content/collections.ts";
import { guideUrl } from "../content/guides.ts";
import { minimumAgeShort } from "../content/apps.ts";
import { HOTLINES } from "../content/contacts.ts";
import { absoluteUrl } from "../site/site.ts";
import { localPath, t, type Lang } from "../site/i18n.ts";
import { hotlineName } from "./schools.ts";
import { guideSlide, TALKS, type Slide, type TalkPlan } from "./talks.ts";

export interface TalkDeck {
  plan: TalkPlan;
  slides: Slide[];
  /** The pages the talk used, for the handout. */
  pages: { title: string; url: string }[];
}

/** The numbers on the last slide, most urgent first. */
const HELP_ORDER = ["emergency", "crisis", "cybertipline", "fbi", "trafficking"] as const;

export async function talkDeck(plan: TalkPlan, lang: Lang): Promise<TalkDeck> {
  const [guides, cards] = await Promise.all([getGuides(lang), getCards(lang)]);
  const text = plan.text[lang];
  const used = plan.guides.map((slug) => {
    const guide = guides.find((g) => g.id === slug);
    if (!guide) throw new Error(`Talk "${plan.id}" names a guide that is not published in ${lang}: ${slug}`);
    return guide;
  });
  const apps = plan.apps.map((slug) => cards.find((c) => c.id === slug)).filter((c) => c !== undefined);
  const slides: Slide[] = [
    { heading: text.title, points: text.opening, notes: text.openingNotes },
    ...used.map((g) =>
      guideSlide(g.data.title, g.data.summary, g.body ?? "", lang, lang === "en" ? "In short" : "En resumen", absoluteUrl(guideUrl(g.id, lang)), t(lang, "guideAt")),
    ),
  ];
  if (apps.length)
    slides.push({
      heading: t(lang, "appsSlideTitle"),
      points: apps.map((c) => [c.data.app, minimumAgeShort(c.data, lang)].filter(Boolean).join(": ")),
      notes: t(lang, "appsSlideNotes"),
      url: absoluteUrl(localPath(lang, "/apps/")),
    });
  slides.push({
    heading: t(lang, "helpSlideTitle"),
    points: HELP_ORDER.map((id) => `${hotlineName(id, lang)}: ${HOTLINES[id].phone}`),
    notes: t(lang, "helpSlideNotes"),
    url: absoluteUrl(localPath(lang, "/help/")),
  });
  // One code for the app cards' list rather than one per card, so the handout stays on one sheet.
  const pages = [
    ...used.map((g) => ({ title: g.data.title, url: absoluteUrl(guideUrl(g.id, lang)) })),
    ...(apps.length ? [{ title: t(lang, "appsTitle"), url: absoluteUrl(localPath(lang, "/apps/")) }] : []),
  ];
  return { plan, slides, pages };
}

/** Static paths for every talk (and its handout) in a language. */
export function talkPaths() {
  return TALKS.map((plan) => ({ params: { talk: plan.id }, props: { plan } }));
}
