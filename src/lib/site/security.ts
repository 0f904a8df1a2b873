import { createHash } from "node:crypto";

/**
 * The site's security policy, shared by Astro's CSP <meta> tag (astro.config.mjs) and the `_headers` file for
 * static hosts, so the two never disagree. Nothing may load from another origin.
 */

/** CSP directives besides script-src and style-src, which Astro fills with hashes of what each page uses. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** Headers every response should carry on a static host (frame-ancestors only works as a header). */
export const SECURITY_HEADERS: Record<string, string> = {
  "Referrer-Policy": "no-referrer",
  "X-Content-Type-Options": "nosniff",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
  "X-Frame-Options": "DENY",
};

/**
 * An inline script's or style's hash for the page's CSP. Astro hashes what it bundles, not `is:inline` code, so a page
 * with one adds this (Astro.csp.insertScriptHash) before its head is written, from a layout's or page's frontmatter.
 */
export function cspHash(code: string): `sha256-${string}` {
  return `sha256-${createHash("sha256").update(code).digest("base64")}`;
}
