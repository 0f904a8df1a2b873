import { describe, expect, it } from "vitest";
import { queryTerms, rankPages } from "@/lib/search/query";

describe("queryTerms", () => {
  it("keeps the words that say what the parent wants", () => {
    expect(queryTerms("See what my son watched on YouTube")).toEqual(["see", "watch", "youtube"]);
    expect(queryTerms("Should I know my kid's passwords?")).toEqual(["password"]);
    expect(queryTerms("calculator app hiding photos")).toEqual(["calculator", "app", "hidden", "photos"]);
  });
  it("maps everyday words to the guides' words and drops repeats", () => {
    expect(queryTerms("someone is blackmailing my daughter with pics, pictures")).toEqual(["threatening", "photos"]);
  });
  it("drops Spanish filler and family words too", () => {
    expect(queryTerms("ver el historial de YouTube de mi hijo")).toEqual(["ver", "historial", "youtube"]);
    expect(queryTerms("alguien amenaza con publicar fotos de mi hija")).toEqual(["amenaza", "publicar", "fotos"]);
  });
  it("keeps negations", () => {
    expect(queryTerms("what parents can't see")).toEqual(["cant", "see"]);
  });
  it("returns nothing for a question of only filler words", () => {
    expect(queryTerms("what should I do")).toEqual([]);
  });
});

describe("rankPages", () => {
  const common = ["a", "b", "c", "d"].map((id) => ({ id, score: 1 }));
  it("prefers a page with a rare term over one with several common terms", () => {
    const hits = [common, [{ id: "b", score: 1 }, { id: "c", score: 1 }, { id: "d", score: 1 }], [{ id: "a", score: 1 }]];
    expect(rankPages(hits, [], 4)[0]).toBe("a");
  });
  it("puts pages that match the whole question first, in Pagefind's order", () => {
    const hits = [common, [{ id: "a", score: 5 }]];
    expect(rankPages(hits, ["c", "b"], 4)).toEqual(["c", "b", "a", "d"]);
  });
  it("breaks ties with Pagefind's scores", () => {
    expect(rankPages([[{ id: "a", score: 1 }, { id: "b", score: 3 }]], [], 4)).toEqual(["b", "a"]);
  });
  it("is empty when no term found anything", () => {
    expect(rankPages([[], []], [], 4)).toEqual([]);
  });
});

