/**
 * /apps/compare/ and /es/apps/comparar/ as built: every card a row under its kind, every value linked to a note that
 * exists on the card's page, a dash and words for screen readers where a card has no such fact, no script of its
 * own, and out of the search index.
 */
import { describe, expect, it } from "vitest";
import { contentPages, readPage } from "../helpers/dist.ts";
import { contentCards } from "../helpers/content.ts";
import { APP_KINDS } from "@/lib/content/schema";
import { cardUrl, FACT_COLUMNS, factRows } from "@/lib/content/apps";
import { LANGS, localPath, t } from "@/lib/site/i18n";

describe.each(LANGS)("the comparison table (%s)", (lang) => {
  const path = localPath(lang, "/apps/compare/");
  const html = readPage(path);
  const cards = contentCards(lang);
  const rows = new Map([...html.matchAll(/<tr data-card="([a-z0-9-]+)">([\s\S]*?)<\/tr>/g)].map((m) => [m[1], m[2]]));

  it("has a row for every card, each in its kind's group, kinds in the /apps/ order with a row header each", () => {
    expect([...rows.keys()].sort()).toEqual(cards.map((c) => c.id).sort());
    const groups = [...html.matchAll(/<tbody data-kind="([a-z]+)"(?: data-below-fold(?:="")?)?>([\s\S]*?)<\/tbody>/g)];
    const kinds = groups.map((g) => g[1]);
    expect(kinds).toEqual(APP_KINDS.filter((k) => cards.some((c) => c.data.kind === k)));
    for (const [, kind, body] of groups) {
      expect(body).toMatch(/^\s*<tr class="compare-kind"><th scope="rowgroup" colspan="8"/);
      const inGroup = [...body.matchAll(/<tr data-card="([a-z0-9-]+)">/g)].map((m) => m[1]).sort();
      expect(inGroup, kind).toEqual(cards.filter((c) => c.data.kind === kind).map((c) => c.id).sort());
    }
  });

  it("links each app's name to its card", () => {
    for (const card of cards) {
      expect(rows.get(card.id)).toMatch(new RegExp(`^\\s*<th scope="row"><a href="${cardUrl(card.id, lang)}">[^<]+</a></th>`));
    }
  });

  it("has a caption, a header for every column and a focusable, labelled region around the table", () => {
    expect(html).toMatch(/<div class="compare-scroll" role="region" aria-label="[^"]+" tabindex="0">\s*<table/);
    expect(html).toMatch(/<caption><span>[^<]+<\/span><\/caption>/);
    expect(html.match(/<th scope="col"/g)).toHaveLength(FACT_COLUMNS.length + 1);
  });

  it("links every value to a note that exists on the card's page, with the number the card's page gives it, and marks the rest not checked", () => {
    let values = 0;
    for (const card of cards) {
      const row = rows.get(card.id)!;
      const cells = [...row.matchAll(/<td data-fact="([a-zA-Z]+)"( data-missing)?>([\s\S]*?)<\/td>/g)];
      expect(cells.map((c) => c[1]), card.id).toEqual([...FACT_COLUMNS]);
      const facts = new Set(factRows(card.data, lang).map((r) => r.key));
      const cardPage = readPage(cardUrl(card.id, lang));
      for (const [, key, missing, cell] of cells) {
        if (!facts.has(key as (typeof FACT_COLUMNS)[number])) {
          expect(missing, `${card.id} ${key}`).toBe(" data-missing");
          expect(cell).toContain(`<span class="sr-only">${t(lang, "compareNotChecked")}</span>`);
          continue;
        }
        values++;
        const link = new RegExp(`<a href="${cardUrl(card.id, lang)}#(note-${card.id}-(\\d+))" aria-label="[^"]+">(\\d+)</a>`).exec(cell);
        expect(link, `${card.id} ${key}`).not.toBeNull();
        const [, anchor, n, shown] = link!;
        expect(shown).toBe(n);
        expect(cardPage, `${card.id}: note ${anchor}`).toContain(`<li id="${anchor}">`);
        // The card's own facts box cites the same note with the same number.
        expect(cardPage).toContain(`<a href="#${anchor}"`);
      }
    }
    // How many values the table shows today; 0 until the cards' facts are filled in.
    console.log(`${path}: ${values} values linked to their notes, ${cards.length * FACT_COLUMNS.length - values} not checked yet`);
  });

  it("runs no script of its own and stays out of the search index", () => {
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag, "only the site's update notice").toMatch(/data-update=/);
    expect(html).not.toContain("data-pagefind-body");
  });

  it("is linked from /apps/ and from every card's facts box", () => {
    expect(readPage(localPath(lang, "/apps/"))).toContain(`href="${path}"`);
    for (const card of cards) {
      const page = readPage(cardUrl(card.id, lang));
      expect(page, card.id).toMatch(new RegExp(`</dl>\\s*<p[^>]*data-print-hide[^>]*><a href="${path}">`));
    }
  });
});

it("no card's slug takes the table's address", () => {
  const pages = contentPages();
  for (const lang of LANGS) expect(contentCards(lang).map((c) => c.id)).not.toContain(localPath(lang, "/apps/compare/").split("/").at(-2));
  expect(pages).toEqual(expect.arrayContaining(LANGS.map((lang) => localPath(lang, "/apps/compare/"))));
});
