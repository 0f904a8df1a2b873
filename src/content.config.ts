import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { guideSchema } from "./lib/content/schema.ts";

/** Where guides live; tests point it at fixtures to check that bad frontmatter fails the build. */
const base = process.env.GUIDES_DIR ?? "./content";

// One collection per language, same schema and same file names (the slug links a guide to its translation).
// Files starting with "_" are notes or templates, not guides.
const guides = defineCollection({
  loader: glob({ base, pattern: ["*.mdx", "!_*"] }),
  schema: guideSchema,
});

const guidesEs = defineCollection({
  loader: glob({ base: `${base}/es`, pattern: ["*.mdx", "!_*"] }),
  schema: guideSchema,
});

export const collections = { guides, guidesEs };
