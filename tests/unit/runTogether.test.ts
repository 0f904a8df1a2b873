import { describe, expect, it } from "vitest";
import { runTogether } from "@/lib/checks/runTogether";

describe("runTogether", () => {
  it("finds sentences and phrases that touch, in both languages", () => {
    expect(runTogether("Is a child in danger right now?Call 911. For threats, see")).toEqual(["now?Call"]);
    expect(runTogether("¿Un niño está en peligro ahora mismo?Llame al 911.")).toEqual(["mismo?Llame"]);
    expect(runTogether("Open Settings.Then tap it. Hoy.¿Qué hacer? Note:Call now, Yes!No")).toEqual(["Settings.Then", "Hoy.¿Qué", "Note:Call", "Yes!No"]);
    expect(runTogether("Call now.I will")).toEqual(["now.I"]);
  });

  it("leaves words written with a dot: abbreviations, names, addresses, versions", () => {
    const text =
      "Character.AI, Character.AI's app (U.S. only), e.g. this, i.e. that, MediaLab.AI.4 Monkey.Cool, iOS 18.2, " +
      "https://support.apple.com/en-us/HT201304 (www.example.com/Page) help@Example.org";
    expect(runTogether(text)).toEqual([]);
  });
});
