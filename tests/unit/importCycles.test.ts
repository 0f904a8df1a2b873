import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = resolve("src");
const SOURCE = /\.(ts|mjs|js|astro)$/;
// Static imports and re-exports (type-only ones too: they tie two modules together just the same), bare
// side-effect imports and dynamic imports; in .astro files this covers the frontmatter and <script> blocks.
const SPECIFIERS = [/\b(?:import|export)\s[^;"']*?\bfrom\s*["']([^"']+)["']/g, /\bimport\s*["']([^"']+)["']/g, /\bimport\(\s*["']([^"']+)["']\s*\)/g];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : SOURCE.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** The file a specifier names inside src/, or undefined for packages and virtual modules (astro:content). */
function resolveImport(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith("@/") ? join(SRC, specifier.slice(2)) : specifier.startsWith(".") ? resolve(dirname(from), specifier) : undefined;
  if (!base) return undefined;
  return [base, `${base}.ts`, `${base}.js`, join(base, "index.ts")].find((f) => SOURCE.test(f) && existsSync(f));
}

function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, "utf8");
    const targets = SPECIFIERS.flatMap((re) => [...text.matchAll(re)].map((m) => resolveImport(file, m[1])));
    graph.set(file, [...new Set(targets.filter((t) => t !== undefined))]);
  }
  return graph;
}

/** Every circle, as the files in it from the first one reached back to itself. */
function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const done = new Set<string>();
  const stack: string[] = [];
  const visit = (file: string) => {
    const at = stack.indexOf(file);
    if (at >= 0) return void found.push([...stack.slice(at), file]);
    if (done.has(file)) return;
    stack.push(file);
    for (const next of graph.get(file) ?? []) visit(next);
    stack.pop();
    done.add(file);
  };
  for (const file of graph.keys()) visit(file);
  return found;
}

describe("imports in src/", () => {
  it("form no circle", () => {
    const graph = importGraph();
    expect(graph.size).toBeGreaterThan(50);
    const circles = cycles(graph).map((c) => c.map((f) => relative(SRC, f)).join(" → "));
    expect(circles).toEqual([]);
  });

  it("are found through relative paths, the @/ alias and .astro frontmatter", () => {
    const graph = importGraph();
    expect(graph.get(join(SRC, "lib/content/schema.ts"))).toContain(join(SRC, "lib/content/topics.ts"));
    expect(graph.get(join(SRC, "components/pages/HomePage.astro"))).toContain(join(SRC, "layouts/BaseLayout.astro"));
    expect(graph.get(join(SRC, "components/mdxComponents.ts"))).toContain(join(SRC, "components/Label.astro"));
  });
});
