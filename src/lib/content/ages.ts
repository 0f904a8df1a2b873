/**
 * The age pages (/ages/<stage>/, /es/edades/<stage>/): four stages of childhood, and which guides and app cards
 * matter at each, read from the pages' own `ages` fields. Plain functions over plain objects, like guides.ts.
 */
import { groupByKind, type Card } from "./apps.ts";
import { sortGuides, type Guide } from "./guides.ts";
import { localPath, t, type Lang } from "../site/i18n.ts";

/**
 * The stages, youngest first. Each is also its English slug, a permanent address: "under-9" reads "menos-de-9" in
 * Spanish (the path word in i18n.ts), the number ranges read the same in both languages.
 */
export const STAGES = ["under-9", "9-12", "13-15", "16-17"] as const;
export type Stage = (typeof STAGES)[number];

/** The ages each stage covers, inclusive, as a page's `ages` field writes them. */
export const STAGE_AGES: Record<Stage, { from: number; to: number }> = {
  "under-9": { from: 0, to: 8 },
  "9-12": { from: 9, to: 12 },
  "13-15": { from: 13, to: 15 },
  "16-17": { from: 16, to: 17 },
};

/** The guide the age pages take "the talk to have" from: its per-age conversation starters. */
export const TALK_GUIDE = "talking-with-your-child";

/** The guides' topic whose guides are "what to set up first". */
export const SETUP_TOPIC = "device-setup";

/** The permanent address of a stage's page, e.g. /ages/9-12/, /es/edades/menos-de-9/. */
export function stageUrl(stage: Stage, lang: Lang = "en"): string {
  return localPath(lang, `/ages/${stage}/`);
}

/** A stage's name as a parent reads it: "Under 9", "Ages 9–12" ("Menores de 9 años", "De 9 a 12 años"). */
export function stageName(stage: Stage, lang: Lang): string {
  const { from, to } = STAGE_AGES[stage];
  return from === 0 ? t(lang, "stageUnder", { n: to + 1 }) : t(lang, "ageRange", { from, to });
}

/** Whether two inclusive age ranges share at least one year. */
export function overlaps(a: { from: number; to: number }, b: { from: number; to: number }): boolean {
  return a.from <= b.to && b.from <= a.to;
}

/** The pages (guides or cards) whose ages overlap a stage: a page matters at an age its own `ages` field names. */
export function forStage<T extends { data: { ages: { from: number; to: number } } }>(pages: readonly T[], stage: Stage): T[] {
  return pages.filter((p) => overlaps(p.data.ages, STAGE_AGES[stage]));
}

/** What a stage's page lists: the set-up guides first, the other guides, and the cards grouped by kind. */
export function stagePages<G extends Guide, C extends Card>(guides: readonly G[], cards: readonly C[], stage: Stage) {
  const matching = forStage(sortGuides(guides), stage);
  return {
    setup: matching.filter((g) => g.data.topic === SETUP_TOPIC),
    guides: matching.filter((g) => g.data.topic !== SETUP_TOPIC),
    cards: groupByKind(forStage(cards, stage)),
  };
}

/**
 * The ages a heading names, in either language: "Under 9" / "Menores de 9 años" (0–8), "9 to 12" / "De 9 a 12
 * años", "13 to 17". Undefined for a heading that names no ages.
 */
export function headingAges(heading: string): { from: number; to: number } | undefined {
  const numbers = (heading.match(/\d+/g) ?? []).map(Number);
  if (numbers.length >= 2) return { from: numbers[0], to: numbers[1] };
  if (numbers.length === 1 && /\b(under|menos|menores)\b/i.test(heading)) return { from: 0, to: numbers[0] - 1 };
  return undefined;
}

/** One `###` part of a rendered guide that names ages: its heading, its ages and its HTML after the heading. */
export interface AgeSection {
  heading: string;
  ages: { from: number; to: number };
  html: string;
}

/**
 * The parts of a rendered guide body whose `###` heading names ages (the talk guide's "Conversation starters by
 * age"), each up to the next heading. Taken from the rendered HTML so they read exactly as on the guide's page.
 */
export function ageSections(html: string): AgeSection[] {
  const sections: AgeSection[] = [];
  for (const part of html.split(/(?=<h[1-6][\s>])/)) {
    const m = /^<h3[^>]*>([\s\S]*?)<\/h3>/.exec(part);
    if (!m) continue;
    const heading = m[1].replace(/<[^>]+>/g, "").trim();
    const ages = headingAges(heading);
    if (ages) sections.push({ heading, ages, html: part.slice(m[0].length).trim() });
  }
  return sections;
}
