import type { AstroIntegration } from "astro";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  checkPages,
  findDuplicateSlugs,
  findMissingRelated,
  formatProblems,
  pagePath,
  slugOfFile,
  type Problem,
} from "../lib/checks/buildChecks.ts";
import { contentDirs, evidenceProblems, readGuideFiles, splitFrontmatter } from "../lib/checks/contentCheck.ts";
import { guideUrl } from "../lib/content/guides.ts";
import { cardUrl } from "../lib/content/apps.ts";
import { labelDir, readLabelTable, unknownLabelKeys } from "../lib/content/labels.ts";
import { LANGS, localPath, type Lang } from "../lib/site/i18n.ts";
import { timed } from "../lib/site/buildTimings.ts";

/** The guide folder of each language; GUIDES_DIR moves them, as in src/content.config.ts. */
export function guideDirs(base = process.env.GUIDES_DIR ?? "content"): Record<Lang, string> {
  return contentDirs(base).guides;
}

/** The app card folder of each language, inside the guide folders. */
export function cardDirs(guides: Record<Lang, string>): Record<Lang, string> {
  return contentDirs(guides.en).cards;
}

/** The page files of one language folder (none if the folder does not exist). */
function pageFiles(dir: string) {
  return existsSync(dir) ? readGuideFiles(dir) : [];
}

/** A page file's slug, related guides and draft flag, from its frontmatter. */
function entries(dir: string) {
  return pageFiles(dir).map(({ file, source }) => {
    const data = (splitFrontmatter(source).data ?? {}) as { related?: unknown; draft?: unknown };
    const related = Array.isArray(data.related) ? data.related.map(String) : [];
    return { file, related, draft: data.draft === true };
  });
}

/** Problems in the content folders themselves: two files with one slug, related guides that do not exist. */
export function checkContent(dirs: Record<Lang, string>): Problem[] {
  const cards = cardDirs(dirs);
  return LANGS.flatMap((lang) => {
    const guides = entries(dirs[lang]);
    const cardEntries = entries(cards[lang]);
    return [
      ...findDuplicateSlugs(guides.map((g) => g.file)),
      ...findDuplicateSlugs(cardEntries.map((c) => c.file)),
      ...findMissingRelated(guides),
      ...findMissingRelated(cardEntries, guides),
    ];
  });
}

/**
 * Label keys that guides name but the table lacks, each with its file. Reads the table too, which throws, naming
 * the file and the field, on an entry without a source, a check date or a Spanish label.
 */
export function checkLabels(dirs: Record<Lang, string>, table = readLabelTable(labelDir(dirs.en))): Problem[] {
  const cards = cardDirs(dirs);
  return LANGS.flatMap((lang) =>
    [...pageFiles(dirs[lang]), ...pageFiles(cards[lang])].flatMap(({ file, source }) =>
      unknownLabelKeys(source, table).map((key) => ({ where: file, problem: `label "${key}" is not in the label table (${labelDir(dirs.en)}/)` })),
    ),
  );
}

/** Problems in the built site in `root`: links and anchors that lead nowhere, images without alt text. */
export function checkBuild(root: string, site?: string): { pages: number; problems: Problem[] } {
  const files = readdirSync(root, { recursive: true, encoding: "utf8" })
    .map((f) => "/" + f.split("\\").join("/"))
    .sort();
  const pages = new Map(
    files.filter((f) => f.endsWith(".html")).map((f) => [pagePath(f), readFileSync(join(root, f), "utf8")] as const),
  );
  const { links, images } = checkPages(pages, new Set(files), site);
  return { pages: pages.size, problems: [...links, ...images] };
}

/** Which file each guide and card page is built from, so messages can name the file to fix. */
export function guideSources(dirs: Record<Lang, string>): Map<string, string> {
  const cards = cardDirs(dirs);
  return new Map(
    LANGS.flatMap((lang) => [
      ...pageFiles(dirs[lang]).map(({ file }) => [localPath(lang, guideUrl(slugOfFile(file))), file] as const),
      ...pageFiles(cards[lang]).map(({ file }) => [cardUrl(slugOfFile(file), lang), file] as const),
    ]),
  );
}

/**
 * Fails `astro build` when content is bad in a way the schema cannot see: a broken internal link or anchor,
 * an image without alt text, two guide files with one slug, a related guide that does not exist. The output
 * folder is deleted first, so a failed build never leaves a partial site to deploy. List it last: it checks
 * what the other integrations wrote too.
 */
export default function contentGates(): AstroIntegration {
  let site: string | undefined;
  return {
    name: "content-gates",
    hooks: {
      "astro:config:done": ({ config }) => {
        site = config.site;
      },
      // Before any page renders: a <Label> with an unknown key would otherwise fail without naming its file, and a
      // fact without its evidence, or a Spanish page that says less than its English twin, must never be published.
      "astro:build:start": () => {
        const dirs = guideDirs();
        const problems = timed("gates-before-render", () => [...checkLabels(dirs), ...evidenceProblems(dirs.en)]);
        if (problems.length) throw new Error(formatProblems(problems));
      },
      "astro:build:done": ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const dirs = guideDirs();
        const { built, problems } = timed("gates-after-render", () => {
          const built = checkBuild(root, site);
          return { built, problems: [...checkContent(dirs), ...built.problems] };
        });
        if (problems.length) {
          rmSync(root, { recursive: true, force: true });
          throw new Error(formatProblems(problems, guideSources(dirs)));
        }
        logger.info(`Checked ${built.pages} pages and the guide folders: no broken links, missing alt text or duplicate slugs.`);
      },
    },
  };
}
