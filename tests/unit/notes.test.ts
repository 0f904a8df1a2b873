import { describe, expect, it } from "vitest";
import { checkCard, checkGuide } from "@/lib/checks/contentCheck";
import { linkMarkers, looksEnglish, noteNumbers, notesByPublisher, numberRanges, parityProblems, shapeOf } from "@/lib/content/notes";
import { stripMdx } from "@/lib/content/text";

const today = new Date("2026-12-06");
const note = (id: string, read = "2026-12-06", extra = "") => `  - id: ${id}
    publisher: Roblox
    title: Parental controls
    url: https://en.help.roblox.com/hc/en-us/articles/${id.length}
    quote: "Parents can set monthly spending limits on their child's account."
    read: ${read}
${extra}`;

const guide = (body: string, notes = note("spend")) => `---
title: A test guide
summary: A summary long enough to be a real sentence here.
topic: youtube
ages: { from: 8, to: 17 }
devices: [any]
reviewed: 2026-12-06
notes:
${notes}changes:
  - date: 2026-12-06
    note: First published.
---
${body}`;
const checkG = (body: string, notes?: string) => checkGuide({ file: "content/test.mdx", source: guide(body, notes) }, today).problems;

const CARD_SECTIONS = ["What it is", "Ages", "Who can contact your child", "What can hide", "Location, live video, money and AI", "The family tool", "Do these three things first", "Report and block", "Warning signs", "Talk about it"];
const card = (sectionBody: (heading: string) => string) => `---
app: Roblox
kind: games
summary: What a parent can set on Roblox, and who can reach a child there.
maker: Roblox Corporation
makerSite: roblox.com
minimumAge: { age: 0, note: ages }
ages: { from: 6, to: 17 }
reviewed: 2026-12-06
notes:
${note("spend").replace("en.help.roblox.com", "en.help.roblox.com")}${note("ages")}changes:
  - date: 2026-12-06
    note: First published.
---
${CARD_SECTIONS.map((h) => `## ${h}\n\n${sectionBody(h)}\n`).join("\n")}`;

describe("evidence rules in the content check", () => {
  it("passes a guide whose steps cite a note", () => {
    expect(checkG("## Step 1\n\n1. Set a spending limit.[^spend]\n2. Tell your child.\n")).toEqual([]);
  });

  it("fails a section with numbered steps and no note, naming the section", () => {
    expect(checkG("## Step 1\n\n1. Set a spending limit.\n2. Tell your child.\n\n## More\n\nSee the limits.[^spend]\n")).toEqual([
      'section "## Step 1" states facts without a note: add a marker [^id]',
    ]);
  });

  it("does not ask a section without steps for a note in a guide", () => {
    expect(checkG("## In short\n\nTalk with your child.\n\n## Step 1\n\n1. Set a limit.[^spend]\n")).toEqual([]);
  });

  it("fails a marker that names no note, and a note nobody cites", () => {
    expect(checkG("## Step 1\n\n1. Set a limit.[^spending]\n")).toEqual([
      "marker [^spending] names no note in the frontmatter's notes",
      'note "spend" is cited nowhere: add its marker [^spend] or remove it',
    ]);
  });

  it("fails a note read more than 12 months before the page's review", () => {
    expect(checkG("## Step 1\n\n1. Set a limit.[^spend]\n", note("spend", "2025-11-01"))).toEqual([
      'note "spend" was read on 2025-11-01, more than 12 months before the page\'s review: read it again',
    ]);
  });

  it("fails an English quote on a Spanish page unless the note says lang: en", () => {
    const es = (notes: string) => checkGuide({ file: "content/es/test.mdx", source: guide("## Paso 1\n\n1. Ponga un límite.[^spend]\n", notes) }, today, "es").problems;
    expect(es(note("spend"))).toEqual(['note "spend" quotes an English page: add lang: en (the page says "en inglés")']);
    expect(es(note("spend", "2026-12-06", "    lang: en\n"))).toEqual([]);
  });

  it("fails a card section other than the talk prompts without a note", () => {
    const ok = card((h) => (h === "Talk about it" ? '- "What do you play?"' : h === "Ages" ? "Roblox is for all ages.[^ages]" : "Parents can set limits.[^spend]"));
    expect(checkCard({ file: "content/apps/roblox.mdx", source: ok }, today).problems).toEqual([]);
    const bare = ok.replace("## What can hide\n\nParents can set limits.[^spend]", "## What can hide\n\nParents can set limits.");
    expect(checkCard({ file: "content/apps/roblox.mdx", source: bare }, today).problems).toEqual([
      'section "## What can hide" states facts without a note: add a marker [^id]',
    ]);
  });
});

