export interface ExcerptPart {
  text: string;
  /** One of the words the question matched. */
  marked: boolean;
}

/**
 * Pagefind's excerpt of a result as plain text pieces. Pagefind escapes the page text's < and > and wraps the
 * matched words in <mark>; anything else that looks like a tag is dropped. The search page makes text nodes and
 * <mark> elements of the pieces, so no excerpt is ever parsed as HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  return excerpt
    .split(/<mark>(.*?)<\/mark>/s)
    .map((piece, i) => ({ text: piece.replace(/<[^>]*>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">"), marked: i % 2 === 1 }))
    .filter((part) => part.text);
}

/** A part of a page under one of its headings, as Pagefind returns it with a result. */
export interface Section {
  url: string;
  excerpt: string;
  /** Where the question's words are in the page. */
  locations: number[];
}

/**
 * The excerpt to show under a result's summary. The page's own excerpt mostly repeats the title and summary the
 * result already shows, so the excerpt of the section (under a heading: its address has a #) that marks the most
 * different words, then the most matches, is shown instead; the page's when no section matches.
 */
export function bestExcerpt(pageExcerpt: string, sections: Section[]): string {
  const marked = (excerpt: string) =>
    new Set(excerptParts(excerpt).filter((p) => p.marked).map((p) => p.text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ""))).size;
  let best = { excerpt: pageExcerpt, words: 0, matches: 0 };
  for (const { url, excerpt, locations } of sections) {
    const words = marked(excerpt);
    if (url.includes("#") && (words > best.words || (words === best.words && locations.length > best.matches))) {
      best = { excerpt, words, matches: locations.length };
    }
  }
  return best.excerpt;
}
