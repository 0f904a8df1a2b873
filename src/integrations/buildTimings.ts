import type { AstroIntegration } from "astro";
import { addTiming, takeTimings, TIMINGS_ENABLED } from "../lib/site/buildTimings.ts";

/**
 * With BUILD_TIMINGS=1, logs how long each phase of `astro build` took (see src/lib/site/buildTimings.ts):
 * `startup` (Node and the config, before Astro's first hook), `setup` (config hooks, Vite, syncing the content
 * collections), `bundle` (Vite's builds: components, MDX, CSS; includes the build:start hooks, timed on their own),
 * `render` (every page written), then the timings collected while rendering (QR codes). The build:done integrations
 * time themselves; `buildTimingsEnd()`, listed last, logs the whole build:done phase, so what no integration
 * claims shows as "other". Without BUILD_TIMINGS nothing is added to the build.
 */
const marks: Record<string, number> = {};

export default function buildTimings(): AstroIntegration {
  return {
    name: "build-timings",
    hooks: TIMINGS_ENABLED
      ? {
          "astro:config:setup": ({ updateConfig }) => {
            marks.setup = performance.now();
            addTiming("startup", marks.setup);
            // Vite calls closeBundle once per environment it builds (client, server, prerender); pages render after the last.
            updateConfig({ vite: { plugins: [{ name: "build-timings", closeBundle: () => void (marks.bundled = performance.now()) }] } });
          },
          "astro:build:start": () => {
            marks.start = performance.now();
            addTiming("setup", marks.start - marks.setup);
          },
          "astro:build:generated": () => {
            marks.generated = performance.now();
            addTiming("bundle", (marks.bundled ?? marks.start) - marks.start);
            addTiming("render", marks.generated - (marks.bundled ?? marks.start));
          },
          "astro:build:done": ({ logger }) => {
            marks.done = performance.now();
            for (const line of takeTimings()) logger.info(line);
          },
        }
      : {},
  };
}

/** Logs the time of the whole build:done phase; list it after every other integration. */
export function buildTimingsEnd(): AstroIntegration {
  return {
    name: "build-timings-end",
    hooks: TIMINGS_ENABLED
      ? {
          "astro:build:done": ({ logger }) => {
            addTiming("build-done", performance.now() - marks.done);
            for (const line of takeTimings()) logger.info(line);
          },
        }
      : {},
  };
}
