import { describe, expect, it } from "vitest";
import { contentDirs, readGuideFiles, slugOf, splitFrontmatter } from "@/lib/checks/contentCheck";
import { cardSchema, guideSchema } from "@/lib/content/schema";
import { sortGuides } from "@/lib/content/guides";
import { sortCards } from "@/lib/content/apps";
import { LANGS, type Lang } from "@/lib/site/i18n";
import { blocks, planData, plainBlock } from "@/lib/plan/planData";
import { decodeChoices, encodeChoices } from "@/lib/plan/choices";
import { PLAN_DEVICES, PLAN_PARTS } from "@/lib/plan/sources";

// The real guides and cards, parsed through the schemas as the build parses them.
const dirs = contentDirs();
function pages(lang: Lang) {
  const read = <S extends typeof guideSchema | typeof cardSchema>(dir: string, schema: S) =>
    readGuideFiles(dir).map((f) => {
      const { data, body } = splitFrontmatter(f.source);
      return { id: slugOf(f.file), body, filePath: f.file, data: schema.parse(data) as ReturnType<S["parse"]> };
    });
  return { guides: sortGuides(read(dirs.guides[lang], guideSchema)), cards: sortCards(read(dirs.cards[lang], cardSchema)) };
}
const site = Object.fromEntries(LANGS.map((lang) => [lang, pages(lang)])) as Record<Lang, ReturnType<typeof pages>>;
const data = Object.fromEntries(LANGS.map((lang) => [lang, planData(site[lang].guides, site[lang].cards, lang)])) as Record<Lang, ReturnType<typeof planData>>;

describe("the plan's address", () => {
  const known = { stages: ["under-9", "9-12"], devices: ["iphone", "android"], apps: ["roblox", "tiktok"] };

  it("carries each child's stage, devices and apps, and reads back the same", () => {
    const children = [
      { stage: "9-12", devices: ["iphone"], apps: ["roblox"] },
      { stage: "", devices: [], apps: ["tiktok", "roblox"] },
    ];
    const hash = encodeChoices(children);
    expect(hash).toBe("child=9-12:iphone:roblox&child=::tiktok,roblox");
    expect(decodeChoices(`#${hash}`, known)).toEqual(children);
  });

  it("drops what the plan does not know (a typo, a card since removed) and repeats", () => {
    expect(decodeChoices("#child=7-8:iphone,fax,iphone:roblox,gone&other=1", known)).toEqual([{ stage: "", devices: ["iphone"], apps: ["roblox"] }]);
    expect(decodeChoices("", known)).toEqual([]);
  });
});

