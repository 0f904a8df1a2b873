import { describe, expect, it } from "vitest";
import { decorateExternalLinks, paperCheckboxes, prepareGuideHtml, shortUrl } from "@/lib/print/guideHtml";

describe("shortUrl", () => {
  it("drops the scheme, www and a trailing slash", () => {
    expect(shortUrl("https://www.fbi.gov/tips/")).toBe("fbi.gov/tips");
    expect(shortUrl("https://report.cybertip.org/")).toBe("report.cybertip.org");
  });
});

describe("decorateExternalLinks", () => {
  it("adds rel and the printed short address to external links only", () => {
    const html = '<p><a href="https://www.fbi.gov/tips/">FBI</a> and <a href="/help/">help</a></p>';
    expect(decorateExternalLinks(html)).toBe(
      '<p><a href="https://www.fbi.gov/tips/" rel="noopener noreferrer" data-print-url="fbi.gov/tips">FBI</a> and <a href="/help/">help</a></p>',
    );
  });
  it("replaces an existing rel and keeps other attributes", () => {
    expect(decorateExternalLinks('<a class="x" href="https://a.example/" rel="nofollow">a</a>')).toBe(
      '<a href="https://a.example/" class="x" rel="noopener noreferrer" data-print-url="a.example">a</a>',
    );
  });
});

describe("paperCheckboxes", () => {
  it("turns task-list checkboxes into empty boxes hidden from screen readers", () => {
    expect(paperCheckboxes('<li class="task-list-item"><input type="checkbox" disabled/> Check history</li>')).toBe(
      '<li class="task-list-item"><span class="tick-box" aria-hidden="true"></span>Check history</li>',
    );
  });
  it("is part of prepareGuideHtml", () => {
    expect(prepareGuideHtml('<input type="checkbox" disabled /> <a href="https://a.example/">a</a>')).not.toContain("<input");
  });
});
