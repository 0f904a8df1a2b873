import { describe, expect, it } from "vitest";
import { readGuideFiles, slugOf, splitFrontmatter } from "@/lib/checks/contentCheck";
import { HOTLINES } from "@/lib/content/contacts";
import type { Guide } from "@/lib/content/guides";
import type { GuideData } from "@/lib/content/schema";
import { LANGS } from "@/lib/site/i18n";
import { LETTER_SLUGS, PARENT_NIGHT_SETS, guideListText, helpCardHtml, helpCardPreview, hotlineName, resolveSlugs } from "@/lib/schools/schools";
import { SITE_URL } from "@/lib/site/site";

/** Slugs of the guides that will be published (not drafts); GUIDES_DIR as in src/content.config.ts. */
const published = new Set(
  readGuideFiles(process.env.GUIDES_DIR ?? "content")
    .filter((f) => (splitFrontmatter(f.source).data as { draft?: boolean } | undefined)?.draft !== true)
    .map((f) => slugOf(f.file)),
);

const guide = (id: string, title = `Guide ${id}`): Guide => ({ id, data: { title } as GuideData });

describe("parent-night sets and the letter's guides", () => {
  it.each(PARENT_NIGHT_SETS.map((s) => [s.text.en.title, s] as const))("every guide in the set “%s” is published", (_title, set) => {
    expect(set.slugs.length).toBeGreaterThan(0);
    expect(new Set(set.slugs).size, "a guide is listed twice").toBe(set.slugs.length);
    for (const slug of set.slugs) expect(published.has(slug), `content/${slug}.mdx`).toBe(true);
  });

  it("has the three sets the parent-night handout promises", () => {
    expect(PARENT_NIGHT_SETS.map((s) => s.text.en.title)).toEqual(["First phone", "Preteens 11–13", "If something has happened"]);
  });

  it("names and describes every set in Spanish too, not in English", () => {
    for (const set of PARENT_NIGHT_SETS) {
      expect(set.text.es.title).not.toBe(set.text.en.title);
      expect(set.text.es.description).not.toBe(set.text.en.description);
    }
  });

  it("the letter starts with three different published guides", () => {
    expect(new Set(LETTER_SLUGS).size).toBe(3);
    for (const slug of LETTER_SLUGS) expect(published.has(slug), `content/${slug}.mdx`).toBe(true);
  });
});

describe("resolveSlugs", () => {
  it("keeps the set's order and leaves out guides that are not published", () => {
    const guides = [guide("a"), guide("b"), guide("c")];
    expect(resolveSlugs(["c", "missing", "a"], guides).map((g) => g.id)).toEqual(["c", "a"]);
  });
});

describe("guideListText", () => {
  it("gives each guide's title and full address, a blank line between guides", () => {
    expect(guideListText([guide("a", "First"), guide("get-help-now", "Help")])).toBe(
      `First\n${SITE_URL}/guides/a/\n\nHelp\n${SITE_URL}/help/`,
    );
  });

  it("gives Spanish addresses in Spanish", () => {
    expect(guideListText([guide("a", "Primera"), guide("get-help-now", "Ayuda")], "es")).toBe(
      `Primera\n${SITE_URL}/es/guias/a/\n\nAyuda\n${SITE_URL}/es/ayuda/`,
    );
  });
});

describe("the Get help card", () => {
  const card = helpCardHtml();

  it("is self-contained: no script, no style sheet, no image, no class", () => {
    expect(card).not.toMatch(/<(script|style|link|img|iframe)\b/i);
    expect(card).not.toMatch(/\s(class|on\w+)=/i);
  });

  it("links back to the help page, with absolute addresses only", () => {
    const hrefs = [...card.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
    expect(hrefs).toContain(`${SITE_URL}/help/`);
    for (const href of hrefs) expect(href.startsWith(`${SITE_URL}/`), href).toBe(true);
  });

  it.each(LANGS)("prints the emergency and CyberTipline numbers from contacts.ts (%s)", (lang) => {
    const html = helpCardHtml(lang);
    expect(html).toContain(HOTLINES.emergency.phone);
    expect(html).toContain(HOTLINES.cybertipline.phone);
    expect(html).toContain(hotlineName("cybertipline", lang));
  });

  it("in Spanish, says so, speaks Spanish and links to the Spanish help page and home", () => {
    const es = helpCardHtml("es");
    expect(es).toMatch(/^<div lang="es" /);
    expect(es).toContain("¿Le preocupa un niño en internet?");
    expect(es).not.toContain("Worried");
    const hrefs = [...es.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
    expect(hrefs).toEqual([`${SITE_URL}/es/ayuda/`, `${SITE_URL}/es/`]);
  });

  it("has a preview for our own page that looks the same without style attributes (the CSP blocks them)", () => {
    const { html, css } = helpCardPreview();
    expect(html).not.toContain("style=");
    // Putting each class's declarations back as a style attribute gives the embeddable card exactly.
    const rules = new Map([...css.matchAll(/\.([\w-]+)\{([^}]*)\}/g)].map((m) => [m[1], m[2]]));
    expect(html.replace(/class="([\w-]+)"/g, (_m, name: string) => `style="${rules.get(name)}"`)).toBe(card);
  });
});
