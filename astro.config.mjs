// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import tailwindcss from "@tailwindcss/vite";
import pagefind from "./src/integrations/pagefind.ts";
import serviceWorker from "./src/integrations/serviceWorker.ts";
import staticHeaders from "./src/integrations/staticHeaders.ts";
import contentGates from "./src/integrations/contentGates.ts";
import buildTimings, { buildTimingsEnd } from "./src/integrations/buildTimings.ts";
import { SITE_URL } from "./src/lib/site/site.ts";
import { CSP_DIRECTIVES } from "./src/lib/site/security.ts";

export default defineConfig({
  site: SITE_URL,
  trailingSlash: "always",
  // Old or guessed addresses of guides → where they live now. Never remove one: schools link to them.
  redirects: { "/guides/get-help-now/": "/help/" },
  // serviceWorker() last: its build:done hook precaches the index that pagefind() writes in its own.
  // buildTimings() first and buildTimingsEnd() last: with BUILD_TIMINGS=1 they log where build time goes (npm run bench).
  integrations: [
    buildTimings(),
    mdx(),
    // Search results, the offline fallback and the 404 page are not pages to find through a search engine.
    sitemap({ filter: (page) => !/\/(search|offline|404)\/?$/.test(new URL(page).pathname) }),
    pagefind(), serviceWorker(), staticHeaders(), contentGates(), buildTimingsEnd()],
  // Astro's CSP lists the hash of every inline script and style on every page: page-specific ones (talks, the save
  // control, copy buttons) stay files instead, so guide pages don't carry their hashes.
  build: { inlineStylesheets: "never" },
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
  // Guides have no code blocks, and Shiki's inline styles would break the CSP.
  markdown: { syntaxHighlight: false },
  security: {
    // Astro hashes every script and style it emits into a CSP <meta> tag on each page.
    csp: {
      directives: [...CSP_DIRECTIVES],
      // Pagefind's search runs as WebAssembly loaded from /pagefind/.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
