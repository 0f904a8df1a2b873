/**
 * Data shaping for app safety cards: addresses, order, grouping by kind, the fixed sections. Plain functions over
 * plain objects, like guides.ts; pages get the collection through collections.ts.
 */
import { APP_KINDS, FACT_KEYS, type AppKind, type CardData } from "./schema.ts";
import { localPath, t, type Lang } from "../site/i18n.ts";

/** The shape of a card entry these helpers need. */
export interface Card {
  id: string;
  body?: string;
  data: CardData;
}

/** The permanent address of a card; slugs never change once published. */
export function cardUrl(id: string, lang: Lang = "en"): string {
  return localPath(lang, `/apps/${id}/`);
}

/** Published cards (no drafts), by app name. */
export function sortCards<T extends Card>(cards: readonly T[]): T[] {
  return cards.filter((c) => !c.data.draft).toSorted((a, b) => a.data.app.localeCompare(b.data.app, "en"));
}

/** Cards grouped by kind in the fixed order; kinds without cards are left out. */
export function groupByKind<T extends Card>(cards: readonly T[]): { kind: AppKind; cards: T[] }[] {
  const sorted = sortCards(cards);
  return APP_KINDS.map((kind) => ({ kind, cards: sorted.filter((c) => c.data.kind === kind) })).filter((g) => g.cards.length > 0);
}

/** The names of the kinds of app on /apps/, per language. */
export const APP_KIND_TEXT: Record<Lang, Record<AppKind, string>> = {
  en: {
    games: "Games",
    social: "Social media",
    messaging: "Messaging and chat",
    video: "Video and live streaming",
    ai: "AI chatbots",
    consoles: "Game consoles and stores",
  },
  es: {
    games: "Juegos",
    social: "Redes sociales",
    messaging: "Mensajes y chat",
    video: "Video y transmisiones en vivo",
    ai: "Chatbots de inteligencia artificial",
    consoles: "Consolas y tiendas de juegos",
  },
};

/**
 * The sections every card has, in this order, as `##` headings in each language. A parent comparing two apps finds
 * the same answer in the same place; the content check fails a card that leaves one out or reorders them.
 */
export const CARD_SECTIONS: Record<Lang, readonly string[]> = {
  en: [
    "What it is",
    "Ages",
    "Who can contact your child",
    "What can hide",
    "Location, live video, money and AI",
    "The family tool",
    "Do these three things first",
    "Report and block",
    "Warning signs",
    "Talk about it",
  ],
  es: [
    "Qué es",
    "Edades",
    "Quién puede contactar a su hijo",
    "Qué se puede esconder",
    "Ubicación, video en vivo, dinero e IA",
    "La herramienta para familias",
    "Tres cosas para empezar",
    "Reportar y bloquear",
    "Señales de alerta",
    "Cómo hablar del tema",
  ],
};

/** Problems with a card body's sections: missing, extra or out of order. */
export function sectionProblems(body: string, lang: Lang): string[] {
  const found = [...body.matchAll(/^## (.+?)\s*$/gm)].map((m) => m[1]);
  const want = CARD_SECTIONS[lang];
  if (found.join("\n") === want.join("\n")) return [];
  const missing = want.filter((h) => !found.includes(h));
  const extra = found.filter((h) => !want.includes(h));
  const problems = [
    ...missing.map((h) => `section "## ${h}" is missing`),
    ...extra.map((h) => `section "## ${h}" is not one of the card sections`),
  ];
  return problems.length ? problems : [`sections are out of order: they must be ${want.map((h) => `"${h}"`).join(", ")}`];
}

/** Whether a URL is on a domain or one of its subdomains. */
export function isOnDomain(url: string, domain: string): boolean {
  const host = new URL(url).hostname;
  return host === domain || host.endsWith(`.${domain}`);
}

/** A card's minimum age in short ("13 and up"), from its terms; undefined when no page stating it could be read. */
export function minimumAgeShort(data: Pick<CardData, "minimumAge">, lang: Lang): string | undefined {
  if (!data.minimumAge) return undefined;
  return data.minimumAge.age > 0 ? t(lang, "minAgeShort", { n: data.minimumAge.age }) : t(lang, "noMinAgeShort");
}

/** What a fact row is about: the minimum age, one of the typed facts, or the parent tool, in the order shown. */
export const FACT_COLUMNS = ["minimumAge", ...FACT_KEYS, "parentTool"] as const;
export type FactColumn = (typeof FACT_COLUMNS)[number];

/** The name of a fact, as the facts box's term and the comparison table's column header. */
export function factTerm(key: FactColumn, lang: Lang): string {
  return t(lang, key === "minimumAge" ? "minimumAge" : `fact_${key}`);
}

/** One row of a card's facts: what it is about, its value as shown, and the note that quotes the page. */
export interface FactRow {
  key: FactColumn;
  term: string;
  value: string;
  note: string;
}

/**
 * A card's facts in the fixed order the facts box and /apps/compare/ show them: minimum age, the typed facts, the
 * parent tool. A fact the card leaves out (no page could be read) has no row.
 */
export function factRows(data: Pick<CardData, "minimumAge" | "facts">, lang: Lang): FactRow[] {
  const rows: FactRow[] = [];
  if (data.minimumAge)
    rows.push({ key: "minimumAge", term: factTerm("minimumAge", lang), value: data.minimumAge.age > 0 ? String(data.minimumAge.age) : t(lang, "noMinimumAge"), note: data.minimumAge.note });
  for (const key of FACT_KEYS) {
    const fact = data.facts?.[key];
    if (!fact) continue;
    const value = t(lang, `fact_${fact.value}`);
    rows.push({ key, term: factTerm(key, lang), value: fact.detail ? `${value}: ${fact.detail}` : value, note: fact.note });
  }
  const tool = data.facts?.parentTool;
  if (tool) rows.push({ key: "parentTool", term: factTerm("parentTool", lang), value: tool.name, note: tool.note });
  return rows;
}

/**
 * A card's row of the comparison table: one cell per FACT_COLUMNS entry, the card's fact row or undefined where the
 * card has no such fact (the table shows a dash and says "not checked yet", never a guess).
 */
export function compareCells(data: Pick<CardData, "minimumAge" | "facts">, lang: Lang): (FactRow | undefined)[] {
  const rows = factRows(data, lang);
  return FACT_COLUMNS.map((key) => rows.find((r) => r.key === key));
}
