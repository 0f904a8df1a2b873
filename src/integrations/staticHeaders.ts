import type { AstroIntegration } from "astro";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { SECURITY_HEADERS } from "../lib/site/security.ts";
import { timed } from "../lib/site/buildTimings.ts";

/** The CSP Astro put in a page's <meta> tag, or undefined. */
export function cspOf(html: string): string | undefined {
  return /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
}

/**
 * A `_headers` file (Netlify, Cloudflare Pages and others read it): the security headers for every path, and each
 * page's CSP as a real header, where `frame-ancestors` also works (a <meta> CSP cannot carry it).
 */
export function headersFile(pages: { path: string; csp?: string }[]): string {
  const common = Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`);
  const blocks = [["/*", ...common].join("\n")];
  for (const { path, csp } of pages) {
    if (csp) blocks.push(`${path}\n  Content-Security-Policy: ${csp} frame-ancestors 'none';`);
  }
  return blocks.join("\n\n") + "\n";
}

export default function staticHeaders(): AstroIntegration {
  return {
    name: "static-headers",
    hooks: {
      "astro:build:done": ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = timed("headers", () => writeHeaders(root));
        logger.info(`Wrote _headers for ${pages} pages.`);
      },
    },
  };
}

/** Writes `_headers` for the built site in `root`; returns the number of pages. */
function writeHeaders(root: string): number {
  const pages = readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".html"))
    .sort()
    .map((f) => ({ path: "/" + f.replace(/index\.html$/, ""), csp: cspOf(readFileSync(join(root, f), "utf8")) }));
  writeFileSync(join(root, "_headers"), headersFile(pages));
  return pages.length;
}
