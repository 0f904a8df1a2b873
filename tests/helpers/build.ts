/** A real `astro build` of another guide folder (GUIDES_DIR) into another output folder, kept apart from the main build. */
import { spawnSync } from "node:child_process";
import { symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

export const ROOT = join(import.meta.dirname, "..", "..");

export interface BuildResult {
  status: number | null;
  /** Everything Astro printed, stdout then stderr. */
  output: string;
  ms: number;
}

/**
 * Builds the site from the guides in `guidesDir` into `outDir`, with `workDir` (which holds `outDir`) as the working
 * directory and home of Astro's content cache. Both keep this build out of folders the main build uses: in the shared
 * node_modules/.astro the cache would keep pointing at these guide files after they are deleted, failing the next
 * ordinary build; and Astro renders pages in `.astro/.prerender/` under the working directory whenever `outDir` lies
 * outside it, where two builds at once break each other. (.astro/'s generated types are still shared.)
 */
export function buildSite({ guidesDir, outDir, workDir }: { guidesDir: string; outDir: string; workDir: string }): BuildResult {
  const config = join(workDir, "astro.config.mjs");
  writeFileSync(
    config,
    `import config from ${JSON.stringify(join(ROOT, "astro.config.mjs"))};\n` +
      `export default { ...config, cacheDir: ${JSON.stringify(join(workDir, ".astro-cache"))} };\n`,
  );
  // The pages are rendered from `outDir`/.prerender/, which must find the project's packages.
  const modules = join(workDir, "node_modules");
  symlinkSync(join(ROOT, "node_modules"), modules, "dir");
  const start = performance.now();
  // Astro joins --config to the project root, so it must be relative.
  const args = [join(ROOT, "node_modules/astro/bin/astro.mjs"), "build", "--root", ROOT, "--config", relative(ROOT, config), "--outDir", outDir];
  const result = spawnSync(process.execPath, args, {
    cwd: workDir,
    env: { ...process.env, GUIDES_DIR: guidesDir, ASTRO_TELEMETRY_DISABLED: "1", FORCE_COLOR: "0", NO_COLOR: "1" },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  // Unlinked at once, so deleting `workDir` can never reach into the project's node_modules.
  unlinkSync(modules);
  // Colour codes (CI may force them) would split the words the tests look for.
  const output = (result.stdout + result.stderr).replace(/\u001b\[[0-9;]*m/g, "");
  return { status: result.status, output, ms: performance.now() - start };
}
