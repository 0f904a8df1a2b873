/**
 * One search term as rankPages weighs it: its class (generic, an app's name, everyday) and the pages Pagefind found
 * for it, with the fields it matched. Shared by the search page and scripts/search-why.ts, so both rank alike.
 */
import { ALIASES_FIELD, NAMES_FIELD } from "./names.ts";
import { fold, isGeneric, queryTerms, rankPages, type TermHits } from "./query.ts";
import { QUESTIONS_FIELD } from "./questions.ts";
import { correctTerms, isEveryday, type Correction, type Vocabulary } from "./spelling.ts";

/** What termHits needs of a Pagefind result. */
export interface FoundPage {
  id: string;
  score: number;
  /** The page's metadata fields the term matched, such as "title". */
  matchedMetaFields?: string[];
}

export function termHits(term: string, results: readonly FoundPage[], vocabulary: Vocabulary, weak: ReadonlySet<string>): TermHits {
  const fields = (r: FoundPage) => r.matchedMetaFields ?? [];
  return {
    generic: isGeneric(term),
    name: vocabulary.names.has(fold(term)),
    // A far guess, or a number ("8", "12": a child's age), tells which page only with other words.
    everyday: isEveryday(term, vocabulary) || weak.has(term) || /^\d+$/.test(term),
    hits: results.map((r) => ({
      id: r.id,
      score: r.score,
      inTitle: fields(r).includes("title"),
      inSummary: fields(r).some((f) => f === "summary" || f === ALIASES_FIELD),
      inNames: fields(r).includes(NAMES_FIELD),
      inQuestions: fields(r).includes(QUESTIONS_FIELD),
    })),
  };
}

/** A question searched and ranked: what the search page shows, and how it got there (scripts/search-why.ts). */
export interface SearchedQuestion<R extends FoundPage> {
  /** Page ids, best first. */
  ranked: string[];
  /** The terms searched, after filler was dropped and spellings corrected. */
  terms: string[];
  corrections: Correction[];
  /** Pagefind's results for all the terms together, then for each term. */
  together: R[];
  perTerm: R[][];
  classed: TermHits[];
}

/** A question's terms corrected, searched together and one by one (`search` asks Pagefind), then ranked (rankPages). */
export async function searchQuestion<R extends FoundPage>(question: string, search: (q: string) => Promise<R[]>, vocabulary: Vocabulary, total: number): Promise<SearchedQuestion<R>> {
  const typed = queryTerms(question);
  // A quoted word finds only the word itself (stemmed): unlike a plain search, no near spellings ("zzqx" → "z").
  const present = await Promise.all(typed.map((t) => search(`"${t}"`)));
  const known = new Set(typed.filter((_, i) => present[i].length > 0));
  const { terms, corrections, dropped, weak } = correctTerms(typed, (t) => known.has(t), vocabulary);
  if (terms.length === 0) return { ranked: [], terms, corrections, together: [], perTerm: [], classed: [] };
  const [together, ...perTerm] = await Promise.all([terms.join(" "), ...terms].map(search));
  const classed = terms.map((t, i) => termHits(t, perTerm[i], vocabulary, weak));
  // A far guess stands for a word the site lacks: a question without the site's subject that holds one is about something else.
  const ranked = rankPages(classed, together.map((r) => r.id), total, dropped + weak.size);
  return { ranked, terms, corrections, together, perTerm, classed };
}
