import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import * as pagefind from "pagefind";

/**
 * Indexes the built site with Pagefind's Node API once `astro build` has written `dist/`,
 * so every build is searchable. Only elements marked `data-pagefind-body` (guide text) are indexed.
 */
export async function indexSite(dir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join("; ")}`);
    if (added.page_count === 0) throw new Error("Pagefind indexed no pages: is data-pagefind-body missing?");
    const written = await index.writeFiles({ outputPath: `${dir}/pagefind` });
    if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join("; ")}`);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: "pagefind",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const { pages } = await indexSite(fileURLToPath(dir));
        logger.info(`Indexed ${pages} pages for search.`);
      },
    },
  };
}
