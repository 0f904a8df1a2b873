// Builds synthetic sites of 100 and 1,000 guides (copies of the real ones, in both languages) and prints build time,
// milliseconds per page built and where they go (each integration logs its steps with BUILD_TIMINGS=1:
// src/lib/site/buildTimings.ts), dist size, search index size and the time of a cold and a warm search in Chromium.
// Target (issue #23): 1,000 guides at 20 ms a page or less on 2 cores. Everything happens in temporary folders,
// deleted afterwards. `npm run bench -- 1000` builds one size only; `-- --keep` keeps each folder, with the built site
// and the build's log (build.log, with Astro's time for every page), to find what a slow build spends its time on.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { buildSite, ROOT } from "../tests/helpers/build.ts";
import { launchChromium } from "../tests/helpers/browser.ts";
import { parseTimings } from "../src/lib/site/buildTimings.ts";

const asked = process.argv.slice(2).map(Number).filter((n) => n > 0);
const KEEP = process.argv.includes("--keep");
const SIZES = asked.length ? asked : [100, 1000];
const TARGET = { guides: 1000, msPerPage: 20 };

/** The steps the integrations time, in build order, with what the bench calls them. */
const STEPS: [label: string, name: string][] = [
  ["startup", "startup (Node, config)"],
  ["setup", "setup (Vite, content sync)"],
  ["gates-before-render", "content gates, before render"],
  ["bundle", "bundle (Vite: components, MDX, CSS)"],
  ["render", "render (Astro, every page)"],
  ["qr", "  of which QR codes"],
  ["pagefind-index", "Pagefind indexing"],
  ["search-vocabulary", "search vocabulary"],
  ["service-worker", "service-worker manifest"],
  ["headers", "_headers"],
  ["gates-after-render", "content gates, after render"],
];
/** Steps of the build:done phase that integrations time themselves; the rest of `build-done` is other integrations. */
const DONE_STEPS = ["pagefind-index", "search-vocabulary", "service-worker", "headers", "gates-after-render"];

/** The breakdown of one build, as lines: ms, ms per page and share of the total for each step. */
function breakdown(output: string, totalMs: number, pages: number): string[] {
  const timings = parseTimings(output);
  const get = (label: string) => timings.get(label)?.ms ?? 0;
  const rows: [string, number, number?][] = STEPS.map(([label, name]) => {
    const ms = label === "bundle" ? get("bundle") - get("gates-before-render") : get(label);
    return [name, ms, timings.get(label)?.calls];
  });
  const others = get("build-done") - DONE_STEPS.reduce((sum, l) => sum + get(l), 0);
  rows.push(["other integrations (sitemap)", others]);
  const counted = rows.filter(([name]) => !name.startsWith("  ")).reduce((sum, [, ms]) => sum + ms, 0);
  rows.push(["rest (stats, exit)", totalMs - counted]);
  return rows.map(([name, ms, calls]) => {
    const count = name.startsWith("  ") && calls ? ` (${calls} codes)` : "";
    return `    ${name.padEnd(38)} ${(ms / 1000).toFixed(1).padStart(6)} s ${(ms / pages).toFixed(1).padStart(6)} ms/page ${((100 * ms) / totalMs).toFixed(0).padStart(3)}%${count}`;
  });
}
const QUERY = "see what my son watched on youtube";
const OTHER_QUERY = "someone is threatening to share photos";
/** The search page shows this many results, each with its data loaded. */
const SHOWN = 8;

const LANG_DIRS = ["", "es"];
const realGuides = readdirSync(join(ROOT, "content")).filter((f) => f.endsWith(".mdx") && !f.startsWith("_")).sort();

/**
 * A content folder of `count` guides per language: the real content (guides, which other guides link to, app cards,
 * the label table and the Spanish style sheet) and copies of the guides named bench-0001… . Copies are not urgent,
 * so the home page keeps its short "Start here" list as a real site would.
 */
function writeGuides(dir: string, count: number): void {
  cpSync(join(ROOT, "content"), dir, { recursive: true });
  for (const lang of LANG_DIRS) {
    const from = join(ROOT, "content", lang);
    const to = join(dir, lang);
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

/** CPU seconds used so far by this process's finished children (the build and its Pagefind process), from /proc. */
function childCpuSeconds(): number {
  try {
    // Fields 16 and 17 of /proc/self/stat (cutime, cstime), in clock ticks of 1/100 s; the name in field 2 may hold spaces.
    const fields = readFileSync("/proc/self/stat", "utf8").replace(/^.*\) /, "").split(" ");
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return NaN;
  }
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const ms = (n: number) => `${n.toFixed(0)} ms`;

const load = () => loadavg().map((n) => n.toFixed(1)).join(", ");
console.log(`Bench on ${availableParallelism()} core(s), Node ${process.version}; each size is a fresh build with a cold cache.`);
console.log(`Load average (1, 5, 15 min) at the start: ${load()}: other work on the machine slows the build.\n`);
let verdict = "";
for (const count of SIZES) {
  const work = mkdtempSync(join(tmpdir(), `bench-${count}-`));
  try {
    const guidesDir = join(work, "content");
    const outDir = join(work, "dist");
    writeGuides(guidesDir, count);
    process.env.BUILD_TIMINGS = "1";
    const cpuBefore = childCpuSeconds();
    const build = buildSite({ guidesDir, outDir, workDir: work });
    const cpu = childCpuSeconds() - cpuBefore;
    if (KEEP) writeFileSync(join(work, "build.log"), build.output);
    if (build.status !== 0) throw new Error(`The build of ${count} guides failed:\n${build.output.slice(-4000)}`);
    const search = await searchTimes(outDir);
    const seconds = build.ms / 1000;
    console.log(`${count} guides per language (English and Spanish)`);
    const pages = Number(/(\d+) page\(s\) built/.exec(build.output)?.[1] ?? NaN);
    const perPage = build.ms / pages;
    console.log(`  build and index    ${seconds.toFixed(1)} s for ${pages} pages: ${perPage.toFixed(1)} ms per page (${ms(build.ms / count)} per guide)`);
    // CPU time depends less than the clock on what else the machine is doing: compare it between runs on a busy machine.
    console.log(`  CPU time           ${cpu.toFixed(1)} s (${((1000 * cpu) / pages).toFixed(1)} ms per page), all build processes`);
    console.log(`  where the time goes (load average now ${load()})`);
    for (const line of breakdown(build.output, build.ms, pages)) console.log(line);
    console.log(`  dist               ${mb(folderSize(outDir))}, of which the Pagefind index ${mb(folderSize(join(outDir, "pagefind")))}`);
    console.log(`  search "${QUERY}" (${search.results} results, data of the first ${SHOWN} loaded)`);
    console.log(`    cold (loads Pagefind and its index)  ${ms(search.cold)}`);
    console.log(`    warm (the same query again)          ${ms(search.warm)}`);
    console.log(`    warm (new words: "${OTHER_QUERY}")  ${ms(search.warmOther)}\n`);
    if (count === TARGET.guides) {
      const met = perPage <= TARGET.msPerPage;
      verdict = `Target: ${TARGET.guides} guides built and indexed at ${TARGET.msPerPage} ms a page or less: ${met ? "met" : "NOT met"} (${perPage.toFixed(1)} ms a page, ${seconds.toFixed(1)} s).`;
    }
  } finally {
    if (KEEP) console.log(`  kept in ${work}\n`);
    else rmSync(work, { recursive: true, force: true });
  }
}
console.log(verdict);
