/**
 * The questions a page answers, in parents' words (frontmatter `questions`), in a hidden Pagefind metadata field:
 * indexed and reported by Pagefind when a question's word matches it (rankPages weighs it like the summary), never shown.
 */
export const QUESTIONS_FIELD = "questions";
