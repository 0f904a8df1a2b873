/**
 * Turning a parent's question into search terms, and ranking pages by them.
 *
 * Pagefind only returns pages that contain every word of a query, so "signs my daughter is being trafficked"
 * finds nothing if no guide says both "daughter" and "being". Parents type whole questions, so the search page
 * also drops filler words, maps everyday words to the guides' words, searches each remaining term, and ranks the
 * pages together (rankPages).
 */

/** Words that say nothing about which guide is wanted (English and Spanish): function words, and family words every guide uses. */
export const STOPWORDS = new Set(
  `a about after all also am an and any are as at be been being but by can could did do does doing for from get
  got had has have he her hers him his how i if in into is it its just me my myself no not now of on or our out
  over own she should so some than that the their them then there these they this those to too up us very was we
  were what when where which who whom why will with would you your yours
  child children childs kid kids kiddo son sons daughter daughters teen teens teenager teenagers boy girl baby
  parent parents mom dad someone something anyone know want need help please way ways go goes going gets getting
  thing things make sure really understand understands dont doesnt didnt isnt arent year years yr yrs old
  de del la el los las lo le les un una unos unas y e o u que qué en mi mis su sus tu tus con por para como cómo
  cuando cuándo donde dónde quien quién es son está están estar ser fue hay me se al a ya si sí muy más pero
  sobre este esta esto eso hacer hago hace puedo puede debo debe quiero saber sé alguien algo entiendo entiende entender
  hijo hija hijos hijas niño niña niños niñas adolescente adolescentes chico chica mamá papá padres
  año años chamaco chamaca chamacos chamacas morra morro morras morros chavo chava chavos chavas escuincle plebe`.split(/\s+/),
);

/** Everyday words mapped to the words the guides use. */
const SYNONYMS: Record<string, string> = {
  pictures: "photos",
  picture: "photos",
  pics: "photos",
  pic: "photos",
  images: "photos",
  nudes: "nude",
  naked: "nude",
  blackmail: "threatening",
  blackmailing: "threatening",
  blackmailed: "threatening",
  threatens: "threatening",
  threatened: "threatening",
  hiding: "hidden",
  hides: "hidden",
  hide: "hidden",
  suicidal: "suicide",
  suicida: "suicidio",
  trafficked: "trafficking",
  trafficker: "trafficking",
  traffickers: "trafficking",
  pimp: "trafficking",
  cellphone: "phone",
  smartphone: "phone",
  // The Spanish pages say "celular" (the style sheet's one word for the phone); parents type either.
  teléfono: "celular",
  telefono: "celular",
  teléfonos: "celular",
  telefonos: "celular",
  celulares: "celular",
  // Everyday words for what the guides name otherwise.
  snoop: "see",
  snooping: "see",
  picked: "bullied",
  hitting: "grooming",
  cel: "celular",
  cell: "phone",
  clave: "contraseña",
  claves: "contraseña",
  contrasena: "contraseña",
  semidesnuda: "desnuda",
  semidesnudo: "desnuda",
  encuerada: "desnuda",
  encuerado: "desnuda",
  // Mexican slang for luring a child ("la está enganchando"): the guides call it grooming.
  enganchar: "grooming",
  enganchando: "grooming",
  enganchado: "grooming",
  enganchada: "grooming",
  señor: "adulto",
  senor: "adulto",
  señores: "adulto",
  hombre: "adulto",
  hombres: "adulto",
  watched: "watch",
  watching: "watch",
  searched: "search",
  passcode: "password",
  passcodes: "password",
  passwords: "password",
  imágenes: "fotos",
  imagenes: "fotos",
  fotografías: "fotos",
  contraseñas: "contraseña",
  oculta: "esconde",
  ocultas: "esconde",
  oculto: "esconde",
  ocultos: "esconde",
  escondidas: "esconde",
};

/**
 * Words that every page is about (safe phones and apps, online): kept, as they help rank, but a page that matches
 * only these is not a result, so "best pizza recipe" finds nothing. Accent-free, as `fold` leaves them.
 */
const GENERIC = new Set(
  `best good great safe safety secure app apps application applications phone phones cell mobile device devices
  online internet web use uses using new tips advice guide guides info information
  mejor mejores bueno buena buenos buenas seguro segura seguros seguras seguridad aplicacion aplicaciones telefono
  telefonos celular celulares movil dispositivo dispositivos linea usar uso nuevo nueva consejos guia guias informacion`.split(/\s+/),
);

/** A word without its accents ("sextorsión" → "sextorsion"), as Pagefind compares words. */
export function fold(word: string): string {
  return word.normalize("NFD").replace(/\p{M}/gu, "");
}

