/** An evidence marker in an MDX body: `[^id]`, right after the statement it supports (see notes.ts). */
export const NOTE_MARKER = /\[\^([a-z0-9][a-z0-9-]*)\]/g;

/**
 * The prose of an MDX body, line breaks kept: frontmatter, import/export lines, tags,
 * note markers, link targets and markdown symbols removed. Reading time, word counts and the reading
 * grade all measure this.
 */
export function stripMdx(mdx: string): string {
  return mdx
    .replace(/^---[\s\S]*?\n---/, "")
    .replace(NOTE_MARKER, "")
    .replace(/^(import|export) .*$/gm, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[#*_`>|]/g, " ");
}
