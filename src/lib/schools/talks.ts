/**
 * Parent-night talks for schools, built at build time from the guides' and cards' own words: each guide slide shows
 * the guide's title and its "In short" points, and its presenter notes say the summary and where the guide lives.
 * A fix to a guide is a fix to the talk. Plain data here; TalkPage.astro lays it out as slides.
 */
import { sectionPoints } from "./newsletter.ts";
import type { Lang } from "../site/i18n.ts";

export interface TalkPlan {
  /** Permanent address part: /schools/talks/<id>/. */
  id: string;
  minutes: number;
  text: Record<Lang, { title: string; description: string; opening: string[]; openingNotes: string }>;
  /** Guide slugs, one slide each, in the order to present them. */
  guides: readonly string[];
  /** App-card slugs for one slide of "apps at this age", if any. */
  apps: readonly string[];
}

export const TALKS: readonly TalkPlan[] = [
  {
    id: "five-things-tonight",
    minutes: 15,
    text: {
      en: {
        title: "Five things to do tonight",
        description: "A 15-minute talk for parents and caregivers: five steps from police advice to keep a child safe on a phone.",
        opening: ["Five things you can do tonight, on your child's phone", "Each one takes a few minutes", "Every step has a free guide, in English and Spanish"],
        openingNotes: "Welcome families. Say that these five steps come from police advice to parents, and that each has a short free guide they can open on their phone or print. No one here is being judged: phones change fast for every family.",
      },
      es: {
        title: "Cinco cosas que puede hacer hoy",
        description: "Una charla de 15 minutos para padres y cuidadores: cinco pasos, según consejos de la policía, para proteger a un niño en el celular.",
        opening: ["Cinco cosas que puede hacer hoy en el celular de su hijo", "Cada una toma unos minutos", "Cada paso tiene una guía gratis, en español y en inglés"],
        openingNotes: "Dé la bienvenida a las familias. Diga que estos cinco pasos vienen de consejos de la policía a los padres, y que cada uno tiene una guía corta y gratis que pueden abrir en el celular o imprimir. Aquí nadie juzga a nadie: los teléfonos cambian rápido para todas las familias.",
      },
    },
    guides: ["check-youtube-history", "spot-hidden-vault-apps", "know-every-password", "learn-the-apps-your-kids-use", "get-help-now"],
    apps: [],
  },
  {
    id: "parent-night",
    minutes: 45,
    text: {
      en: {
        title: "Keeping kids safe online: a parent night",
        description: "A 45-minute parent night: the five steps, the warning signs of grooming, sextortion and trafficking, setting up a phone, and the apps children use most.",
        opening: ["Keeping kids safe on phones and online", "What to do tonight, the warning signs, and where to get help", "Every slide has a free guide, in English and Spanish"],
        openingNotes: "Welcome families. Tonight covers three things: steps to take tonight, the warning signs to know, and who to call. Each slide points to a free guide with the details. Say that a child who was hurt or tricked online is never to blame.",
      },
      es: {
        title: "Cómo proteger a los niños en internet: noche para padres",
        description: "Una noche para padres de 45 minutos: los cinco pasos, las señales de grooming, sextorsión y trata, cómo preparar un celular y las apps que más usan los niños.",
        opening: ["Cómo proteger a los niños en el celular y en internet", "Qué hacer hoy, las señales de alerta y dónde pedir ayuda", "Cada diapositiva tiene una guía gratis, en español y en inglés"],
        openingNotes: "Dé la bienvenida a las familias. Hoy vamos a ver tres cosas: pasos para hoy, las señales de alerta y a quién llamar. Cada diapositiva lleva a una guía gratis con los detalles. Diga que un niño que fue lastimado o engañado en internet nunca tiene la culpa.",
      },
    },
    guides: [
      "check-youtube-history",
      "spot-hidden-vault-apps",
      "know-every-password",
      "learn-the-apps-your-kids-use",
      "iphone-parental-controls",
      "android-family-link",
      "grooming-warning-signs",
      "sextortion-threats-to-share-photos",
      "online-sex-trade-warning-signs",
      "talking-with-your-child",
      "get-help-now",
    ],
    apps: ["roblox", "youtube", "tiktok", "snapchat", "instagram", "discord", "fortnite", "minecraft"],
  },
];

/** One slide: a heading, a few short points, and what the presenter says. */
export interface Slide {
  heading: string;
  points: string[];
  notes: string;
  /** The page the slide comes from, shown on the slide and printed on the handout. */
  url?: string;
}

/** At most this many points fit on a slide readable from the back of a room. */
export const MAX_POINTS = 3;

/** A guide's slide: its title, its "In short" points (the first few), and notes that say its summary. */
export function guideSlide(title: string, summary: string, body: string, lang: Lang, heading: string, url: string, notesLead: string): Slide {
  const points = sectionPoints(body, heading, lang)
    .filter((p) => p.split(/\s+/).length <= 20)
    .slice(0, MAX_POINTS);
  return { heading: title, points, notes: `${summary} ${notesLead} ${url}`, url };
}
