import { describe, expect, it } from "vitest";
import { CARD_DIRS, GUIDE_DIRS, readGuideFiles, slugOf, splitFrontmatter } from "@/lib/checks/contentCheck";
import { CARD_SECTIONS, cardUrl } from "@/lib/content/apps";
import { guideUrl } from "@/lib/content/guides";
import { sectionPoints } from "@/lib/schools/newsletter";
import { TALKS } from "@/lib/schools/talks";
import { localPath, type Lang } from "@/lib/site/i18n";
import { SITE_URL } from "@/lib/site/site";
import { readPage } from "../helpers/dist.ts";

const LANGS = ["en", "es"] as const;
const IN_SHORT: Record<Lang, string> = { en: "In short", es: "En resumen" };

/** Text as a reader sees it: blocks apart, inline tags and note markers gone, entities decoded, quotes made plain. */
function readable(html: string): string {
  return html
    .replace(/<sup class="note-ref"[\s\S]*?<\/sup>/g, "")
    .replace(/<\/?(p|li|ul|ol|h\d|div|section|br)\b[^>]*>/g, " ")
    .replace(/<[^>]+>/g, "")
    .replace(/&#(x?)([0-9a-f]+);/gi, (_, hex: string, code: string) => String.fromCodePoint(parseInt(code, hex ? 16 : 10)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, " ")
    .trim();
}

/** The rendered text of a page's `##` section, found by its heading, with a space at each end: a point is whole words. */
function renderedSection(path: string, heading: string): string {
  const html = readPage(path);
  const start = html.search(new RegExp(`<h2 id="[^"]*">${heading}</h2>`));
  if (start < 0) throw new Error(`${path} has no section "${heading}"`);
  const end = html.indexOf("<h2", start + 1);
  return ` ${readable(html.slice(start, end < 0 ? undefined : end))} `;
}

// Talk slides and newsletter items take these points from the guide's own text: each must read, word for word, as the
// guide shows it, or a label or link was lost on the way ("Turn on from your own iPhone.").
describe.each(LANGS)("points taken from the pages in %s", (lang) => {
  const pages = [
    ...readGuideFiles(GUIDE_DIRS[lang]).map((f) => ({ f, path: guideUrl(slugOf(f.file), lang), headings: [IN_SHORT[lang]] })),
    ...readGuideFiles(CARD_DIRS[lang]).map((f) => ({ f, path: cardUrl(slugOf(f.file), lang), headings: CARD_SECTIONS[lang].slice(0, 3) })),
  ];

  it.each(pages.map((p) => [p.path, p] as const))("%s: each point reads as on the page", (_, { f, path, headings }) => {
    const { body } = splitFrontmatter(f.source);
    for (const heading of headings) {
      const shown = renderedSection(path, heading);
      const points = sectionPoints(body, heading, lang);
      expect(points.length, heading).toBeGreaterThan(0);
      for (const point of points) expect(shown, `${heading}: "${point}"`).toContain(` ${readable(point)} `);
    }
  });
});

describe.each(LANGS)("the talks' slides in %s", (lang) => {
  it.each(TALKS.map((talk) => [localPath(lang, `/schools/talks/${talk.id}/`), talk] as const))("%s: every guide slide's points read as in its guide", (path, talk) => {
    const guidePaths = new Set(talk.guides.map((slug) => guideUrl(slug, lang)));
    const slides = [...readPage(path).matchAll(/<section class="slide"[\s\S]*?<\/section>/g)].map((m) => m[0]);
    // The closing help slide shares /help/ with the help guide's slide, but carries the QR code.
    const fromGuides = slides.flatMap((slide) => {
      const guide = /<p class="slide-url">([^<]+)<\/p>/.exec(slide)?.[1].slice(SITE_URL.length);
      return guide && guidePaths.has(guide) && !slide.includes('class="slide-qr"') ? [{ slide, guide }] : [];
    });
    expect(fromGuides.length).toBe(talk.guides.length);
    for (const { slide, guide } of fromGuides) {
      const shown = renderedSection(guide, IN_SHORT[lang]);
      for (const [, point] of slide.matchAll(/<li>([\s\S]*?)<\/li>/g)) expect(shown, `${guide}: "${point}"`).toContain(` ${readable(point)} `);
    }
  });
});
