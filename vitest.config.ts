/// <reference types="vitest/config" />
import { getViteConfig } from "astro/config";

// Astro's Vite config lets component tests compile .astro files through the container API.
export default getViteConfig({
  test: {
    environment: "node",
    include: ["tests/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Browser tests each start Chromium; two cores can't run many at once.
    maxWorkers: 2,
    // Tests a file marks concurrent (the privacy check): their pages spend most of their time waiting.
    maxConcurrency: 4,
  },
});
