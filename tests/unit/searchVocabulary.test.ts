import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as pagefind from "pagefind";
import { writeVocabularies } from "@/integrations/pagefind";
import { parseVocabulary, vocabularyPath } from "@/lib/search/spelling";

const page = (lang: string, body: string) => `<!doctype html><html lang="${lang}"><body><main data-pagefind-body>${body}</main></body></html>`;
/** An app card as the lead plans them: the nicknames in a hidden paragraph inside the indexed body. */
const card = page(
  "en",
  '<h1>Roblox</h1><p>Chat with friends in games.</p><p hidden data-pagefind-weight="5">robux robox</p><span hidden data-pagefind-meta="names">roblox robux</span>',
);
const pages = {
  "apps/roblox/index.html": card,
  "guides/chat/index.html": page("en", "<h1>Chat safety</h1><p>Who can chat with your child.</p>"),
  "es/apps/roblox/index.html": page("es", "<h1>Roblox</h1><p>Chatear con amigos en juegos.</p>"),
  "es/guias/chat/index.html": page("es", "<h1>Seguridad en el chat</h1><p>Quién puede chatear con su hijo.</p>"),
};

const dirs: string[] = [];
afterAll(async () => {
  await pagefind.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Indexes `pages` with Pagefind's Node API into a new folder and writes the vocabularies there. */
async function build(maxFragments?: number): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "vocabulary-"));
  dirs.push(dir);
  const { index } = await pagefind.createIndex({ maxFragments });
  for (const [sourcePath, content] of Object.entries(pages)) await index!.addHTMLFile({ sourcePath, content });
  await index!.writeFiles({ outputPath: join(dir, "pagefind") });
  writeVocabularies(dir);
  return dir;
}

const read = (dir: string, lang: "en" | "es") => parseVocabulary(readFileSync(join(dir, vocabularyPath(lang)), "utf8"));

describe("the search vocabularies", () => {
  it("hold each language's indexed words, with counts", async () => {
    const dir = await build();
    const en = read(dir, "en");
    expect(en.byPlain.get("chat")?.count).toBe(3);
    expect(en.byPlain.has("roblox")).toBe(true);
    expect(en.byPlain.has("chatear")).toBe(false);
    expect(read(dir, "es").byPlain.get("chatear")?.count).toBe(2);
  });

  it("hold the app names the cards list, in their language only", async () => {
    const dir = await build();
    expect([...read(dir, "en").names]).toEqual(["roblox", "robux"]);
    expect([...read(dir, "es").names]).toEqual([]);
  });

  it("read Pagefind's grouped fragment files too (a site of many pages)", async () => {
    const dir = await build(1);
    expect(readdirSync(join(dir, "pagefind", "fragment")).length).toBeLessThan(Object.keys(pages).length);
    expect(read(dir, "en").byPlain.get("chat")?.count).toBe(3);
    expect(read(dir, "es").byPlain.get("chatear")?.count).toBe(2);
  });

  it("show that Pagefind indexes the text of a hidden element, so a card's nicknames are searchable", async () => {
    expect(read(await build(), "en").byPlain.has("robux")).toBe(true);
    // And it counts them among the page's words: the same card without them has two fewer.
    const { index } = await pagefind.createIndex({});
    const withNicknames = await index!.addHTMLFile({ sourcePath: "a/index.html", content: card });
    const without = await index!.addHTMLFile({ sourcePath: "b/index.html", content: card.replace(/<p hidden.*?<\/p>/, "") });
    expect(withNicknames.file.uniqueWords - without.file.uniqueWords).toBe(2);
  });
});
