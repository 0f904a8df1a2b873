import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { useSite } from "../helpers/site.ts";
import { CARD_DIRS, GUIDE_DIRS, readGuideFiles, slugOf, splitFrontmatter } from "@/lib/checks/contentCheck";
import { guideSchema } from "@/lib/content/schema";
import { cardUrl } from "@/lib/content/apps";
import { guideUrl, HELP_SLUG } from "@/lib/content/guides";
import { absoluteUrl, SITE_NAME } from "@/lib/site/site";

/** Every guide in both languages, with the address it is printed from. */
const guides = (["en", "es"] as const).flatMap((lang) =>
  readGuideFiles(GUIDE_DIRS[lang]).map((f) => {
    const slug = slugOf(f.file);
    return { slug, lang, url: guideUrl(slug, lang), data: guideSchema.parse(splitFrontmatter(f.source).data) };
  }),
);
/** Every app card in both languages, with its address. */
const cards = (["en", "es"] as const).flatMap((lang) =>
  readGuideFiles(CARD_DIRS[lang]).map((f) => ({ lang, url: cardUrl(slugOf(f.file), lang) })),
);
/** Checklists, the family agreement and the help page must fit one sheet; other guides three. */
const maxPages = (g: (typeof guides)[number]) => (g.data.printable === "checklist" || g.slug === HELP_SLUG ? 1 : 3);

const site = useSite();
let page: Page;
const pageCounts: string[] = [];

beforeAll(async () => {
  page = await site.browser.newPage();
});
afterAll(async () => {
  if (pageCounts.length) console.log(`Printed pages (Letter / A4):\n${pageCounts.join("\n")}`);
});

/** Pages in a PDF made by Chromium: one "/Type /Page" object each. */
function countPages(pdf: Buffer): number {
  return pdf.toString("latin1").match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;
}

describe("printing a guide", () => {
  it.each(guides.map((g) => [g.url, g] as const))("%s fits its page limit on Letter and A4", async (url, g) => {
    await page.goto(site.url + url);
    const letter = countPages(await page.pdf({ format: "Letter" }));
    const a4 = countPages(await page.pdf({ format: "A4" }));
    pageCounts.push(`  ${url}: ${letter} / ${a4}`);
    expect(letter).toBeGreaterThan(0);
    expect(Math.max(letter, a4)).toBeLessThanOrEqual(maxPages(g));
  });

  it.each(guides.filter((g) => g.lang === "en").map((g) => [g.url, g] as const))("%s prints without site chrome, with its address and QR code", async (url, g) => {
    await page.goto(site.url + url);
    await page.emulateMedia({ media: "print" });
    // innerText leaves out what print CSS hides, so this is the printed text.
    const text = await page.evaluate(() => document.body.innerText);
    await page.emulateMedia({ media: null }); // back to no emulation: page.pdf() then prints with print CSS again
    expect(text).toContain(SITE_NAME);
    expect(text).toContain(absoluteUrl(url));
    expect(text).toMatch(/Reviewed on \w+ \d+, \d{4}/);
    // A reader of paper can tell this copy from a newer live page.
    expect(text).toMatch(/This copy: version of \w+ \d+, \d{4}/);
    // The help guide's own title is "Get help now"; elsewhere that text could only come from the header.
    const headerButton = g.slug === HELP_SLUG ? [] : ["Get help now\n"];
    for (const chrome of ["Skip to main content", "All guides", ...headerButton, "Print this guide", "Related guides", "Type your question", "Español"]) {
      expect(text).not.toContain(chrome);
    }
    expect(await page.locator(".print-qr svg").count()).toBe(1);
  });

  it("prints external links with their short address after the link text", async () => {
    await page.goto(site.url + "/help/");
    await page.emulateMedia({ media: "print" });
    const after = await page
      .locator(".guide-prose a[data-print-url]")
      .first()
      .evaluate((a) => getComputedStyle(a, "::after").content);
    await page.emulateMedia({ media: null }); // back to no emulation: page.pdf() then prints with print CSS again
    expect(after).toMatch(/^" \(" attr\(data-print-url\) "\)"$|^" \([a-z0-9.-]+\.[a-z]+/);
  });
});

describe("printing an app card", () => {
  it("has cards to print", () => {
    expect(cards.length).toBeGreaterThan(0);
  });

  it.each(cards.map((c) => [c.url, c] as const))("%s fits one page on Letter and A4, with its address, version and QR code", async (url, c) => {
    await page.goto(site.url + url);
    const letter = countPages(await page.pdf({ format: "Letter" }));
    const a4 = countPages(await page.pdf({ format: "A4" }));
    pageCounts.push(`  ${url}: ${letter} / ${a4}`);
    expect(letter).toBe(1);
    expect(a4).toBe(1);
    await page.emulateMedia({ media: "print" });
    const text = await page.evaluate(() => document.body.innerText);
    // The markers print, and the notes print compactly: each publisher with its numbers, not the quotes (the QR
    // code leads to them).
    const markerShown = await page.locator(".guide-prose .note-ref").first().isVisible();
    const publisher = (await page.locator("[data-notes] .note-publisher").first().textContent())!.trim().replace(/,$/, "");
    const quote = (await page.locator("[data-notes] q").first().textContent())!.trim();
    await page.emulateMedia({ media: null }); // back to no emulation: page.pdf() then prints with print CSS again
    expect(markerShown).toBe(true);
    expect(text).toMatch(new RegExp(`${publisher.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} [\\d–, ]*1\\b`));
    expect(text).not.toContain(quote);
    expect(text).toContain(absoluteUrl(url));
    expect(text).toMatch(c.lang === "en" ? /This copy: version of/ : /Esta copia: versión del/);
    expect(await page.locator(".print-qr svg").count()).toBe(1);
  });

  it("prints every card in one pack, each on its own sheet", async () => {
    await page.goto(site.url + "/print/apps/");
    const sections = await page.locator("section.print-section").count();
    expect(sections).toBe(cards.filter((c) => c.lang === "en").length + 1);
    expect(countPages(await page.pdf({ format: "Letter" }))).toBe(sections);
  });
});

describe("the printable pack", () => {
  it("starts each guide on a new sheet and is not indexed for search", async () => {
    await page.goto(site.url + "/print/");
    const sections = await page.locator("section.print-section").count();
    expect(sections).toBeGreaterThan(2);
    const pages = countPages(await page.pdf({ format: "Letter" }));
    expect(pages).toBeGreaterThanOrEqual(sections);
    expect(await page.locator("[data-pagefind-body]").count()).toBe(0);
    expect(await page.locator(".print-qr svg").count()).toBe(sections - 1);
  });

  it("offers a pack for each topic", async () => {
    await page.goto(site.url + "/print/");
    const topicLinks = await page.locator('a[href^="/print/"]').count();
    expect(topicLinks).toBeGreaterThan(1);
    await page.goto(site.url + "/print/get-help/");
    await expect(page.locator("h1").textContent()).resolves.toContain("Get help now");
  });
});
