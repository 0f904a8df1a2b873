import { afterAll, describe, expect, it } from "vitest";
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSite, ROOT } from "../helpers/build.ts";

const folders: string[] = [];

/**
 * Copies every real guide (both languages) to a temporary folder, lets `spoil` add the bad input, and runs a real
 * `astro build` of it. All the guides, not a few: they link to one another, and a partial set would fail this very
 * gate. Each build takes several seconds, so one build shows several problems.
 */
function buildWith(spoil: (dir: string) => void) {
  const work = mkdtempSync(join(tmpdir(), "bad-input-"));
  folders.push(work);
  const dir = join(work, "content");
  cpSync(join(ROOT, "content"), dir, { recursive: true });
  spoil(dir);
  const outDir = join(work, "dist");
  return { dir, outDir, ...buildSite({ guidesDir: dir, outDir, workDir: work }) };
}

afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

// Each case is a real build of the whole site: give it time on a busy two-core machine.
describe("bad content fails the build, naming the file and the problem, and leaves no output", { timeout: 240_000 }, () => {
  it("a broken link, a link to a missing guide, a broken anchor, an image without alt text, a missing related guide", () => {
    const { dir, outDir, status, output } = buildWith((dir) => {
      const file = join(dir, "monthly-phone-check.mdx");
      const source = readFileSync(file, "utf8").replace(/^related: \[/m, "related: [no-such-related-guide, ");
      copyFileSync(join(ROOT, "public", "icon-192.png"), join(dir, "screenshot.png"));
      writeFileSync(
        file,
        source +
          "\n## Broken on purpose\n\nRead [the missing guide](/guides/no-such-guide/), " +
          "[the missing step](#no-such-step) and [the missing page](/no-such-page/).\n\n![](screenshot.png)\n",
      );
      // The Spanish twin gets the section too: a page and its twin must have the same sections.
      const es = join(dir, "es", "monthly-phone-check.mdx");
      writeFileSync(es, readFileSync(es, "utf8") + "\n## Roto a propósito\n\nNada.\n");
    });
    const where = `${join(dir, "monthly-phone-check.mdx")} (/guides/monthly-phone-check/)`;
    expect(status).not.toBe(0);
    expect(output).toContain(`${where}: link to /guides/no-such-guide/: no page or file /guides/no-such-guide/ in the build`);
    expect(output).toContain(`${where}: link to /no-such-page/: no page or file /no-such-page/ in the build`);
    expect(output).toContain(`${where}: link to #no-such-step: no element with id "no-such-step" on /guides/monthly-phone-check/`);
    expect(output).toContain(`${where}: image without alt text: <img src="/_astro/screenshot.`);
    expect(output).toContain(`${join(dir, "monthly-phone-check.mdx")}: related guide "no-such-related-guide" does not exist or is a draft`);
    expect(existsSync(join(outDir, "index.html"))).toBe(false);
    expect(existsSync(outDir)).toBe(false);
  });

  it("a fact without its evidence, a marker naming no note, and a Spanish page that says less than its English twin", () => {
    const { dir, outDir, status, output } = buildWith((dir) => {
      const guide = join(dir, "monthly-phone-check.mdx");
      writeFileSync(guide, readFileSync(guide, "utf8") + "\n## Unsourced steps\n\n1. Open the settings.\n2. Turn it on.\n\n## More steps\n\n1. Check it.[^no-such-note]\n");
    });
    expect(status).not.toBe(0);
    const guide = join(dir, "monthly-phone-check.mdx");
    expect(output).toContain(`${guide}: section "## Unsourced steps" states facts without a note: add a marker [^id]`);
    expect(output).toContain(`${guide}: marker [^no-such-note] names no note in the frontmatter's notes`);
    expect(output).toContain(`${join(dir, "es", "monthly-phone-check.mdx")}: `);
    expect(output).toMatch(/\d+ numbered steps where the English page has \d+/);
    expect(existsSync(outDir)).toBe(false);
  });

  it("a note without its quote, naming the file and the note", () => {
    const { dir, outDir, status, output } = buildWith((dir) => {
      // The first note loses its quote: the field is renamed, so a folded quote's lines stay valid YAML.
      const card = join(dir, "apps", "discord.mdx");
      writeFileSync(card, readFileSync(card, "utf8").replace(/^(\s+)quote:/m, "$1quotation:"));
    });
    expect(status).not.toBe(0);
    expect(output).toContain(join(dir, "apps", "discord.mdx"));
    expect(output).toMatch(/notes\.0\.quote: a note needs the quote/);
    expect(existsSync(outDir)).toBe(false);
  });

  it("two guide files with the same slug, in English and in Spanish", () => {
    const { dir, outDir, status, output } = buildWith((dir) => {
      copyFileSync(join(dir, "check-youtube-history.mdx"), join(dir, "Check-YouTube-History.mdx"));
      copyFileSync(join(dir, "es", "monthly-phone-check.mdx"), join(dir, "es", "Monthly-Phone-Check.mdx"));
    });
    expect(status).not.toBe(0);
    expect(output).toContain(
      `${join(dir, "Check-YouTube-History.mdx")}, ${join(dir, "check-youtube-history.mdx")}: these 2 files all have the slug "check-youtube-history"`,
    );
    expect(output).toContain(
      `${join(dir, "es", "Monthly-Phone-Check.mdx")}, ${join(dir, "es", "monthly-phone-check.mdx")}: these 2 files all have the slug "monthly-phone-check"`,
    );
    expect(existsSync(join(outDir, "index.html"))).toBe(false);
  });

  it("an on-screen label the table lacks, naming the guide file and the key", () => {
    const { dir, outDir, status, output } = buildWith((dir) => {
      mkdirSync(join(dir, "labels"), { recursive: true });
      writeFileSync(join(dir, "labels", "demo.yaml"), demoLabels(true));
      const file = join(dir, "es", "monthly-phone-check.mdx");
      writeFileSync(file, readFileSync(file, "utf8") + '\nAbra <Label path="demo.settings > demo.screenTme" />.\n');
    });
    expect(status).not.toBe(0);
    expect(output).toContain(`${join(dir, "es", "monthly-phone-check.mdx")}: label "demo.screenTme" is not in the label table`);
    expect(existsSync(outDir)).toBe(false);
  });

  it("a label table entry without a source, naming the file and the field", () => {
    const { dir, status, output } = buildWith((dir) => {
      mkdirSync(join(dir, "labels"), { recursive: true });
      writeFileSync(join(dir, "labels", "demo.yaml"), demoLabels(false));
    });
    expect(status).not.toBe(0);
    expect(output).toContain(`${join(dir, "labels", "demo.yaml")}: labels.settings.source: `);
  });
});

/** A one-entry label file, with or without its source. */
function demoLabels(withSource: boolean): string {
  return `platform: Demo phone
labels:
  settings:
    en: Settings
    es: Configuración
    checkedFor: Demo 1
    checkedOn: 2026-12-01
${withSource ? "    source: https://support.apple.com/es-mx/105121\n" : ""}`;
}
