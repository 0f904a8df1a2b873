/**
 * Turning a parent's question into search terms, and ranking pages by them.
 *
 * Pagefind only returns pages that contain every word of a query, so "signs my daughter is being trafficked"
 * finds nothing if one guide doesn't say "daughter" and "being". Parents type whole questions, so the search
 * page drops filler words, maps everyday words to the guides' words, searches each remaining term, and ranks pages
 * by how many terms they contain, then by Pagefind's own scores.
 */

/** Words that say nothing about which guide is wanted: function words, and family words every guide uses. */
const STOPWORDS = new Set(
  `a about after all also am an and any are as at be been being but by can could did do does doing for from get
  got had has have he her hers him his how i if in into is it its just me my myself no not now of on or our out
  over own she should so some than that the their them then there these they this those to too up us very was we
  were what when where which who whom why will with would you your yours
  child children childs kid kids kiddo son sons daughter daughters teen teens teenager teenagers boy girl baby
  parent parents mom dad someone something anyone know want need help please tell way ways`.split(/\s+/),
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
  secret: "hidden",
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
 * Page ids ranked by the number of terms they match, then by their summed scores.
 * `hits` holds, for each term, the pages that term found.
 */
export function rankByTerms(hits: TermHit[][]): string[] {
  const pages = new Map<string, { terms: number; score: number }>();
  for (const termHits of hits) {
    for (const { id, score } of termHits) {
      const page = pages.get(id) ?? { terms: 0, score: 0 };
      page.terms += 1;
      page.score += score;
      pages.set(id, page);
    }
  }
  return [...pages.entries()].sort(([, a], [, b]) => b.terms - a.terms || b.score - a.score).map(([id]) => id);
}
