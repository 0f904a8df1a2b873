/**
 * Languages, their addresses and every interface string. English lives at the permanent root addresses;
 * Spanish under /es/ with Spanish path words and the same guide slugs, so a guide's translation is found by slug.
 */
import type { Topic } from "./topics.ts";

export const LANGS = ["en", "es"] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = "en";

/** BCP 47 locale for dates and `hreflang`. */
export const LOCALES: Record<Lang, string> = { en: "en-US", es: "es-US" };

/** English path words and their Spanish counterparts. */
const SEGMENTS_ES: Record<string, string> = {
  guides: "guias",
  help: "ayuda",
  topics: "temas",
  search: "buscar",
  print: "imprimir",
  offline: "sin-conexion",
};
const SEGMENTS_EN = Object.fromEntries(Object.entries(SEGMENTS_ES).map(([en, es]) => [es, en]));

/** The language of a site path. */
export function langOf(path: string): Lang {
  return path === "/es" || path.startsWith("/es/") ? "es" : "en";
}

/**
 * The address of the same page in another language, e.g. "/guides/x/" → "/es/guias/x/".
 * Slugs and topic ids stay as they are; only the known path words change.
 */
export function translatePath(path: string, to: Lang): string {
  const from = langOf(path);
  const parts = path.replace(/^\/es(?=\/|$)/, "").split("/").filter(Boolean);
  const table = from === to ? {} : to === "es" ? SEGMENTS_ES : SEGMENTS_EN;
  const translated = parts.map((p) => table[p] ?? p);
  const prefix = to === "es" ? "/es" : "";
  return `${prefix}/${translated.join("/")}${translated.length ? "/" : ""}`;
}

/** A site path in a language, written in English path words: localPath("es", "/guides/x/") → "/es/guias/x/". */
export function localPath(lang: Lang, englishPath: string): string {
  return translatePath(englishPath, lang);
}

const en = {
  langName: "English",
  switchTo: "Read this page in English",
  tagline: "Short, calm, step-by-step guides that help parents keep their children safe on phones and online.",
  skipLink: "Skip to main content",
  getHelpNow: "Get help now",
  navMain: "Main",
  navFooter: "Footer",
  allGuides: "All guides",
  topics: "Topics",
  search: "Search",
  forSchools: "For schools",
  printablePack: "Printable pack",
  searchLabel: "Search the guides",
  searchPlaceholder: "Type your question",
  footerReviewed: "Safe Kids Online guides are checked against the sources listed on each guide. This site sets no cookies and does not track you.",
  dangerNow: "If a child is in danger right now, call 911.",
  reviewedOn: "Reviewed on",
  writtenFor: "Written for",
  minRead: "{n} min read",
  allAges: "All ages",
  ageRange: "Ages {from}–{to}",
  oneAge: "Age {n}",
  relatedGuides: "Related guides",
  sources: "Sources",
  printGuide: "Print this guide",
  printPack: "Print this pack",
  latestVersion: "Latest version:",
  qrFor: "QR code for {url}",
  homeHeading: "Keep your child safe on phones and online",
  homeDangerLead: "Is a child in danger right now?",
  homeDangerText: "Call 911. For threats, photos or a stranger asking to meet, see",
  startHere: "Start here",
  allTopics: "All topics",
  seeEveryGuide: "See every guide",
  guidesDescription: "Every guide on the site, grouped by topic.",
  topicsDescription: "Guides for parents, grouped by topic.",
  searchTitle: "Search the guides",
  searchDescription: "Search every guide in your own words.",
  searchIntro: "Type your question in your own words, for example “see what my son watched on YouTube”.",
  yourQuestion: "Your question",
  everyGuide: "Every guide",
  foundOne: "1 guide found for “{q}”.",
  foundMany: "{n} guides found for “{q}”.",
  foundNone: "No guides found for “{q}”. Try fewer or different words, or see every guide below.",
  notFoundTitle: "Page not found",
  notFoundDescription: "We could not find that page.",
  notFoundHeading: "We could not find that page",
  notFoundText: "The link may be old or mistyped. Search for what you need, or pick a topic.",
  notFoundDanger: "If a child is in danger right now, call 911 or see",
  packTitle: "Printable pack",
  packDescription: "The one-page checklists and the printable guides, ready for the fridge, a parent meeting or a school handout.",
  packIntro: "Each guide starts on a new page. Use the button or your browser's Print command. Every page shows the guide's web address and a QR code to open the latest version.",
  inThisPack: "In this pack",
  printOneTopic: "Print one topic",
  topicPackTitle: "Printable pack: {topic}",
  topicPackDescription: "Every guide about {topic}, each on its own pages.",
  backToPack: "Back to the full printable pack",
  offlineTitle: "You are offline",
  offlineDescription: "This page is not saved on this device, and there is no connection right now.",
  offlineText: "This page is not saved on this device, and there is no connection right now. Every guide you can reach from this site is saved, so you can keep reading.",
  offlineHelp: "lists who to call and what to do first.",
  offlineDanger: "If a child is in danger right now, call",
  updateAvailable: "A newer version of this page is available — ",
  reload: "reload",
  rssTitle: "Safe Kids Online: new and updated guides",
};

