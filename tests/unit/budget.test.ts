import { describe, expect, it } from "vitest";
import { budgetExempt, firstViewAssets, firstViewHtml, gzipSize, pageWeight } from "@/lib/checks/budget";

const html =
  '<link rel="stylesheet" href="/_astro/a.css"><link rel="stylesheet" href="/_astro/p.css" media="print">' +
  '<script type="module" src="/_astro/s.js"></script><link rel="icon" href="/favicon.svg">';

describe("first-view budget", () => {
  it("counts up-front stylesheets and scripts, not print stylesheets or icons", () => {
    expect(firstViewAssets(html)).toEqual(["/_astro/a.css", "/_astro/s.js"]);
  });
  it("does not count a script waiting in a <template>, which loads only once a script uses it", () => {
    const page = '<template id="t"><script type="module" src="/_astro/later.js"></script></template><script type="module" src="/_astro/now.js"></script>';
    expect(firstViewAssets(page)).toEqual(["/_astro/now.js"]);
  });
  it("adds the gzip size of the HTML and each asset", () => {
    const weight = pageWeight("/x/", html, (url) => Buffer.from(url.repeat(50)));
    expect(weight.html).toBe(gzipSize(html));
    expect(weight.assets).toBe(gzipSize("/_astro/a.css".repeat(50)) + gzipSize("/_astro/s.js".repeat(50)));
    expect(weight.total).toBe(weight.html + weight.assets);
    expect(weight.whole).toBe(weight.total);
  });
  it("counts the first view up to what is marked below the fold (the evidence notes), and the whole page with it", () => {
    const page = `${html}<main><p>Steps.</p><section class="notes" data-notes data-below-fold><ol><li><q>${"A quote. ".repeat(200)}</q></li></ol></section></main>`;
    expect(firstViewHtml(page)).toBe(`${html}<main><p>Steps.</p>`);
    const weight = pageWeight("/x/", page, () => Buffer.from("css"));
    expect(weight.html).toBe(gzipSize(`${html}<main><p>Steps.</p>`));
    expect(weight.whole).toBe(gzipSize(page) + weight.assets);
    expect(weight.whole).toBeGreaterThan(weight.total);
  });
});

describe("budgetExempt", () => {
  it("frees only the pages laid out for school staff and for paper", () => {
    for (const path of ["/print/", "/print/apps/", "/es/imprimir/youtube/", "/schools/newsletter/", "/es/escuelas/charlas/parent-night/hoja/"]) {
      expect(budgetExempt(path), path).toBe(true);
    }
    for (const path of ["/", "/guides/check-youtube-history/", "/apps/roblox/", "/schools/", "/schools/letter/", "/es/escuelas/", "/help/"]) {
      expect(budgetExempt(path), path).toBe(false);
    }
  });
});
