import { describe, expect, it } from "vitest";
import { allowedNumbers, findPhoneNumbers, HOTLINES } from "@/lib/content/contacts";

describe("findPhoneNumbers", () => {
  it("finds the forms guides use", () => {
    expect(
      findPhoneNumbers("Call 1-800-843-5678 (1-800-THE-LOST), (555) 123-4567, 555-123-4567, 911 or text 233733."),
    ).toEqual(["1-800-843-5678", "1-800-THE-LOST", "(555) 123-4567", "555-123-4567", "911", "233733"]);
  });
  it("ignores years and counts", () => {
    expect(findPhoneNumbers("In 2026, over 1,100 texts came in 60 minutes.")).toEqual([]);
  });
});

describe("allowedNumbers", () => {
  it("lists every hotline's number, aliases and text codes", () => {
    const allowed = allowedNumbers();
    for (const h of Object.values(HOTLINES)) expect(allowed.has(h.phone)).toBe(true);
    expect(allowed.has("1-800-THE-LOST")).toBe(true);
    expect(allowed.has("233733")).toBe(true);
    expect(allowed.has("1-800-123-4567")).toBe(false);
  });
  it("every hotline cites an https source", () => {
    for (const h of Object.values(HOTLINES)) expect(h.source).toMatch(/^https:\/\//);
  });
});
