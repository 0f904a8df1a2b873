import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isGeneric, queryTerms, rankPages } from "@/lib/search/query";

const PHRASINGS = join(import.meta.dirname, "..", "fixtures", "search-phrasings");

/** Every phrasing in the search fixtures: guides and app cards, both languages. */
function fixturePhrasings(): string[] {
  return readdirSync(PHRASINGS, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".json"))
    .flatMap((f) => JSON.parse(readFileSync(join(PHRASINGS, f), "utf8")) as string[]);
}

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

describe("isGeneric", () => {
  it("marks the words every page is about, in both languages, with or without accents", () => {
    for (const word of ["best", "safe", "app", "phones", "online", "seguridad", "teléfono", "telefono", "aplicación"]) {
      expect(isGeneric(word), word).toBe(true);
    }
    for (const word of ["calculator", "sextortion", "youtube", "password", "contraseña"]) expect(isGeneric(word), word).toBe(false);
  });
  it("leaves every phrasing in the fixtures a term to search", () => {
    for (const question of fixturePhrasings()) expect(queryTerms(question), question).not.toEqual([]);
  });
});

describe("rankPages", () => {
  const hit = (id: string, score = 1, inTitle = false, inNames = false) => ({ id, score, inTitle, inNames });
  const term = (hits: ReturnType<typeof hit>[], generic = false, name = false) => ({ generic, name, hits });
  const common = term(["a", "b", "c", "d"].map((id) => hit(id)));
  it("prefers a page with a rare term over one with several common terms", () => {
    const terms = [common, term([hit("b"), hit("c"), hit("d")]), term([hit("a")])];
    expect(rankPages(terms, [], 4)[0]).toBe("a");
  });
  it("puts pages that match the whole question first, in Pagefind's order", () => {
    expect(rankPages([common, term([hit("a", 5)])], ["c", "b"], 4)).toEqual(["c", "b", "a", "d"]);
  });
  it("breaks ties with Pagefind's scores", () => {
    expect(rankPages([term([hit("a", 1), hit("b", 3)])], [], 4)).toEqual(["b", "a"]);
  });
  it("is empty when no term found anything", () => {
    expect(rankPages([term([]), term([])], [], 4)).toEqual([]);
  });
  it("puts first, among pages with every term, one whose title holds every specific term", () => {
    const history = term([hit("guide1", 9), hit("guide2", 1, true)]);
    expect(rankPages([history], ["guide1", "guide2"], 40)).toEqual(["guide2", "guide1"]);
    // A generic word in a title ("online") names nothing.
    const online = term([hit("guide1"), hit("guide3", 1, true)], true);
    expect(rankPages([history, online], ["guide1"], 40)).toEqual(["guide1", "guide2"]);
  });
  it("puts first the card of an app the question names, even if it lacks the question's other words", () => {
    // "can my 10 year old use messenger": a guide has every word and Pagefind prefers it; the card lacks "year".
    const messenger = term([hit("guide", 9), hit("card", 2, true, true), hit("facebook", 1)], false, true);
    const year = term([hit("guide", 9)]);
    expect(rankPages([messenger, year], ["guide"], 40)).toEqual(["card", "guide", "facebook"]);
    // A word that is no app's name leads nothing, even where Pagefind matched it in a card's names ("chat", "chatgpt").
    const chat = term([hit("guide", 9), hit("card", 2, false, true)]);
    expect(rankPages([chat], ["guide", "card"], 40)).toEqual(["guide", "card"]);
  });
  it("puts first, of the pages naming the app, those whose title holds more of the question", () => {
    // "youtube history": the YouTube card, and the history guide with both words in its title.
    const youtube = term([hit("card", 5, true, true), hit("guide", 1, true)], false, true);
    const history = term([hit("guide", 1, true)]);
    expect(rankPages([youtube, history], ["guide"], 40)).toEqual(["guide", "card"]);
  });
  it("returns no page that matches only generic terms", () => {
    const best = term([hit("a"), hit("b")], true);
    expect(rankPages([best, term([hit("b")])], [], 4)).toEqual(["b"]);
    expect(rankPages([best], ["a", "b"], 4)).toEqual([]);
  });
  it("answers a question of generic words only with the pages whose titles hold them all", () => {
    // "apps my teen uses": the guide titled "Learn the apps your kids use".
    const apps = term([hit("a"), hit("learn", 1, true), hit("vault", 1, true)], true);
    const uses = term([hit("a"), hit("learn", 1, true)], true);
    expect(rankPages([apps, uses], ["a", "learn"], 4)).toEqual(["learn"]);
  });
});

describe("a child who wants to die or to hurt themselves", () => {
  it("is searched as suicide in either language, whatever everyday words the parent uses", () => {
    for (const q of ["my son says he wants to die", "she talks about cutting herself", "anoche me dijo que ya no quiere vivir", "mi hija quiere matarse"]) {
      expect(queryTerms(q), q).toContain("suicide");
      expect(queryTerms(q), q).toContain("suicidio");
    }
    expect(queryTerms("how do I cut screen time")).not.toContain("suicide");
  });
});
