/**
 * The search page's script. Pagefind's own code (and its index) is fetched only once the parent
 * focuses the box or arrives with a question in the address (?q=), so other pages ship none of it.
 */
import { queryTerms, rankPages } from "./query.ts";

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; summary?: string };
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string | null): Promise<{ results: PagefindResult[]; unfilteredResultCount: number }>;
}

const MAX_RESULTS = 8;
const TYPING_PAUSE_MS = 250;

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  // A runtime path: Pagefind's files are written after Vite has bundled the site.
  const path = "/pagefind/pagefind.js";
  pagefind ??= import(/* @vite-ignore */ path).then(async (pf: Pagefind) => {
    await pf.options({ excerptLength: 24 });
    return pf;
  });
  return pagefind;
}

/** Pages for a question, best first: all its terms together and each on its own, then ranked (see searchQuery.ts). */
async function findPages(pf: Pagefind, question: string): Promise<PagefindResult[]> {
  const terms = queryTerms(question);
  const together = terms.length ? terms.join(" ") : question;
  const [exact, all, ...perTerm] = await Promise.all([together, null, ...terms].map((t) => pf.search(t)));
  const byId = new Map([exact, ...perTerm].flatMap((s) => s.results.map((r) => [r.id, r] as const)));
  const ranked = rankPages(perTerm.map((s) => s.results), exact.results.map((r) => r.id), all.results.length);
  return ranked.map((id) => byId.get(id)!);
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
  const p = document.createElement("p");
  p.textContent = data.meta.summary ?? "";
  li.append(h, p);
  return li;
}

export function startSearch(): void {
  const input = document.querySelector<HTMLInputElement>("#search-page-input");
  const list = document.querySelector<HTMLOListElement>("#search-results");
  const status = document.querySelector<HTMLElement>("#search-status");
  if (!input || !list || !status) return;
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
    const pf = await loadPagefind();
    const pages = await findPages(pf, q);
    const data = await Promise.all(pages.slice(0, MAX_RESULTS).map((r) => r.data()));
    if (run !== latest) return; // a newer question replaced this one
    list!.replaceChildren(...data.map(resultItem));
    // The page carries its language's sentences (see SearchPage.astro).
    const sentence = data.length === 0 ? status!.dataset.foundNone : pages.length === 1 ? status!.dataset.foundOne : status!.dataset.foundMany;
    status!.textContent = (sentence ?? "").replace("{n}", String(pages.length)).replace("{q}", q);
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener("focus", () => void loadPagefind(), { once: true });
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
  if (q) {
    input.value = q;
    void run(q);
  }
}
