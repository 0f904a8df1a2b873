// Builds synthetic sites of 100 and 1,000 guides (copies of the real ones, in both languages) and prints build time,
// time per guide, dist size, search index size and the time of a cold and a warm search in Chromium.
// Target: 1,000 guides built and indexed in under 60 s. Everything happens in temporary folders, deleted afterwards.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { buildSite, ROOT } from "../tests/helpers/build.ts";
import { launchChromium } from "../tests/helpers/browser.ts";

const SIZES = [100, 1000];
const TARGET = { guides: 1000, seconds: 60 };
const QUERY = "see what my son watched on youtube";
const OTHER_QUERY = "someone is threatening to share photos";
/** The search page shows this many results, each with its data loaded. */
const SHOWN = 8;

const LANG_DIRS = ["", "es"];
const realGuides = readdirSync(join(ROOT, "content")).filter((f) => f.endsWith(".mdx") && !f.startsWith("_")).sort();

/**
 * A guide folder of `count` guides per language: the real ones (other guides link to them) and copies named
 * bench-0001… . Copies are not urgent, so the home page keeps its short "Start here" list as a real site would.
 */
function writeGuides(dir: string, count: number): void {
  for (const lang of LANG_DIRS) {
    const from = join(ROOT, "content", lang);
    const to = join(dir, lang);
    mkdirSync(to, { recursive: true });
    for (const name of realGuides) cpSync(join(from, name), join(to, name));
    for (let i = 1; i <= count - realGuides.length; i++) {
      const source = readFileSync(join(from, realGuides[i % realGuides.length]), "utf8").replace(/^urgent: true$/m, "urgent: false");
      writeFileSync(join(to, `bench-${String(i).padStart(4, "0")}.mdx`), source);
    }
  }
}

function folderSize(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).reduce((sum, f) => {
    const stat = statSync(join(dir, f));
    return stat.isFile() ? sum + stat.size : sum;
  }, 0);
}

/** Milliseconds for a Pagefind query in Chromium, with the data of the results the page would show. */
async function searchTimes(dist: string): Promise<{ cold: number; warm: number; warmOther: number; results: number }> {
  // The static server maps addresses through DIST_DIR (tests/helpers/dist.ts), read when it is first imported.
  process.env.DIST_DIR = dist;
  const { serveDist } = await import("../tests/helpers/server.ts");
  const server = await serveDist(dist);
  const browser = await launchChromium();
  try {
    // No service worker: its precaching of the whole site would compete with the query being timed.
    const page = await (await browser.newContext({ serviceWorkers: "block" })).newPage();
    await page.goto(`${server.url}/search/`);
    return await page.evaluate(
      async ({ queries, shown, script }) => {
        const time = async (run: () => Promise<number>) => {
          const start = performance.now();
          const results = await run();
          return { ms: performance.now() - start, results };
        };
        let pagefind: { search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }> } | undefined;
        const query = async (q: string) => {
          pagefind ??= await import(script);
          const { results } = await pagefind!.search(q);
          await Promise.all(results.slice(0, shown).map((r) => r.data()));
          return results.length;
        };
        const cold = await time(() => query(queries[0]));
        const warm = await time(() => query(queries[0]));
        const warmOther = await time(() => query(queries[1]));
        return { cold: cold.ms, warm: warm.ms, warmOther: warmOther.ms, results: cold.results };
      },
      { queries: [QUERY, OTHER_QUERY], shown: SHOWN, script: "/pagefind/pagefind.js" },
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const ms = (n: number) => `${n.toFixed(0)} ms`;

console.log(`Bench on ${availableParallelism()} core(s), Node ${process.version}; each size is a fresh build with a cold cache.\n`);
let verdict = "";
for (const count of SIZES) {
  const work = mkdtempSync(join(tmpdir(), `bench-${count}-`));
  try {
    const guidesDir = join(work, "content");
    const outDir = join(work, "dist");
    writeGuides(guidesDir, count);
    const build = buildSite({ guidesDir, outDir, workDir: work });
    if (build.status !== 0) throw new Error(`The build of ${count} guides failed:\n${build.output.slice(-4000)}`);
    const search = await searchTimes(outDir);
    const seconds = build.ms / 1000;
    console.log(`${count} guides per language (English and Spanish)`);
    console.log(`  build and index    ${seconds.toFixed(1)} s (${ms(build.ms / count)} per guide)`);
    console.log(`  dist               ${mb(folderSize(outDir))}, of which the Pagefind index ${mb(folderSize(join(outDir, "pagefind")))}`);
    console.log(`  search "${QUERY}" (${search.results} results, data of the first ${SHOWN} loaded)`);
    console.log(`    cold (loads Pagefind and its index)  ${ms(search.cold)}`);
    console.log(`    warm (the same query again)          ${ms(search.warm)}`);
    console.log(`    warm (new words: "${OTHER_QUERY}")  ${ms(search.warmOther)}\n`);
    if (count === TARGET.guides) {
      const met = seconds < TARGET.seconds;
      verdict = `Target: ${TARGET.guides} guides built and indexed in under ${TARGET.seconds} s: ${met ? "met" : "NOT met"} (${seconds.toFixed(1)} s).`;
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
console.log(verdict);
