import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { LANGS } from "../lib/site/i18n.ts";
import { MANIFEST_PATH, OFFLINE_PAGES, offlineSets, shellUrl } from "../lib/offline/offlineSet.ts";
import { formatSize } from "../lib/offline/formatSize.ts";
import { timed } from "../lib/site/buildTimings.ts";

/** The service worker's address; ServiceWorkerRegistration.astro registers it. */
export const SW_PATH = "/sw.js";

/** The worker's source, with `BUILD` left for the build to define. */
const SOURCE = fileURLToPath(new URL("../offline/sw.js", import.meta.url));

/**
 * Writes the offline manifest and `sw.js` into the built site. The worker keeps a small shell on every device and
 * each language's full set only on request (see src/lib/offline/offlineSet.ts). Must run after Pagefind has
 * written `pagefind/`: the search index is part of each language's set.
 */
export function writeServiceWorker(dir: string): { shell: number; langs: Record<string, number> } {
  if (!existsSync(join(dir, "pagefind", "pagefind-entry.json"))) {
    throw new Error("No search index to save for offline: list the service worker integration after Pagefind's.");
  }
  const { shell, langs } = offlineSets(dir);
  const manifest = JSON.stringify(langs);
  writeFileSync(join(dir, MANIFEST_PATH), manifest);
  // The manifest is part of the shell, so any change to any page gives a new worker, which refreshes saved sets.
  const manifestRev = createHash("sha256").update(manifest).digest("hex").slice(0, 12);
  const shellUrls = [...shell.files.map(shellUrl), `${MANIFEST_PATH}?v=${manifestRev}`];
  const build = {
    version: createHash("sha256").update(shellUrls.join("\n")).digest("hex").slice(0, 12),
    langs: LANGS,
    shell: shellUrls,
    manifest: MANIFEST_PATH,
    offline: OFFLINE_PAGES,
  };
  writeFileSync(join(dir, SW_PATH), `const BUILD = ${JSON.stringify(build)};\n${readFileSync(SOURCE, "utf8")}`);
  return { shell: shell.bytes, langs: Object.fromEntries(LANGS.map((l) => [l, langs[l].bytes])) };
}

/** Generates the service worker at the end of `astro build`; list it after the Pagefind integration. */
export default function serviceWorkerIntegration(): AstroIntegration {
  return {
    name: "service-worker",
    hooks: {
      "astro:build:done": ({ dir, logger }) => {
        const { shell, langs } = timed("service-worker", () => writeServiceWorker(fileURLToPath(dir)));
        const sets = Object.entries(langs).map(([lang, bytes]) => `${lang} ${formatSize(bytes)}`).join(", ");
        logger.info(`Offline: shell ${formatSize(shell)} kept after a first visit; full sets on request: ${sets} (gzip).`);
      },
    },
  };
}
