import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { CARD_DIRS, GUIDE_DIRS, guideSlugs } from "@/lib/checks/contentCheck";
import { guideUrl } from "@/lib/content/guides";
import { localPath, t, type Lang } from "@/lib/site/i18n";
import { PARENT_NIGHT_SETS, helpCardHtml, helpCardPreview } from "@/lib/schools/schools";
import { SITE_URL } from "@/lib/site/site";
import { contentPages, fileFor, readPage } from "../helpers/dist.ts";

const GUIDES_DIR = process.env.GUIDES_DIR ?? "content";
const SLUGS: Record<Lang, string[]> = { en: guideSlugs(GUIDES_DIR), es: guideSlugs(`${GUIDES_DIR}/es`) };

describe.each(["en", "es"] as const)("the schools page in %s", (lang) => {
  const path = localPath(lang, "/schools/");
  const html = readPage(path);

  it.each(SLUGS[lang])("lists %s with its full address as text, a link and a hidden copy button", (slug) => {
    const url = `${SITE_URL}${guideUrl(slug, lang)}`;
    expect(html.includes(`<code class="break-all text-base">${url}</code>`), "address as text").toBe(true);
    expect(html.includes(`href="${guideUrl(slug, lang)}"`), "link").toBe(true);
    expect(html).toMatch(new RegExp(`<button type="button" hidden data-copy="${url}"[^>]*>\\s*${t(lang, "copyLink")}`));
  });

  it("offers the three parent-night sets, the printable pack and the letter home", () => {
    for (const needle of [
      ...PARENT_NIGHT_SETS.map((set) => `>${set.text[lang].title}</h3>`),
      // Each set is shown as plain text to select and paste, even without JavaScript.
      `${t(lang, "getHelpNow")}\n${SITE_URL}${guideUrl("get-help-now", lang)}\n\n`,
      `href="${localPath(lang, "/print/")}"`,
      `href="${localPath(lang, "/schools/letter/")}"`,
    ])
      expect(html.includes(needle), needle).toBe(true);
  });

  it("shows the Get help card in the page's language, both rendered and as copyable code", () => {
    const preview = helpCardPreview(lang);
    expect(html.includes(preview.html), "rendered card").toBe(true);
    expect(html.includes(`<style>${preview.css}</style>`), "the rendered card's styles").toBe(true);
    // The page's CSP must allow that <style>, or the card would show unstyled.
    const hash = createHash("sha256").update(preview.css).digest("base64");
    expect(/<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1]).toContain(`'sha256-${hash}'`);
    const card = helpCardHtml(lang);
    expect(card).toContain(`href="${SITE_URL}${localPath(lang, "/help/")}"`);
    const code = card.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
    expect(html.includes(`>${code}</textarea>`), "the card's code in the textarea").toBe(true);
  });

  it("is linked from the footer of every page in its language", () => {
    const pages = contentPages().filter((p) => !p.endsWith(".html") && p.startsWith("/es/") === (lang === "es"));
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) {
      const footer = /<footer[\s\S]*<\/footer>/.exec(readPage(page))?.[0] ?? "";
      expect(footer, page).toContain(`<a href="${path}">${t(lang, "forSchools")}</a>`);
    }
  });
});

describe("the Spanish schools page", () => {
  // The language switch in the header rightly links to the English page; the page's own content must not.
  const html = /<main[\s\S]*<\/main>/.exec(readPage("/es/escuelas/"))?.[0] ?? "";

  it("points to Spanish pages only, and offers no English guide address", () => {
    expect(html).not.toMatch(new RegExp(`${SITE_URL}/(guides|help)/`));
    expect(html).not.toMatch(/href="\/(guides|help|print|schools)\//);
    expect(html).not.toContain(">Copy link");
  });
});

describe("newsletter items", () => {
  it.each([
    ["/schools/newsletter/", "en"],
    ["/es/escuelas/boletin/", "es"],
  ] as const)("%s has an item of 60–100 words for every guide and card, each with its address and QR image", (path, lang) => {
    const html = readPage(path);
    const items = [...html.matchAll(/<li id="item-([^"]+)"[\s\S]*?<img src="([^"]+)"[\s\S]*?data-words="(\d+)"[\s\S]*?<code[^>]*>([^<]+)<\/code>/g)];
    const expected = [...guideSlugs(GUIDE_DIRS[lang]), ...guideSlugs(CARD_DIRS[lang]).map((s) => `apps-${s}`)];
    expect(items.map((m) => m[1]).toSorted()).toEqual(expected.toSorted());
    for (const [, id, qr, words, url] of items) {
      expect(Number(words), id).toBeGreaterThanOrEqual(60);
      expect(Number(words), id).toBeLessThanOrEqual(100);
      expect(existsSync(fileFor(qr)), qr).toBe(true);
      expect(url.startsWith(SITE_URL + (lang === "es" ? "/es/" : "/")), url).toBe(true);
    }
  });
});