/** Whether a term alone says nothing about which page is wanted (see GENERIC). */
export function isGeneric(term: string): boolean {
  return GENERIC.has(fold(term));
}

/** Lowercase words of a text, possessives dropped and negations kept whole ("can't see" is not "can see"). */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .replace(/n['’]t\b/g, "nt")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1);
}

/**
 * Ways of saying a child wants to die or to hurt themselves, whose words alone are everyday ("ya no quiere vivir"):
 * they must reach the help page with 988 first, so they are searched as the word each language's pages use.
 */
const SELF_HARM = [
  /\b(?:want(?:s|ed)?|wanting) to die\b/gi,
  /\bkill(?:ing)? (?:him|her|my|them|your)sel(?:f|ves)\b/gi,
  /\b(?:hurt|hurting|harm|harming|cut|cutting) (?:him|her|my|them|your)sel(?:f|ves)\b/gi,
  /\bend (?:his|her|their|my) life\b/gi,
  /\bself[- ]?harm\w*/gi,
  /\b(?:no|ya no) (?:quiere|quería|queria|quiero) vivir\b/gi,
  /\b(?:quiere|quería|queria|quiero) morir(?:se|me)?\b/gi,
  /\b(?:matarse|quitarse la vida|hacerse daño|hacerse dano|cortarse|lastimarse|se corta|se lastima)\b/gi,
];

/** The search terms in a question: lowercase words, filler dropped, everyday words mapped, no repeats. */
export function queryTerms(question: string): string[] {
  const said = SELF_HARM.reduce((q, way) => q.replace(way, " suicide suicidio "), question);
  return [...new Set(words(said).filter((w) => !STOPWORDS.has(w)).map((w) => SYNONYMS[w] ?? w))];
}

export interface TermHit {
  /** Pagefind's result id for the page. */
  id: string;
  score: number;
  /** The term matched the page's title. */
  inTitle: boolean;
  /** The term matched the page's one-sentence summary: what the page is for. */
  inSummary?: boolean;
  /** The term matched the names of the app the page is about (an app card: names.ts). */
  inNames?: boolean;
  /** The term matched the questions the page answers (questions.ts). */
  inQuestions?: boolean;
}

export interface TermHits {
  /** A generic term (see isGeneric), which cannot make a page a result on its own. */
  generic: boolean;
  /** The term is an app's name or nickname ("roblox", "insta"). */
  name?: boolean;
  /** An everyday word of the language the site also uses ("score", "night"): alone, it makes no page a result. */
  everyday?: boolean;
  hits: TermHit[];
}

interface PageRank {
  weight: number;
  score: number;
  /** Specific terms the page matched. */
  specific: number;
  /** Terms in its title, generic ones aside. */
  titled: number;
  /** Terms, generic ones aside, in what it is about: its title, summary, questions or app names. */
  aboutTerms: number;
  /** Of those, the words of the site's subject. */
  aboutSpecific: number;
  /** Terms of any kind in its title. */
  allTitled: number;
  /** App names in its title or names. */
  named: number;
  /** Specific terms in its title or names. */
  covered: number;
  /** Everyday terms in its title, summary or questions. */
  everydayAbout: number;
  /** Specific terms it matched that name no app: what the question is about besides an app. */
  topical: number;
  /** The weight those terms gave it. */
  topicalWeight: number;
}

/**
 * Page ids, best first; `terms` holds, for each term, the pages it found, `total` is the number of pages searched and
 * `unmatched` the number of the question's words that no page holds.
 * A page is a result only if it matches a term that is not generic, or, for a question of generic terms only, holds
 * them all in its title. A question that names an app ("can my 10 year old
 * use messenger") is about that app: the pages that name it in their title or names (its card, a guide such as
 * "Check your child's YouTube history") come first, those holding more of the question there first. Then pages that
 * contain every term (`exact`), those whose titles hold more of the question's specific terms first, then in
 * Pagefind's order. The others follow by weight: each term a page matches adds its rarity, so a page matching the
 * one unusual word ("trafficked") beats one matching three words every guide uses ("online", "app"), and a specific
 * term in the page's title counts twice, in its summary one and a half times. Pagefind's scores break ties.
 */
/** Terms from which a question is long: a parent telling what happened, where an app is often named in passing. */
const LONG_QUESTION = 8;

/** How much an everyday word counts toward a page's rank, against a word of the site's subject. */
const EVERYDAY_WEIGHT = 0.3;
/** How much an everyday word counts when the page's questions hold it. */
const ASKED_EVERYDAY_WEIGHT = 0.6;
/**
 * Everyday words beyond this many share their weight: a parent telling what happened uses twenty of them ("entrar",
 * "luego", "familia"), and together they must not outweigh the two words the question is about ("fotos", "desnuda").
 */
const EVERYDAY_SHARE = 3;

export function rankPages(terms: TermHits[], exact: string[], total: number, unmatched = 0): string[] {
  const specificTerms = terms.filter((t) => !t.generic && !t.everyday).length;
  const everydayTerms = terms.filter((t) => t.everyday && !t.generic).length;
  const everydayShare = Math.min(1, EVERYDAY_SHARE / Math.max(1, terms.filter((t) => t.everyday).length));
  const pages = new Map<string, PageRank>();
  for (const { generic, name = false, everyday = false, hits } of terms) {
    if (hits.length === 0) continue;
    const rarity = Math.log(1 + total / hits.length);
    for (const { id, score, inTitle, inSummary = false, inNames = false, inQuestions = false } of hits) {
      const page = pages.get(id) ?? { weight: 0, score: 0, specific: 0, titled: 0, allTitled: 0, named: 0, covered: 0, everydayAbout: 0, aboutTerms: 0, aboutSpecific: 0, topical: 0, topicalWeight: 0 };
      const titled = inTitle && !generic;
      const about = (inSummary || inQuestions) && !generic;
      // Everyday words rank pages a little: the question's subject is in its other words.
      // An everyday word counts more in the page's own questions: parents ask in everyday words.
      const weight = (titled ? 2 : about ? 1.5 : 1) * rarity * (!everyday ? 1 : everydayShare * (inQuestions && !generic ? ASKED_EVERYDAY_WEIGHT : EVERYDAY_WEIGHT));
      page.weight += weight;
      page.topicalWeight += generic || everyday || name ? 0 : weight;
      page.score += score;
      page.specific += generic || everyday ? 0 : 1;
      page.topical += generic || everyday || name ? 0 : 1;
      page.everydayAbout += everyday && !generic && (inTitle || about) ? 1 : 0;
      page.titled += titled ? 1 : 0;
      const isAbout = !generic && (inTitle || about || (name && inNames));
      page.aboutTerms += isAbout ? 1 : 0;
      page.aboutSpecific += isAbout && !everyday ? 1 : 0;
      page.allTitled += inTitle ? 1 : 0;
      page.named += name && (inTitle || inNames) ? 1 : 0;
      page.covered += titled || (name && inNames) ? 1 : 0;
      pages.set(id, page);
    }
  }
  const get = (id: string) => pages.get(id)!;
  // A question without a word of the site's subject that holds words the site never uses is about something else
  // ("how do I check my credit score"), unless a page's title holds two of its words ("check my son's phone").
  if (specificTerms === 0 && unmatched > 0 && ![...pages.values()].some((p) => p.allTitled >= 2)) return [];
  // A page is a result through a word of the site's subject. A question of everyday words only ("ready for a phone")
  // finds the pages that are about half of them or more; one of generic words only ("apps my teen uses"), the pages whose
  // titles hold them all.
  const results = [...pages.keys()].filter((id) =>
    specificTerms > 0 ? get(id).specific > 0
    : everydayTerms > 0 ? 2 * get(id).everydayAbout >= everydayTerms
    : get(id).allTitled === terms.length,
  );
  // Stable sorts throughout: pages alike keep the order they had.
  // Of the pages holding every term, those about more of the question's subject words come first, then about more of
  // its words ("who do I call … in danger": the help page is about danger and calling; the Call of Duty card only
  // has "call" in its title).
  const whole = exact
    .filter((id) => results.includes(id))
    .sort((a, b) => get(b).aboutSpecific - get(a).aboutSpecific || get(b).aboutTerms - get(a).aboutTerms || get(b).titled - get(a).titled || get(b).weight - get(a).weight);
  const rest = results.filter((id) => !exact.includes(id)).sort((a, b) => get(b).weight - get(a).weight || get(b).score - get(a).score);
  const order = [...whole, ...rest];
  const named = order.filter((id) => get(id).named > 0).sort((a, b) => get(b).covered - get(a).covered);
  const others = order.filter((id) => get(id).named === 0);
  // A question that names an app and more is also about the more ("man asking for pictures on roblox"): the page
  // its other subject words weigh most in comes second, or first when the question is long and the app named in
  // passing; a long question's other pages follow by those words too, not by the everyday words around them.
  const byTopic = others.filter((id) => get(id).topical > 0).sort((a, b) => get(b).topicalWeight - get(a).topicalWeight);
  const about = byTopic[0];
  if (!named.length || !about) return [...named, ...others];
  if (terms.length < LONG_QUESTION) return [named[0], about, ...named.slice(1), ...others.filter((id) => id !== about)];
  const first = [about, named[0]];
  return [...first, ...byTopic.slice(1), ...order.filter((id) => !first.includes(id) && !byTopic.includes(id))];
}
