/**
 * The content check: rules every guide file must pass beyond its schema. Used by
 * `npm run check:content` and by the test suite, so both report the same problems.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { allowedNumbers, findPhoneNumbers } from "../content/contacts.ts";
import { fernandezHuerta, fleschKincaidGrade } from "./readability.ts";
import { cardSchema, guideSchema } from "../content/schema.ts";
import { APP_KIND_TEXT, CARD_SECTIONS, isOnDomain, sectionProblems } from "../content/apps.ts";
import { countSteps, factValues, noteProblems, parityProblems, shapeOf, staleNotesWarning, type Shape } from "../content/notes.ts";
import { monthsBetween, REVIEW_DUE_MONTHS, wordCount } from "../content/guides.ts";
import { labelTable, unknownLabelKeys, type LabelTable } from "../content/labels.ts";
import { avoidedPhrases, otherTerms, styleSheet, type StyleSheet } from "../content/spanishStyle.ts";
import { TOPIC_TEXT } from "../content/topics.ts";
import { UI_PARTS } from "../site/i18n.ts";

/** The highest Flesch–Kincaid grade an English guide may have. */
export const MAX_GRADE = 8;
/** The lowest Fernández Huerta score a Spanish guide may have: "bastante fácil" (fairly easy) or easier. */
export const MIN_EASE_ES = 70;

export type GuideLang = "en" | "es";

/** Each language's guide folder and card folder under a content folder; Spanish files share their English file's name. */
export function contentDirs(base = "content"): { guides: Record<GuideLang, string>; cards: Record<GuideLang, string> } {
  return { guides: { en: base, es: join(base, "es") }, cards: { en: join(base, "apps"), es: join(base, "es", "apps") } };
}
/** Where each language's guides live. */
export const GUIDE_DIRS = contentDirs().guides;
/** Where each language's app cards live, the same way. */
export const CARD_DIRS = contentDirs().cards;
/** A card prints on one sheet; past these many words of body it no longer does. */
export const MAX_CARD_WORDS: Record<GuideLang, number> = { en: 440, es: 480 };
/** A guide must be re-reviewed within this many months. */
export const MAX_REVIEW_AGE_MONTHS = 18;

export interface GuideFile {
  /** Path shown in messages, e.g. content/check-youtube-history.mdx. */
  file: string;
  source: string;
}

export interface GuideReport {
  file: string;
  slug: string;
  /** Flesch–Kincaid grade (English) or Fernández Huerta ease (Spanish). */
  readability: number;
  words: number;
  /** The reviewed date, when the frontmatter is valid. */
  reviewed?: Date;
  problems: string[];
  /** Not failures yet: e.g. due for review (past 12 months, failing at 18). */
  warnings: string[];
  /** Sections, steps, list items and note markers: the Spanish twin must have the same. */
  shape: Shape;
  /** The problems with its evidence notes (also in `problems`): the build fails on these. */
  evidence: string[];
}

/** Frontmatter parsed so far, by its text: a build checks every page before it renders and again after. */
const parsedFrontmatter = new Map<string, unknown>();

/** Splits an MDX file into its YAML frontmatter (parsed; shared between callers, so read it, don't change it) and body. */
export function splitFrontmatter(source: string): { data: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) return { data: undefined, body: source };
  if (!parsedFrontmatter.has(match[1])) parsedFrontmatter.set(match[1], parseYaml(match[1]));
  return { data: parsedFrontmatter.get(match[1]), body: source.slice(match[0].length) };
}

/** A guide's slug: its file name without the folder and extension. */
export function slugOf(file: string): string {
  return file.replace(/^.*\/|\.mdx$/g, "");
}

/** The slugs of every published guide directly in `dir`. */
export function guideSlugs(dir: string): string[] {
  return readGuideFiles(dir).map((f) => slugOf(f.file));
}

/** Every published guide file directly in `dir` (files starting with "_" are templates and notes). */
export function readGuideFiles(dir: string): GuideFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".mdx") && !name.startsWith("_"))
    .sort()
    .map((name) => ({ file: join(dir, name), source: readFileSync(join(dir, name), "utf8") }));
}


/** Checks one guide file; `today` is injectable so tests can pin it. */
export function checkGuide(file: GuideFile, today = new Date(), lang: GuideLang = "en", labels: LabelTable = labelTable()): GuideReport {
  // A section a parent follows step by step must show where its steps come from.
  return checkPage(file, guideSchema, today, lang, labels, (_heading, text) => countSteps(text) > 0).report;
}

/**
 * Checks one app card: the guide rules, plus the fixed sections in order, a note on every section but the talk
 * prompts, a note on the maker's own site, at least two notes, and a body short enough to print on one sheet.
 */
