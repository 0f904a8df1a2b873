import { describe, expect, it } from "vitest";
import { bestExcerpt, excerptParts } from "@/lib/search/excerpt";

describe("excerptParts", () => {
  it("splits Pagefind's excerpt into plain text and marked words", () => {
    expect(excerptParts("a fake <mark>calculator</mark> app that <mark>hides</mark>")).toEqual([
      { text: "a fake ", marked: false },
      { text: "calculator", marked: true },
      { text: " app that ", marked: false },
      { text: "hides", marked: true },
    ]);
  });
  it("gives back the page's own < and >, which Pagefind escapes, as text", () => {
    expect(excerptParts("ages &lt;13 &gt; <mark>9</mark>")).toEqual([
      { text: "ages <13 > ", marked: false },
      { text: "9", marked: true },
    ]);
  });
  it("drops any other tag, so nothing but text and marks reaches the page", () => {
    const parts = excerptParts('<img src=x onerror="alert(1)">see <mark><b>this</b></mark><script>alert(2)</script>');
    expect(parts).toEqual([
      { text: "see ", marked: false },
      { text: "this", marked: true },
      { text: "alert(2)", marked: false },
    ]);
  });
});

describe("bestExcerpt", () => {
  const page = "Spot a <mark>vault</mark> app. Learn the signs";
  it("prefers the section marking the most different words over the page's top, which repeats the summary", () => {
    const sections = [
      { url: "/g/", excerpt: page, locations: [1] },
      { url: "/g/#signs", excerpt: "two <mark>vault</mark> apps, a <mark>vault</mark>", locations: [5, 9] },
      { url: "/g/#in-short", excerpt: "a <mark>vault</mark> <mark>app</mark> hides", locations: [3, 4] },
    ];
    expect(bestExcerpt(page, sections)).toBe("a <mark>vault</mark> <mark>app</mark> hides");
  });
  it("breaks ties by the number of matches", () => {
    const sections = [
      { url: "/g/#a", excerpt: "<mark>vault</mark>", locations: [1] },
      { url: "/g/#b", excerpt: "<mark>vault</mark>", locations: [2, 3] },
    ];
    expect(bestExcerpt(page, sections)).toBe(sections[1].excerpt);
  });
  it("keeps the page's excerpt when no section matches", () => {
    expect(bestExcerpt(page, [{ url: "/g/", excerpt: page, locations: [1] }])).toBe(page);
    expect(bestExcerpt(page, [{ url: "/g/#a", excerpt: "no match", locations: [] }])).toBe(page);
  });
});