export type UiKey = keyof typeof en;

/** Every key of the English table must be here: a missing one is a type error and fails the i18n unit test. */
const es: Record<UiKey, string> = {
  langName: "Español",
  switchTo: "Leer esta página en español",
  tagline: "Guías cortas, tranquilas y paso a paso para que los padres protejan a sus hijos en el celular y en internet.",
  skipLink: "Saltar al contenido principal",
  getHelpNow: "Pida ayuda ahora",
  navMain: "Principal",
  navFooter: "Pie de página",
  allGuides: "Todas las guías",
  topics: "Temas",
  search: "Buscar",
  forSchools: "Para escuelas",
  printablePack: "Paquete para imprimir",
  searchLabel: "Buscar en las guías",
  searchPlaceholder: "Escriba su pregunta",
  footerReviewed: "Las guías de Safe Kids Online se revisan con las fuentes que aparecen en cada guía. Este sitio no usa cookies y no lo rastrea.",
  dangerNow: "Si un niño está en peligro ahora mismo, llame al 911.",
  reviewedOn: "Revisada el",
  writtenFor: "Escrita para",
  minRead: "{n} min de lectura",
  allAges: "Todas las edades",
  ageRange: "De {from} a {to} años",
  oneAge: "{n} años",
  relatedGuides: "Guías relacionadas",
  sources: "Fuentes",
  printGuide: "Imprimir esta guía",
  printPack: "Imprimir este paquete",
  latestVersion: "Versión más reciente:",
  qrFor: "Código QR de {url}",
  homeHeading: "Proteja a su hijo en el celular y en internet",
  homeDangerLead: "¿Un niño está en peligro ahora mismo?",
  homeDangerText: "Llame al 911. Si hay amenazas, fotos o un extraño que quiere verse con su hijo, vea",
  startHere: "Empiece aquí",
  allTopics: "Todos los temas",
  seeEveryGuide: "Ver todas las guías",
  guidesDescription: "Todas las guías del sitio, por tema.",
  topicsDescription: "Guías para padres, por tema.",
  searchTitle: "Buscar en las guías",
  searchDescription: "Busque en todas las guías con sus propias palabras.",
  searchIntro: "Escriba su pregunta con sus propias palabras, por ejemplo “ver el historial de YouTube de mi hijo”.",
  yourQuestion: "Su pregunta",
  everyGuide: "Todas las guías",
  foundOne: "Se encontró 1 guía para “{q}”.",
  foundMany: "Se encontraron {n} guías para “{q}”.",
  foundNone: "No se encontraron guías para “{q}”. Pruebe con menos palabras o con otras, o vea todas las guías abajo.",
  notFoundTitle: "No encontramos la página",
  notFoundDescription: "No pudimos encontrar esa página.",
  notFoundHeading: "No pudimos encontrar esa página",
  notFoundText: "Puede que el enlace sea viejo o tenga un error. Busque lo que necesita o elija un tema.",
  notFoundDanger: "Si un niño está en peligro ahora mismo, llame al 911 o vea",
  packTitle: "Paquete para imprimir",
  packDescription: "Las listas de una página y las guías para imprimir, listas para el refrigerador, una reunión de padres o la escuela.",
  packIntro: "Cada guía empieza en una hoja nueva. Use el botón o el comando Imprimir de su navegador. Cada hoja muestra la dirección de la guía y un código QR para abrir la versión más reciente.",
  inThisPack: "En este paquete",
  printOneTopic: "Imprimir un tema",
  topicPackTitle: "Paquete para imprimir: {topic}",
  topicPackDescription: "Todas las guías sobre {topic}, cada una en sus propias hojas.",
  backToPack: "Volver al paquete completo",
  offlineTitle: "No tiene conexión",
  offlineDescription: "Esta página no está guardada en este aparato y ahora no hay conexión.",
  offlineText: "Esta página no está guardada en este aparato y ahora no hay conexión. Todas las guías de este sitio están guardadas, así que puede seguir leyendo.",
  offlineHelp: "dice a quién llamar y qué hacer primero.",
  offlineDanger: "Si un niño está en peligro ahora mismo, llame al",
  updateAvailable: "Hay una versión más nueva de esta página — ",
  reload: "volver a cargar",
  rssTitle: "Safe Kids Online: guías nuevas y actualizadas (en inglés)",
};

