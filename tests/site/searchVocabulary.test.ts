import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DIST } from "../helpers/dist.ts";
import { gzipSize } from "@/lib/checks/budget";
import { LANGS } from "@/lib/site/i18n";
import { parseVocabulary, vocabularyPath } from "@/lib/search/spelling";

/**
 * The search page fetches its language's vocabulary on first use, with Pagefind; it must stay a small download. It was
 * 6 KB (English) before it carried the ordinary and everyday words (issue #20, which lets the search download grow by
 * at most 30 KB gzip); 22 KB with them on 6 December 2026.
 */
const VOCABULARY_BUDGET = 26_000;

describe.each(LANGS)("the %s search vocabulary", (lang) => {
  const file = readFileSync(join(DIST, vocabularyPath(lang)));

  it(`is at most ${VOCABULARY_BUDGET / 1000} KB gzip`, () => {
    expect(gzipSize(file)).toBeLessThanOrEqual(VOCABULARY_BUDGET);
  });

  it("holds the guides' words in that language only", () => {
    const { byPlain } = parseVocabulary(file.toString("utf8"));
    expect(byPlain.has("sextortion")).toBe(lang === "en");
    expect(byPlain.has("sextorsion")).toBe(lang === "es");
    expect(byPlain.get(lang === "en" ? "calculator" : "calculadora")!.count).toBeGreaterThan(5);
  });
});
