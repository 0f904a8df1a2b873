import { describe, expect, it } from "vitest";
import { existsSync } from "node:fs";
import { contentPages, fileFor, readPage } from "../helpers/dist.ts";
import { translatePath } from "@/lib/site/i18n";
import { SITE_URL } from "@/lib/site/site";

/** Pages with a counterpart in the other language (the 404 answers any address). */
const translated = contentPages().filter((p) => !p.endsWith(".html") && !p.startsWith("/es/404/"));

describe("English and Spanish", () => {
  it("has a Spanish page for every English page, and the other way round", () => {
    for (const path of translated) {
      const other = translatePath(path, path.startsWith("/es/") ? "en" : "es");
      expect(existsSync(fileFor(other)), `${path} → ${other}`).toBe(true);
    }
    expect(translated.filter((p) => p.startsWith("/es/guias/")).length).toBeGreaterThanOrEqual(14);
  });

  it.each(translated)("%s links its translation with hreflang and the language switcher", (path) => {
    const html = readPage(path);
    const es = path.startsWith("/es/");
    const other = translatePath(path, es ? "en" : "es");
    expect(html).toContain(`<link rel="alternate" hreflang="en-US" href="${SITE_URL}${translatePath(path, "en")}">`);
    expect(html).toContain(`<link rel="alternate" hreflang="es-US" href="${SITE_URL}${translatePath(path, "es")}">`);
    expect(html).toContain(`<link rel="alternate" hreflang="x-default" href="${SITE_URL}${translatePath(path, "en")}">`);
    expect(html).toMatch(new RegExp(`<a href="${other}" hreflang="${es ? "en" : "es"}" lang="${es ? "en" : "es"}"`));
  });

  it("speaks Spanish on Spanish pages", () => {
    const html = readPage("/es/guias/check-youtube-history/");
    expect(html).toMatch(/<html lang="es"/);
    expect(html).toContain(">Pida ayuda ahora</a>");
    expect(html).toContain('href="/es/ayuda/"');
    expect(html).toContain("Revisada el");
    expect(html).not.toContain("Reviewed on");
  });

  it("offers Spanish readers their site from the shared 404 page", () => {
    expect(readPage("/404.html")).toContain('href="/es/"');
  });
});
