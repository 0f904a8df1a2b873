import { describe, expect, it } from "vitest";
import {
  elementIds,
  checkPages,
  findBrokenLinks,
  findDuplicateSlugs,
  findImagesWithoutAlt,
  findMissingRelated,
  formatProblems,
  pageReferences,
  resolveFile,
} from "@/lib/checks/buildChecks";

const SITE = "https://example.org";

/** A built site: site path → HTML, and the list of every file as the host would serve it. */
function site(pages: Record<string, string>, otherFiles: string[] = []) {
  const map = new Map(Object.entries(pages));
  const files = new Set([...Object.keys(pages).map((p) => (p.endsWith("/") ? `${p}index.html` : p)), ...otherFiles]);
  return { pages: map, files };
}

describe("pageReferences", () => {
  it("collects href, src, srcset, form actions and meta-refresh targets, not script text", () => {
    const html = `<link rel="stylesheet" href="/_astro/a.css"><meta http-equiv="refresh" content="0;url=/help/">
      <a href="/guides/x/?a=1&amp;b=2#step-2">x</a><img src="/i.png" srcset="/i-1.png 1x, /i-2.png 2x" alt="i">
      <form action="/search/"></form><script type="module" src="/_astro/s.js"></script>
      <script>const html = '<a href="/not-markup/">';</script>`;
    expect(pageReferences(html)).toEqual([
      "/_astro/a.css",
      "/help/",
      "/guides/x/?a=1&b=2#step-2",
      "/i.png",
      "/i-1.png",
      "/i-2.png",
      "/search/",
      "/_astro/s.js",
    ]);
  });

  it("can leave out the canonical link", () => {
    const html = `<link rel="canonical" href="${SITE}/404/"><a href="/">home</a>`;
    expect(pageReferences(html, { canonical: false })).toEqual(["/"]);
  });
});

describe("elementIds and resolveFile", () => {
  it("finds ids and <a name> targets", () => {
    expect(elementIds(`<h2 id="step-2">Step</h2><a name="old">x</a><p data-id="no">`)).toEqual(new Set(["step-2", "old"]));
  });

  it("resolves a site path the way a static host does", () => {
    const files = new Set(["/guides/x/index.html", "/rss.xml"]);
    expect(resolveFile("/guides/x/", files)).toBe("/guides/x/index.html");
    expect(resolveFile("/guides/x", files)).toBe("/guides/x/index.html");
    expect(resolveFile("/rss.xml", files)).toBe("/rss.xml");
    expect(resolveFile("/guides/y/", files)).toBeUndefined();
  });
});

describe("findBrokenLinks", () => {
  const good = site(
    {
      "/": `<a href="/guides/x/">x</a><a href="rss.xml">feed</a><a href="/_astro/a.css">css</a><a href="#main">skip</a><main id="main">`,
      "/guides/x/": `<h2 id="step-2">Step 2</h2><a href="#step-2">this step</a><a href="/">home</a><a href="#">top</a>
        <a href="${SITE}/guides/x/">canonical</a><a href="https://other.example/nope/">other site</a>
        <a href="mailto:a@b.c">mail</a><a href="tel:911">911</a><img src="data:image/png;base64,AA" alt="dot">`,
      "/guides/get-help-now/": `<meta http-equiv="refresh" content="0;url=/guides/x/">`,
      "/404.html": `<link rel="canonical" href="${SITE}/404/"><a href="/">home</a>`,
    },
    ["/rss.xml", "/_astro/a.css"],
  );

  it("passes a site whose links, anchors, redirects and assets all exist", () => {
    expect(findBrokenLinks(good.pages, good.files, SITE)).toEqual([]);
  });

  it("reports a link to a page that was not built", () => {
    const { pages, files } = site({ "/guides/x/": `<a href="/guides/missing/">gone</a>`, "/": "" });
    expect(findBrokenLinks(pages, files, SITE)).toEqual([
      { where: "/guides/x/", problem: "link to /guides/missing/: no page or file /guides/missing/ in the build" },
    ]);
  });

  it("reports an anchor that no element on the target page has", () => {
    const { pages, files } = site({
      "/": `<a href="/guides/x/#step-9">step 9</a>`,
      "/guides/x/": `<h2 id="step-2">Step</h2><a href="#nowhere">here</a>`,
    });
    expect(findBrokenLinks(pages, files, SITE)).toEqual([
      { where: "/", problem: `link to /guides/x/#step-9: no element with id "step-9" on /guides/x/` },
      { where: "/guides/x/", problem: `link to #nowhere: no element with id "nowhere" on /guides/x/` },
    ]);
  });

  it("reports missing assets, redirect targets and absolute links to the site's own origin", () => {
    const { pages, files } = site({
      "/": `<img src="/_astro/gone.png" alt="gone"><a href="${SITE}/guides/gone/">old</a>`,
      "/old/": `<meta http-equiv="refresh" content="0;url=/moved/">`,
    });
    expect(findBrokenLinks(pages, files, SITE).map((p) => p.problem)).toEqual([
      "link to /_astro/gone.png: no page or file /_astro/gone.png in the build",
      `link to ${SITE}/guides/gone/: no page or file /guides/gone/ in the build`,
      "link to /moved/: no page or file /moved/ in the build",
    ]);
  });

  it("lists anchor problems among the others in page order, reading each page once", () => {
    const { pages, files } = site({
      "/": `<a href="/guides/x/#a">a</a><a href="/gone/">gone</a><a href="/guides/x/#b">b</a><img src="/guides/x/">`,
      "/guides/x/": `<a href="/#c">c</a><a href="/gone-too/">gone</a>`,
    });
    const { links, images } = checkPages(pages, files, SITE);
    expect(links.map((p) => `${p.where} ${p.problem.split(":")[0]}`)).toEqual([
      "/ link to /guides/x/#a",
      "/ link to /gone/",
      "/ link to /guides/x/#b",
      "/guides/x/ link to /#c",
      "/guides/x/ link to /gone-too/",
    ]);
    expect(findBrokenLinks(pages, files, SITE)).toEqual(links);
    expect(images).toEqual([{ where: "/", problem: `image without alt text: <img src="/guides/x/">` }]);
  });

  it("checks the canonical link of every page except the 404 page", () => {
    const { pages, files } = site({ "/guides/x/": `<link rel="canonical" href="${SITE}/guides/y/">` });
    expect(findBrokenLinks(pages, files, SITE)).toHaveLength(1);
  });
});

