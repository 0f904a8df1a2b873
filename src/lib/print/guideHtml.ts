/**
 * Finishing touches on a guide's rendered HTML, applied by GuideArticle.
 *
 * External links: `rel="noopener noreferrer"` so the other site learns nothing
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

/**
 * Markdown task lists (`- [ ] …`) render as disabled, unlabelled checkboxes: noise to a screen reader and an
 * accessibility failure. On a checklist they are only boxes to tick on paper, so draw them as empty boxes.
 */
export function paperCheckboxes(html: string): string {
  return html.replace(/<input type="checkbox" disabled\s*\/?>\s*/g, '<span class="tick-box" aria-hidden="true"></span>');
}

/** Every touch above, in order. */
export function prepareGuideHtml(html: string): string {
  return paperCheckboxes(decorateExternalLinks(html));
}
