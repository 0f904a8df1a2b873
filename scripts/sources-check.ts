// Reads every page the notes cite and writes a dated report of sources that are gone, moved or no longer hold
// their quote: reports/sources-YYYY-MM-DD.md. Exits 1 when any source needs an editor.
//   --content DIR   the content folder (default: content)
//   --out DIR       where the report goes (default: reports)
//   --map FROM=TO   fetch addresses starting with FROM from TO instead (the tests point a publisher at a local server)
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { checkSources, citedQuotes, sourcesReport } from "../src/lib/checks/sourcesCheck.ts";

const { values } = parseArgs({
  options: { content: { type: "string", default: "content" }, out: { type: "string", default: "reports" }, map: { type: "string", multiple: true, default: [] } },
});
const maps = values.map.map((m) => m.split("=", 2) as [string, string]);
const fetcher: typeof fetch = (input, init) => {
  const url = String(input);
  const map = maps.find(([from]) => url.startsWith(from));
  return fetch(map ? map[1] + url.slice(map[0].length) : url, init);
};

const date = new Date().toISOString().slice(0, 10);
const results = await checkSources(citedQuotes(values.content), fetcher);
const report = sourcesReport(results, date);
mkdirSync(values.out, { recursive: true });
const file = join(values.out, `sources-${date}.md`);
writeFileSync(file, report);
const problems = results.filter((r) => r.status !== "ok");
for (const r of problems) console.log(`${r.status.toUpperCase().padEnd(7)} ${r.file} [${r.id}] ${r.url}: ${r.detail}`);
console.log(`${results.length} quotes checked, ${problems.length} need an editor. Report: ${file}`);
process.exit(problems.length ? 1 : 0);
