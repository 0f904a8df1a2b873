import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { cardSchema, guideSchema } from "./lib/content/schema.ts";

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

// App safety cards: a second kind of page, in content/apps/ and content/es/apps/, same file names.
const apps = defineCollection({
  loader: glob({ base: `${base}/apps`, pattern: ["*.mdx", "!_*"] }),
  schema: cardSchema,
});

const appsEs = defineCollection({
  loader: glob({ base: `${base}/es/apps`, pattern: ["*.mdx", "!_*"] }),
  schema: cardSchema,
});

export const collections = { guides, guidesEs, apps, appsEs };
