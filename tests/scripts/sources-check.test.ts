import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../helpers/build.ts";
import { holdsQuote, normalise } from "@/lib/checks/sourcesCheck";

// A publisher's site on this machine: one page as it was read, one rewritten, one deleted, one moved.
const PAGES: Record<string, { status: number; body?: string; location?: string }> = {
  "/unchanged": { status: 200, body: "<main><p>Parents can turn off <b>chat</b> for a child's&nbsp;account.</p></main>" },
  "/changed": { status: 200, body: "<main><p>Users must be at least 16 years old.</p></main>" },
  "/gone": { status: 404, body: "Not found" },
  "/redirected": { status: 301, location: "/family/settings" },
  "/family/settings": { status: 200, body: "<p>A parent approves every friend request.</p>" },
};

let server: Server;
let origin = "";
const out = mkdtempSync(join(tmpdir(), "sources-check-"));

beforeAll(async () => {
  server = createServer((req, res) => {
    const page = PAGES[req.url ?? ""] ?? { status: 404 };
    res.writeHead(page.status, { "content-type": "text/html; charset=utf-8", ...(page.location && { location: page.location }) });
    res.end(page.body ?? "");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("server has no port");
  origin = `http://127.0.0.1:${address.port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(out, { recursive: true, force: true });
});

describe("npm run sources:check", () => {
  it("reports, per page, each source that is gone, moved or no longer holds its quote, in a dated report", async () => {
    const args = ["scripts/sources-check.ts", "--content", "tests/fixtures/sources-check", "--out", out, "--map", `https://publisher.test=${origin}`];
    // The npm scripts' Node (24) runs TypeScript directly, as `npm run sources:check` does. Run asynchronously: the
    // local publisher answers from this process.
    const node = join(ROOT, "node_modules/node/bin/node");
    const result = await promisify(execFile)(node, args, { cwd: ROOT, encoding: "utf8" }).then(
      (r) => ({ status: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => ({ status: e.code, stdout: e.stdout, stderr: e.stderr }),
    );
    expect(result.status, result.stderr).toBe(1);
    const [file] = readdirSync(out);
    expect(file).toMatch(/^sources-\d{4}-\d{2}-\d{2}\.md$/);
    const report = readFileSync(join(out, file), "utf8");
    expect(report).toContain("4 quotes from 4 pages checked: 3 need an editor.");
    expect(report).toContain("## tests/fixtures/sources-check/apps/example.mdx");
    expect(report).toMatch(/note `changed` \(read 2026-12-06\): CHANGED/);
    expect(report).toMatch(/note `gone` \(read 2026-12-06\): GONE[\s\S]*HTTP 404/);
    expect(report).toMatch(/note `redirected` \(read 2026-12-06\): MOVED[\s\S]*moved to https:\/\/publisher\.test\/family\/settings; the quote is still there/);
    expect(report).not.toContain("note `unchanged`");
    expect(result.stdout).toContain("4 quotes checked, 3 need an editor.");
  });
});

describe("quote matching", () => {
  it("ignores tags, entities, spacing, quote marks and case, but not a changed word", () => {
    expect(normalise("  Parents’ “Family”\n Center — on ")).toBe(`parents' "family" center - on`);
    expect(holdsQuote("<p>Parents can turn off <b>chat</b> for a child&#39;s account.</p>", "parents can turn off chat for a child’s account.")).toBe(true);
    expect(holdsQuote("<p>Users must be at least 16 years old.</p>", "Users must be at least 13 years old.")).toBe(false);
  });
});
