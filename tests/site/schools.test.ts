import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { readGuideFiles } from "@/lib/contentCheck";
import { guideUrl } from "@/lib/guides";
import { helpCardHtml, helpCardPreview } from "@/lib/schools";
import { SITE_URL } from "@/lib/site";
import { contentPages, readPage } from "../helpers/dist.ts";

const slugs = readGuideFiles(process.env.GUIDES_DIR ?? "content").map((f) => f.file.replace(/^.*\/|\.mdx$/g, ""));
const html = readPage("/schools/");

describe("/schools/", () => {
  it.each(slugs)("lists %s with its full address as text, a link and a hidden Copy link button", (slug) => {
    const url = `${SITE_URL}${guideUrl(slug)}`;
    expect(html.includes(`<code class="break-all text-base">${url}</code>`), "address as text").toBe(true);
    expect(html.includes(`href="${guideUrl(slug)}"`), "link").toBe(true);
    expect(html).toMatch(new RegExp(`<button type="button" hidden data-copy="${url}"[^>]*>\\s*Copy link`));
  });

  it("offers the three parent-night sets, the printable pack and the letter home", () => {
    for (const needle of [
      ">First phone</h3>",
      ">Preteens 11–13</h3>",
      ">If something has happened</h3>",
      // Each set is shown as plain text to select and paste, even without JavaScript.
      `Get help now\n${SITE_URL}/help/\n\n`,
      'href="/print/"',
      'href="/schools/letter/"',
    ])
      expect(html.includes(needle), needle).toBe(true);
  });

  it("shows the Get help card both rendered and as copyable code", () => {
    const preview = helpCardPreview();
    expect(html.includes(preview.html), "rendered card").toBe(true);
    expect(html.includes(`<style>${preview.css}</style>`), "the rendered card's styles").toBe(true);
    // The page's CSP must allow that <style>, or the card would show unstyled.
    const hash = createHash("sha256").update(preview.css).digest("base64");
    expect(/<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1]).toContain(`'sha256-${hash}'`);
    const code = helpCardHtml().replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
    expect(html.includes(`>${code}</textarea>`), "the card's code in the textarea").toBe(true);
  });

  it("is linked from the footer of every page", () => {
    for (const path of contentPages()) {
      const footer = /<footer[\s\S]*<\/footer>/.exec(readPage(path))?.[0] ?? "";
      expect(footer, path).toMatch(/<a href="\/schools\/">(For schools|Para escuelas)<\/a>/);
    }
  });
});
