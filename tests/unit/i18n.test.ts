import { describe, expect, it } from "vitest";
import { langOf, LANGS, translatePath, t, UI, UI_PARTS } from "@/lib/site/i18n";
import { guideUrl } from "@/lib/content/guides";
import { TOPIC_TEXT, TOPICS, topicUrl } from "@/lib/content/topics";

describe("translation tables", () => {
  it("give every interface string in every language, none left empty or in English by mistake", () => {
    const keys = Object.keys(UI.en).sort();
    for (const lang of LANGS) {
      expect(Object.keys(UI[lang]).sort(), lang).toEqual(keys);
      for (const key of keys) expect(UI[lang][key as keyof typeof UI.en].trim(), `${lang}.${key}`).not.toBe("");
    }
    // Brand and product names may match, and "No" and "App" are the same word in both; sentences may not.
    const sameWord = new Set(["fact_no", "compareApp", "planDeviceIphone", "planDeviceIpad"]);
    const same = keys.filter((k) => !sameWord.has(k) && UI.es[k as keyof typeof UI.en] === UI.en[k as keyof typeof UI.en]);
    expect(same).toEqual([]);
  });

  it("keep each string in one part of the site", () => {
    const keys = Object.values(UI_PARTS).flatMap((part) => Object.keys(part.en));
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
    expect(keys.length).toBe(Object.keys(UI.en).length);
  });

  it("name every topic in every language", () => {
    for (const lang of LANGS) for (const topic of TOPICS) expect(TOPIC_TEXT[lang][topic].label.length).toBeGreaterThan(2);
  });

  it("fill placeholders", () => {
    expect(t("en", "minRead", { n: 4 })).toBe("4 min read");
    expect(t("es", "ageRange", { from: 9, to: 12 })).toBe("De 9 a 12 años");
  });
});

describe("addresses", () => {
  it("keep English at the permanent root addresses and put Spanish under /es/", () => {
    expect(guideUrl("check-youtube-history")).toBe("/guides/check-youtube-history/");
    expect(guideUrl("check-youtube-history", "es")).toBe("/es/guias/check-youtube-history/");
    expect(guideUrl("get-help-now", "es")).toBe("/es/ayuda/");
    expect(topicUrl("youtube", "es")).toBe("/es/temas/youtube/");
  });

  it("translate a page's path both ways", () => {
    for (const [en, es] of [
      ["/", "/es/"],
      ["/guides/x/", "/es/guias/x/"],
      ["/help/", "/es/ayuda/"],
      ["/search/", "/es/buscar/"],
      ["/print/youtube/", "/es/imprimir/youtube/"],
      ["/schools/letter/", "/es/escuelas/carta/"],
    ]) {
      expect(translatePath(en, "es")).toBe(es);
      expect(translatePath(es, "en")).toBe(en);
      expect(translatePath(en, "en")).toBe(en);
    }
  });

  it("tell a page's language from its path", () => {
    expect(langOf("/es/guias/x/")).toBe("es");
    expect(langOf("/es")).toBe("es");
    expect(langOf("/essentials/")).toBe("en");
  });
});
