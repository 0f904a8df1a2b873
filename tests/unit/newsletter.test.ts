import { describe, expect, it } from "vitest";
import { NEWSLETTER_LIMIT, NEWSLETTER_WORDS, NEWSLETTER_YEAR, newsletterGuides, newsletterHtml, newsletterItem, sectionPoints } from "@/lib/schools/newsletter";
import { CARD_DIRS, GUIDE_DIRS, guideSlugs } from "@/lib/checks/contentCheck";

const body = `## In short

- **Grooming** is when an adult builds trust with a child. It often starts in a game.
- Watch for a new online "friend" who sends gifts.

## Steps

1. Something else.
`;

describe("newsletter items", () => {
  it("take the key points from the page's own section, as plain sentences", () => {
    expect(sectionPoints(body, "In short", "en")).toEqual([
      "Grooming is when an adult builds trust with a child.",
      "It often starts in a game.",
      'Watch for a new online "friend" who sends gifts.',
    ]);
  });

  it("keep labels, addresses and emphasis as the page shows them", () => {
    const text = `## In short

- Turn on <Label path="ios.screenTime" /> from your own iPhone.[^n] Call **911**.
- Start with the **CyberTipline**: [report.cybertip.org](https://report.cybertip.org/) or **1-800-843-5678**.
`;
    expect(sectionPoints(text, "In short", "en")).toEqual([
      "Turn on Screen Time from your own iPhone.",
      "Call 911.",
      "Start with the CyberTipline: report.cybertip.org or 1-800-843-5678.",
    ]);
    expect(sectionPoints(text, "In short", "es")[0]).toBe("Turn on Tiempo en pantalla (Screen Time) from your own iPhone.");
  });

  it("stay within the word limits and carry the page's address", () => {
    const item = newsletterItem(
      { title: "Grooming", summary: "Learn the signs that an adult is grooming a child online and what to do", body, url: "https://x.example/guides/g/", pointsHeadings: ["In short"] },
      "en",
    );
    expect(item.words).toBeLessThanOrEqual(NEWSLETTER_WORDS.max);
    expect(item.text).toContain("It often starts in a game.");
    expect(newsletterHtml(item, "https://x.example/qr/guides/g.svg", "QR")).toMatch(/^<h3>Grooming<\/h3><p>.*<a href="https:\/\/x\.example\/guides\/g\/">/);
  });

  it("plan a school year from pages that exist", () => {
    const guides = new Set(guideSlugs(GUIDE_DIRS.en));
    const cards = new Set(guideSlugs(CARD_DIRS.en));
    for (const { pages } of NEWSLETTER_YEAR) {
      for (const id of pages) expect(id.startsWith("apps/") ? cards.has(id.slice(5)) : guides.has(id), id).toBe(true);
    }
  });
});

describe("newsletterGuides", () => {
  const planned = NEWSLETTER_YEAR.flatMap((m) => m.pages).filter((id) => !id.startsWith("apps/"));

  it("keeps every guide's item up to the limit (the real site is below it)", () => {
    const items = Array.from({ length: NEWSLETTER_LIMIT }, (_, i) => ({ id: `g${i}` }));
    expect(newsletterGuides(items)).toEqual(items);
  });

  it("above the limit, keeps the guides the year plan names and then the first, in the order given", () => {
    const items = [...Array.from({ length: 100 }, (_, i) => ({ id: `g${i}` })), ...planned.map((id) => ({ id }))];
    const kept = newsletterGuides(items);
    expect(kept).toHaveLength(NEWSLETTER_LIMIT);
    expect(kept.slice(-planned.length).map((e) => e.id)).toEqual(planned);
    expect(kept.slice(0, NEWSLETTER_LIMIT - planned.length)).toEqual(items.slice(0, NEWSLETTER_LIMIT - planned.length));
  });
});
