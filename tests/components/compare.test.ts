import { describe, expect, it } from "vitest";
import { useContainer } from "../helpers/container.ts";
import CompareTable from "@/components/CompareTable.astro";
import TalkExcerpt from "@/components/TalkExcerpt.astro";
import { FACT_COLUMNS, groupByKind, type Card } from "@/lib/content/apps";
import type { Guide } from "@/lib/content/guides";
import { cardSchema, guideSchema } from "@/lib/content/schema";
import { noteAnchor, noteNumbers } from "@/lib/content/notes";

// Fixture cards with typed facts: most real cards have none yet, and the table must number and link them as the
// card's own page does (facts box first, then the body's markers).
const note = (id: string) => ({ id, publisher: "Maker", title: "Help page", url: `https://example.com/${id}`, quote: "The maker's own words on the page.", read: new Date("2026-12-01") });
const base = {
  summary: "What a parent can set on this app, and who can reach a child there.",
  maker: "Maker Inc.",
  makerSite: "example.com",
  ages: { from: 13, to: 17 },
  reviewed: new Date("2026-12-01"),
  changes: [{ date: new Date("2026-12-01"), note: "First published." }],
};
const cards: Card[] = [
  {
    id: "snapchat",
    body: "## What it is\nA photo app.[^about]",
    data: cardSchema.parse({
      ...base,
      app: "Snapchat",
      kind: "social",
      notes: [note("about"), note("terms"), note("chat"), note("map"), note("tool")],
      minimumAge: { age: 13, note: "terms" },
      facts: {
        strangerMessages: { value: "no", note: "chat" },
        location: { value: "limited", detail: "Off until turned on", note: "map" },
        parentTool: { name: "Family Center", note: "tool" },
      },
    }),
  },
  { id: "roblox", body: "## What it is\nA game.[^about]", data: cardSchema.parse({ ...base, app: "Roblox", kind: "games", notes: [note("about")] }) },
];

const render = useContainer();

describe("CompareTable", () => {
  it("has a caption, column and row headers, a row per card grouped by kind, in a focusable labelled region", async () => {
    const html = await render(CompareTable, { props: { groups: groupByKind(cards) } });
    expect(html).toMatch(/<div class="compare-scroll" role="region" aria-label="[^"]+" tabindex="0">/);
    expect(html).toContain("<caption>");
    expect(html.match(/<th scope="col"/g)).toHaveLength(FACT_COLUMNS.length + 1);
    // Games come before social media (APP_KINDS order), each with its row header.
    const kinds = [...html.matchAll(/<tbody data-kind="([a-z]+)"(?: data-below-fold(?:="")?)?>\s*<tr class="compare-kind"><th scope="rowgroup" colspan="8"[^>]*><span>([^<]+)</g)];
    expect(kinds.map((m) => [m[1], m[2]])).toEqual([["games", "Games"], ["social", "Social media"]]);
    expect(html).toMatch(/<tr data-card="roblox"><th scope="row"><a href="\/apps\/roblox\/">Roblox<\/a><\/th>/);
  });

  it("links each value to its note on the card's page, numbered as there, and marks a missing fact as not checked", async () => {
    const html = await render(CompareTable, { props: { groups: groupByKind(cards) } });
    const row = /<tr data-card="snapchat">([\s\S]*?)<\/tr>/.exec(html)![1];
    const numbers = noteNumbers(cards[0].data, cards[0].body!);
    const cells = [...row.matchAll(/<td data-fact="([a-zA-Z]+)"( data-missing)?>([\s\S]*?)<\/td>/g)];
    expect(cells.map((c) => c[1])).toEqual([...FACT_COLUMNS]);
    const expected: Record<string, [string, string]> = {
      minimumAge: ["13", "terms"],
      strangerMessages: ["No", "chat"],
      location: ["Limited: Off until turned on", "map"],
      parentTool: ["Family Center", "tool"],
    };
    for (const [, key, missing, cell] of cells) {
      if (expected[key]) {
        const [value, id] = expected[key];
        const n = numbers.get(id)!;
        expect(missing).toBeUndefined();
        expect(cell).toContain(value);
        expect(cell).toContain(`<a href="/apps/snapchat/#${noteAnchor("snapchat", n)}" aria-label="Snapchat, source ${n}">${n}</a>`);
      } else {
        expect(missing, key).toBe(" data-missing");
        expect(cell).toMatch(/<span aria-hidden="true">—<\/span>\s*<span class="sr-only">not checked yet<\/span>/);
      }
    }
    // The facts box numbers first: minimum age 1, then the facts in order; the body's note comes after.
    expect([numbers.get("terms"), numbers.get("chat"), numbers.get("map"), numbers.get("tool"), numbers.get("about")]).toEqual([1, 2, 3, 4, 5]);
    const roblox = /<tr data-card="roblox">([\s\S]*?)<\/tr>/.exec(html)![1];
    expect(roblox.match(/data-missing/g)).toHaveLength(FACT_COLUMNS.length);
  });

  it("speaks Spanish on the Spanish page", async () => {
    const html = await render(CompareTable, { props: { groups: groupByKind(cards) }, request: new Request("https://example.com/es/apps/comparar/") });
    expect(html).toContain('<a href="/es/apps/snapchat/#note-snapchat-2" aria-label="Snapchat, fuente 2">2</a>');
    expect(html).toContain("Redes sociales");
    expect(html).toContain("todavía sin verificar");
  });
});

describe("TalkExcerpt", () => {
  const talk: Guide = {
    id: "talking-with-your-child",
    body: "## Starters\n### Under 9\nCome get me.[^ask]\n### 13 to 17\nAsk what they think.",
    data: guideSchema.parse({
      title: "Talking with your child about online safety",
      summary: "Start short, calm talks about online safety at every age.",
      topic: "talking-and-involvement",
      ages: { from: 4, to: 17 },
      devices: ["any"],
      reviewed: new Date("2026-12-01"),
      notes: [note("ask")],
      changes: [{ date: new Date("2026-12-01"), note: "First published." }],
    }),
  };
  const rendered = '<h2 id="starters">Starters</h2>\n<h3 id="under-9">Under 9</h3>\n<p>Come get me.[^ask]</p>\n<h3 id="13-to-17">13 to 17</h3>\n<p>Ask what they think.</p>';

  it("shows the guide's own part for the ages, markers linking to the notes on the guide's page", async () => {
    const html = await render(TalkExcerpt, { props: { guide: talk, ages: { from: 0, to: 8 } }, slots: { default: rendered } });
    expect(html).toContain("Come get me.");
    expect(html).not.toContain("Ask what they think.");
    expect(html).toContain('<a href="/guides/talking-with-your-child/#note-talking-with-your-child-1" aria-label="Source 1">1</a>');
    expect(html).toMatch(/From the guide <a href="\/guides\/talking-with-your-child\/">Talking with your child about online safety<\/a>\./);
  });

  it("falls back to the guide's summary when no part names these ages", async () => {
    const html = await render(TalkExcerpt, { props: { guide: talk, ages: { from: 9, to: 12 } }, slots: { default: rendered } });
    expect(html).toContain('data-talk-parts="0"');
    expect(html).toContain("Start short, calm talks about online safety at every age.");
    expect(html).not.toContain("Come get me.");
  });
});
