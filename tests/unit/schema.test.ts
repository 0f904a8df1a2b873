import { describe, expect, it } from "vitest";
import { guideSchema } from "@/lib/content/schema";

const valid = {
  title: "Check your child's YouTube history",
  summary: "See what your child has watched and searched for on YouTube.",
  topic: "youtube",
  ages: { from: 8, to: 17 },
  devices: ["iphone", "android"],
  reviewed: "2026-11-01",
  notes: [
    {
      id: "history",
      title: "View or delete your YouTube watch history",
      publisher: "YouTube Help",
      url: "https://support.google.com/youtube/answer/95725",
      quote: "Your YouTube watch history makes it easy to find your recently watched videos.",
      read: "2026-11-01",
    },
  ],
  changes: [{ date: "2026-11-01", note: "First published." }],
};

/** The field paths a bad frontmatter is rejected for. */
function failingFields(data: unknown): string[] {
  const result = guideSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => i.path.join("."));
}

describe("guide schema", () => {
  it("accepts a complete guide and fills defaults", () => {
    const data = guideSchema.parse(valid);
    expect(data.order).toBe(100);
    expect(data.reviewed).toEqual(new Date("2026-11-01"));
  });

  it.each([
    ["a missing title", { ...valid, title: undefined }, "title"],
    ["a topic not in the list", { ...valid, topic: "tiktok" }, "topic"],
    ["no notes", { ...valid, notes: [] }, "notes"],
    ["no change record", { ...valid, changes: [] }, "changes"],
    ["a change without a date", { ...valid, changes: [{ note: "First published." }] }, "changes.0.date"],
    ["an http note", { ...valid, notes: [{ ...valid.notes[0], url: "http://example.gov/" }] }, "notes.0.url"],
    ["a note without a quote", { ...valid, notes: [{ ...valid.notes[0], quote: undefined }] }, "notes.0.quote"],
    ["a note without the date it was read", { ...valid, notes: [{ ...valid.notes[0], read: undefined }] }, "notes.0.read"],
    ["a note without an address", { ...valid, notes: [{ ...valid.notes[0], url: undefined }] }, "notes.0.url"],
    ["a quote over 300 characters", { ...valid, notes: [{ ...valid.notes[0], quote: "word ".repeat(61) }] }, "notes.0.quote"],
    ["two notes with one id", { ...valid, notes: [valid.notes[0], valid.notes[0]] }, "notes.1.id"],
    ["a note id with spaces", { ...valid, notes: [{ ...valid.notes[0], id: "watch history" }] }, "notes.0.id"],
    ["a summary of two sentences", { ...valid, summary: "Do this first. Then do that other thing." }, "summary"],
    ["ages the wrong way round", { ...valid, ages: { from: 15, to: 9 } }, "ages"],
    ["an unknown device", { ...valid, devices: ["fax"] }, "devices.0"],
    ["a date that is not a date", { ...valid, reviewed: "last week" }, "reviewed"],
    ["a misspelt field", { ...valid, reviwed: "2026-11-01" }, ""],
  ])("rejects %s, naming the field", (_label, data, field) => {
    expect(failingFields(data)).toContain(field);
  });
});