export function checkCard(file: GuideFile, today = new Date(), lang: GuideLang = "en", labels: LabelTable = labelTable()): GuideReport {
  const talk = CARD_SECTIONS[lang].at(-1);
  const { report, data, body } = checkPage(file, cardSchema, today, lang, labels, (heading) => heading !== talk);
  report.problems.push(...sectionProblems(body, lang));
  if (data) {
    if (data.notes.length < 2) report.problems.push("a card needs at least two notes");
    if (!data.notes.some((n) => isOnDomain(n.url, data.makerSite)))
      report.problems.push(`no note quotes the maker's own site (${data.makerSite})`);
  }
  if (report.words > MAX_CARD_WORDS[lang]) report.problems.push(`${report.words} words: a card must stay within ${MAX_CARD_WORDS[lang]} to print on one page`);
  return report;
}

/**
 * The rules every page of advice shares, against its own schema. `needsNote` says which sections state facts and
 * so must cite at least one note.
 */
function checkPage<S extends typeof guideSchema | typeof cardSchema>(
  { file, source }: GuideFile,
  schema: S,
  today: Date,
  lang: GuideLang,
  labels: LabelTable,
  needsNote: (heading: string, text: string) => boolean,
): { report: GuideReport; data?: ReturnType<S["parse"]>; body: string } {
  const slug = slugOf(file);
  const { data, body } = splitFrontmatter(source);
  const problems: string[] = [];
  const warnings: string[] = [];
  const evidence: string[] = [];
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const problem = `frontmatter ${issue.path.join(".") || "(root)"}: ${issue.message}`;
      problems.push(problem);
      // A note without its quote, date or address, and a fact in the facts box without its note, are evidence.
      if (["notes", "minimumAge", "ratings", "facts"].includes(String(issue.path[0]))) evidence.push(problem);
    }
  }
  const fm = parsed.success ? parsed.data : undefined;

  const readability = lang === "en" ? fleschKincaidGrade(body) : fernandezHuerta(body);
  if (lang === "en" && !(readability <= MAX_GRADE)) problems.push(`reading grade ${readability.toFixed(1)} is above ${MAX_GRADE}`);
  if (lang === "es" && !(readability >= MIN_EASE_ES))
    problems.push(`Fernández Huerta score ${readability.toFixed(1)} is below ${MIN_EASE_ES} ("bastante fácil")`);

  if (fm) {
    if (fm.reviewed.getTime() > today.getTime()) problems.push(`reviewed date ${fm.reviewed.toISOString().slice(0, 10)} is in the future`);
    const age = monthsBetween(fm.reviewed, today);
    if (age > MAX_REVIEW_AGE_MONTHS)
      problems.push(`reviewed date ${fm.reviewed.toISOString().slice(0, 10)} is older than ${MAX_REVIEW_AGE_MONTHS} months`);
    else if (age > REVIEW_DUE_MONTHS)
      warnings.push(`due for review: reviewed ${fm.reviewed.toISOString().slice(0, 10)}, over ${REVIEW_DUE_MONTHS} months ago (fails at ${MAX_REVIEW_AGE_MONTHS})`);
    evidence.push(...noteProblems(fm, body, lang, needsNote));
    problems.push(...evidence);
    const stale = staleNotesWarning(fm.notes, today);
    if (stale) warnings.push(stale);
  }

  // Link targets are stripped first: article numbers in help-page URLs are not phone numbers.
  const allowed = allowedNumbers();
  const prose = body.replace(/\]\([^)]*\)/g, "]").replace(/https?:\/\/\S+/g, "");
  for (const number of findPhoneNumbers(prose)) {
    if (!allowed.has(number)) problems.push(`phone number ${number} is not listed in src/lib/content/contacts.ts`);
  }
  for (const key of unknownLabelKeys(body, labels)) problems.push(`label "${key}" is not in the label table (content/labels/)`);
  if (lang === "es") {
    const sheet = styleSheet();
    for (const hit of avoidedPhrases(source, sheet)) problems.push(`line ${hit.line}: "${hit.found}" is on the Spanish style sheet's avoid list: write "${hit.use}" (content/spanish-style.yaml)`);
    warnings.push(...termWarnings(source, sheet));
  }
  for (const [, url] of body.matchAll(/\]\((http[^)\s]*)\)/g)) {
    if (!url.startsWith("https://")) problems.push(`link ${url} is not https`);
  }
  const shape = { ...shapeOf(body), facts: fm && "app" in fm ? factValues(fm) : "" };
  const report = { file, slug, readability, words: wordCount(body), reviewed: fm?.reviewed, problems, warnings, shape, evidence };
  return { report, data: fm as ReturnType<S["parse"]> | undefined, body };
}

/** One warning per non-preferred word in a Spanish text, with the lines it is on and the word the sheet prefers. */
function termWarnings(text: string, sheet: StyleSheet): string[] {
  const byWord = Map.groupBy(otherTerms(text, sheet), (h) => `"${h.found.toLowerCase()}" (the style sheet says "${h.use}")`);
  return [...byWord].map(([word, hs]) => `${word} on line ${[...new Set(hs.map((h) => h.line))].join(", ")}`);
}