describe("the plan's steps come from the pages themselves", () => {
  it("reads list items and paragraphs, continuation lines joined", () => {
    expect(blocks("Intro line.\n\n1. One\n   more.\n2. Two\n- Bullet\n\n### Head\nText")).toEqual([
      { kind: "paragraph", text: "Intro line." },
      { kind: "numbered", text: "One more." },
      { kind: "numbered", text: "Two" },
      { kind: "bullet", text: "Bullet" },
      { kind: "paragraph", text: "Text" },
    ]);
  });

  it("writes a step as the page reads: labels in the page's language, no markers, links or emphasis", () => {
    const md = 'Open <Label path="ios.settings > ios.screenTime" />.[^st] See [the guide](/guides/x/) **now**.';
    expect(plainBlock(md, "en")).toBe("Open Settings → Screen Time. See the guide now.");
    expect(plainBlock(md, "es")).toMatch(/^Open Configuración → Tiempo en pantalla \(Settings → Screen Time\)\./);
  });

  it("takes the iPhone guide's numbered sections, in order, each with its sources on the guide's notes", () => {
    const iphone = data.en.devices.find((d) => d.id === "iphone")!.pages[0];
    expect(iphone.url).toBe("/guides/iphone-parental-controls/");
    expect(iphone.steps.map((s) => s.title)).toEqual([
      "Add your child to Family Sharing",
      "Turn on Screen Time and lock it",
      "Set content limits",
      "Turn on Ask to Buy",
      "Limit who can contact your child",
      "Set Downtime and App Limits",
      "Check Communication Safety",
    ]);
    expect(iphone.steps[0].items[0]).toBe("On your iPhone, open Settings → Family. Tap the button to add a member.");
    for (const step of iphone.steps) {
      expect(step.sources.length, step.title).toBeGreaterThan(0);
      for (const [publisher, href] of step.sources) {
        expect(publisher).toBe(publisher.trim());
        expect(href).toMatch(/^\/guides\/iphone-parental-controls\/#note-iphone-parental-controls-\d+$/);
      }
    }
  });

  it("takes each card's 'Do these three things first' as three steps, with their sources", () => {
    const roblox = data.en.apps.find((a) => a.id === "roblox")!;
    expect(roblox.page.steps.map((s) => s.title)).toEqual([
      "Make your own Roblox account and link it to your child's.",
      "If your child is under 13, decide in parental controls whether to allow direct messages in games.",
      "Read the friends list together. Block anyone your child hasn't met in person.",
    ]);
    expect(roblox.page.steps.every((s) => s.sources.length > 0)).toBe(true);
    expect(roblox.href).toMatch(/\/apps\/roblox\/$/);
  });

  it("has every card, and every device with a published guide or card; a slug not yet published is skipped", () => {
    expect(data.en.apps.map((a) => a.id)).toEqual(site.en.cards.map((c) => c.id));
    const published = new Set([...site.en.guides, ...site.en.cards].map((p) => p.id));
    const expected = PLAN_DEVICES.filter((d) => [...d.guides, ...d.cards].some((slug) => published.has(slug))).map((d) => d.id);
    expect(data.en.devices.map((d) => d.id)).toEqual(expected);
    const withoutTv = planData(site.en.guides.filter((g) => g.id !== "tv-and-streaming-devices"), site.en.cards, "en");
    expect(withoutTv.devices.map((d) => d.id)).not.toContain("tv");
    expect(data.en.devices.find((d) => d.id === "console")!.pages.map((p) => p.url)).toEqual(["/apps/xbox/", "/apps/playstation/", "/apps/nintendo-switch/"]);
  });

  it("gives each age stage its own talk", () => {
    expect(data.en.talk["under-9"].items[0]).toMatch(/^"If anything on the tablet/);
    expect(data.en.talk["9-12"].items[0]).toBe('"Who do you talk to in that game? Do you know them in real life?"');
    expect(data.en.talk["13-15"].items).toEqual(data.en.talk["16-17"].items);
    expect(data.en.signs.items.length).toBeGreaterThanOrEqual(5);
    expect(data.en.help.map((h) => h.phone)).toEqual(["911", "988", "1-800-843-5678", "1-800-225-5324", "1-888-373-7888"]);
  });

  it("says the same in Spanish: the same steps, items and sources, from the Spanish pages", () => {
    const shape = (d: ReturnType<typeof planData>) => ({
      devices: d.devices.map((x) => [x.id, x.pages.map((p) => p.steps.map((s) => [s.items.length, s.sources.length]))]),
      apps: d.apps.map((a) => [a.id, a.page.steps.length]).toSorted(),
      talk: Object.values(d.talk).map((t) => t.items.length),
      signs: d.signs.items.length,
    });
    expect(shape(data.es)).toEqual(shape(data.en));
    expect(data.es.devices[0].pages[0].url).toBe("/es/guias/iphone-parental-controls/");
    expect(data.es.apps.find((a) => a.id === "roblox")!.page.url).toBe("/es/apps/roblox/");
    expect(data.es.devices[0].label).toBe("iPhone");
    expect(data.es.stages.map((s) => s.label)).toContain("De 9 a 12 años");
    expect(data.es.stages.map((s) => s.url)).toContain("/es/edades/menos-de-9/");
  });
});

describe("bad input fails the build, naming the file and the part", () => {
  const talking = site.en.guides.find((g) => g.id === PLAN_PARTS.talk.slug)!;
  const roblox = site.en.cards.find((c) => c.id === "roblox")!;

  it("a talk guide without a stage's section", () => {
    const broken = { ...talking, body: talking.body.replace("### 9 to 12", "### Nine to twelve") };
    const guides = site.en.guides.map((g) => (g === talking ? broken : g));
    expect(() => planData(guides, site.en.cards, "en")).toThrow(/content\/talking-with-your-child\.mdx: body: .*naming ages 9–12/);
  });

  it("a card without its first three steps", () => {
    const broken = { ...roblox, body: roblox.body.replace(/^## Do these three things first[\s\S]*?(?=^## )/m, "## Do these three things first\n\nNothing numbered.\n\n") };
    const cards = site.en.cards.map((c) => (c === roblox ? broken : c));
    expect(() => planData(site.en.guides, cards, "en")).toThrow(/content\/apps\/roblox\.mdx: body: "## Do these three things first" has no numbered steps/);
  });

  it("a device guide with no numbered steps", () => {
    const iphone = site.en.guides.find((g) => g.id === "iphone-parental-controls")!;
    const broken = { ...iphone, body: iphone.body.replace(/^\d+\. /gm, "- ") };
    const guides = site.en.guides.map((g) => (g === iphone ? broken : g));
    expect(() => planData(guides, site.en.cards, "en")).toThrow(/content\/iphone-parental-controls\.mdx: body: .*numbered steps/);
  });

  it("a guide the plan needs that is not published", () => {
    expect(() => planData(site.en.guides.filter((g) => g.id !== "grooming-warning-signs"), site.en.cards, "en")).toThrow(/grooming-warning-signs/);
  });
});