describe("note numbers and markers", () => {
  const notes = [
    { id: "a", read: today, quote: "x" },
    { id: "b", read: today, quote: "x" },
    { id: "c", read: today, quote: "x" },
  ];
  it("number notes as a reader meets them: the facts box first, then the body", () => {
    const numbers = noteNumbers({ notes, reviewed: today, minimumAge: { note: "c" } }, "First.[^b] Then.[^a] Again.[^b]");
    expect([...numbers]).toEqual([
      ["c", 1],
      ["b", 2],
      ["a", 3],
    ]);
  });

  it("turn markers into links to the note, named for screen readers, and leave no marker text", () => {
    const html = linkMarkers("<p>Set a limit.[^b]</p>", new Map([["b", 2]]), "roblox", (n) => `Source ${n}`);
    expect(html).toBe('<p>Set a limit.<sup class="note-ref" data-pagefind-ignore><a href="#note-roblox-2" aria-label="Source 2">2</a></sup></p>');
  });

  it("are not words: reading grades and word counts leave them out", () => {
    expect(stripMdx("Set a limit.[^spend-limit] Then talk.[^talk]")).toBe("Set a limit. Then talk.");
  });

  it("tell English quotes from Spanish ones", () => {
    expect(looksEnglish("Parents can set monthly spending limits on their child's account.")).toBe(true);
    expect(looksEnglish("Los padres pueden poner límites de gasto en la cuenta de su hijo.")).toBe(false);
    expect(looksEnglish("You can see the time your child spends.")).toBe(true);
  });
});

describe("notes on paper", () => {
  it("list each publisher once with its numbers, in order of first number", () => {
    const notes = [3, 1, 2, 5, 4].map((n) => ({ n, note: { publisher: n === 4 ? "NCMEC" : "Discord" } }));
    expect(notesByPublisher(notes)).toEqual(["Discord 1–3, 5", "NCMEC 4"]);
    expect(numberRanges([1, 2, 4, 6, 7, 8])).toBe("1, 2, 4, 6–8");
  });
});

describe("English and Spanish twins", () => {
  const en = "## A\n\n1. One.[^x]\n2. Two.[^y]\n\n## B\n\n- a\n- b\n- c\n";
  it("have the same shape when they say the same things", () => {
    expect(shapeOf(en)).toEqual({ sections: 2, steps: 2, items: 3, markers: 2 });
    expect(parityProblems(shapeOf(en), shapeOf("## A\n\n1. Uno.[^x]\n2. Dos.[^y]\n\n## B\n\n- a\n- b\n- c\n"))).toEqual([]);
  });
  it("differ when the Spanish page drops a step, an item or a marker", () => {
    expect(parityProblems(shapeOf(en), shapeOf("## A\n\n1. Uno.[^x]\n\n## B\n\n- a\n- b\n"))).toEqual([
      "1 numbered steps where the English page has 2",
      "2 list items where the English page has 3",
      "1 note markers where the English page has 2",
    ]);
  });
});

describe("a card's typed facts", () => {
  const withFacts = (facts: string) => card(() => "Text.[^spend]").replace("minimumAge: { age: 0, note: ages }", `minimumAge: { age: 0, note: ages }\nfacts:\n${facts}`);
  const checkC = (source: string) => checkCard({ file: "content/apps/roblox.mdx", source }, today).problems;

  it("pass when each names a note of the page", () => {
    expect(checkC(withFacts("  purchases: { value: yes, note: spend }\n  parentTool: { name: Parental Controls, note: spend }"))).toEqual([]);
  });
  it("fail without a note, or naming a note the page lacks, or with a value other than yes, no or limited", () => {
    expect(checkC(withFacts("  purchases: { value: yes }")).join("\n")).toMatch(/frontmatter facts\.purchases\.note/);
    expect(checkC(withFacts("  liveVideo: { value: yes, note: nowhere }"))).toContain("marker [^nowhere] names no note in the frontmatter's notes");
    expect(checkC(withFacts("  liveVideo: { value: maybe, note: spend }")).join("\n")).toMatch(/facts\.liveVideo\.value: a fact's value is yes, no or limited/);
  });
  it("must match between twins: the Spanish card states the same values", () => {
    const en = { ...shapeOf(""), facts: "minimumAge=13, purchases=yes" };
    expect(parityProblems(en, { ...en })).toEqual([]);
    expect(parityProblems(en, { ...en, facts: "minimumAge=13, purchases=no" })).toEqual([
      'facts box "minimumAge=13, purchases=no" where the English page has "minimumAge=13, purchases=yes"',
    ]);
  });
});
