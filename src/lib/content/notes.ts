/**
 * Evidence notes: every fact on a guide or card carries a marker `[^id]` in the body that names a note in the
 * frontmatter, and the note holds the publisher's page and the exact words on it that support the fact. These
 * helpers number the notes, turn markers into links, and find what the content check fails on.
 */
import { t, type Lang } from "../site/i18n.ts";
import { monthsBetween } from "./guides.ts";
import { NOTE_MARKER } from "./text.ts";
import { FACT_KEYS, type FactKey } from "./schema.ts";

export { NOTE_MARKER };

/** A page's note is read at most this many months before the page's review date. */
export const MAX_NOTE_AGE_MONTHS = 12;
/** The content check warns when a page's newest note is older than this: its facts may have moved on. */
export const STALE_NOTES_MONTHS = 6;

/** What these helpers need of a note (the schema's `Note`). */
export interface NoteLike {
  id: string;
  read: Date;
  quote: string;
  lang?: Lang;
}

/** What these helpers need of a page's frontmatter: its notes, and for cards the facts box's notes. */
export interface NotedData {
  notes: readonly NoteLike[];
  reviewed: Date;
  minimumAge?: { note: string };
  ratings?: { appStore?: { note: string }; googlePlay?: { note: string } };
  facts?: Partial<Record<FactKey | "parentTool", { note: string }>>;
}

/** Every marker's note id, in the order they stand in the text (repeats kept). */
export function markerIds(text: string): string[] {
  return [...text.matchAll(NOTE_MARKER)].map((m) => m[1]);
}

/** The text without its markers: what a reader reads, and what word counts and reading grades measure. */
export function stripMarkers(text: string): string {
  return text.replace(NOTE_MARKER, "");
}

/** The notes the facts box of a card cites, in the order the box shows them. */
export function factNoteIds(data: NotedData): string[] {
  const facts = [...FACT_KEYS, "parentTool" as const].map((k) => data.facts?.[k]?.note);
  return [data.minimumAge?.note, ...facts, data.ratings?.appStore?.note, data.ratings?.googlePlay?.note].filter((id): id is string => !!id);
}

/**
 * Note numbers, 1 up, in the order a reader meets the citations: the facts box first, then the body. Notes nobody
 * cites (the content check fails them) come last, so every note still has a number.
 */
export function noteNumbers(data: NotedData, body: string): Map<string, number> {
  const order = [...new Set([...factNoteIds(data), ...markerIds(body), ...data.notes.map((n) => n.id)])];
  const known = new Set(data.notes.map((n) => n.id));
  return new Map(order.filter((id) => known.has(id)).map((id, i) => [id, i + 1]));
}

/** The notes in number order, each with its number. */
export function numberedNotes<N extends NoteLike>(data: NotedData & { notes: readonly N[] }, body: string): { n: number; note: N }[] {
  const numbers = noteNumbers(data, body);
  const notes: readonly N[] = data.notes;
  return notes.map((note) => ({ n: numbers.get(note.id)!, note })).sort((a, b) => a.n - b.n);
}

/** The id of a note's list item: unique per page even where a print pack repeats many pages. */
export function noteAnchor(slug: string, n: number): string {
  return `note-${slug}-${n}`;
}

/**
 * A marker as HTML: a superscript link to the note, reachable by keyboard and named for screen readers. `page` is
 * the address of the page holding the notes when it is another page (the comparison table, the age pages).
 */
export function markerHtml(slug: string, n: number, label: string, page = ""): string {
  return `<sup class="note-ref" data-pagefind-ignore><a href="${page}#${noteAnchor(slug, n)}" aria-label="${label}">${n}</a></sup>`;
}

/**
 * Replaces the markers left as text in a rendered body with links to their notes. `label` names marker n for
 * screen readers ("Source 3"); `page`, where the notes are on another page (markerHtml). An unknown id is left as it
 * is; the content check has already failed it.
 */
export function linkMarkers(html: string, numbers: ReadonlyMap<string, number>, slug: string, label: (n: number) => string, page = ""): string {
  return html.replace(NOTE_MARKER, (marker, id: string) => {
    const n = numbers.get(id);
    return n ? markerHtml(slug, n, label(n), page) : marker;
  });
}

/**
 * What a page needs to show its evidence: the notes in number order, a marker for any note, and its rendered body
 * with every marker a link to its note. Guides and cards alike.
 */
export function pageEvidence<N extends NoteLike>(data: NotedData & { notes: readonly N[] }, body: string, slug: string, lang: Lang) {
  const numbers = noteNumbers(data, body);
  const label = (n: number) => t(lang, "noteMarker", { n });
  return {
    notes: numberedNotes(data, body),
    /** The marker for one note, as the facts box shows it beside a fact. */
    marker: (id: string) => markerHtml(slug, numbers.get(id)!, label(numbers.get(id)!)),
    link: (html: string) => linkMarkers(html, numbers, slug, label),
  };
}

/**
 * The notes as paper shows them: each publisher once, with the numbers of its notes ("Discord 1–3, 5"), in order of
 * first number. A printed page keeps its markers and this line; the live page, one QR scan away, has the quotes.
 */
export function notesByPublisher(notes: readonly { n: number; note: { publisher: string } }[]): string[] {
  const groups = Map.groupBy([...notes].sort((a, b) => a.n - b.n), ({ note }) => note.publisher);
  return [...groups].map(([publisher, items]) => `${publisher} ${numberRanges(items.map((i) => i.n))}`);
}

