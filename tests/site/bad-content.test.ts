import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "..", "..");

describe("bad frontmatter", () => {
  it("fails Astro's content sync, naming the file and the field", () => {
    // `astro sync` runs the same content validation as `astro build`, without rendering pages.
    const result = spawnSync(process.execPath, ["node_modules/astro/bin/astro.mjs", "sync"], {
      cwd: ROOT,
      env: { ...process.env, GUIDES_DIR: "./tests/fixtures/bad-frontmatter", ASTRO_TELEMETRY_DISABLED: "1" },
      encoding: "utf8",
    });
    const output = result.stdout + result.stderr;
    expect(result.status).not.toBe(0);
    expect(output).toContain("tests/fixtures/bad-frontmatter/bad-topic.mdx");
    expect(output).toMatch(/^\s*topic: Invalid option/m);
  });
});
