import { describe, expect, it } from "vitest";
import { checkAllContent, checkGuide, checkTranslations, type GuideReport } from "@/lib/checks/contentCheck";
import { fernandezHuerta, fleschKincaidGrade, syllablesEs } from "@/lib/checks/readability";

const today = new Date("2026-11-23");
const frontmatter = (extra = "", reviewed = "2026-11-01") => `---
title: A test guide
summary: A summary long enough to be a real sentence here.
topic: youtube
ages: { from: 8, to: 17 }
devices: [any]
reviewed: ${reviewed}
notes:
  - id: cybertip
    publisher: NCMEC
    title: CyberTipline
    url: https://www.missingkids.org/gethelpnow/cybertipline
    quote: "The CyberTipline receives reports about online enticement of children."
    read: ${reviewed}
changes:
  - date: ${reviewed}
    note: First published.
${extra}---
`;
const plainBody = "## In short\n\nCall 911 if a child is in danger. Talk with your child. Report it to the CyberTipline.[^cybertip]\n";
const check = (source: string) => checkGuide({ file: "content/test.mdx", source }, today).problems;

describe("content check rules", () => {
  it("passes a plain, dated, sourced guide", () => {
    expect(check(frontmatter() + plainBody)).toEqual([]);
  });

  it("fails a guide above grade 8", () => {
    const dense =
      "Comprehensive institutional accountability necessitates multidisciplinary collaboration, particularly regarding technological circumvention methodologies employed unpredictably.[^cybertip]\n";
    expect(check(frontmatter() + dense)).toEqual([expect.stringMatching(/^reading grade .* above 8$/)]);
  });

  it("fails a phone number that is not in the contacts list", () => {
    expect(check(frontmatter() + plainBody + "Or call 1-800-555-0199.\n")).toEqual([
      "phone number 1-800-555-0199 is not listed in src/lib/content/contacts.ts",
    ]);
  });

  it("does not mistake numbers in link targets for phone numbers", () => {
    expect(check(frontmatter() + plainBody + "See [Apple](https://support.apple.com/105069).\n")).toEqual([]);
  });

  it("fails a review date in the future or older than 18 months", () => {
    expect(check(frontmatter("", "2026-12-25") + plainBody)).toEqual(["reviewed date 2026-12-25 is in the future"]);
    expect(check(frontmatter("", "2025-01-01") + plainBody)).toEqual([
      "reviewed date 2025-01-01 is older than 18 months",
    ]);
  });

  it("fails a guide with no note, naming the field", () => {
    const noNotes = frontmatter().replace(/notes:[\s\S]*?(?=changes:)/, "notes: []\n");
    expect(check(noNotes + plainBody)).toEqual([expect.stringMatching(/^frontmatter notes:/)]);
  });

  it("warns from 12 months after review, before failing at 18", () => {
    const report = checkGuide({ file: "content/test.mdx", source: frontmatter("", "2025-10-01") + plainBody }, today);
    expect(report.problems).toEqual([]);
    expect(report.warnings).toEqual([
      expect.stringMatching(/^due for review: reviewed 2025-10-01/),
      expect.stringMatching(/^newest note read 2025-10-01, over 6 months ago/),
    ]);
    expect(checkGuide({ file: "content/test.mdx", source: frontmatter() + plainBody }, today).warnings).toEqual([]);
  });

  it("fails an on-screen label that is not in the label table", () => {
    expect(check(frontmatter() + plainBody + 'Open <Label path="nowhere.settings" />.\n')).toEqual([
      'label "nowhere.settings" is not in the label table (content/labels/)',
    ]);
  });

  it("fails a guide with no change record, naming the field", () => {
    const noChanges = frontmatter().replace(/changes:\n(  .*\n)+/, "");
    expect(check(noChanges + plainBody)).toEqual([expect.stringMatching(/^frontmatter changes: /)]);
  });

  it("fails an http link in the body", () => {
    expect(check(frontmatter() + plainBody + "[Old page](http://example.gov/)\n")).toEqual([
      "link http://example.gov/ is not https",
    ]);
  });
});

describe("readability", () => {
  it("rates short plain sentences below long dense ones", () => {
    expect(fleschKincaidGrade("The cat sat on the mat. It was warm.")).toBeLessThan(3);
    expect(
      fleschKincaidGrade("Notwithstanding considerable organizational deliberation, implementation remained unsatisfactory."),
    ).toBeGreaterThan(12);
  });
});

describe("Spanish readability", () => {
  it("counts Spanish syllables, with hiatus and silent u", () => {
    expect(syllablesEs("niño")).toBe(2);
    expect(syllablesEs("teléfono")).toBe(4);
    expect(syllablesEs("aplicación")).toBe(4);
    expect(syllablesEs("poeta")).toBe(3);
    expect(syllablesEs("día")).toBe(2);
    expect(syllablesEs("que")).toBe(1);
  });
  it("rates plain Spanish above dense Spanish", () => {
    expect(fernandezHuerta("Hable con su hijo. Mire el teléfono con él. Guarde los mensajes.")).toBeGreaterThan(80);
    expect(
      fernandezHuerta("La implementación institucional de metodologías multidisciplinarias posibilita la identificación anticipada."),
    ).toBeLessThan(40);
  });
  it("fails a Spanish guide below 70", () => {
    const dense = "La implementación institucional de metodologías multidisciplinarias posibilita identificaciones.[^cybertip]\n";
    const quotesEnglish = frontmatter().replace("    read:", "    lang: en\n    read:");
    expect(checkGuide({ file: "content/es/test.mdx", source: quotesEnglish + dense }, today, "es").problems).toEqual([
      expect.stringMatching(/^Fernández Huerta score .* below 70/),
    ]);
  });
});

describe("translations", () => {
  const report = (slug: string, reviewed: string): GuideReport => ({
    file: `content/${slug}.mdx`,
    slug,
    readability: 5,
    words: 100,
    reviewed: new Date(reviewed),
    problems: [],
    warnings: [],
    shape: { sections: 3, steps: 4, items: 5, markers: 6 },
    evidence: [],
  });
  it("need a Spanish version reviewed no earlier than the English", () => {
    expect(checkTranslations([report("a", "2026-11-01"), report("b", "2026-11-01")], [report("a", "2026-10-01")])).toEqual([
      "content/a.mdx was reviewed before its English original: review it again",
      "content/b.mdx has no Spanish version in content/es/",
    ]);
  });
  it("fail when the Spanish page has other sections, steps, list items or note markers than the English", () => {
    const es = { ...report("a", "2026-11-01"), shape: { sections: 3, steps: 3, items: 2, markers: 6 } };
    expect(checkTranslations([report("a", "2026-11-01")], [es])).toEqual([
      "content/a.mdx: 3 numbered steps where the English page has 4 (content/a.mdx)",
      "content/a.mdx: 2 list items where the English page has 5 (content/a.mdx)",
    ]);
  });
  it("may not exist without an English original", () => {
    expect(checkTranslations([], [report("x", "2026-11-01")])).toEqual(["content/x.mdx has no English original"]);
  });
});

describe("every guide in content/ and content/es/", () => {
  const { reports, translations } = checkAllContent();
  const all = [...reports.en, ...reports.es];

  it("there are guides to check in both languages", () => {
    expect(reports.en.length).toBeGreaterThan(0);
    expect(reports.es.length).toBeGreaterThan(0);
  });

  it.each(all.map((r) => [r.file, r] as const))("%s passes the content check", (_file, r) => {
    expect(r.problems).toEqual([]);
  });

  it("every English guide has a current Spanish version", () => {
    expect(translations).toEqual([]);
  });
});
