import { describe, expect, it } from "vitest";
import { queryTerms, rankByTerms } from "@/lib/searchQuery";

describe("queryTerms", () => {
  it("keeps the words that say what the parent wants", () => {
    expect(queryTerms("See what my son watched on YouTube")).toEqual(["see", "watch", "youtube"]);
    expect(queryTerms("Should I know my kid's passwords?")).toEqual(["password"]);
    expect(queryTerms("calculator app hiding photos")).toEqual(["calculator", "app", "hidden", "photos"]);
  });
  it("maps everyday words to the guides' words and drops repeats", () => {
    expect(queryTerms("someone is blackmailing my daughter with pics, pictures")).toEqual(["threatening", "photos"]);
  });
  it("returns nothing for a question of only filler words", () => {
    expect(queryTerms("what should I do")).toEqual([]);
  });
});

describe("rankByTerms", () => {
  it("ranks pages matching more terms first, then by summed score", () => {
    const hits = [
      [
        { id: "a", score: 9 },
        { id: "b", score: 1 },
      ],
      [
        { id: "b", score: 1 },
        { id: "c", score: 5 },
      ],
      [{ id: "c", score: 1 }],
    ];
    expect(rankByTerms(hits)).toEqual(["c", "b", "a"]);
  });
  it("is empty when no term found anything", () => {
    expect(rankByTerms([[], []])).toEqual([]);
  });
});