/** [1, 2, 3, 5] → "1–3, 5". */
export function numberRanges(numbers: readonly number[]): string {
  const runs: [number, number][] = [];
  for (const n of numbers) {
    const last = runs.at(-1);
    if (last && n === last[1] + 1) last[1] = n;
    else runs.push([n, n]);
  }
  return runs.map(([a, b]) => (a === b ? `${a}` : b === a + 1 ? `${a}, ${b}` : `${a}–${b}`)).join(", ");
}

/** The `##` sections of a body: heading and text. */
export function sections(body: string): { heading: string; text: string }[] {
  return body
    .split(/^(?=## )/m)
    .filter((part) => part.startsWith("## "))
    .map((part) => ({ heading: part.split("\n", 1)[0].slice(3).trim(), text: part }));
}

/** Numbered steps (`1. …`) in a piece of Markdown. */
export function countSteps(text: string): number {
  return text.match(/^\s*\d+\.\s/gm)?.length ?? 0;
}

/** Bulleted list items (`- …`) in a piece of Markdown. */
export function countItems(text: string): number {
  return text.match(/^\s*[-*]\s/gm)?.length ?? 0;
}

/** Words that mark an English quote: a Spanish page quoting an English page must say so with `lang: en`. */
const ENGLISH_WORDS = /\b(the|and|your|you|with|can|are|will|this|that|to|of|for|is|on|in|it|or|from|by|be|their|they|not)\b/gi;

/** Whether a quote reads as English rather than Spanish. */
export function looksEnglish(quote: string): boolean {
  return (quote.match(ENGLISH_WORDS)?.length ?? 0) >= 2;
}

/**
 * What is wrong with a page's evidence: markers naming no note, notes nobody cites, notes read too long before the
 * review, English quotes on a Spanish page not marked as English, and sections that state facts without a note.
 * `needsNote` says which sections must cite at least one note.
 */
export function noteProblems(data: NotedData, body: string, lang: Lang, needsNote: (heading: string, text: string) => boolean): string[] {
  const problems: string[] = [];
  const ids = new Set(data.notes.map((n) => n.id));
  const cited = new Set([...factNoteIds(data), ...markerIds(body)]);
  for (const id of cited) if (!ids.has(id)) problems.push(`marker [^${id}] names no note in the frontmatter's notes`);
  for (const note of data.notes) {
    if (!cited.has(note.id)) problems.push(`note "${note.id}" is cited nowhere: add its marker [^${note.id}] or remove it`);
    if (monthsBetween(note.read, data.reviewed) > MAX_NOTE_AGE_MONTHS)
      problems.push(`note "${note.id}" was read on ${iso(note.read)}, more than ${MAX_NOTE_AGE_MONTHS} months before the page's review: read it again`);
    if (lang === "es" && note.lang !== "en" && looksEnglish(note.quote))
      problems.push(`note "${note.id}" quotes an English page: add lang: en (the page says "en inglés")`);
  }
  for (const { heading, text } of sections(body)) {
    if (needsNote(heading, text) && markerIds(text).length === 0) problems.push(`section "## ${heading}" states facts without a note: add a marker [^id]`);
  }
  return problems;
}

/** A warning, not a failure: the newest note is older than STALE_NOTES_MONTHS, so the facts may have moved on. */
export function staleNotesWarning(notes: readonly NoteLike[], today: Date): string | undefined {
  if (notes.length === 0) return undefined;
  const newest = new Date(Math.max(...notes.map((n) => n.read.getTime())));
  return monthsBetween(newest, today) > STALE_NOTES_MONTHS
    ? `newest note read ${iso(newest)}, over ${STALE_NOTES_MONTHS} months ago: re-read the sources (npm run sources:check)`
    : undefined;
}

/** What the English and Spanish twins must share: the same sections, steps, list items, note markers and card facts. */
export interface Shape {
  sections: number;
  steps: number;
  items: number;
  markers: number;
  /** A card's facts as "key=value" pairs (factValues); empty for guides. */
  facts?: string;
}

/** A card's facts, comparable between twins: "minimumAge=13, strangerMessages=no, …" (details are in each language). */
export function factValues(data?: { minimumAge?: { age: number }; facts?: Partial<Record<FactKey, { value: string }>> & { parentTool?: unknown } }): string {
  if (!data) return "";
  const pairs = [
    ...(data.minimumAge ? [`minimumAge=${data.minimumAge.age}`] : []),
    ...FACT_KEYS.flatMap((k) => (data.facts?.[k] ? [`${k}=${data.facts[k].value}`] : [])),
    ...(data.facts?.parentTool ? ["parentTool"] : []),
  ];
  return pairs.join(", ");
}

/** A body's shape (see Shape). */
export function shapeOf(body: string): Shape {
  return { sections: sections(body).length, steps: countSteps(body), items: countItems(body), markers: markerIds(body).length };
}

/** Where a Spanish page's shape differs from its English twin's, one line per count. */
export function parityProblems(a: Shape, b: Shape): string[] {
  const names = { sections: "sections", steps: "numbered steps", items: "list items", markers: "note markers" } as const;
  const counts = (Object.keys(names) as (keyof typeof names)[])
    .filter((k) => a[k] !== b[k])
    .map((k) => `${b[k]} ${names[k]} where the English page has ${a[k]}`);
  const facts = (a.facts ?? "") !== (b.facts ?? "") ? [`facts box "${b.facts ?? ""}" where the English page has "${a.facts ?? ""}"`] : [];
  return [...counts, ...facts];
}

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}
