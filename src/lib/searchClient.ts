/**
 * The search page's script. Pagefind's own code (and its index) is fetched only once the parent
 * focuses the box or arrives with a question in the address (?q=), so other pages ship none of it.
 */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; summary?: string };
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  debouncedSearch(q: string, o?: object, ms?: number): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const MAX_RESULTS = 8;

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
  // Pagefind's excerpt is escaped page text with <mark> around the matched words.
  p.innerHTML = data.excerpt;
  li.append(h, p);
  return li;
}

export function startSearch(): void {
  const input = document.querySelector<HTMLInputElement>("#search-page-input");
  const list = document.querySelector<HTMLOListElement>("#search-results");
  const status = document.querySelector<HTMLElement>("#search-status");
  if (!input || !list || !status) return;

  async function run(query: string): Promise<void> {
    const q = query.trim();
    history.replaceState(null, "", q ? `?q=${encodeURIComponent(q)}` : location.pathname);
    if (!q) {
      list!.replaceChildren();
      status!.textContent = "";
      return;
    }
    const pf = await loadPagefind();
    const search = await pf.debouncedSearch(q, {}, 250);
    if (search === null) return; // a newer keystroke replaced this search
    const data = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    list!.replaceChildren(...data.map(resultItem));
    status!.textContent = data.length
      ? `${search.results.length} ${search.results.length === 1 ? "guide" : "guides"} found for “${q}”.`
      : `No guides found for “${q}”. Try fewer or different words, or see every guide below.`;
  }

  input.addEventListener("focus", () => void loadPagefind(), { once: true });
  input.addEventListener("input", () => void run(input.value));
  input.form?.addEventListener("submit", (e) => {
    e.preventDefault();
    void run(input.value);
  });
  const q = new URLSearchParams(location.search).get("q");
  if (q) {
    input.value = q;
    void run(q);
  }
}
