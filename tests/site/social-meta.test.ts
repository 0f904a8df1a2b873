import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { contentPages, fileFor, readPage } from "../helpers/dist.ts";
import { SITE_URL } from "@/lib/site/site";

// Redirect stubs send the browser on at once; they are never shared, so they carry no preview.
const pages = contentPages();

/** The content of `<meta property|name="key" content="…">`, or undefined. */
function meta(html: string, key: string): string | undefined {
  return new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];
}

describe("link previews", () => {
  it.each(pages)("%s has Open Graph and Twitter card tags", (path) => {
    const html = readPage(path);
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
    expect(meta(html, "og:url")).toBe(canonical);
    expect(meta(html, "og:type")).toBe("website");
    expect(meta(html, "og:site_name")).toBeTruthy();
    for (const key of ["og:title", "og:description", "og:image:alt", "twitter:title", "twitter:description"]) {
      expect(meta(html, key)?.length, key).toBeGreaterThan(5);
    }
    expect(meta(html, "og:description")).toBe(meta(html, "description"));
    expect(meta(html, "twitter:card")).toBe("summary_large_image");
    expect(meta(html, "og:image")).toBe(`${SITE_URL}/social-card.png`);
    expect(meta(html, "twitter:image")).toBe(meta(html, "og:image"));
    expect([meta(html, "og:image:width"), meta(html, "og:image:height")]).toEqual(["1200", "630"]);
  });

  it("the share image is built: a 1200×630 PNG under 60 KB", () => {
    const png = readFileSync(fileFor("/social-card.png"));
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    // The IHDR chunk holds width and height as big-endian 32-bit numbers.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(png.length).toBeLessThan(60 * 1024);
  });
});
