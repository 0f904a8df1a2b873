/**
 * The age pages as built: each lists exactly the guides and cards whose own `ages` overlap its stage (the set-up
 * guides first), the talk guide's own words for those ages, links from /ages/ and the home page, no script of its
 * own, and stays out of the search index.
 */
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { DIST, readPage } from "../helpers/dist.ts";
import { contentCards, contentGuides } from "../helpers/content.ts";
import { ageSections, overlaps, SETUP_TOPIC, STAGE_AGES, STAGES, stageName, stageUrl, TALK_GUIDE } from "@/lib/content/ages";
import { cardUrl } from "@/lib/content/apps";
import { guideUrl } from "@/lib/content/guides";
import { LANGS, localPath } from "@/lib/site/i18n";

/** The links in one `data-stage-list` section of a built age page. */
function listed(html: string, list: string): string[] {
  const section = new RegExp(`<section[^>]*data-stage-list="${list}"[^>]*>([\\s\\S]*?)</section>`).exec(html)?.[1] ?? "";
  return [...section.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]);
}

const cases = LANGS.flatMap((lang) => STAGES.map((stage) => [stageUrl(stage, lang), lang, stage] as const));

describe.each(cases)("%s", (path, lang, stage) => {
  const html = readPage(path);
  const ages = STAGE_AGES[stage];
  const guides = contentGuides(lang).filter((g) => overlaps(g.data.ages, ages));

  it("lists the set-up guides whose ages overlap the stage, and no other", () => {
    const want = guides.filter((g) => g.data.topic === SETUP_TOPIC).map((g) => guideUrl(g.id, lang));
    expect(listed(html, "setup").sort()).toEqual(want.sort());
  });

  it("lists every other guide whose ages overlap the stage, and no other", () => {
    const want = guides.filter((g) => g.data.topic !== SETUP_TOPIC).map((g) => guideUrl(g.id, lang));
    expect(listed(html, "guides").sort()).toEqual(want.sort());
  });

  it("lists every app card whose ages overlap the stage, and no other", () => {
    const want = contentCards(lang).filter((c) => overlaps(c.data.ages, ages)).map((c) => cardUrl(c.id, lang));
    const links = listed(html, "cards").filter((href) => href !== localPath(lang, "/apps/compare/"));
    expect(links.sort()).toEqual(want.sort());
  });

  it("gives the talk guide's own words for these ages, and links to it", () => {
    const talk = readPage(guideUrl(TALK_GUIDE, lang));
    const parts = ageSections(talk).filter((s) => overlaps(s.ages, ages));
    expect(parts.length, "the talk guide has a part for these ages").toBeGreaterThan(0);
    for (const part of parts) {
      expect(html).toContain(`<h3>${part.heading}</h3>`);
      // Every item of the guide's part, word for word as the guide's page shows it.
      for (const [item] of part.html.matchAll(/<li>[\s\S]*?<\/li>/g)) expect(html).toContain(item);
    }
    expect(html).toContain(`<a href="${guideUrl(TALK_GUIDE, lang)}">`);
  });

  it("is linked from /ages/ and the home page, runs no script of its own and stays out of the search index", () => {
    expect(readPage(localPath(lang, "/ages/"))).toContain(`href="${path}"`);
    expect(readPage(localPath(lang, "/"))).toContain(`href="${path}"`);
    expect(html).toContain(stageName(stage, lang));
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag, "only the site's update notice").toMatch(/data-update=/);
    expect(html).not.toContain("data-pagefind-body");
  });
});

/**
 * Deliberately out of search: the age pages and the comparison table only repeat words of the guides and cards they
 * list, and a question naming an app or a danger must lead to the page that answers it, not to a list of pages.
 */
it("the search index holds no age page and no comparison table", () => {
  const fragments = join(DIST, "pagefind", "fragment");
  const urls = readdirSync(fragments).flatMap((file) => {
    const json = JSON.parse(gunzipSync(readFileSync(join(fragments, file))).subarray(12).toString("utf8"));
    return ("content" in json ? [json] : Object.values(json)).map((f) => (f as { url: string }).url);
  });
  expect(urls.length).toBeGreaterThan(50);
  expect(urls).toContain(cardUrl("roblox"));
  const listPages = LANGS.flatMap((lang) => [localPath(lang, "/ages/"), localPath(lang, "/apps/compare/"), ...STAGES.map((s) => stageUrl(s, lang))]);
  for (const url of urls) expect(listPages, url).not.toContain(url.replace(/index\.html$/, ""));
});
