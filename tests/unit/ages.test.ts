import { describe, expect, it } from "vitest";
import { ageSections, forStage, headingAges, overlaps, STAGE_AGES, STAGES, stageName, stagePages, stageUrl } from "@/lib/content/ages";
import { compareCells, FACT_COLUMNS, factRows, type Card } from "@/lib/content/apps";
import type { Guide } from "@/lib/content/guides";
import { translatePath } from "@/lib/site/i18n";

const guide = (id: string, from: number, to: number, topic = "grooming"): Guide =>
  ({ id, data: { title: id, ages: { from, to }, topic, order: 1, draft: false } }) as unknown as Guide;
const card = (id: string, from: number, to: number, kind = "games"): Card =>
  ({ id, data: { app: id, ages: { from, to }, kind, draft: false } }) as unknown as Card;

describe("age stages", () => {
  it("cover every age from 0 to 17 once, youngest first", () => {
    const years = STAGES.flatMap((s) => Array.from({ length: STAGE_AGES[s].to - STAGE_AGES[s].from + 1 }, (_, i) => STAGE_AGES[s].from + i));
    expect(years).toEqual(Array.from({ length: 18 }, (_, i) => i));
  });

  it("have permanent addresses that read well in both languages, and the language switch maps them", () => {
    expect(STAGES.map((s) => stageUrl(s))).toEqual(["/ages/under-9/", "/ages/9-12/", "/ages/13-15/", "/ages/16-17/"]);
    expect(STAGES.map((s) => stageUrl(s, "es"))).toEqual(["/es/edades/menos-de-9/", "/es/edades/9-12/", "/es/edades/13-15/", "/es/edades/16-17/"]);
    for (const s of STAGES) expect(translatePath(stageUrl(s, "es"), "en")).toBe(stageUrl(s));
    expect(translatePath("/apps/compare/", "es")).toBe("/es/apps/comparar/");
    expect(translatePath("/es/apps/comparar/", "en")).toBe("/apps/compare/");
  });

  it("are named as parents say them", () => {
    expect(STAGES.map((s) => stageName(s, "en"))).toEqual(["Under 9", "Ages 9–12", "Ages 13–15", "Ages 16–17"]);
    expect(STAGES.map((s) => stageName(s, "es"))).toEqual(["Menores de 9 años", "De 9 a 12 años", "De 13 a 15 años", "De 16 a 17 años"]);
  });
});

describe("pages for a stage", () => {
  it("are those whose ages share a year with it, edges included", () => {
    expect(overlaps({ from: 6, to: 8 }, STAGE_AGES["under-9"])).toBe(true);
    expect(overlaps({ from: 8, to: 17 }, STAGE_AGES["under-9"])).toBe(true);
    expect(overlaps({ from: 9, to: 17 }, STAGE_AGES["under-9"])).toBe(false);
    expect(overlaps({ from: 6, to: 15 }, STAGE_AGES["16-17"])).toBe(false);
    const pages = [guide("a", 13, 17), guide("b", 6, 12), guide("c", 0, 17)];
    expect(forStage(pages, "9-12").map((g) => g.id)).toEqual(["b", "c"]);
    expect(forStage(pages, "16-17").map((g) => g.id)).toEqual(["a", "c"]);
  });

  it("split into set-up guides, other guides and cards by kind", () => {
    const guides = [guide("setup", 6, 17, "device-setup"), guide("teen-setup", 13, 17, "device-setup"), guide("talk", 4, 17), guide("draft", 4, 17)];
    (guides[3].data as { draft: boolean }).draft = true;
    const cards = [card("roblox", 6, 17), card("tiktok", 13, 17, "social"), card("switch", 4, 17, "consoles")];
    const under9 = stagePages(guides, cards, "under-9");
    expect(under9.setup.map((g) => g.id)).toEqual(["setup"]);
    expect(under9.guides.map((g) => g.id)).toEqual(["talk"]);
    expect(under9.cards.map((g) => [g.kind, g.cards.map((c) => c.id)])).toEqual([["games", ["roblox"]], ["consoles", ["switch"]]]);
    const teens = stagePages(guides, cards, "13-15");
    expect(teens.setup.map((g) => g.id)).toEqual(["setup", "teen-setup"]);
    expect(teens.cards.map((g) => g.kind)).toEqual(["games", "social", "consoles"]);
  });
});

describe("the talk's parts by age", () => {
  it("reads the ages a heading names, in English and Spanish", () => {
    expect(headingAges("Under 9")).toEqual({ from: 0, to: 8 });
    expect(headingAges("Menores de 9 años")).toEqual({ from: 0, to: 8 });
    expect(headingAges("9 to 12")).toEqual({ from: 9, to: 12 });
    expect(headingAges("De 13 a 17 años")).toEqual({ from: 13, to: 17 });
    expect(headingAges("Conversation starters by age")).toBeUndefined();
  });

  it("takes each ### part that names ages, up to the next heading", () => {
    const html = `<h2 id="a">Conversation starters by age</h2>\n<h3 id="under-9">Under 9</h3>\n<p>Simple rules.</p>\n<ul><li>"Come get me."</li></ul>\n<h3 id="9-to-12">9 to 12</h3>\n<p>Ask.</p>\n<h2 id="b">How to react</h2><p>Stay calm.</p>`;
    const parts = ageSections(html);
    expect(parts.map((p) => [p.heading, p.ages])).toEqual([["Under 9", { from: 0, to: 8 }], ["9 to 12", { from: 9, to: 12 }]]);
    expect(parts[0].html).toBe(`<p>Simple rules.</p>\n<ul><li>"Come get me."</li></ul>`);
    expect(parts[1].html).toBe("<p>Ask.</p>");
  });
});

describe("a card's row of the comparison table", () => {
  const data = {
    minimumAge: { age: 13, note: "terms" },
    facts: { liveVideo: { value: "yes" as const, detail: "Live streams", note: "live" }, parentTool: { name: "Family Center", note: "tool" } },
  };

  it("has one cell per column, in the facts box's order, empty where the card has no such fact", () => {
    const cells = compareCells(data, "en");
    expect(cells).toHaveLength(FACT_COLUMNS.length);
    expect(cells.map((c) => c?.key)).toEqual(["minimumAge", undefined, "liveVideo", undefined, undefined, undefined, "parentTool"]);
    expect(cells.filter((c) => c !== undefined)).toEqual(factRows(data, "en"));
    expect(cells[2]).toMatchObject({ value: "Yes: Live streams", note: "live" });
    expect(compareCells({}, "es").every((c) => c === undefined)).toBe(true);
  });
});
