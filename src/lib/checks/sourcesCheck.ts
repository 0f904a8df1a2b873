/**
 * The sources check: reads every page a note cites and reports, per guide or card, each source that is gone, has
 * moved, or no longer holds its quote. Publishers rewrite help pages monthly; this tells an editor which facts to
 * read again. Run by `npm run sources:check` (scripts/sources-check.ts), never by the tests against the network.
 */
import { existsSync } from "node:fs";
import { contentDirs, readGuideFiles, splitFrontmatter } from "./contentCheck.ts";

/** One cited page and the quotes pages take from it. */
export interface CitedQuote {
  /** The content file that cites it, e.g. content/apps/roblox.mdx. */
  file: string;
  /** The note's id on that page. */
  id: string;
  url: string;
  quote: string;
  /** When the note was read (YYYY-MM-DD). */
  read: string;
}

export type SourceStatus = "ok" | "moved" | "changed" | "gone";

export interface SourceResult extends CitedQuote {
  status: SourceStatus;
  /** What happened: the HTTP status, where it moved to, or why it failed. */
  detail: string;
}

/** Every note in every guide and card under `base` (both languages). Pages with bad frontmatter are skipped. */
export function citedQuotes(base = "content"): CitedQuote[] {
  const { guides, cards } = contentDirs(base);
  const dirs = [guides.en, guides.es, cards.en, cards.es].filter((d) => existsSync(d));
  return dirs.flatMap((dir) =>
    readGuideFiles(dir).flatMap(({ file, source }) => {
      const data = splitFrontmatter(source).data as { notes?: { id: string; url: string; quote: string; read: unknown }[] } | undefined;
      return (data?.notes ?? []).map((n) => ({ file, id: n.id, url: n.url, quote: n.quote, read: String(n.read instanceof Date ? n.read.toISOString().slice(0, 10) : n.read) }));
    }),
  );
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", rsquo: "'", lsquo: "'", rdquo: '"', ldquo: '"', ndash: "-", mdash: "-", hellip: "..." };

/** A page's readable text: scripts, styles and tags removed, entities decoded. */
export function htmlText(html: string): string {
  return html
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1>/gi, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&([a-z]+);/gi, (m, name: string) => ENTITIES[name.toLowerCase()] ?? m);
}

/** Text compared as a reader would: one kind of space, quote mark and dash, no case. */
export function normalise(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[‘’‚‛′`´]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—―]/g, "-")
    .replace(/…/g, "...")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

/** Whether a page's HTML still holds the quote (after normalising both). */
export function holdsQuote(html: string, quote: string): boolean {
  return normalise(htmlText(html)).includes(normalise(quote));
}

/** Fetches an address, following up to five redirects, and says where it ended up. */
export async function fetchPage(url: string, fetcher: typeof fetch = fetch, timeoutMs = 20_000): Promise<{ status: number; finalUrl: string; html: string; error?: string }> {
  let current = url;
  for (let hops = 0; hops <= 5; hops++) {
    try {
      const res = await fetcher(current, {
        redirect: "manual",
        signal: AbortSignal.timeout(timeoutMs),
        headers: { "user-agent": "SafeKidsOnline-sources-check/1.0 (editor's link check)", accept: "text/html" },
      });
      const location = res.headers.get("location");
      if (res.status >= 300 && res.status < 400 && location) {
        current = new URL(location, current).href;
        continue;
      }
      return { status: res.status, finalUrl: current, html: res.ok ? await res.text() : "" };
    } catch (e) {
      return { status: 0, finalUrl: current, html: "", error: e instanceof Error ? e.message : String(e) };
    }
  }
  return { status: 0, finalUrl: current, html: "", error: "more than five redirects" };
}

/**
 * Checks every cited quote, fetching each address once (`concurrency` at a time). A page that answers 404/410 or
 * not at all is gone; one that redirects elsewhere has moved (and is still checked for its quote); one that no
 * longer holds the quote has changed.
 */
export async function checkSources(quotes: readonly CitedQuote[], fetcher: typeof fetch = fetch, concurrency = 4): Promise<SourceResult[]> {
  const urls = [...new Set(quotes.map((q) => q.url))];
  const pages = new Map<string, Awaited<ReturnType<typeof fetchPage>>>();
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, urls.length) }, async () => {
      while (next < urls.length) {
        const url = urls[next++];
        pages.set(url, await fetchPage(url, fetcher));
      }
    }),
  );
  return quotes.map((q) => {
    const page = pages.get(q.url)!;
    if (page.error || page.status >= 400 || page.status === 0)
      return { ...q, status: "gone", detail: page.error ?? `HTTP ${page.status}` };
    const moved = page.finalUrl !== q.url;
    if (!holdsQuote(page.html, q.quote))
      return { ...q, status: "changed", detail: moved ? `moved to ${page.finalUrl}, and the quote is no longer on it` : "the quote is no longer on the page" };
    return moved ? { ...q, status: "moved", detail: `moved to ${page.finalUrl}; the quote is still there` } : { ...q, status: "ok", detail: `HTTP ${page.status}` };
  });
}

const STATUS_TEXT: Record<Exclude<SourceStatus, "ok">, string> = {
  gone: "GONE: the page does not answer; find the publisher's new page or take the fact out",
  changed: "CHANGED: the quote is no longer on the page; read it again and fix the fact and the note",
  moved: "MOVED: update the note's url",
};

/** The dated report an editor works from: per page, each source that needs attention; then a count. */
export function sourcesReport(results: readonly SourceResult[], date: string): string {
  const problems = results.filter((r) => r.status !== "ok");
  const lines = [`# Sources check, ${date}`, "", `${results.length} quotes from ${new Set(results.map((r) => r.url)).size} pages checked: ${problems.length} need an editor.`, ""];
  const byFile = Map.groupBy(problems, (r) => r.file);
  for (const [file, rs] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`## ${file}`, "");
    for (const r of rs) {
      lines.push(`- note \`${r.id}\` (read ${r.read}): ${STATUS_TEXT[r.status as Exclude<SourceStatus, "ok">]}.`, `  - ${r.url}: ${r.detail}`, `  - quote: "${r.quote}"`);
    }
    lines.push("");
  }
  if (!problems.length) lines.push("Every source still holds its quote.", "");
  return lines.join("\n");
}
