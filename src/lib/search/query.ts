/**
 * Turning a parent's question into search terms, and ranking pages by them.
 *
 * Pagefind only returns pages that contain every word of a query, so "signs my daughter is being trafficked"
 * finds nothing if no guide says both "daughter" and "being". Parents type whole questions, so the search page
 * also drops filler words, maps everyday words to the guides' words, searches each remaining term, and ranks the
 * pages together (rankPages).
 */

/** Words that say nothing about which guide is wanted (English and Spanish): function words, and family words every guide uses. */
const STOPWORDS = new Set(
  `a about after all also am an and any are as at be been being but by can could did do does doing for from get
  got had has have he her hers him his how i if in into is it its just me my myself no not now of on or our out
  over own she should so some than that the their them then there these they this those to too up us very was we
  were what when where which who whom why will with would you your yours
  child children childs kid kids kiddo son sons daughter daughters teen teens teenager teenagers boy girl baby
  parent parents mom dad someone something anyone know want need help please way ways go goes going gets getting
  thing things make sure really
  de del la el los las lo le les un una unos unas y e o u que qué en mi mis su sus tu tus con por para como cómo
  cuando cuándo donde dónde quien quién es son está están estar ser fue hay me se al a ya si sí muy más pero
  sobre este esta esto eso hacer hago hace puedo puede debo debe quiero saber sé alguien algo
  hijo hija hijos hijas niño niña niños niñas adolescente adolescentes chico chica mamá papá padres`.split(/\s+/),
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
  trafficked: "trafficking",
  trafficker: "trafficking",
  traffickers: "trafficking",
  pimp: "trafficking",
  cellphone: "phone",
  smartphone: "phone",
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

/** Lowercase words of a text, possessives dropped and negations kept whole ("can't see" is not "can see"). */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .replace(/n['’]t\b/g, "nt")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1);
}

/** The search terms in a question: lowercase words, filler dropped, everyday words mapped, no repeats. */
export function queryTerms(question: string): string[] {
  return [...new Set(words(question).filter((w) => !STOPWORDS.has(w)).map((w) => SYNONYMS[w] ?? w))];
}

export interface TermHit {
  /** Pagefind's result id for the page. */
  id: string;
  score: number;
}

/**
 * Page ids, best first. Pages that contain every term of the question (`exact`, in Pagefind's own order) come
 * first; then the others by the summed rarity of the terms they contain, so a page matching the one unusual
 * word ("trafficked") beats one matching three words every guide uses ("online", "app"); Pagefind's scores break
 * ties. `hits` holds, for each term, the pages that term found; `total` is the number of pages searched.
 */
export function rankPages(hits: TermHit[][], exact: string[], total: number): string[] {
  const pages = new Map<string, { weight: number; score: number }>();
  for (const termHits of hits) {
    if (termHits.length === 0) continue;
    const rarity = Math.log(1 + total / termHits.length);
    for (const { id, score } of termHits) {
      const page = pages.get(id) ?? { weight: 0, score: 0 };
      page.weight += rarity;
      page.score += score;
      pages.set(id, page);
    }
  }
  const rest = [...pages.entries()]
    .filter(([id]) => !exact.includes(id))
    .sort(([, a], [, b]) => b.weight - a.weight || b.score - a.score)
    .map(([id]) => id);
  return [...exact, ...rest];
}
