import { describe, expect, it } from "vitest";
import { checkGuide, checkInterfaceStrings } from "@/lib/checks/contentCheck";
import { avoidedPhrases, otherTerms, styleSheet, type StyleSheet } from "@/lib/content/spanishStyle";
import { UI } from "@/lib/site/i18n";

const sheet: StyleSheet = {
  address: "Trate al padre o la madre de usted, sin suponer que es hombre.",
  decisions: [],
  terms: [
    { concept: "parental controls", use: "controles parentales", instead: ["controles para padres"], keep: [], why: "ES85" },
    { concept: "the phone", use: "celular", instead: ["teléfono"], keep: ["número de teléfono"], why: "ES84" },
  ],
  avoid: [{ phrase: "no estás en problemas", use: "No te voy a regañar ni a castigar.", why: "ES22" }],
};

describe("the Spanish style sheet", () => {
  it("is valid, and every phrase it avoids has what to write instead", () => {
    const real = styleSheet();
    expect(real.avoid.length).toBeGreaterThan(5);
    expect(real.terms.map((t) => t.concept)).toContain("parental controls");
  });

  it("finds an avoided phrase, whatever its case, with its line", () => {
    expect(avoidedPhrases("Hola.\nDígale: \"No estás en problemas.\"\n", sheet)).toEqual([
      { line: 2, found: "No estás en problemas", use: "No te voy a regañar ni a castigar." },
    ]);
  });

  it("leaves the publishers' own words alone: quotes and titles in notes", () => {
    expect(avoidedPhrases('notes:\n  - id: a\n    quote: "no estás en problemas"\n    title: no estás en problemas\n', sheet)).toEqual([]);
  });

  it("reports a non-preferred word with the one the sheet prefers", () => {
    expect(otherTerms("Use los controles para padres del iPhone.", sheet)).toEqual([{ line: 1, found: "controles para padres", use: "controles parentales" }]);
  });

  it("keeps a word inside a phrase the sheet keeps: a phone number is a número de teléfono", () => {
    expect(otherTerms("Anote el número de teléfono. Revise el teléfono.", sheet)).toEqual([{ line: 1, found: "teléfono", use: "celular" }]);
  });
});

describe("the content check with the style sheet", () => {
  const page = (body: string) => `---
title: Una guía de prueba
summary: Un resumen que es una oración completa y bastante larga.
topic: youtube
ages: { from: 8, to: 17 }
devices: [any]
reviewed: 2026-12-06
notes:
  - id: ncmec
    publisher: NCMEC
    title: CyberTipline
    url: https://www.missingkids.org/es/gethelpnow/cybertipline
    quote: "Denuncie la explotación sexual infantil en línea."
    read: 2026-12-06
changes:
  - date: 2026-12-06
    note: Primera publicación.
---
${body}`;
  const check = (body: string) => checkGuide({ file: "content/es/prueba.mdx", source: page(body) }, new Date("2026-12-06"), "es");

  it("fails a Spanish page on an avoided phrase, naming the line", () => {
    const report = check('## En resumen\n\nDígale a su hijo: "No estás en problemas." Haga la denuncia.[^ncmec]\n');
    expect(report.file).toBe("content/es/prueba.mdx");
    expect(report.problems).toEqual([expect.stringMatching(/^line 21: "No estás en problemas" is on the Spanish style sheet's avoid list/)]);
  });

  it("reports a non-preferred word as a warning, not a failure", () => {
    const report = check("## En resumen\n\nPonga los controles para padres. Haga la denuncia.[^ncmec]\n");
    expect(report.problems).toEqual([]);
    expect(report.warnings).toEqual(['"controles para padres" (the style sheet says "controles parentales") on line 21']);
  });

  it("checks the Spanish interface strings too", () => {
    expect(checkInterfaceStrings().problems).toEqual([]);
    const phrase = UI.es.skipLink.toLowerCase();
    const strict = { ...sheet, avoid: [{ phrase, use: "otra cosa", why: "test" }] };
    expect(checkInterfaceStrings(strict).problems).toEqual([`src/lib/site/i18n/chrome.ts: es.skipLink: "${UI.es.skipLink}" is on the avoid list: write "otra cosa"`]);
  });

  it("sees every Spanish interface string, in the file of its part", () => {
    const everything = { ...sheet, avoid: Object.values(UI.es).map((phrase) => ({ phrase, use: "otra cosa", why: "test" })) };
    const named = new Set(checkInterfaceStrings(everything).problems.map((p) => p.match(/: es\.(\w+):/)?.[1]));
    expect(Object.keys(UI.es).filter((key) => !named.has(key))).toEqual([]);
  });
});
