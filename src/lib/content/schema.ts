import { z } from "astro/zod";
import { TOPICS } from "./topics.ts";

/** Devices and platforms a guide can cover. */
export const DEVICES = [
  "iphone",
  "android",
  "youtube",
  "computer",
  "smart-tv",
  "game-console",
  "any",
] as const;

/** A note id: what a body's marker `[^id]` names. */
const noteIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: "a note id is lowercase letters, digits and hyphens" });

/**
 * The evidence for one or more facts on a page: the publisher's page and the exact words on it, as read on `read`.
 * A body cites it with `[^id]` after the statement; the page lists it, numbered, with the quote, at the end.
 */
export const noteSchema = z
  .object({
    /** What the body's markers name, e.g. `terms` for `[^terms]`; unique within the page. */
    id: noteIdSchema,
    /** Who publishes the page, e.g. "Apple", "NCMEC"; a news outlet only where the maker's page can't be read. */
    publisher: z.string().min(2),
    /** The page's own title. */
    title: z.string().min(3),
    /** The page's address; must be https. */
    url: z.url({ protocol: /^https$/, error: "note url must be a full https:// address" }),
    /** The exact words on that page that support the statement, copied as read, in the page's own language. */
    quote: z
      .string({ error: "a note needs the quote: the exact words on the page that support the statement" })
      .trim()
      .min(10, { error: "a quote is the page's own words: at least 10 characters" })
      .max(300, { error: "a quote is at most 300 characters: quote only the words that support the statement" }),
    /** The day the page was read (YYYY-MM-DD). */
    read: z.coerce.date({ error: "a note needs the date it was read (read: YYYY-MM-DD)" }),
    /** The quoted page's language, when it differs from the page's (a Spanish page quoting an English page). */
    lang: z.enum(["en", "es"]).optional(),
  })
  .strict();

/** A page's notes: at least one, ids unique. */
const notesSchema = z
  .array(noteSchema)
  .min(1, { error: "a page needs at least one note" })
  .superRefine((notes, ctx) => {
    const seen = new Set<string>();
    for (const [i, n] of notes.entries()) {
      if (seen.has(n.id)) ctx.addIssue({ code: "custom", path: [i, "id"], message: `note id "${n.id}" is used twice` });
      seen.add(n.id);
    }
  });

/** One line of a page's change record: what changed, and when. */
export const changeSchema = z
  .object({
    /** When the change was published (YYYY-MM-DD). */
    date: z.coerce.date(),
    /** One line in the page's own language. */
    note: z.string().min(10).max(200),
  })
  .strict();

/** The ages a page is for, inclusive. */
export const agesSchema = z
  .object({ from: z.int().min(0).max(18), to: z.int().min(0).max(18) })
  .refine((a) => a.from <= a.to, { error: "ages.from must not be above ages.to" });

/** A one-sentence summary: also the meta description and the search result's line. */
export const summarySchema = z
  .string()
  .min(30)
  .max(200)
  .refine((s) => !/[.!?]\s+\S/.test(s.trim()), { error: "summary must be one sentence" });

/**
 * What every published page of advice carries, guides and app cards alike: who it is for, when it was checked,
 * against what, where the facts come from and what changed. A family holding a printed copy compares the dates.
 */
export const adviceFields = {
  /** The children's ages the page is for, inclusive. */
  ages: agesSchema,
  /** The versions the steps were written against, e.g. "iOS 18–26, Android 15, YouTube app 2026". */
  testedOn: z.string().min(3).optional(),
  /** When the page was last checked against its sources (YYYY-MM-DD). */
  reviewed: z.coerce.date(),
  /** The evidence for every fact on the page, cited in the body with `[^id]`. */
  notes: notesSchema,
  /** Questions this page answers, as parents type them: indexed for search, never shown (src/lib/search/questions.ts). */
  questions: z.array(z.string().trim().min(5).max(120)).max(10).default([]),
  /** What changed and when, newest first; the first entry is usually "First published." */
  changes: z.array(changeSchema).min(1, { error: "record at least one change (e.g. First published.)" }),
  /** Drafts are not built. */
  draft: z.boolean().default(false),
};

