/**
 * The search evaluation's checking half (tests/helpers/searchEval.ts), asked of the built site's search page: the
 * floors below are what it scored when this test was written, so a change that makes search worse for parents' own
 * questions fails here. The tuning half is for `npm run search:eval`; this half is never tuned on.
 */
import { describe, expect, it } from "vitest";
import { useSite } from "../helpers/site.ts";
import { judge, loadEvalSet, openSearch, scores, type Outcome } from "../helpers/searchEval.ts";
import { LANGS } from "@/lib/site/i18n";

/** Share of the right page in the top three, and off-topic questions that showed a page, per language (6 December 2026). */
const FLOORS = {
  en: { top3: 0.82, offTopicShown: 6 },
  es: { top3: 0.64, offTopicShown: 7 },
};

const site = useSite();

describe.each(LANGS)("search on parents' held-out %s questions (checking half)", (lang) => {
  let outcomes: Outcome[] = [];

  it("answers them", { timeout: 240_000 }, async () => {
    const search = await openSearch(site.browser, site.url, lang);
    for (const question of loadEvalSet(lang).filter((q) => q.half === "check")) outcomes.push(judge(question, lang, await search.ask(question.q)));
    await search.page.close();
    expect(outcomes.length).toBeGreaterThanOrEqual(lang === "en" ? 75 : 40);
  });

  it(`puts a right page in the top three for at least ${FLOORS[lang].top3 * 100}% of them`, () => {
    const whole = scores(outcomes).find((s) => s.kind === "all")!;
    const missed = outcomes.filter((o) => !o.top3 && o.question.kind !== "offtopic").map((o) => `“${o.question.q}” → ${o.results.slice(0, 3).join(", ") || "nothing"}`);
    expect(whole.top3, missed.join("\n")).toBeGreaterThanOrEqual(FLOORS[lang].top3);
  });

  it(`shows a page for at most ${FLOORS[lang].offTopicShown} off-topic questions`, () => {
    const shown = outcomes.filter((o) => o.question.kind === "offtopic" && o.results.length > 0).map((o) => o.question.q);
    expect(shown.length, shown.join("\n")).toBeLessThanOrEqual(FLOORS[lang].offTopicShown);
  });
});
