/**
 * The search page's script, imported by the page only once the parent focuses the box or arrives with a question
 * in the address (?q=); it then fetches Pagefind's code, its index and the vocabulary, so no page ships any of it
 * up front.
 */
import { bestExcerpt, excerptParts, type Section } from "./excerpt.ts";
import { correctedQuestion, parseVocabulary, type Vocabulary } from "./spelling.ts";
import { searchQuestion } from "./terms.ts";

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; summary?: string };
  sub_results: Section[];
}
interface PagefindResult {
  id: string;
  score: number;
  /** The page's metadata fields the query matched, such as "title". */
  matchedMetaFields?: string[];
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string | null): Promise<{ results: PagefindResult[] }>;
}

const MAX_RESULTS = 8;
const TYPING_PAUSE_MS = 250;

interface Search {
  pagefind: Pagefind;
  vocabulary: Vocabulary;
  /** How many pages the language's index holds, for each term's rarity (rankPages): counted once. */
  total: number;
}

let search: Promise<Search> | undefined;
function loadSearch(vocabularyUrl: string): Promise<Search> {
  // A runtime path: Pagefind's files are written after Vite has bundled the site.
  const path = "/pagefind/pagefind.js";
  search ??= Promise.all([
    import(/* @vite-ignore */ path).then(async (pf: Pagefind) => {
      await pf.options({ excerptLength: 24, excerptEllipsis: "…" });
      return { pf, total: (await pf.search(null)).results.length };
    }),
    // Without its vocabulary (say, offline before the first visit was cached), search still works, uncorrected.
    fetch(vocabularyUrl)
      .then((r) => (r.ok ? r.text() : ""))
      .catch(() => "")
      .then(parseVocabulary),
  ]).then(([{ pf, total }, vocabulary]) => ({ pagefind: pf, vocabulary, total }));
  return search;
}

interface Found {
  /** Best first, each with the result whose excerpt shows the most of the question. */
  pages: PagefindResult[];
  /** The question with its corrections, if any were made. */
  corrected?: string;
}

/** Pages for a question, best first (terms.ts: searchQuestion). */
async function findPages({ pagefind: pf, vocabulary, total }: Search, question: string): Promise<Found> {
  const { ranked, corrections, together, perTerm } = await searchQuestion(question, async (q) => (await pf.search(q)).results, vocabulary, total);
  const corrected = corrections.length ? correctedQuestion(question, corrections) : undefined;
  // A page's excerpt marks the words of the search that found it: all of them if it has every term, else its rarest.
  const searches = [together, ...[...perTerm].sort((a, b) => a.length - b.length)];
  const byId = new Map<string, PagefindResult>();
  for (const r of searches.flat()) if (!byId.has(r.id)) byId.set(r.id, r);
  return { pages: ranked.map((id) => byId.get(id)!), corrected };
}

function resultItem(data: PagefindResultData): HTMLLIElement {
  const li = document.createElement("li");
  li.className = "rounded-lg border border-border bg-surface p-4";
  const h = document.createElement("h2");
  h.className = "text-xl font-bold";
  const a = document.createElement("a");
  a.href = data.url;
  a.textContent = data.meta.title ?? data.url;
  h.append(a);
  const summary = document.createElement("p");
  summary.textContent = data.meta.summary ?? "";
  const excerpt = document.createElement("p");
  excerpt.className = "mt-2 text-base text-muted";
  excerpt.append(
    ...excerptParts(bestExcerpt(data.excerpt, data.sub_results)).map(({ text, marked }) => {
      if (!marked) return text;
      const mark = document.createElement("mark");
      mark.textContent = text;
      return mark;
    }),
  );
  li.append(h, summary, excerpt);
  return li;
}

export function startSearch(): void {
  const input = document.querySelector<HTMLInputElement>("#search-page-input");
  const list = document.querySelector<HTMLOListElement>("#search-results");
  const status = document.querySelector<HTMLElement>("#search-status");
  if (!input || !list || !status) return;
  // The page carries its language's sentences and vocabulary address (see SearchPage.astro).
  const text = status.dataset;
  const loaded = loadSearch(text.vocabulary!);
  let latest = 0;

  async function run(query: string): Promise<void> {
    const run = ++latest;
    const q = query.trim();
    history.replaceState(null, "", q ? `?q=${encodeURIComponent(q)}` : location.pathname);
    if (!q) {
      list!.replaceChildren();
      status!.textContent = "";
      return;
    }
    const { pages, corrected } = await findPages(await loaded, q);
    const data = await Promise.all(pages.slice(0, MAX_RESULTS).map((r) => r.data()));
    if (run !== latest) return; // a newer question replaced this one
    list!.replaceChildren(...data.map(resultItem));
    const sentence =
      data.length === 0 ? text.foundNone
      : corrected ? (pages.length === 1 ? text.correctedOne : text.correctedMany)
      : pages.length === 1 ? text.foundOne
      : text.foundMany;
    status!.textContent = (sentence ?? "").replace("{n}", String(pages.length)).replace("{q}", data.length && corrected ? corrected : q);
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), TYPING_PAUSE_MS);
  });
  input.form?.addEventListener("submit", (e) => {
    e.preventDefault();
    clearTimeout(timer);
    void run(input.value);
  });
  const q = new URLSearchParams(location.search).get("q");
  if (q) input.value = q;
  // A question in the address, or words typed while this script was loading.
  if (input.value) void run(input.value);
}
