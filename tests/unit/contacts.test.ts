import { describe, expect, it } from "vitest";
import { allowedNumbers, findPhoneNumbers, firstListHotlines, HOTLINES, type Hotline } from "@/lib/content/contacts";

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

describe("who runs each line", () => {
  const all = Object.values(HOTLINES) as Hotline[];
  it("names an operator only with an https page that says so", () => {
    for (const h of all) {
      if (h.operator !== undefined || h.operatorSource !== undefined) {
        expect(h.operator, h.name).toBeTruthy();
        expect(h.operatorSource, h.name).toMatch(/^https:\/\//);
      }
    }
  });
  it("names the trafficking hotline's current operator (Polaris ran it until 2025)", () => {
    expect(HOTLINES.trafficking.operator).toMatch(/Compass Connections/);
    expect(HOTLINES.trafficking.source).toMatch(/^https:\/\/humantraffickinghotline\.org\//);
  });
  it("says plainly when a line belongs to an immigration agency, and keeps it off the first list", () => {
    expect(HOTLINES.hsi.immigrationAgency).toBe(true);
    expect(HOTLINES.hsi.name).toMatch(/Immigration and Customs Enforcement \(ICE\)/);
    const first = firstListHotlines();
    expect(first.map((h) => h.phone)).not.toContain(HOTLINES.hsi.phone);
    expect(first.map((h) => h.phone)).toContain(HOTLINES.cybertipline.phone);
    for (const h of all) if (h.immigrationAgency) expect(h.name, h.phone).toMatch(/ICE|Immigration/);
  });
});
