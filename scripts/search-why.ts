// Why the search ranks what it ranks, for one question: the terms as corrected and classed (generic, app name,
// everyday), the pages each term finds and the fields it matched there, and the order shown. The same ranking as the
// search page (src/lib/search/terms.ts), with Pagefind asked in a real browser. For maintainers tuning the search.
//   npm run build && npm run search:why -- es "a que hora juega el america"
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { launchChromium } from "../tests/helpers/browser.ts";
import { serveDist } from "../tests/helpers/server.ts";
import { DIST } from "../tests/helpers/dist.ts";
import { parseVocabulary, vocabularyPath } from "../src/lib/search/spelling.ts";
import { searchQuestion, type FoundPage } from "../src/lib/search/terms.ts";
import { localPath, type Lang } from "../src/lib/site/i18n.ts";

const [lang, question] = process.argv.slice(2) as [Lang, string];
if (!question || (lang !== "en" && lang !== "es")) throw new Error('usage: npm run search:why -- <en|es> "question"');
const vocabulary = parseVocabulary(readFileSync(join(DIST, vocabularyPath(lang)), "utf8"));

const server = await serveDist();
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.goto(`${server.url}${localPath(lang, "/search/")}`);
  const search = (q: string | null) =>
    page.evaluate(async (query) => {
      const path = "/pagefind/pagefind.js"; // the built site's, in the browser
      const pf = await import(/* @vite-ignore */ path);
      const { results } = await pf.search(query);
      type Result = FoundPage & { data(): Promise<{ url: string }> };
      return Promise.all(results.map(async (r: Result) => ({ id: r.id, score: r.score, matchedMetaFields: r.matchedMetaFields, url: (await r.data()).url })));
    }, q);
  const total = (await search(null)).length;
  const found = await searchQuestion(question, search, vocabulary, total);
  const urls = new Map(found.perTerm.flat().map((r) => [r.id, r.url.replace(/^\/(es\/)?/, "")]));
  console.log(`terms: ${found.terms.join(" ")}   corrections: ${found.corrections.map((c) => `${c.from}→${c.to}`).join(", ") || "none"}`);
  for (const [i, t] of found.terms.entries()) {
    const c = found.classed[i];
    const kind = [c.generic && "generic", c.name && "name", c.everyday && "everyday"].filter(Boolean).join(",") || "specific";
    const pages = found.perTerm[i].slice(0, 8).map((r) => `${urls.get(r.id)}${r.matchedMetaFields?.length ? `(${r.matchedMetaFields.join("+")})` : ""}`);
    console.log(`\n${t} [${kind}] ${found.perTerm[i].length} pages: ${pages.join(" ")}`);
  }
  console.log(`\nall terms: ${found.together.slice(0, 5).map((r) => urls.get(r.id)).join(" ") || "none"}\nshown: ${found.ranked.slice(0, 6).map((id) => urls.get(id)).join("  ") || "nothing"}`);
} finally {
  await browser.close();
  await server.close();
}
