import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { htmlPages, readPage } from "../helpers/dist.ts";
import { SITE_URL } from "@/lib/site/site";

const SITE_HOST = new URL(SITE_URL).host;

const allowed = readFileSync(join(import.meta.dirname, "..", "fixtures", "allowed-link-domains.txt"), "utf8")
  .split("\n")
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith("#"));

function isAllowed(host: string): boolean {
  return allowed.some((d) => host === d || host.endsWith(`.${d}`));
}

/** Every <a> tag pointing off the site, on every built page (absolute links to the site itself are not external). */
const externalLinks = htmlPages().flatMap((path) =>
  [...readPage(path).matchAll(/<a\b[^>]*href="(https?:\/\/[^"]+)"[^>]*>/g)]
    .map(([tag, href]) => ({ path, tag, href }))
    .filter(({ href }) => new URL(href).host !== SITE_HOST),
);

describe("external links", () => {
  it("exist (the sources are linked)", () => {
    expect(externalLinks.length).toBeGreaterThan(20);
  });

  it("are all https, open no window handle and send no referrer", () => {
    for (const { path, tag, href } of externalLinks) {
      expect(href, path).toMatch(/^https:\/\//);
      expect(tag, `${path}: ${href}`).toMatch(/rel="[^"]*noopener[^"]*"/);
      expect(tag, `${path}: ${href}`).toMatch(/rel="[^"]*noreferrer[^"]*"/);
    }
  });

  it("go only to reviewed domains", () => {
    const unknown = externalLinks.map((l) => new URL(l.href).host).filter((host) => !isAllowed(host));
    expect([...new Set(unknown)]).toEqual([]);
  });
});
