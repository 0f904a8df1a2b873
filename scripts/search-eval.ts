// Scores the built site's search on the evaluation set (tests/helpers/searchEval.ts): top-1, top-3 and mean
// reciprocal rank per language and kind, and how many off-topic questions showed a page. Run after `npm run build`.
//   npm run search:eval                  both halves, each scored apart
//   npm run search:eval -- --half tune   one half only
//   npm run search:eval -- --misses      also list each question the search got wrong, with what it showed
import { parseArgs } from "node:util";
import { launchChromium } from "../tests/helpers/browser.ts";
import { serveDist } from "../tests/helpers/server.ts";
import { formatScores, judge, loadEvalSet, openSearch, scores, type Half, type Outcome } from "../tests/helpers/searchEval.ts";
import { LANGS } from "../src/lib/site/i18n.ts";

const { values } = parseArgs({ options: { half: { type: "string" }, misses: { type: "boolean" } } });
const halves: Half[] = values.half === "tune" || values.half === "check" ? [values.half] : ["tune", "check"];

const server = await serveDist();
const browser = await launchChromium();
const outcomes: Outcome[] = [];
try {
  for (const lang of LANGS) {
    const search = await openSearch(browser, server.url, lang);
    for (const question of loadEvalSet(lang).filter((q) => halves.includes(q.half))) {
      outcomes.push(judge(question, lang, await search.ask(question.q)));
    }
  }
} finally {
  await browser.close();
  await server.close();
}

for (const half of halves) {
  console.log(`\n${half} half\n`);
  console.log(formatScores(scores(outcomes.filter((o) => o.question.half === half))));
}
if (values.misses) {
  console.log("\nMissed (top three shown):");
  for (const o of outcomes.filter((o) => !o.top3)) {
    console.log(`- [${o.lang} ${o.question.kind} ${o.question.half}] “${o.question.q}” → ${o.results.slice(0, 3).join(", ") || "nothing"} (want ${o.question.expect.join(o.question.need === "all" ? " + " : " or ") || "nothing"})`);
  }
}
