import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { labelTable, labelText, pathKeys, readLabelTable, unknownLabelKeys, LabelTableError } from "@/lib/content/labels";
import { readGuideFiles, GUIDE_DIRS } from "@/lib/checks/contentCheck";

const dir = mkdtempSync(join(tmpdir(), "labels-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const entry = (en: string, es: string) =>
  `    en: ${en}\n    es: ${es}\n    checkedFor: iOS 26\n    checkedOn: 2026-12-01\n    source: https://support.apple.com/es-mx/105121\n`;
writeFileSync(join(dir, "ios.yaml"), `platform: iPhone\nlabels:\n  settings:\n${entry("Settings", "Configuración")}  screenTime:\n${entry("Screen Time", "Tiempo en pantalla")}  icloud:\n${entry("iCloud", "iCloud")}`);
const table = readLabelTable(dir);

describe("label table", () => {
  it("keys each label by file and name", () => {
    expect([...table.keys()]).toEqual(["ios.settings", "ios.screenTime", "ios.icloud"]);
    expect(pathKeys("ios.settings > ios.screenTime")).toEqual(["ios.settings", "ios.screenTime"]);
  });

  it("reads a path in English, and in Spanish with the English beside it", () => {
    expect(labelText("ios.settings > ios.screenTime", "en", table)).toEqual({ text: "Settings → Screen Time" });
    expect(labelText("ios.settings > ios.screenTime", "es", table)).toEqual({
      text: "Configuración → Tiempo en pantalla",
      english: "Settings → Screen Time",
    });
    // Nothing to add when the phone shows the same word in both languages.
    expect(labelText("ios.icloud", "es", table)).toEqual({ text: "iCloud" });
  });

  it("finds keys the table lacks", () => {
    expect(unknownLabelKeys(`Open <Label path="ios.settings > ios.nope" /> and <Label path='x.y'/>`, table)).toEqual(["ios.nope", "x.y"]);
    expect(() => labelText("ios.nope", "en", table)).toThrow(/Unknown label "ios.nope"/);
  });

  it("rejects an entry without a source or check date, naming the file and the field", () => {
    const bad = mkdtempSync(join(dir, "bad-"));
    writeFileSync(join(bad, "android.yaml"), `platform: Android\nlabels:\n  settings:\n    en: Settings\n    es: Configuración\n    checkedFor: Android 16\n`);
    expect(() => readLabelTable(bad)).toThrow(LabelTableError);
    expect(() => readLabelTable(bad)).toThrow(/android\.yaml: labels\.settings\.checkedOn: .*\n.*android\.yaml: labels\.settings\.source: /);
  });

  it("has every key the real guides and cards name", () => {
    const real = labelTable();
    for (const f of [...readGuideFiles(GUIDE_DIRS.en), ...readGuideFiles(GUIDE_DIRS.es)]) expect(unknownLabelKeys(f.source, real), f.file).toEqual([]);
  });
});
