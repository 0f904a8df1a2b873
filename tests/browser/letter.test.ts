import { beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { useSite } from "../helpers/site.ts";
import { HOTLINES, firstListHotlines } from "@/lib/content/contacts";
import { LETTER_SLUGS } from "@/lib/schools/schools";
import { SITE_URL } from "@/lib/site/site";

const site = useSite();
let page: Page;
let pdf: string;
let a4: string;

beforeAll(async () => {
  page = await site.browser.newPage();
  await page.goto(`${site.url}/schools/letter/`);
  // latin1 keeps every byte, so the PDF's object dictionaries can be searched as text.
  pdf = (await page.pdf({ format: "Letter" })).toString("latin1");
  a4 = (await page.pdf({ format: "A4" })).toString("latin1");
});

describe("the letter home", () => {
  it("prints on one US Letter page", () => {
    expect(pdf.startsWith("%PDF-")).toBe(true);
    expect(pdf.match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
    expect(pdf).toMatch(/\/MediaBox\s*\[0 0 612 792\]/);
  });

  it("prints on one A4 page too, as the page promises", () => {
    expect(a4.match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
  });

  it("prints a QR code for each of the three starting guides, drawn as vector paths", async () => {
    await page.emulateMedia({ media: "print" });
    const qrs = await page.locator(".letter-qr svg").evaluateAll((svgs) =>
      svgs.map((svg) => {
        const box = svg.getBoundingClientRect();
        return { width: box.width, label: svg.parentElement?.getAttribute("aria-label"), path: !!svg.querySelector("path[d]") };
      }),
    );
    await page.emulateMedia({ media: null });
    expect(qrs).toHaveLength(LETTER_SLUGS.length);
    for (const [i, qr] of qrs.entries()) {
      expect(qr.label).toContain(LETTER_SLUGS[i]);
      expect(qr.path).toBe(true);
      // 3cm on paper: big enough for a phone camera.
      expect(qr.width).toBeGreaterThan(90);
    }
    // Inline SVG stays vector in the PDF: the page draws paths, and embeds no raster image.
    expect(pdf).not.toMatch(/\/Subtype\s*\/Image/);
  });

  it("shows the help numbers and a blank line for the school's name, without the site's chrome", async () => {
    await page.emulateMedia({ media: "print" });
    const text = await page.locator("body").innerText();
    await page.emulateMedia({ media: null });
    // Every line but the immigration agency's, which stays off a family's first list (issue #11, X3).
    for (const h of firstListHotlines()) expect(text).toContain(h.phone);
    expect(text).not.toContain(HOTLINES.hsi.phone);
    expect(text).not.toContain("Type your question");
    expect(text).not.toContain("For schools:");
    expect(await page.locator(".letter-blank").filter({ hasText: "Your school's name, to write in" }).count()).toBe(1);
  });
});

describe("the letter home in Spanish", () => {
  it("prints on one US Letter page, in Spanish, with QR codes for the Spanish guides", async () => {
    const es = await site.browser.newPage();
    await es.goto(`${site.url}/es/escuelas/carta/`);
    const letter = (await es.pdf({ format: "Letter" })).toString("latin1");
    expect(letter.match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
    const labels = await es.locator(".letter-qr").evaluateAll((divs) => divs.map((d) => d.getAttribute("aria-label")));
    expect(labels).toEqual(LETTER_SLUGS.map((slug) => `Código QR de ${SITE_URL}/es/guias/${slug}/`));
    await es.emulateMedia({ media: "print" });
    const text = await es.locator("body").innerText();
    // Every line but the immigration agency's, which stays off a family's first list (issue #11, X3).
    for (const h of firstListHotlines()) expect(text).toContain(h.phone);
    expect(text).not.toContain(HOTLINES.hsi.phone);
    expect(text).toContain("Estimadas familias:");
    expect(text).toContain(`${SITE_URL}/es/ayuda/`);
    await es.close();
  });
});