/** The frontmatter of one guide. Every field is checked at build time. */
export const guideSchema = z
  .object({
    ...adviceFields,
    /** The guide's title, written as what the parent will do. */
    title: z.string().min(5).max(90),
    /** One sentence: what the parent will be able to do after reading. */
    summary: summarySchema,
    /** One topic from the fixed list in src/lib/content/topics.ts. */
    topic: z.enum(TOPICS),
    /** Devices and platforms covered. */
    devices: z.array(z.enum(DEVICES)).min(1),
    /** Set when the guide is meant to be printed as a guide or a one-page checklist. */
    printable: z.enum(["guide", "checklist"]).optional(),
    /** Lower numbers come first in lists. */
    order: z.int().default(100),
    /** Urgent guides lead the home page. */
    urgent: z.boolean().default(false),
    /** Slugs of other guides to suggest after this one, in addition to its topic. */
    related: z.array(z.string()).default([]),
  })
  .strict();

export type GuideData = z.infer<typeof guideSchema>;
export type Note = z.infer<typeof noteSchema>;
export type Change = z.infer<typeof changeSchema>;

/** The kinds of app, in the order the /apps/ page groups them. */
export const APP_KINDS = ["games", "social", "messaging", "video", "ai", "consoles"] as const;
export type AppKind = (typeof APP_KINDS)[number];

/** A store's rating as its listing shows it, with the note that read it. */
const ratingSchema = z.object({ rating: z.string().min(1).max(40), note: noteIdSchema }).strict();

/** What a card's facts box and /apps/compare/ say about one thing an app lets a child do, in this order. */
export const FACT_KEYS = ["strangerMessages", "liveVideo", "location", "purchases", "aiChat"] as const;
export type FactKey = (typeof FACT_KEYS)[number];

/**
 * One fact as the app's own pages state it: yes, no, or limited (on with limits, or off until someone turns it on),
 * an optional short detail in the page's language, and the note that quotes the page.
 */
const factSchema = z
  .object({
    value: z.enum(["yes", "no", "limited"], { error: "a fact's value is yes, no or limited" }),
    detail: z.string().trim().min(3).max(90).optional(),
    note: noteIdSchema,
  })
  .strict();

/** The frontmatter of one app safety card. Shares the advice fields with guides; facts, not verdicts. */
export const cardSchema = z
  .object({
    ...adviceFields,
    /** The app's name as parents know it, e.g. "Roblox". */
    app: z.string().min(2).max(60),
    /** Which group of /apps/ it belongs to. */
    kind: z.enum(APP_KINDS),
    /** One sentence: what a parent learns on the card. */
    summary: summarySchema,
    /** Who makes it, e.g. "Roblox Corporation". */
    maker: z.string().min(2),
    /** The maker's own domain; at least one source must be on it (checked by the content check). */
    makerSite: z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, { error: "makerSite is a bare domain such as roblox.com" }),
    /** Nicknames and common misspellings parents type, so search finds the card. */
    aliases: z.array(z.string().min(2)).default([]),
    /**
     * The minimum age in the app's own terms (0 when they set none), with the note that quotes them. Left out when
     * no page saying it could be read: the facts box never shows a fact without its evidence.
     */
    minimumAge: z.object({ age: z.int().min(0).max(21), note: noteIdSchema }).strict().optional(),
    /** Store ratings as the listings show them, each with its note; a rating nobody could read is left out. */
    ratings: z.object({ appStore: ratingSchema.optional(), googlePlay: ratingSchema.optional() }).strict().optional(),
    /**
     * What the app lets a child do, each with its note, for a child's account as it is set up out of the box. A fact
     * nobody could read on a page is left out: the facts box and the comparison table never show it unsourced.
     */
    facts: z
      .object({
        /** Someone the child doesn't know can send them a message, without a setting changed. */
        strangerMessages: factSchema.optional(),
        /** Live streaming or video calls. */
        liveVideo: factSchema.optional(),
        /** The app shares or shows where the child is. */
        location: factSchema.optional(),
        /** Money can be spent in the app. */
        purchases: factSchema.optional(),
        /** The app has an AI chatbot the child can talk to. */
        aiChat: factSchema.optional(),
        /** The maker's own parent tool, by its name (e.g. "Family Center"). */
        parentTool: z.object({ name: z.string().trim().min(2).max(60), note: noteIdSchema }).strict().optional(),
      })
      .strict()
      .optional(),
    /** Guide slugs to suggest after the card. */
    related: z.array(z.string()).default([]),
  })
  .strict();

export type CardData = z.infer<typeof cardSchema>;
