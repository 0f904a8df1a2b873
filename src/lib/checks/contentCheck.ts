/**
 * The content check: rules every guide file must pass beyond its schema. Used by
 * `npm run check:content` and by the test suite, so both report the same problems.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { allowedNumbers, findPhoneNumbers } from "../content/contacts.ts";
import { fernandezHuerta, fleschKincaidGrade } from "./readability.ts";
import { guideSchema } from "../content/schema.ts";
import { wordCount } from "../content/guides.ts";
import { labelTable, unknownLabelKeys, type LabelTable } from "../content/labels.ts";

/** The highest Flesch–Kincaid grade an English guide may have. */
export const MAX_GRADE = 8;
/** The lowest Fernández Huerta score a Spanish guide may have: "bastante fácil" (fairly easy) or easier. */
export const MIN_EASE_ES = 70;

export type GuideLang = "en" | "es";

/** Where each language's guides live; Spanish files share their English file's name. */
export const GUIDE_DIRS: Record<GuideLang, string> = { en: "content", es: "content/es" };
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
}

/** Splits an MDX file into its YAML frontmatter (parsed) and body. */
export function splitFrontmatter(source: string): { data: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) return { data: undefined, body: source };
  return { data: parseYaml(match[1]), body: source.slice(match[0].length) };
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

function monthsBetween(earlier: Date, later: Date): number {
  return (later.getTime() - earlier.getTime()) / (1000 * 60 * 60 * 24 * 30.44);
}

/** Checks one guide file; `today` is injectable so tests can pin it. */
export function checkGuide(
  { file, source }: GuideFile,
  today = new Date(),
  lang: GuideLang = "en",
  labels: LabelTable = labelTable(),
): GuideReport {
  const slug = slugOf(file);
  const { data, body } = splitFrontmatter(source);
  const problems: string[] = [];
  const parsed = guideSchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(`frontmatter ${issue.path.join(".") || "(root)"}: ${issue.message}`);
  }
  const fm = parsed.success ? parsed.data : undefined;

  const readability = lang === "en" ? fleschKincaidGrade(body) : fernandezHuerta(body);
  if (lang === "en" && !(readability <= MAX_GRADE)) problems.push(`reading grade ${readability.toFixed(1)} is above ${MAX_GRADE}`);
  if (lang === "es" && !(readability >= MIN_EASE_ES))
    problems.push(`Fernández Huerta score ${readability.toFixed(1)} is below ${MIN_EASE_ES} ("bastante fácil")`);

  if (fm) {
    if (fm.reviewed.getTime() > today.getTime()) problems.push(`reviewed date ${fm.reviewed.toISOString().slice(0, 10)} is in the future`);
    if (monthsBetween(fm.reviewed, today) > MAX_REVIEW_AGE_MONTHS)
      problems.push(`reviewed date ${fm.reviewed.toISOString().slice(0, 10)} is older than ${MAX_REVIEW_AGE_MONTHS} months`);
  }

  // Link targets are stripped first: article numbers in help-page URLs are not phone numbers.
  const allowed = allowedNumbers();
  const prose = body.replace(/\]\([^)]*\)/g, "]").replace(/https?:\/\/\S+/g, "");
  for (const number of findPhoneNumbers(prose)) {
    if (!allowed.has(number)) problems.push(`phone number ${number} is not listed in src/lib/content/contacts.ts`);
  }
  for (const key of unknownLabelKeys(body, labels)) problems.push(`label "${key}" is not in the label table (content/labels/)`);
  for (const [, url] of body.matchAll(/\]\((http[^)\s]*)\)/g)) {
    if (!url.startsWith("https://")) problems.push(`link ${url} is not https`);
  }
  return { file, slug, readability, words: wordCount(body), reviewed: fm?.reviewed, problems };
}

/**
 * Problems with the translations: every English guide needs a Spanish version reviewed on the same date or later,
 * and no Spanish guide may lack its English original.
 */
export function checkTranslations(en: GuideReport[], es: GuideReport[]): string[] {
  const problems: string[] = [];
  for (const guide of en) {
    const translation = es.find((t) => t.slug === guide.slug);
    if (!translation) problems.push(`${guide.file} has no Spanish version in ${GUIDE_DIRS.es}/`);
    else if (guide.reviewed && translation.reviewed && translation.reviewed < guide.reviewed)
      problems.push(`${translation.file} was reviewed before its English original: review it again`);
  }
  for (const t of es) if (!en.some((g) => g.slug === t.slug)) problems.push(`${t.file} has no English original`);
  return problems;
}

/** Checks every guide in both languages, and the translations against each other. */
export function checkAllGuides(today = new Date()): { reports: Record<GuideLang, GuideReport[]>; translations: string[] } {
  const reports = {
    en: readGuideFiles(GUIDE_DIRS.en).map((f) => checkGuide(f, today, "en")),
    es: readGuideFiles(GUIDE_DIRS.es).map((f) => checkGuide(f, today, "es")),
  };
  return { reports, translations: checkTranslations(reports.en, reports.es) };
}
