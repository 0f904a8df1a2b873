/**
 * Gates on a finished build and on the guide folders that feed it: broken links and anchors, images without alt
 * text, duplicate slugs and related guides that do not exist. Plain functions over strings, so they are unit-tested;
 * src/integrations/contentGates.ts runs them at the end of `astro build` and fails the build on any problem.
 */
import { slug as githubSlug } from "github-slugger";

/** One thing wrong, and where: a guide file (content/x.mdx) or a built page's site path (/guides/x/). */
export interface Problem {
  where: string;
  problem: string;
}

/** A guide file's name and the frontmatter fields these checks need. */
export interface GuideEntry {
  /** Path shown in messages, e.g. content/x.mdx. */
  file: string;
  related: string[];
  draft: boolean;
}

/** Fragments that need no element: an empty one and "top" both scroll to the top of the page (HTML spec). */
const TOP_FRAGMENTS = new Set(["", "top"]);

function decodeEntities(value: string): string {
  return value
    .replace(/&#x([\da-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replaceAll("&quot;", '"')
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&");
}

type Tag = { name: string; attrs: Map<string, string>; source: string };

/** Attributes these checks read; a tag with none of them (most are <div class>, <span>, <li>) keeps no attributes. */
const READ_ATTRIBUTE = /(?:href|src|srcset|action|id|name|content|alt)\s*=/i;
const NO_ATTRIBUTES: ReadonlyMap<string, string> = new Map();

/** The opening tags of a page with the attributes the checks read; the text of inline scripts and styles is skipped. */
function tags(html: string): Tag[] {
  const markup = html.replace(/<(script|style)\b([^>]*)>[\s\S]*?<\/\1>/gi, "<$1$2>");
  return [...markup.matchAll(/<([a-z][\w-]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi)].map(([source, tagName, rest]) => {
    const name = tagName.toLowerCase();
    // Images are always read (alt, aria-hidden, role); other tags only when they carry an attribute checked here.
    if (name !== "img" && !READ_ATTRIBUTE.test(rest)) return { name, attrs: NO_ATTRIBUTES as Map<string, string>, source };
    const attrs = new Map<string, string>();
    for (const [, key, dq, sq, bare] of rest.matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
      attrs.set(key.toLowerCase(), decodeEntities(dq ?? sq ?? bare ?? ""));
    }
    return { name, attrs, source };
  });
}

/**
 * Every address a page points to: href, src, srcset, form action and a meta-refresh target (redirect stubs).
 * Inline script text is not markup and is skipped; `canonical: false` leaves out <link rel="canonical">.
 */
export function pageReferences(html: string, { canonical = true } = {}): string[] {
  return referencesOf(tags(html), canonical);
}

function referencesOf(pageTags: readonly Tag[], canonical: boolean): string[] {
  const refs: string[] = [];
  for (const { name, attrs } of pageTags) {
    if (!canonical && name === "link" && attrs.get("rel") === "canonical") continue;
    for (const key of ["href", "src", "action"]) {
      const value = attrs.get(key)?.trim();
      if (value) refs.push(value);
    }
    const srcset = attrs.get("srcset");
    if (srcset) refs.push(...srcset.split(",").map((c) => c.trim().split(/\s+/)[0]).filter(Boolean));
    const refresh = name === "meta" && attrs.get("http-equiv")?.toLowerCase() === "refresh" ? attrs.get("content") : undefined;
    const target = refresh && /url\s*=\s*['"]?([^'"]+)/i.exec(refresh)?.[1].trim();
    if (target) refs.push(target);
  }
  return refs;
}

/** Every id a page defines (and old-style <a name>): what its #fragments can point to. */
export function elementIds(html: string): Set<string> {
  return idsOf(tags(html));
}

function idsOf(pageTags: readonly Tag[]): Set<string> {
  const ids = new Set<string>();
  for (const { name, attrs } of pageTags) {
    const id = attrs.get("id") ?? (name === "a" ? attrs.get("name") : undefined);
    if (id) ids.add(id);
  }
  return ids;
}

/**
 * The built file that serves a site path, as a static host would: "/guides/x/" → "/guides/x/index.html",
 * "/rss.xml" → "/rss.xml". `files` holds every built file as a site path.
 */
export function resolveFile(path: string, files: ReadonlySet<string>): string | undefined {
  const candidates = path.endsWith("/") ? [`${path}index.html`] : [path, `${path}/index.html`];
  return candidates.find((c) => files.has(c));
}

/** The key under which a built HTML file is listed in `pages`: "/guides/x/index.html" → "/guides/x/". */
export function pagePath(file: string): string {
  return file.replace(/(^|\/)index\.html$/, "$1");
}

/**
 * Same-site links and anchors that lead nowhere. `pages` maps each built HTML page's site path ("/guides/x/",
 * "/404.html") to its HTML; `files` lists every built file as a site path ("/guides/x/index.html", "/rss.xml");
 * `site` (e.g. https://example.org) makes absolute links to the site's own origin count as same-site.
 */
export function findBrokenLinks(pages: ReadonlyMap<string, string>, files: ReadonlySet<string>, site?: string): Problem[] {
  return checkPages(pages, files, site).links;
}

/**
 * Both gates on built pages in one reading of each: the links and anchors that lead nowhere (findBrokenLinks) and
 * the images without a text alternative (findImagesWithoutAlt), each list in page order.
 */
export function checkPages(
  pages: ReadonlyMap<string, string>,
  files: ReadonlySet<string>,
  site?: string,
): { links: Problem[]; images: Problem[] } {
  const origin = site ? new URL(site).origin : "http://same.site";
  const ids = new Map<string, Set<string>>();
  const links: Problem[] = [];
  const images: Problem[] = [];
  /** Fragment links, checked once every page's ids are known. */
  const anchors: { where: string; ref: string; target: string; fragment: string; at: number }[] = [];
  for (const [where, html] of pages) {
    const pageTags = tags(html);
    ids.set(where, idsOf(pageTags));
    images.push(...imagesWithoutAlt(pageTags).map((tag) => ({ where, problem: `image without alt text: ${tag}` })));
    // A 404 page is served at every missing address, so its canonical URL cannot name a real page.
    for (const ref of new Set(referencesOf(pageTags, !/\/404(\.html|\/)$/.test(where)))) {
      // Other origins and schemes (mailto:, tel:, data: have the origin "null") are not this gate's business.
      const base = `${origin}${where}`;
      if (!URL.canParse(ref, base)) {
        links.push({ where, problem: `link to ${ref}: not a valid address` });
        continue;
      }
      const url = new URL(ref, base);
      if (url.origin !== origin) continue;
      const path = safeDecode(url.pathname);
      const file = resolveFile(path, files);
      if (!file) {
        links.push({ where, problem: `link to ${ref}: no page or file ${path} in the build` });
        continue;
      }
      const fragment = safeDecode(url.hash.slice(1));
      const target = pagePath(file);
      if (!pages.has(target) || TOP_FRAGMENTS.has(fragment)) continue;
      // Its place in the list, so the problem is reported where a check in page order would have put it.
      anchors.push({ where, ref, target, fragment, at: links.length });
    }
  }
  const missing = anchors
    .filter(({ target, fragment }) => !ids.get(target)!.has(fragment))
    .map(({ where, ref, target, fragment, at }) => ({ at, problem: { where, problem: `link to ${ref}: no element with id "${fragment}" on ${target}` } }));
  // Put each anchor problem back among the others in page order (later ones first, so earlier places stay valid).
  for (const { at, problem } of missing.toReversed()) links.splice(at, 0, problem);
  return { links, images };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * The images in a page that have no text alternative, as their opening tags. Every <img> needs a non-empty `alt`;
 * a purely decorative one must say so with aria-hidden="true" or role="presentation" (or "none").
 * Markdown's `![](x.png)` renders `alt=""` and so is reported.
 */
export function findImagesWithoutAlt(html: string): string[] {
  return imagesWithoutAlt(tags(html));
}

function imagesWithoutAlt(pageTags: readonly Tag[]): string[] {
  return pageTags
    .filter(({ name, attrs }) => name === "img" && !attrs.get("alt")?.trim())
    .filter(({ attrs }) => attrs.get("aria-hidden") !== "true" && !["presentation", "none"].includes(attrs.get("role") ?? ""))
    .map(({ source }) => source);
}

/** The slug Astro's glob loader gives a guide file: its name without `.mdx`, through GitHub's slugger ("Foo.mdx" → "foo"). */
export function slugOfFile(file: string): string {
  return githubSlug(file.replace(/^.*\//, "").replace(/\.mdx?$/, ""));
}

/**
 * Guide files in one language folder that would be published at the same address, e.g. `Foo.mdx` and `foo.mdx`.
 * Astro keeps only one of them (with a warning), so the other guide would silently disappear.
 */
export function findDuplicateSlugs(files: readonly string[]): Problem[] {
  const bySlug = Map.groupBy(files, slugOfFile);
  return [...bySlug]
    .filter(([, group]) => group.length > 1)
    .map(([slug, group]) => ({ where: group.join(", "), problem: `these ${group.length} files all have the slug "${slug}"` }));
}

/**
 * Related guides (frontmatter `related`) that are not published in the same language folder (`among`: the guides
 * of that language, when the pages checked are app cards). The site drops them
 * without a word, so a guide would silently lose the next step it recommends.
 */
export function findMissingRelated(guides: readonly GuideEntry[], among: readonly GuideEntry[] = guides): Problem[] {
  const published = new Set(among.filter((g) => !g.draft).map((g) => slugOfFile(g.file)));
  return guides.flatMap(({ file, related }) =>
    related
      .filter((slug) => !published.has(slug))
      .map((slug) => ({ where: file, problem: `related guide "${slug}" does not exist or is a draft` })),
  );
}

/**
 * The error message for a failed build: one line per problem, a built page shown with the guide file it comes from
 * when `sources` (site path → guide file) knows it.
 */
export function formatProblems(problems: readonly Problem[], sources: ReadonlyMap<string, string> = new Map()): string {
  const lines = new Set(
    problems.map(({ where, problem }) => {
      const file = sources.get(where);
      return `  ${file ? `${file} (${where})` : where}: ${problem}`;
    }),
  );
  return [`The build has ${lines.size} content problem(s); nothing was published:`, ...lines].join("\n");
}
