import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { generateSW } from "workbox-build";

/** The service worker's address; ServiceWorkerRegistration.astro registers it. */
export const SW_PATH = "/sw.js";

/** The page served for any navigation that is neither precached nor reachable (src/pages/offline.astro). */
export const OFFLINE_PAGE = "/offline/index.html";

/**
 * Files in dist/ that are not precached: files for crawlers, feed readers and link previews, and Pagefind's ready-made UI bundles and
 * highlighter, which the site never loads (it calls pagefind.js itself) but which are about 400 KB.
 */
export const NOT_PRECACHED = [
  "robots.txt",
  "sitemap-*.xml",
  "rss.xml",
  "social-card.png",
  "pagefind/pagefind-ui.*",
  "pagefind/pagefind-component-ui.*",
  "pagefind/pagefind-modular-ui.*",
  "pagefind/pagefind-highlight.js",
];

/**
 * Writes `sw.js` into the built site: it precaches every page, stylesheet, script, icon and the whole
 * search index, so a parent who has visited once can read any guide and search with no connection.
 * Must run after Pagefind has written `pagefind/`. Returns what was precached.
 */
export async function writeServiceWorker(dir: string): Promise<{ count: number; size: number; warnings: string[] }> {
  if (!existsSync(join(dir, "pagefind", "pagefind-entry.json"))) {
    throw new Error("No search index to precache: list the service worker integration after Pagefind's.");
  }
  return generateSW({
    globDirectory: dir,
    globPatterns: ["**/*"],
    globIgnores: NOT_PRECACHED,
    swDest: join(dir, SW_PATH),
    // One small file with no importScripts, no source map.
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: "production",
    // Names that already carry a content hash need no revision in the manifest.
    dontCacheBustURLsMatching: /^(_astro|pagefind\/(fragment|index|filter))\//,
    // `/guides/x/` is served from `guides/x/index.html`.
    directoryIndex: "index.html",
    // `ts`: Pagefind busts its entry file's cache with `?ts=…`; `q`: the search page's question (/search/?q=…).
    ignoreURLParametersMatching: [/^ts$/, /^q$/, /^utm_/, /^fbclid$/],
    // A new build takes over at once and drops stale files; the page then offers a reload.
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    runtimeCaching: [
      {
        // Pages not precached still come from the network; with no network, the offline page answers.
        urlPattern: ({ request }) => request.mode === "navigate",
        handler: "NetworkOnly",
        options: { precacheFallback: { fallbackURL: OFFLINE_PAGE } },
      },
    ],
  });
}

/** Generates the service worker at the end of `astro build`; list it after the Pagefind integration. */
export default function serviceWorkerIntegration(): AstroIntegration {
  return {
    name: "service-worker",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const { count, size, warnings } = await writeServiceWorker(fileURLToPath(dir));
        for (const warning of warnings) logger.warn(warning);
        logger.info(`Precached ${count} files (${Math.round(size / 1024)} KB) for offline reading.`);
      },
    },
  };
}
