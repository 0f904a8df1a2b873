/**
 * Turning a parent's question into search terms, and ranking pages by them.
 *
 * Pagefind only returns pages that contain every word of a query, so "signs my daughter is being trafficked"
 * finds nothing if no guide says both "daughter" and "being". Parents type whole questions, so the search page
 * also drops filler words, maps everyday words to the guides' words, searches each remaining term, and ranks the
 * pages together (rankPages).
 */

/** Words that say nothing about which guide is wanted: function words, and family words every guide uses. */
const STOPWORDS = new Set(
  `a about after all also am an and any are as at be been being but by can could did do does doing for from get
  got had has have he her hers him his how i if in into is it its just me my myself no not now of on or our out
  over own she should so some than that the their them then there these they this those to too up us very was we
  were what when where which who whom why will with would you your yours
  child children childs kid kids kiddo son sons daughter daughters teen teens teenager teenagers boy girl baby
  parent parents mom dad someone something anyone know want need help please way ways go goes going gets getting
  thing things make sure really`.split(/\s+/),
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
};

/** The search terms in a question: lowercase words, filler dropped, everyday words mapped, no repeats. */
export function queryTerms(question: string): string[] {
  const words = question
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    // Keep negations whole: "can't see" is not "can see".
    .replace(/n['’]t\b/g, "nt")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1 && !STOPWORDS.has(w))
    .map((w) => SYNONYMS[w] ?? w);
  return [...new Set(words)];
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
