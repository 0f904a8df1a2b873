// Prints each built page's first-view weight (gzip HTML before the evidence notes + up-front CSS/JS) and its whole
// weight, notes included, against the budgets. Run after a build.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { budgetExempt, FIRST_VIEW_BUDGET, gzipSize, PAGE_BUDGET, pageWeight } from "../src/lib/checks/budget.ts";
import { offlineSets } from "../src/lib/offline/offlineSet.ts";
import { formatSize } from "../src/lib/offline/formatSize.ts";

const dist = process.argv[2] ?? "dist";
const pages = readdirSync(dist, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html")).sort();
const rows = pages.map((f) =>
  pageWeight("/" + f.replace(/index\.html$/, ""), readFileSync(join(dist, f), "utf8"), (url) => readFileSync(join(dist, url))),
);
const kb = (n: number) => (n / 1000).toFixed(1).padStart(6);
console.log("  html    css+js  first   whole   page");
const isOver = (r: (typeof rows)[number]) => !budgetExempt(r.path) && (r.total > FIRST_VIEW_BUDGET || r.whole > PAGE_BUDGET);
const mark = (r: (typeof rows)[number]) => (budgetExempt(r.path) ? "  (exempt)" : isOver(r) ? "  ✗ over budget" : "");
for (const r of rows) console.log(`${kb(r.html)}  ${kb(r.assets)}  ${kb(r.total)}  ${kb(r.whole)}  ${r.path}${mark(r)}`);
const over = rows.filter(isOver);
console.log(
  `\nBudget ${FIRST_VIEW_BUDGET / 1000} KB gzip for the first view, ${PAGE_BUDGET / 1000} KB for the whole page: ${over.length ? `${over.length} page(s) over` : "all pages within"}.`,
);

// A first visit: the page itself, then what the service worker fetches in the background (itself, the shell, and
// the page again to keep it). The full offline sets are downloaded only when a parent presses "Save for offline".
const { shell, langs } = offlineSets(dist);
const background = gzipSize(readFileSync(join(dist, "sw.js"))) + shell.bytes;
console.log("\nFirst visit, gzip bytes (page / background / total):");
for (const path of ["/", "/guides/check-youtube-history/", "/help/", "/apps/roblox/"]) {
  const row = rows.find((r) => r.path === path);
  if (row) console.log(`  ${path}: ${row.total} / ${background + row.html} / ${row.total + background + row.html}`);
}
console.log(`Full offline set, on request: ${Object.entries(langs).map(([l, set]) => `${l} ${formatSize(set.bytes)} (${set.files.length} files)`).join(", ")}.`);
process.exit(over.length ? 1 : 0);
