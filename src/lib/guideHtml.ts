/**
 * Rewrites external links in rendered guide HTML: `rel="noopener noreferrer"` so the other site learns nothing
 * about the reader, and `data-print-url` with a short form of the address, which the print stylesheet shows after
 * the link text on paper.
 */

/** "https://www.example.gov/a/b/" → "example.gov/a/b". */
export function shortUrl(url: string): string {
  return url.replace(/^https?:\/\/(www\.)?/, "").replace(/\/$/, "");
}

export function decorateExternalLinks(html: string): string {
  return html.replace(/<a\s([^>]*?)href="(https?:\/\/[^"]+)"([^>]*)>/g, (_tag, before: string, href: string, after: string) => {
    const rest = `${before}${after}`.replace(/\s*rel="[^"]*"/, "").replace(/\s*data-print-url="[^"]*"/, "").trim();
    const attrs = [`href="${href}"`, rest, 'rel="noopener noreferrer"', `data-print-url="${shortUrl(href)}"`];
    return `<a ${attrs.filter(Boolean).join(" ")}>`;
  });
}
