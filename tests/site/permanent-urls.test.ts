/**
 * Schools print and paste our addresses, so a published address must keep working: every path in
 * tests/fixtures/published-urls.txt is built, and every redirect in astro.config.mjs leads to a built page.
 */
import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import config from "../../astro.config.mjs";
import { fileFor, readPage } from "../helpers/dist.ts";
import { guidesFeedSchema } from "@/lib/feeds/feeds";

const published = readFileSync(join(import.meta.dirname, "..", "fixtures", "published-urls.txt"), "utf8")
  .split("\n")
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith("#"));

/** [from, to] for every redirect in the site's config; a target may be a string or { destination }. */
const redirects = Object.entries(config.redirects ?? {}).map(
  ([from, to]) => [from, typeof to === "string" ? to : to.destination] as const,
);

/** Whether a site path is built (a page folder with index.html, or a file such as /rss.xml). */
const isBuilt = (path: string) => existsSync(fileFor(path));

describe("permanent addresses", () => {
  it("the list is well formed: site paths, no duplicates", () => {
    for (const path of published) expect(path, path).toMatch(/^\/([a-z0-9-]+\/)*([a-z0-9-]+\.(json|xml))?$/);
    expect(new Set(published).size).toBe(published.length);
  });

  it.each(published)("%s is still built", (path) => {
    expect(isBuilt(path), `${path} was published and must keep working; add a redirect if it moved`).toBe(true);
  });

  it("every guide in the build is on the list (add new guides' addresses to published-urls.txt)", () => {
    const { guides } = guidesFeedSchema.parse(JSON.parse(readPage("/guides.json")));
    for (const { url } of guides) expect(published, url).toContain(new URL(url).pathname);
  });

  it("includes the /guides/ address of the help guide as a redirect to /help/", () => {
    expect(redirects).toContainEqual(["/guides/get-help-now/", "/help/"]);
  });

  it.each(redirects)("%s redirects to %s, a built page on the list", (from, to) => {
    const html = readPage(from.endsWith("/") ? from : `${from}/`);
    expect(html).toContain(`<meta http-equiv="refresh" content="0;url=${to}">`);
    expect(isBuilt(to), `${to} is not built`).toBe(true);
    expect(published, "both ends of a redirect stay published").toEqual(expect.arrayContaining([from, to]));
  });
});
