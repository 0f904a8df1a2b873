import { describe, expect, it } from "vitest";
import { useContainer } from "../helpers/container.ts";
import GuideCard from "@/components/GuideCard.astro";
import GuideLayout from "@/layouts/GuideLayout.astro";
import type { Guide } from "@/lib/content/guides";
import { guideSchema } from "@/lib/content/schema";

const guide: Guide = {
  id: "check-youtube-history",
  body: "Body of the guide.[^history]",
  // Through the schema, so fields it fills in by default are there as on a real guide.
  data: guideSchema.parse({
    title: "Check your child's YouTube history",
    summary: "See what your child has watched and searched for on YouTube.",
    topic: "youtube",
    ages: { from: 8, to: 17 },
    devices: ["iphone"],
    testedOn: "iOS 26, YouTube app 2026",
    reviewed: new Date("2026-11-01"),
    notes: [
      {
        id: "history",
        title: "View your watch history",
        publisher: "YouTube Help",
        url: "https://support.google.com/youtube/answer/95725",
        quote: "Your YouTube watch history makes it easy to find your recently watched videos.",
        read: new Date("2026-11-01"),
      },
    ],
    changes: [
      { date: new Date("2026-10-01"), note: "First published." },
      { date: new Date("2026-11-01"), note: "Step 2 names the new History tab." },
    ],
    order: 1,
    urgent: true,
    related: [],
    draft: false,
  }),
};
const other: Guide = { ...guide, id: "spot-hidden-vault-apps", data: { ...guide.data, title: "Spot a vault app" } };

const render = useContainer();

describe("GuideCard", () => {
  it("links the title to the guide's permanent URL and shows summary, topic and ages", async () => {
    const html = await render(GuideCard, { props: { guide, level: 3 } });
    expect(html).toMatch(/<h3[^>]*><a href="\/guides\/check-youtube-history\/">Check your child(&#39;|')s YouTube history<\/a><\/h3>/);
    expect(html).toContain("See what your child has watched");
    expect(html).toContain("YouTube · Ages 8–17");
  });
});

describe("GuideLayout", () => {
  it("links each marker to its note, and shows the note's quote, page and the day it was read", async () => {
    const html = await render(GuideLayout, {
      props: { guide, minutes: 4, related: [] },
      slots: { default: "<p>Body of the guide.[^history]</p>" },
    });
    expect(html).not.toContain("[^history]");
    expect(html).toMatch(/<sup class="note-ref"[^>]*><a href="#note-check-youtube-history-1" aria-label="Source 1">1<\/a><\/sup>/);
    const note = /<li id="note-check-youtube-history-1">([\s\S]*?)<\/li>/.exec(html)?.[1] ?? "";
    expect(note).toContain("<q>Your YouTube watch history makes it easy to find your recently watched videos.</q>");
    expect(note).toMatch(/<cite><a href="https:\/\/support.google.com\/youtube\/answer\/95725"[^>]*>View your watch history<\/a><\/cite>/);
    expect(note).toContain("YouTube Help");
    expect(note).toContain('<time datetime="2026-11-01">November 1, 2026</time>');
  });

  it("renders title, summary, review date, versions, reading time, body, sources, print button and related guides", async () => {
    const html = await render(GuideLayout, {
      props: { guide, minutes: 4, related: [other] },
      slots: { default: "<p>Body of the guide.[^history]</p>" },
    });
    expect(html).toMatch(/<html lang="en"/);
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(html).toContain('<time datetime="2026-11-01">November 1, 2026</time>');
    expect(html).toContain("Written for iOS 26, YouTube app 2026");
    expect(html).toContain("4 min read");
    expect(html).toContain("<p>Body of the guide.<sup");
    expect(html).toContain('href="https://support.google.com/youtube/answer/95725" rel="noopener noreferrer"');
    expect(html).toContain("Print this guide");
    expect(html).toContain('href="/guides/spot-hidden-vault-apps/"');
  });

  it("shows what changed, newest first, and prints which version a paper copy is", async () => {
    const html = await render(GuideLayout, { props: { guide, minutes: 4, related: [] }, slots: { default: "<p>Body.</p>" } });
    expect(html).toMatch(/<summary[^>]*>What changed<\/summary>/);
    expect(html.indexOf("Step 2 names the new History tab.")).toBeLessThan(html.indexOf("First published."));
    expect(html).toContain("This copy: version of November 1, 2026");
  });

  it("indexes the guide text for search but not the sources or related guides", async () => {
    const html = await render(GuideLayout, {
      props: { guide, minutes: 4, related: [other] },
      slots: { default: "<p>Body of the guide.</p>" },
    });
    const body = html.indexOf("data-pagefind-body");
    const bodyEnd = html.indexOf("data-print-button");
    expect(body).toBeGreaterThan(0);
    expect(html.indexOf("Body of the guide.")).toBeGreaterThan(body);
    expect(html.indexOf('id="notes-check-youtube-history"')).toBeGreaterThan(bodyEnd);
    expect(html).toMatch(/<aside[^>]*data-pagefind-ignore/);
  });
});