describe("findImagesWithoutAlt", () => {
  it("reports images with no alt or an empty one, as Markdown's ![](x.png) renders", () => {
    const html = `<img src="/a.png"><img src="/b.png" alt=""><img src="/c.png" alt="  "><img src="/d.png" alt="A phone">`;
    expect(findImagesWithoutAlt(html)).toEqual([`<img src="/a.png">`, `<img src="/b.png" alt="">`, `<img src="/c.png" alt="  ">`]);
  });

  it("accepts images marked as decorative", () => {
    const html = `<img src="/a.png" alt="" aria-hidden="true"><img src="/b.png" alt="" role="presentation"><img src="/c.png" role="none">`;
    expect(findImagesWithoutAlt(html)).toEqual([]);
  });
});

describe("findDuplicateSlugs", () => {
  it("reports file names that Astro turns into the same slug", () => {
    const files = ["content/Foo.mdx", "content/foo.mdx", "content/foo bar.mdx", "content/foo-bar.mdx", "content/other.mdx"];
    expect(findDuplicateSlugs(files)).toEqual([
      { where: "content/Foo.mdx, content/foo.mdx", problem: `these 2 files all have the slug "foo"` },
      { where: "content/foo bar.mdx, content/foo-bar.mdx", problem: `these 2 files all have the slug "foo-bar"` },
    ]);
  });

  it("passes distinct slugs, including the same slug in two language folders", () => {
    expect(findDuplicateSlugs(["content/a.mdx", "content/b.mdx"])).toEqual([]);
  });
});

describe("findMissingRelated", () => {
  it("reports related guides that do not exist or are drafts", () => {
    const guides = [
      { file: "content/a.mdx", related: ["b", "missing", "draft"], draft: false },
      { file: "content/b.mdx", related: ["a"], draft: false },
      { file: "content/draft.mdx", related: [], draft: true },
    ];
    expect(findMissingRelated(guides)).toEqual([
      { where: "content/a.mdx", problem: `related guide "missing" does not exist or is a draft` },
      { where: "content/a.mdx", problem: `related guide "draft" does not exist or is a draft` },
    ]);
  });
});

describe("formatProblems", () => {
  it("lists each problem once, naming the guide file a page comes from", () => {
    const problem = { where: "/guides/x/", problem: "link to /y/: no page or file /y/ in the build" };
    const message = formatProblems([problem, problem, { where: "/", problem: "image without alt text: <img>" }], new Map([["/guides/x/", "content/x.mdx"]]));
    expect(message.split("\n")).toEqual([
      "The build has 2 content problem(s); nothing was published:",
      "  content/x.mdx (/guides/x/): link to /y/: no page or file /y/ in the build",
      "  /: image without alt text: <img>",
    ]);
  });
});
