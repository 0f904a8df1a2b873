import { UI } from "./i18n.ts";

/** Facts about the site itself, shared by pages, feeds and the build. */

/** The public address the site is served from; canonical URLs, the sitemap and QR codes use it. */
export const SITE_URL = process.env.SITE_URL ?? "https://safekidsonline.example.org";

export const SITE_NAME = "Safe Kids Online";

/** What the site is, in one sentence (English; the Spanish is in the i18n table). */
export const SITE_TAGLINE = UI.en.tagline;

/** Turns a site path such as `/guides/x/` into a full address on the public site. */
export function absoluteUrl(path: string): string {
  return new URL(path, SITE_URL).href;
}
