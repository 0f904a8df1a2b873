/**
 * The prose of an MDX body, line breaks kept: frontmatter, import/export lines, tags,
 * link targets and markdown symbols removed. Reading time, word counts and the reading
 * grade all measure this.
 */
export function stripMdx(mdx: string): string {
  return mdx
    .replace(/^---[\s\S]*?\n---/, "")
    .replace(/^(import|export) .*$/gm, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[#*_`>|]/g, " ");
}
