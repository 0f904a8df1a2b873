/**
 * The family plan's data for one language, made at build time from the guides' and cards' own words: a device
 * guide's sections of numbered steps, each card's "Do these three things first", the talk for each age stage, the warning
 * signs and the help numbers. A fix to a page is a fix to every plan. The plan page's script (client.ts) fetches it
 * as /plan/data.json (or /es/plan/data.json) and shows only what a family chose.
 */
import { CARD_SECTIONS, cardUrl, minimumAgeShort, type Card } from "../content/apps.ts";
import { guideUrl, type Guide } from "../content/guides.ts";
import { HOTLINES } from "../content/contacts.ts";
import { labelPlainText, labelTable, type LabelTable } from "../content/labels.ts";
import { noteAnchor, noteNumbers, sections } from "../content/notes.ts";
import { NOTE_MARKER, stripMdx } from "../content/text.ts";
import { hotlineName } from "../schools/schools.ts";
import { STAGE_AGES, headingAges, overlaps, stageName, stageUrl } from "../content/ages.ts";
import { absoluteUrl } from "../site/site.ts";
import { LOCALES, UI_PARTS, localPath, t, type Lang, type UiKey } from "../site/i18n.ts";
import { CARD_FIRST_STEPS, PLAN_DEVICES, PLAN_PARTS, PLAN_STAGES, type PlanStage } from "./sources.ts";

/** A source of a step: the publisher as the page's note shows it and the address of that note on the page. */
export type PlanSource = [publisher: string, href: string];

/** One thing to do: what it is, its sub-steps (for a guide's section) and where each fact comes from. */
export interface PlanStep {
  title: string;
  items: string[];
  sources: PlanSource[];
}

/** A guide or card the plan takes steps from. */
export interface PlanPage {
  title: string;
  /** The page's path on this site. */
  url: string;
  steps: PlanStep[];
}

export interface PlanApp {
  id: string;
  name: string;
  /** Nicknames and misspellings from the card, for the app filter. */
  aliases: string[];
  /** The app's minimum age in its own terms, in short ("13 and up"), when a page stating it was read. */
  minAge?: string;
  /** The card's absolute address, for its QR code on paper. */
  href: string;
  page: PlanPage;
}

export interface PlanData {
  lang: Lang;
  /** The site's public address: printed QR codes point there. */
  site: string;
  /** Devices the family can pick: those with at least one published page, with their pages' steps. */
  devices: { id: string; label: string; pages: PlanPage[] }[];
  apps: PlanApp[];
  /** The stages, each with its name and its age page's path. */
  stages: { id: PlanStage; label: string; url: string }[];
  /** The talk to have at each stage: the conversation starters from the talking guide. */
  talk: Record<PlanStage, PlanPage & { items: string[] }>;
  signs: PlanPage & { items: { text: string; sources: PlanSource[] }[] };
  help: { name: string; phone: string; text?: string }[];
  /** The help page's path. */
  helpUrl: string;
  /** The apps page's path, for a name no card has. */
  appsUrl: string;
  /** BCP 47 locale for the "check again on" date. */
  locale: string;
  /** The interface strings the script shows (i18n/plan.ts and the source marker), in this language. */
  ui: Record<string, string>;
}

/** The numbers a plan ends with, most urgent first, as the talks' last slide. */
export const PLAN_HELP = ["emergency", "crisis", "cybertipline", "fbi", "trafficking"] as const;

/** Guides and cards as these helpers need them, with where each file lives for error messages. */
type GuidePage = Guide & { filePath?: string };
type CardPage = Card & { filePath?: string };
type Page = GuidePage | CardPage;

const DEVICE_KEYS: Record<string, UiKey> = {
  iphone: "planDeviceIphone",
  ipad: "planDeviceIpad",
  android: "planDeviceAndroid",
  chromebook: "planDeviceChromebook",
  windows: "planDeviceWindows",
  mac: "planDeviceMac",
  console: "planDeviceConsole",
  tv: "planDeviceTv",
};

/** The file a page comes from, for error messages: the collection's own path when it has one. */
function fileOf(page: Page, lang: Lang, kind: "guide" | "card"): string {
  return page.filePath ?? `content/${lang === "es" ? "es/" : ""}${kind === "card" ? "apps/" : ""}${page.id}.mdx`;
}

