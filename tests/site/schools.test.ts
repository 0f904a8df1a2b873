import { describe, expect, it } from "vitest";
import { readGuideFiles } from "@/lib/contentCheck";
import { guideUrl } from "@/lib/guides";
import { helpCardHtml } from "@/lib/schools";
import { SITE_URL } from "@/lib/site";
import { htmlPages, readPage } from "../helpers/dist.ts";

const slugs = readGuideFiles(process.env.GUIDES_DIR ?? "content").map((f) => f.file.replace(/^.*\/|\.mdx$/g, ""));
const html = readPage("/schools/");

describe("/schools/", () => {
  it.each(slugs)("lists %s with its full address as text, a link and a hidden Copy link button", (slug) => {
    const url = `${SITE_URL}${guideUrl(slug)}`;
    expect(html).toContain(`<code class="break-all text-base">${url}</code>`);
    expect(html).toContain(`href="${guideUrl(slug)}"`);
    expect(html).toMatch(new RegExp(`<button type="button" hidden data-copy="${url}"[^>]*>\\s*Copy link`));
  });

  it("offers the three parent-night sets, the printable pack and the letter home", () => {
    for (const set of ["First phone", "Preteens 11–13", "If something has happened"]) expect(html).toContain(`>${set}</h3>`);
    expect(html).toContain('href="/print/"');
    expect(html).toContain('href="/schools/letter/"');
  });

  it("shows the Get help card both rendered and as copyable code", () => {
    const card = helpCardHtml();
    expect(html).toContain(card);
    const escaped = card.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
    expect(html).toContain(`>${escaped}</textarea>`);
  });

  it("is linked from the footer of every page", () => {
    for (const path of htmlPages().filter((p) => !readPage(p).includes('http-equiv="refresh"'))) {
      expect(readPage(path), path).toContain('<a href="/schools/">For schools</a>');
    }
  });
});
