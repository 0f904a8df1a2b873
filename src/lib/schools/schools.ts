/**
 * What the "For schools" pages offer: suggested sets of guides for a parent night, the guides the letter home
 * starts with, and the embeddable "Get help" card. Sets name guides by slug; pages resolve them against the
 * published guides, and a unit test checks that every slug named here is a guide.
 */
import { guideUrl, type Guide, HELP_SLUG } from "../content/guides.ts";
import { SITE_NAME, absoluteUrl } from "../site/site.ts";
import { HOTLINES } from "../content/contacts.ts";
import { localPath, t, type Lang, type UiKey } from "../site/i18n.ts";

export interface GuideSet {
  /** The set's name and audience in each language. */
  text: Record<
    Lang,
    {
      /** Short name shown as the set's heading, e.g. "First phone". */
      title: string;
      /** One sentence: which families the set is for. */
      description: string;
    }
  >;
  /** Guide slugs, in the order to present them (the same in every language: translations share slugs). */
  slugs: readonly string[];
}

/** Suggested sets of guides for a parent night. */
export const PARENT_NIGHT_SETS: readonly GuideSet[] = [
  {
    text: {
      en: { title: "First phone", description: "For families deciding on, or just handing over, a child's first phone." },
      es: { title: "El primer celular", description: "Para familias que están decidiendo si darle a su hijo su primer celular, o que se lo acaban de dar." },
    },
    slugs: [
      "is-my-child-ready-for-a-phone",
      "first-phone-family-agreement",
      "iphone-parental-controls",
      "android-family-link",
      "know-every-password",
    ],
  },
  {
    text: {
      en: { title: "Preteens 11–13", description: "For parents of children starting to use apps, games and chats on their own." },
      es: { title: "Preadolescentes de 11 a 13", description: "Para padres de niños que empiezan a usar apps, juegos y chats por su cuenta." },
    },
    slugs: [
      "learn-the-apps-your-kids-use",
      "check-youtube-history",
      "spot-hidden-vault-apps",
      "grooming-warning-signs",
      "monthly-phone-check",
      "talking-with-your-child",
    ],
  },
  {
    text: {
      en: { title: "If something has happened", description: "For a parent who has just found something worrying and needs to act calmly." },
      es: { title: "Si algo ya pasó", description: "Para el padre o la madre que acaba de encontrar algo preocupante y necesita actuar con calma." },
    },
    slugs: [
      HELP_SLUG,
      "sextortion-threats-to-share-photos",
      "grooming-warning-signs",
      "online-sex-trade-warning-signs",
      "talking-with-your-child",
    ],
  },
];

/** The three guides the letter home suggests starting with (each printed with a QR code). */
export const LETTER_SLUGS: readonly string[] = [
  "talking-with-your-child",
  "learn-the-apps-your-kids-use",
  "grooming-warning-signs",
];

/**
 * The guides a set names, in the set's order. Slugs that are not published (yet, or a draft) are left out, so a
 * guide in progress never breaks the build; the unit test guards against typos.
 */
export function resolveSlugs<T extends Guide>(slugs: readonly string[], guides: readonly T[]): T[] {
  return slugs.map((slug) => guides.find((g) => g.id === slug)).filter((g): g is T => g !== undefined);
}

/** Guides as plain text to paste into a newsletter: "Title" then its full address, a blank line between guides. */
export function guideListText(guides: readonly Guide[], lang: Lang = "en"): string {
  return guides.map((g) => `${g.data.title}\n${absoluteUrl(guideUrl(g.id, lang))}`).join("\n\n");
}

type HotlineId = keyof typeof HOTLINES;

/** Spanish names of the help lines; contacts.ts keeps the English names and the numbers. */
const HOTLINE_NAMES_ES: Record<HotlineId, string> = {
  emergency: "Emergencias (policía, bomberos, ambulancia)",
  cybertipline: "CyberTipline del NCMEC",
  fbi: "Línea de denuncias del FBI",
  trafficking: "Línea Nacional Contra la Trata de Personas",
  hsi: "Línea de denuncias de Investigaciones de Seguridad Nacional (HSI), parte del Servicio de Inmigración y Control de Aduanas (ICE)",
  crisis: "988 Línea de Prevención del Suicidio y Crisis",
};

/** A help line's name in a language. */
export function hotlineName(id: HotlineId, lang: Lang): string {
  return lang === "es" ? HOTLINE_NAMES_ES[id] : HOTLINES[id].name;
}

/** Escapes text for HTML attributes and content. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The Get help card's look, one declaration list per part; the card carries them as inline styles. */
const CARD_STYLES = {
  card: "max-width:24rem;border:2px solid #9b1c1c;border-radius:8px;padding:12px 16px;background:#fff;color:#1b1f24;font-family:system-ui,sans-serif;font-size:16px;line-height:1.4;",
  heading: "margin:0 0 6px;font-size:18px;font-weight:bold;color:#9b1c1c;",
  text: "margin:0 0 6px;",
  action: "margin:0;",
  link: "color:#1d4f91;font-weight:bold;",
  from: "margin:6px 0 0;font-size:14px;",
  fromLink: "color:#1d4f91;",
} as const;

type CardPart = keyof typeof CARD_STYLES;

/**
 * The card's markup in a language; `styled` gives each part its style (inline for embedding, a class for our own
 * page). It names its language, since it is pasted into pages that may be in another.
 */
function cardMarkup(styled: (part: CardPart) => string, lang: Lang): string {
  const help = absoluteUrl(guideUrl(HELP_SLUG, lang));
  const text = (key: UiKey, vars: Record<string, string> = {}) => escapeHtml(t(lang, key, vars));
  const site = `<a href="${absoluteUrl(localPath(lang, "/"))}" ${styled("fromLink")}>${escapeHtml(SITE_NAME)}</a>`;
  const { emergency, cybertipline } = HOTLINES;
  const numbers = { emergency: emergency.phone, tipline: hotlineName("cybertipline", lang), phone: cybertipline.phone };
  return [
    `<div lang="${lang}" ${styled("card")}>`,
    `<p ${styled("heading")}>${text("cardHeading")}</p>`,
    `<p ${styled("text")}>${text("cardText", numbers)}</p>`,
    `<p ${styled("action")}><a href="${help}" ${styled("link")}>${text("cardAction")}</a></p>`,
    `<p ${styled("from")}>${text("cardFrom").replace("{site}", site)}</p>`,
    `</div>`,
  ].join("\n");
}

/**
 * The embeddable "Get help" card: plain HTML with inline styles and absolute links, no script, no images, so it
 * looks the same pasted into any newsletter or learning platform and makes no request to this site.
 */
export function helpCardHtml(lang: Lang = "en"): string {
  return cardMarkup((part) => `style="${CARD_STYLES[part]}"`, lang);
}

/**
 * The same card for showing on our own page, whose Content-Security-Policy blocks style attributes: classes,
 * plus the stylesheet that gives them the card's styles.
 */
export function helpCardPreview(lang: Lang = "en"): { html: string; css: string } {
  const className = (part: CardPart) => `help-card-${part.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  const css = (Object.keys(CARD_STYLES) as CardPart[]).map((part) => `.${className(part)}{${CARD_STYLES[part]}}`).join("\n");
  return { html: cardMarkup((part) => `class="${className(part)}"`, lang), css };
}