/** Blocks of a piece of Markdown: each list item (with its continuation lines) or paragraph, and whether it is a list item. */
export function blocks(markdown: string): { kind: "numbered" | "bullet" | "paragraph"; text: string }[] {
  const out: { kind: "numbered" | "bullet" | "paragraph"; text: string }[] = [];
  let current: (typeof out)[number] | undefined;
  for (const line of markdown.split("\n")) {
    if (/^#{1,6} /.test(line) || !line.trim()) {
      current = undefined;
      continue;
    }
    const numbered = /^\d+\.\s+(.*)$/.exec(line);
    const bullet = /^[-*]\s+(.*)$/.exec(line);
    if (numbered || bullet) {
      current = { kind: numbered ? "numbered" : "bullet", text: (numbered ?? bullet)![1] };
      out.push(current);
    } else if (current) current.text += ` ${line.trim()}`;
    else {
      current = { kind: "paragraph", text: line.trim() };
      out.push(current);
    }
  }
  return out;
}

/** A block as the page reads it, in plain text: labels in the page's language, no markers, links or emphasis. */
export function plainBlock(text: string, lang: Lang, table: LabelTable = labelTable()): string {
  const labelled = text.replace(/<Label\s+path="([^"]*)"\s*\/>/g, (_, path: string) => labelPlainText(path, lang, table));
  return stripMdx(labelled.replace(/\*\*|[*`]/g, ""))
    .replace(/\s+/g, " ")
    .replace(/\s+([.,;:!?])/g, "$1")
    .trim();
}

/** The `###` parts of a section. */
function subsections(text: string): { heading: string; text: string }[] {
  return text
    .split(/^(?=### )/m)
    .filter((part) => part.startsWith("### "))
    .map((part) => ({ heading: part.split("\n", 1)[0].slice(4).trim(), text: part }));
}

/** Makes steps and sources for one page: note ids become [publisher, the note's address on the page]. */
function sourcer(page: Page, url: string) {
  const numbers = noteNumbers(page.data, page.body ?? "");
  const publisher = new Map(page.data.notes.map((n) => [n.id, n.publisher]));
  return (markdown: string): PlanSource[] => {
    const ids = [...new Set([...markdown.matchAll(NOTE_MARKER)].map((m) => m[1]))];
    return ids
      .filter((id) => numbers.has(id))
      .toSorted((a, b) => numbers.get(a)! - numbers.get(b)!)
      .map((id) => [publisher.get(id)!, `${url}#${noteAnchor(page.id, numbers.get(id)!)}`] as PlanSource);
  };
}

/** A device guide's setup steps: each `##` section with numbered steps, those steps its sub-steps. */
export function guideSteps(guide: GuidePage, lang: Lang): PlanPage {
  const url = guideUrl(guide.id, lang);
  const sourcesOf = sourcer(guide, url);
  const pattern = PLAN_PARTS.stepHeading[lang];
  const steps = sections(guide.body ?? "")
    .map((s) => ({ ...s, numbered: blocks(s.text).filter((b) => b.kind === "numbered") }))
    .filter((s) => s.numbered.length > 0)
    .map((s) => {
      const chosen = s.numbered;
      const cited = sourcesOf(chosen.map((b) => b.text).join("\n"));
      return {
        title: plainBlock(s.heading.replace(pattern, ""), lang),
        items: chosen.map((b) => plainBlock(b.text, lang)),
        sources: cited.length ? cited : sourcesOf(s.text),
      };
    });
  if (!steps.length) {
    throw new Error(`${fileOf(guide, lang, "guide")}: body: the family plan takes this guide's setup steps, but no section of it has numbered steps (src/lib/plan/sources.ts)`);
  }
  return { title: guide.data.title, url, steps };
}

/** The section of a page under a `##` heading, or an error naming the file and the heading. */
function section(page: Page, heading: string, file: string): string {
  const found = sections(page.body ?? "").find((s) => s.heading === heading);
  if (!found) throw new Error(`${file}: body: the family plan needs the section "## ${heading}", and it is missing`);
  return found.text;
}

/** A card's "Do these three things first": each numbered item is a step. */
export function cardSteps(card: CardPage, lang: Lang): PlanPage {
  const url = cardUrl(card.id, lang);
  const sourcesOf = sourcer(card, url);
  const heading = CARD_SECTIONS[lang][CARD_FIRST_STEPS];
  const items = blocks(section(card, heading, fileOf(card, lang, "card"))).filter((b) => b.kind === "numbered");
  if (!items.length) throw new Error(`${fileOf(card, lang, "card")}: body: "## ${heading}" has no numbered steps for the family plan`);
  return { title: card.data.app, url, steps: items.map((b) => ({ title: plainBlock(b.text, lang), items: [], sources: sourcesOf(b.text) })) };
}

/** Everything the plan page's script needs in one language. Throws, naming the file and part, on a missing part. */
export function planData(guides: readonly GuidePage[], cards: readonly CardPage[], lang: Lang): PlanData {
  const guide = (slug: string) => guides.find((g) => g.id === slug);
  const card = (slug: string) => cards.find((c) => c.id === slug);
  const need = (slug: string) => {
    const found = guide(slug);
    if (!found) throw new Error(`The family plan needs the guide "${slug}" in ${lang} (src/lib/plan/sources.ts), and it is not published`);
    return found;
  };

  const devices = PLAN_DEVICES.map((d) => ({
    id: d.id,
    label: t(lang, DEVICE_KEYS[d.id] ?? "planDeviceOther"),
    pages: [
      ...d.guides.map(guide).filter((g) => g !== undefined).map((g) => guideSteps(g, lang)),
      ...d.cards.map(card).filter((c) => c !== undefined).map((c) => cardSteps(c, lang)),
    ],
  })).filter((d) => d.pages.length > 0);

  const apps = cards.map((c) => ({
    id: c.id,
    name: c.data.app,
    aliases: c.data.aliases,
    minAge: minimumAgeShort(c.data, lang),
    href: absoluteUrl(cardUrl(c.id, lang)),
    page: cardSteps(c, lang),
  }));

  const talkGuide = need(PLAN_PARTS.talk.slug);
  const talkFile = fileOf(talkGuide, lang, "guide");
  const talkUrl = guideUrl(talkGuide.id, lang);
  const talkParts = sections(talkGuide.body ?? "").flatMap((s) => subsections(s.text));
  const talkOf = (stage: PlanStage): PlanData["talk"][PlanStage] => {
    // The same rule as the age pages: the part whose heading names ages that overlap the stage's ("9 to 12").
    const part = talkParts.find((p) => {
      const ages = headingAges(p.heading);
      return ages !== undefined && overlaps(ages, STAGE_AGES[stage]);
    });
    if (!part) throw new Error(`${talkFile}: body: the family plan needs a "### " section naming ages ${STAGE_AGES[stage].from}–${STAGE_AGES[stage].to} (the talk for that age), and there is none`);
    const items = blocks(part.text).filter((b) => b.kind !== "paragraph").map((b) => plainBlock(b.text, lang));
    return { title: talkGuide.data.title, url: talkUrl, steps: [], items };
  };
  const talk = { "under-9": talkOf("under-9"), "9-12": talkOf("9-12"), "13-15": talkOf("13-15"), "16-17": talkOf("16-17") } satisfies PlanData["talk"];

  const signsGuide = need(PLAN_PARTS.signs.slug);
  const signsUrl = guideUrl(signsGuide.id, lang);
  const signsSources = sourcer(signsGuide, signsUrl);
  const signsText = section(signsGuide, PLAN_PARTS.signs.heading[lang], fileOf(signsGuide, lang, "guide"));
  const signs = {
    title: signsGuide.data.title,
    url: signsUrl,
    steps: [],
    items: blocks(signsText)
      .filter((b) => b.kind === "bullet")
      .map((b) => ({ text: plainBlock(b.text, lang), sources: signsSources(b.text) })),
  };

  return {
    lang,
    site: absoluteUrl("/"),
    devices,
    apps,
    stages: PLAN_STAGES.map((id) => ({ id, label: stageName(id, lang), url: stageUrl(id, lang) })),
    talk,
    signs,
    help: PLAN_HELP.map((id) => {
      const line = HOTLINES[id] as { phone: string; text?: string };
      return { name: hotlineName(id, lang), phone: line.phone, ...(line.text ? { text: line.text } : {}) };
    }),
    helpUrl: localPath(lang, "/help/"),
    appsUrl: localPath(lang, "/apps/"),
    locale: LOCALES[lang],
    ui: Object.fromEntries([...Object.keys(UI_PARTS.plan.en), "noteMarker"].map((key) => [key, t(lang, key as UiKey)])),
  };
}
