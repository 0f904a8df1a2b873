// Prints each built page's first-view weight (gzip HTML + up-front CSS/JS) against the budget. Run after a build.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { FIRST_VIEW_BUDGET, pageWeight } from "../src/lib/checks/budget.ts";

const dist = process.argv[2] ?? "dist";
const pages = readdirSync(dist, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html")).sort();
const rows = pages.map((f) =>
  pageWeight("/" + f.replace(/index\.html$/, ""), readFileSync(join(dist, f), "utf8"), (url) => readFileSync(join(dist, url))),
);
const kb = (n: number) => (n / 1000).toFixed(1).padStart(6);
console.log("  html    css+js  total   page");
for (const r of rows) console.log(`${kb(r.html)}  ${kb(r.assets)}  ${kb(r.total)}  ${r.path}${r.total > FIRST_VIEW_BUDGET ? "  ✗ over budget" : ""}`);
const over = rows.filter((r) => r.total > FIRST_VIEW_BUDGET);
console.log(`\nBudget ${FIRST_VIEW_BUDGET / 1000} KB gzip per page: ${over.length ? `${over.length} page(s) over` : "all pages within"}.`);
process.exit(over.length ? 1 : 0);
