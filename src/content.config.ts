import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { guideSchema } from "./lib/schema.ts";

/** Where guides live; tests point it at fixtures to check that bad frontmatter fails the build. */
const base = process.env.GUIDES_DIR ?? "./content";

const guides = defineCollection({
  // Files starting with "_" are notes or templates, not guides.
  loader: glob({ base, pattern: ["**/*.mdx", "!**/_*"] }),
  schema: guideSchema,
});

export const collections = { guides };
