/**
 * Where the family plan takes its steps from: which guides and cards serve each device, which parts of a page are
 * the plan's, and the age stages. Plain data: a new device guide joins the plan by a line here (a slug not yet
 * published is skipped), a new app card by being published (every card is in the plan).
 */
import type { Lang } from "../site/i18n.ts";
import { STAGES, TALK_GUIDE, type Stage } from "../content/ages.ts";

/** The age stages a parent picks from, youngest first: the age pages' own (src/lib/content/ages.ts), ids and all. */
export const PLAN_STAGES = STAGES;
export type PlanStage = Stage;

/** A device a parent can pick, and the pages whose steps set it up. */
export interface PlanDevice {
  /** What the plan's address carries: short, lowercase, never changed once published. */
  id: string;
  /** Guides whose sections of numbered steps set the device up, in order. A slug not (yet) published is skipped. */
  guides: readonly string[];
  /** App cards whose "Do these three things first" set the device up (game consoles). Missing slugs are skipped. */
  cards: readonly string[];
}

export const PLAN_DEVICES: readonly PlanDevice[] = [
  { id: "iphone", guides: ["iphone-parental-controls"], cards: [] },
  { id: "ipad", guides: ["iphone-parental-controls"], cards: [] },
  { id: "android", guides: ["android-family-link"], cards: [] },
  { id: "chromebook", guides: ["chromebook-and-school-devices"], cards: [] },
  { id: "windows", guides: ["windows-family-safety"], cards: [] },
  { id: "mac", guides: ["mac-screen-time"], cards: [] },
  { id: "console", guides: [], cards: ["xbox", "playstation", "nintendo-switch"] },
  // A device whose guide is not published (yet) is not offered: the TV joined the day its guide was.
  { id: "tv", guides: ["tv-and-streaming-devices"], cards: [] },
];

/** The marked parts of pages the plan takes, as each language heads them. The build fails when one is missing. */
export const PLAN_PARTS = {
  /**
   * A device guide's setup steps are its `##` sections with numbered steps ("Step 1: …", or one per platform as in
   * the TV guide); this prefix is left out of a step's title.
   */
  stepHeading: { en: /^Step \d+:\s*/, es: /^Paso \d+:\s*/ } satisfies Record<Lang, RegExp>,
  /** The guide with the talk for each age stage: the `###` part whose heading names ages that overlap the stage's. */
  talk: { slug: TALK_GUIDE },
  /** The guide whose list of warning signs every plan shows. */
  signs: { slug: "grooming-warning-signs", heading: { en: "Warning signs in the chats", es: "Señales de alerta en los chats" } satisfies Record<Lang, string> },
} as const;

/** The card section the plan takes from every chosen app: its place in CARD_SECTIONS ("Do these three things first"). */
export const CARD_FIRST_STEPS = 6;

/** Where the plan page sends a parent whose browser runs no script: the age pages, each listing what matters then. */
export const PLAN_FALLBACK_PATH = "/ages/";

/** Where the plan's data for a language is served: beside the page, so it is cached with it. */
export function planDataPath(lang: Lang): string {
  return lang === "en" ? "/plan/data.json" : "/es/plan/data.json";
}
