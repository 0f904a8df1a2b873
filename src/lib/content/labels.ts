/**
 * The table of on-screen labels the guides and cards name: one YAML file per platform or app in content/labels/,
 * each label in English and in Latin-American Spanish exactly as a phone set to Spanish shows it, with the version
 * it was checked for and the page that shows it. Guides name labels only through <Label path="…" />, so a rename is
 * fixed here once, for both languages, and the build fails on a key that is not in the table.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "astro/zod";
import type { Lang } from "../site/i18n.ts";

/** One on-screen label. */
export const labelSchema = z
  .object({
    /** As the English interface shows it. */
    en: z.string().min(1),
    /** As the interface set to Latin-American Spanish shows it. */
    es: z.string().min(1),
    /** The platform or app version the label was checked for, e.g. "iOS 26". */
    checkedFor: z.string().min(2),
    /** When it was checked (YYYY-MM-DD). */
    checkedOn: z.coerce.date(),
    /** The publisher's page that shows the label (ideally in Spanish); https only. */
    source: z.url({ protocol: /^https$/, error: "source must be a full https:// address" }),
  })
  .strict();

/** One file of the table: a platform or app and its labels, keyed by camelCase names. */
export const labelFileSchema = z
  .object({
    /** Whose interface this is, e.g. "iPhone and iPad (iOS)". */
    platform: z.string().min(2),
    labels: z.record(z.string().regex(/^[a-z][A-Za-z0-9]*$/, { error: "label keys are camelCase" }), labelSchema),
  })
  .strict();

export type UiLabel = z.infer<typeof labelSchema>;
export type LabelTable = Map<string, UiLabel>;

/** The folder of the table; GUIDES_DIR moves it with the guides, as in src/content.config.ts. */
export function labelDir(base = process.env.GUIDES_DIR ?? "content"): string {
  return join(base, "labels");
}

/** A bad file in the table, named with the field at fault. */
export class LabelTableError extends Error {}

/** Reads and checks every file of the table; keys are "<file>.<label>", e.g. "ios.settings". */
export function readLabelTable(dir = labelDir()): LabelTable {
  const table: LabelTable = new Map();
  if (!existsSync(dir)) return table;
  const problems: string[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".yaml")).sort()) {
    const file = join(dir, name);
    let parsed: unknown;
    try {
      parsed = parseYaml(readFileSync(file, "utf8"));
    } catch (e) {
      problems.push(`${file}: ${(e as Error).message.split("\n")[0]}`);
      continue;
    }
    const result = labelFileSchema.safeParse(parsed);
    if (!result.success) {
      for (const issue of result.error.issues) problems.push(`${file}: ${issue.path.join(".") || "(root)"}: ${issue.message}`);
      continue;
    }
    const prefix = name.replace(/\.yaml$/, "");
    for (const [key, label] of Object.entries(result.data.labels)) table.set(`${prefix}.${key}`, label);
  }
  if (problems.length) throw new LabelTableError(`The label table has problems:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  return table;
}

/** The keys of a path written as "ios.settings > ios.screenTime". */
export function pathKeys(path: string): string[] {
  return path.split(">").map((k) => k.trim()).filter(Boolean);
}

/** Every label path named in an MDX body through <Label path="…" />. */
export function labelPathsIn(mdx: string): string[] {
  return [...mdx.matchAll(/<Label\s+path=(["'])(.*?)\1/g)].map((m) => m[2]);
}

/** Keys used in an MDX body that the table lacks. */
export function unknownLabelKeys(mdx: string, table: LabelTable): string[] {
  return [...new Set(labelPathsIn(mdx).flatMap(pathKeys))].filter((k) => !table.has(k));
}

/** How a path reads in a language: the path itself, and in Spanish the English path to show beside it (if different). */
export function labelText(path: string, lang: Lang, table: LabelTable): { text: string; english?: string } {
  const labels = pathKeys(path).map((key) => {
    const label = table.get(key);
    if (!label) throw new Error(`Unknown label "${key}": add it to ${labelDir()}/${key.split(".")[0]}.yaml`);
    return label;
  });
  if (!labels.length) throw new Error(`Empty label path "${path}"`);
  const english = labels.map((l) => l.en).join(" → ");
  if (lang === "en") return { text: english };
  const spanish = labels.map((l) => l.es).join(" → ");
  return spanish === english ? { text: spanish } : { text: spanish, english };
}

/** A path as running text reads it, as <Label> shows it: "Tiempo en pantalla (Screen Time)" on a Spanish page. */
export function labelPlainText(path: string, lang: Lang, table: LabelTable): string {
  const { text, english } = labelText(path, lang, table);
  return english ? `${text} (${english})` : text;
}

let cached: LabelTable | undefined;
/** The table, read once per build. */
export function labelTable(): LabelTable {
  return (cached ??= readLabelTable());
}