export const UI: Record<Lang, Record<UiKey, string>> = { en, es };

/** An interface string in a language, with {placeholders} filled in. */
export function t(lang: Lang, key: UiKey, vars: Record<string, string | number> = {}): string {
  return UI[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

/** Topic names and one-line descriptions, per language. */
export const TOPIC_TEXT: Record<Lang, Record<Topic, { label: string; description: string }>> = {
  en: {
    "get-help": { label: "Get help now", description: "Who to call and where to report when something has happened." },
    youtube: { label: "YouTube", description: "See what your child watches and searches, and set up YouTube for their age." },
    "hidden-apps": { label: "Hidden and vault apps", description: "Find apps that hide photos or chats, such as fake calculator apps." },
    "passwords-and-rules": { label: "Passwords and family rules", description: "Know the passwords and agree on clear rules for the phone." },
    grooming: { label: "Grooming and online predators", description: "How adults try to lure children online, and the warning signs." },
    "sextortion-and-trafficking": { label: "Sextortion and trafficking", description: "Threats to share photos, and how the online sex trade reaches teens." },
    "device-setup": { label: "Phone setup and parental controls", description: "Set up an iPhone or Android phone for your child, step by step." },
    "talking-and-involvement": { label: "Talking and staying involved", description: "Learn the apps your child uses and keep them talking to you." },
  },
  es: {
    "get-help": { label: "Pida ayuda ahora", description: "A quién llamar y dónde reportar cuando algo pasó." },
    youtube: { label: "YouTube", description: "Vea lo que su hijo mira y busca, y prepare YouTube para su edad." },
    "hidden-apps": { label: "Apps ocultas y bóvedas", description: "Encuentre apps que esconden fotos o chats, como calculadoras falsas." },
    "passwords-and-rules": { label: "Contraseñas y reglas de la familia", description: "Sepa las contraseñas y acuerden reglas claras para el celular." },
    grooming: { label: "Grooming y depredadores en internet", description: "Cómo los adultos intentan atraer a los niños en internet, y las señales de alerta." },
    "sextortion-and-trafficking": { label: "Sextorsión y trata", description: "Amenazas de publicar fotos, y cómo el comercio sexual en internet llega a los adolescentes." },
    "device-setup": { label: "Preparar el celular y controles para padres", description: "Prepare un iPhone o un Android para su hijo, paso a paso." },
    "talking-and-involvement": { label: "Hablar y participar", description: "Conozca las apps que usa su hijo y mantenga la confianza para que le cuente." },
  },
};
