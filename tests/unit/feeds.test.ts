import { describe, expect, it } from "vitest";
import { changeItems, guidesFeed, guidesFeedSchema, rssItems } from "@/lib/feeds/feeds";
import type { Guide } from "@/lib/content/guides";
import { guideSchema } from "@/lib/content/schema";
import { SITE_URL } from "@/lib/site/site";

function guide(id: string, title: string, reviewed: string): Guide {
  // Through the schema, so fields it fills in by default are there as on a real guide.
  const data = guideSchema.parse({
    title,
    summary: "A summary long enough to be a real sentence here.",
    topic: "youtube",
    ages: { from: 8, to: 17 },
    devices: ["any"],
    reviewed: new Date(reviewed),
    notes: [{ id: "n", title: "Source", publisher: "NCMEC", url: "https://www.missingkids.org/", quote: "A quote from the page.", read: new Date("2026-10-01") }],
    changes: [{ date: new Date("2026-10-01"), note: "First published." }],
    order: 100,
    urgent: false,
    related: [],
    draft: false,
  });
  return { id, data };
}

const guides = [guide("b", "Bravo", "2026-10-01"), guide("get-help-now", "Get help", "2026-11-23"), guide("a", "Alpha", "2026-10-01")];

describe("guidesFeed", () => {
  it("describes every guide in the published schema, with absolute URLs and plain dates", () => {
    const feed = guidesFeedSchema.parse(guidesFeed(guides));
    expect(feed.guides[0]).toEqual({
      title: "Bravo",
      summary: "A summary long enough to be a real sentence here.",
      url: `${SITE_URL}/guides/b/`,
      topic: "youtube",
      ages: { from: 8, to: 17 },
      reviewed: "2026-10-01",
      language: "en",
    });
    expect(feed.guides.map((g) => g.url)).toContain(`${SITE_URL}/help/`);
  });

  it("the schema rejects an entry with a relative URL or a missing language", () => {
    const [entry] = guidesFeed(guides).guides;
    expect(guidesFeedSchema.safeParse({ guides: [{ ...entry, url: "/guides/b/" }] }).success).toBe(false);
    const { language: _, ...withoutLanguage } = entry;
    expect(guidesFeedSchema.safeParse({ guides: [withoutLanguage] }).success).toBe(false);
  });
});

describe("rssItems", () => {
  it("puts the newest review first, ties by title, with site paths as links", () => {
    expect(rssItems(guides).map((i) => [i.title, i.link])).toEqual([
      ["Get help", "/help/"],
      ["Alpha", "/guides/a/"],
      ["Bravo", "/guides/b/"],
    ]);
  });
});

describe("the change record", () => {
  const page = (id: string, title: string, changes: { date: string; note: string }[]) => ({
    id,
    data: { title, app: title, changes: changes.map((c) => ({ date: new Date(c.date), note: c.note })) },
  });
  it("lists every change of every guide and card, newest first, each with a stable id and its page's address", () => {
    const guides = [page("a", "Guide A", [{ date: "2026-12-01", note: "Step 2 fixed." }, { date: "2026-11-01", note: "First published." }])];
    const cards = [page("roblox", "Roblox", [{ date: "2026-11-15", note: "First published." }])];
    const items = changeItems(guides as never, cards as never, "es", (app) => `${app}: ficha`);
    expect(items.map((i) => [i.id, i.url, i.title])).toEqual([
      ["a-2026-12-01-0", "/es/guias/a/", "Guide A"],
      ["app-roblox-2026-11-15-0", "/es/apps/roblox/", "Roblox: ficha"],
      ["a-2026-11-01-1", "/es/guias/a/", "Guide A"],
    ]);
  });
});