/**
 * The Spanish interface strings against the style sheet: each avoided phrase is a problem naming the table and key,
 * each non-preferred word a warning.
 */
export function checkInterfaceStrings(sheet: StyleSheet = styleSheet()): { problems: string[]; warnings: string[] } {
  const strings: [string, string][] = [
    ...Object.entries(UI_PARTS).flatMap(([part, strings]) => Object.entries(strings.es).map(([k, v]) => [`src/lib/site/i18n/${part}.ts: es.${k}`, v] as [string, string])),
    ...Object.entries(TOPIC_TEXT.es).flatMap(([k, v]) => [[`src/lib/content/topics.ts: TOPIC_TEXT.es.${k}`, `${v.label}. ${v.description}`]] as [string, string][]),
    ...Object.entries(APP_KIND_TEXT.es).map(([k, v]) => [`src/lib/content/apps.ts: APP_KIND_TEXT.es.${k}`, v] as [string, string]),
    ...CARD_SECTIONS.es.map((h, i) => [`src/lib/content/apps.ts: CARD_SECTIONS.es[${i}]`, h] as [string, string]),
  ];
  return {
    problems: strings.flatMap(([where, text]) => avoidedPhrases(text, sheet).map((h) => `${where}: "${h.found}" is on the avoid list: write "${h.use}"`)),
    warnings: strings.flatMap(([where, text]) => otherTerms(text, sheet).map((h) => `${where}: "${h.found}" (the style sheet says "${h.use}")`)),
  };
}

/**
 * Problems with the translations: every English guide needs a Spanish version reviewed on the same date or later,
 * with the same sections, numbered steps, list items and note markers (the Spanish page says everything the
 * English one says), and no Spanish guide may lack its English original.
 */
export function checkTranslations(en: GuideReport[], es: GuideReport[], esDir = GUIDE_DIRS.es): string[] {
  const problems: string[] = [];
  const bySlug = new Map(es.map((t) => [t.slug, t]));
  for (const guide of en) {
    const translation = bySlug.get(guide.slug);
    if (!translation) problems.push(`${guide.file} has no Spanish version in ${esDir}/`);
    else if (guide.reviewed && translation.reviewed && translation.reviewed < guide.reviewed)
      problems.push(`${translation.file} was reviewed before its English original: review it again`);
  }
  for (const { where, problem } of twinProblems(en, es)) problems.push(`${where}: ${problem}`);
  const english = new Set(en.map((g) => g.slug));
  for (const t of es) if (!english.has(t.slug)) problems.push(`${t.file} has no English original`);
  return problems;
}

/** Spanish pages whose sections, steps, list items or note markers differ from their English twin's. */
export function twinProblems(en: GuideReport[], es: GuideReport[]): { where: string; problem: string }[] {
  const bySlug = new Map(en.map((g) => [g.slug, g]));
  return es.flatMap((translation) => {
    const guide = bySlug.get(translation.slug);
    return guide ? parityProblems(guide.shape, translation.shape).map((p) => ({ where: translation.file, problem: `${p} (${guide.file})` })) : [];
  });
}

/**
 * Checks every guide and app card in both languages, and the translations against each other. `base` is the
 * content folder (GUIDES_DIR moves it for the build's own tests).
 */
export function checkAllContent(
  today = new Date(),
  base = "content",
): { reports: Record<GuideLang, GuideReport[]>; translations: string[]; twins: { where: string; problem: string }[] } {
  const labels = labelTable();
  const { guides: guideDirs, cards: cardDirs } = contentDirs(base);
  const files = (dirs: Record<GuideLang, string>, lang: GuideLang) => (existsSync(dirs[lang]) ? readGuideFiles(dirs[lang]) : []);
  const guides = { en: files(guideDirs, "en").map((f) => checkGuide(f, today, "en", labels)), es: files(guideDirs, "es").map((f) => checkGuide(f, today, "es", labels)) };
  const cards = { en: files(cardDirs, "en").map((f) => checkCard(f, today, "en", labels)), es: files(cardDirs, "es").map((f) => checkCard(f, today, "es", labels)) };
  return {
    reports: { en: [...guides.en, ...cards.en], es: [...guides.es, ...cards.es] },
    translations: [...checkTranslations(guides.en, guides.es, guideDirs.es), ...checkTranslations(cards.en, cards.es, cardDirs.es)],
    twins: [...twinProblems(guides.en, guides.es), ...twinProblems(cards.en, cards.es)],
  };
}

/**
 * What the build fails on before it renders a page: each page's evidence problems and every difference between
 * a page and its twin, each naming its file.
 */
export function evidenceProblems(base = "content"): { where: string; problem: string }[] {
  const { reports, twins } = checkAllContent(new Date(), base);
  return [...[...reports.en, ...reports.es].flatMap((r) => r.evidence.map((problem) => ({ where: r.file, problem }))), ...twins];
}
