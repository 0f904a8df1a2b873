/**
 * The content check: rules every guide file must pass beyond its schema. Used by
 * `npm run check:content` and by the test suite, so both report the same problems.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { allowedNumbers, findPhoneNumbers } from "./contacts.ts";
import { fleschKincaidGrade } from "./readability.ts";
import { guideSchema } from "./schema.ts";
import { wordCount } from "./guides.ts";

/** The highest Flesch–Kincaid grade a guide may have. */
export const MAX_GRADE = 8;
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
  grade: number;
  words: number;
  problems: string[];
}

/** Splits an MDX file into its YAML frontmatter (parsed) and body. */
export function splitFrontmatter(source: string): { data: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) return { data: undefined, body: source };
  return { data: parseYaml(match[1]), body: source.slice(match[0].length) };
}

/** Every published guide file below `dir` (files starting with "_" are templates and notes). */
export function readGuideFiles(dir: string): GuideFile[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".mdx") && !name.split("/").some((part) => part.startsWith("_")))
    .sort()
    .map((name) => ({ file: join(dir, name), source: readFileSync(join(dir, name), "utf8") }));
}

function monthsBetween(earlier: Date, later: Date): number {
  return (later.getTime() - earlier.getTime()) / (1000 * 60 * 60 * 24 * 30.44);
}

/** Checks one guide file; `today` is injectable so tests can pin it. */
export function checkGuide({ file, source }: GuideFile, today = new Date()): GuideReport {
  const slug = file.replace(/^.*\//, "").replace(/\.mdx$/, "");
  const { data, body } = splitFrontmatter(source);
  const problems: string[] = [];
  const parsed = guideSchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(`frontmatter ${issue.path.join(".") || "(root)"}: ${issue.message}`);
  }
  const fm = parsed.success ? parsed.data : undefined;

  const grade = fleschKincaidGrade(body);
  if (!(grade <= MAX_GRADE)) problems.push(`reading grade ${grade.toFixed(1)} is above ${MAX_GRADE}`);

  if (fm) {
    if (fm.reviewed.getTime() > today.getTime()) problems.push(`reviewed date ${fm.reviewed.toISOString().slice(0, 10)} is in the future`);
    if (monthsBetween(fm.reviewed, today) > MAX_REVIEW_AGE_MONTHS)
      problems.push(`reviewed date ${fm.reviewed.toISOString().slice(0, 10)} is older than ${MAX_REVIEW_AGE_MONTHS} months`);
  }

  // Link targets are stripped first: article numbers in help-page URLs are not phone numbers.
  const allowed = allowedNumbers();
  const prose = body.replace(/\]\([^)]*\)/g, "]").replace(/https?:\/\/\S+/g, "");
  for (const number of findPhoneNumbers(prose)) {
    if (!allowed.has(number)) problems.push(`phone number ${number} is not listed in src/lib/contacts.ts`);
  }
  for (const [, url] of body.matchAll(/\]\((http[^)\s]*)\)/g)) {
    if (!url.startsWith("https://")) problems.push(`link ${url} is not https`);
  }
  return { file, slug, grade, words: wordCount(body), problems };
}
