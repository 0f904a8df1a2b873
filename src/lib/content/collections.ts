/** The one place pages read the guides collection. Shaping lives in guides.ts. */
import { getCollection, type CollectionEntry } from "astro:content";
import { groupByTopic, HELP_SLUG, sortGuides } from "./guides.ts";
import { sortCards } from "./apps.ts";
import { STAGES, stagePages, stageUrl, TALK_GUIDE } from "./ages.ts";
import type { Lang } from "../site/i18n.ts";

export type GuideEntry = CollectionEntry<"guides"> | CollectionEntry<"guidesEs">;
export type CardEntry = CollectionEntry<"apps"> | CollectionEntry<"appsEs">;

/** Every published guide in a language, sorted. */
export async function getGuides(lang: Lang = "en"): Promise<GuideEntry[]> {
  return sortGuides(await getCollection(lang === "en" ? "guides" : "guidesEs"));
}

/** Static paths for every guide page in a language (the help guide has its own route, /help/ or /es/ayuda/). */
export async function guidePaths(lang: Lang) {
  const guides = await getGuides(lang);
  return guides.filter((g) => g.id !== HELP_SLUG).map((guide) => ({ params: { slug: guide.id }, props: { guide, guides } }));
}

/** Static paths for every topic with guides in a language. */
export async function topicPaths(lang: Lang) {
  return groupByTopic(await getGuides(lang)).map(({ topic, guides }) => ({ params: { topic }, props: { topic, guides } }));
}

/** The help guide and all guides in a language, for the /help/ page. */
export async function helpGuide(lang: Lang): Promise<{ guide: GuideEntry; guides: GuideEntry[] }> {
  const guides = await getGuides(lang);
  const guide = guides.find((g) => g.id === HELP_SLUG);
  if (!guide) throw new Error(`The ${lang} "${HELP_SLUG}" guide is missing: the help page needs it`);
  return { guide, guides };
}

/** Every published app card in a language, by app name. */
export async function getCards(lang: Lang = "en"): Promise<CardEntry[]> {
  return sortCards(await getCollection(lang === "en" ? "apps" : "appsEs"));
}

/** Static paths for every card page in a language, with the language's guides for its related links. */
export async function cardPaths(lang: Lang) {
  const [cards, guides] = await Promise.all([getCards(lang), getGuides(lang)]);
  return cards.map((card) => ({ params: { slug: card.id }, props: { card, guides } }));
}

/**
 * Static paths for the four age pages in a language: each stage's set-up guides, other guides and cards (from their
 * `ages`), and the talk guide. The slug is the last word of the stage's address (/es/edades/menos-de-9/).
 */
export async function stagePaths(lang: Lang) {
  const [guides, cards] = await Promise.all([getGuides(lang), getCards(lang)]);
  const talk = guides.find((g) => g.id === TALK_GUIDE);
  if (!talk) throw new Error(`The ${lang} "${TALK_GUIDE}" guide is missing: the age pages take the talk from it`);
  return STAGES.map((stage) => ({
    params: { stage: stageUrl(stage, lang).split("/").at(-2)! },
    props: { stage, talk, ...stagePages(guides, cards, stage) },
  }));
}
