import { describe, expect, it } from "vitest";
import {
  formatAges,
  formatDate,
  isDueForReview,
  groupByTopic,
  guideUrl,
  readingMinutes,
  relatedGuides,
  slugify,
  printPack,
  sortGuides,
  urgentGuides,
  wordCount,
  type Guide,
} from "@/lib/content/guides";
import { guideSchema, type GuideData } from "@/lib/content/schema";

// Through the schema, so fields it fills in by default are there as on a real guide.
function guide(id: string, data: Partial<GuideData> = {}): Guide {
  return {
    id,
    body: "",
    data: guideSchema.parse({
      title: `Guide ${id}`,
      summary: "A summary long enough to be a real sentence here.",
      topic: "youtube",
      ages: { from: 8, to: 17 },
      devices: ["any"],
      reviewed: new Date("2026-11-01"),
      notes: [{ id: "n", title: "Source", publisher: "NCMEC", url: "https://www.missingkids.org/", quote: "A quote from the page.", read: new Date("2026-10-01") }],
      changes: [{ date: new Date("2026-10-01"), note: "First published." }],
      order: 100,
      urgent: false,
      related: [],
      draft: false,
      ...data,
    }),
  };
}

describe("slugify", () => {
  it("makes lowercase hyphenated ASCII", () => {
    expect(slugify("Check your child's YouTube history!")).toBe("check-your-child-s-youtube-history");
    expect(slugify("  Cómo ver el historial  ")).toBe("como-ver-el-historial");
  });
});

describe("guideUrl", () => {
  it("puts guides under /guides/ and the help guide at /help/", () => {
    expect(guideUrl("check-youtube-history")).toBe("/guides/check-youtube-history/");
    expect(guideUrl("get-help-now")).toBe("/help/");
  });
});

describe("reading time", () => {
  it("counts words of prose, not markup or link targets", () => {
    expect(wordCount("---\ntitle: x\n---\n## Two words\n\n[one link](https://a.example/long/path)")).toBe(4);
  });
  it("rounds up at 200 words a minute and is never zero", () => {
    expect(readingMinutes("")).toBe(1);
    expect(readingMinutes("word ".repeat(200))).toBe(1);
    expect(readingMinutes("word ".repeat(201))).toBe(2);
  });
});

describe("sorting and grouping", () => {
  const guides = [
    guide("b", { order: 2, topic: "grooming" }),
    guide("a", { order: 1, topic: "youtube", urgent: true }),
    guide("c", { order: 2, topic: "youtube", title: "Another" }),
    guide("draft", { order: 0, draft: true, urgent: true }),
  ];

  it("drops drafts and sorts by order, then title", () => {
    expect(sortGuides(guides).map((g) => g.id)).toEqual(["a", "c", "b"]);
  });

  it("lists urgent guides only", () => {
    expect(urgentGuides(guides).map((g) => g.id)).toEqual(["a"]);
  });

  it("groups by topic in the fixed topic order", () => {
    expect(groupByTopic(guides).map((g) => [g.topic, g.guides.map((x) => x.id)])).toEqual([
      ["youtube", ["a", "c"]],
      ["grooming", ["b"]],
    ]);
  });
});

describe("printPack", () => {
  it("puts one-page checklists first, then printable guides, and leaves the rest out", () => {
    const all = [
      guide("long", { printable: "guide", order: 1 }),
      guide("none", { order: 0 }),
      guide("check", { printable: "checklist", order: 5 }),
    ];
    expect(printPack(all).map((g) => g.id)).toEqual(["check", "long"]);
  });
});

describe("relatedGuides", () => {
  const all = [
    guide("self", { topic: "youtube", related: ["named", "missing"] }),
    guide("same-topic", { topic: "youtube", order: 1 }),
    guide("named", { topic: "grooming" }),
    guide("other", { topic: "grooming" }),
    guide("hidden", { topic: "youtube", draft: true }),
  ];

  it("lists named guides first, then the same topic, never itself, drafts or unknown slugs", () => {
    expect(relatedGuides(all[0], all).map((g) => g.id)).toEqual(["named", "same-topic"]);
  });

  it("respects the limit", () => {
    expect(relatedGuides(all[0], all, 1).map((g) => g.id)).toEqual(["named"]);
  });
});

describe("formatting", () => {
  it("formats dates in UTC", () => {
    expect(formatDate(new Date("2026-11-01"))).toBe("November 1, 2026");
  });
  it("describes age ranges", () => {
    expect(formatAges({ from: 0, to: 17 })).toBe("All ages");
    expect(formatAges({ from: 9, to: 12 })).toBe("Ages 9–12");
    expect(formatAges({ from: 13, to: 13 })).toBe("Age 13");
  });
});

describe("isDueForReview", () => {
  it("is due after 12 months, not before", () => {
    const today = new Date("2026-12-01");
    expect(isDueForReview(new Date("2025-11-15"), today)).toBe(true);
    expect(isDueForReview(new Date("2026-01-15"), today)).toBe(false);
  });
});
