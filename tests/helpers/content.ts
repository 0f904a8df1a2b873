/** The published guides and cards of each language, read from content/ through the schemas, as the build reads them. */
import { CARD_DIRS, GUIDE_DIRS, readGuideFiles, slugOf, splitFrontmatter } from "../../src/lib/checks/contentCheck.ts";
import { cardSchema, guideSchema } from "../../src/lib/content/schema.ts";
import type { Lang } from "../../src/lib/site/i18n.ts";

/** A language's published guides: id, body and parsed data. */
export function contentGuides(lang: Lang) {
  return readGuideFiles(GUIDE_DIRS[lang])
    .map((f) => ({ id: slugOf(f.file), body: splitFrontmatter(f.source).body, data: guideSchema.parse(splitFrontmatter(f.source).data) }))
    .filter((g) => !g.data.draft);
}

/** A language's published app cards: id, body and parsed data. */
export function contentCards(lang: Lang) {
  return readGuideFiles(CARD_DIRS[lang])
    .map((f) => ({ id: slugOf(f.file), body: splitFrontmatter(f.source).body, data: cardSchema.parse(splitFrontmatter(f.source).data) }))
    .filter((c) => !c.data.draft);
}
