import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSite, ROOT } from "../helpers/build.ts";

const workDir = mkdtempSync(join(tmpdir(), "bad-frontmatter-"));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe("bad frontmatter", { timeout: 240_000 }, () => {
  it("fails the build, naming the file and the field", () => {
    const { status, output } = buildSite({
      guidesDir: join(ROOT, "tests/fixtures/bad-frontmatter"),
      outDir: join(workDir, "dist"),
      workDir,
    });
    expect(status).not.toBe(0);
    expect(output).toContain("tests/fixtures/bad-frontmatter/bad-topic.mdx");
    expect(output).toMatch(/^\s*topic: Invalid option/m);
  });
});
