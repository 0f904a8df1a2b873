import { describe, expect, it } from "vitest";
import {
  correctedQuestion,
  correctTerm,
  correctTerms,
  countWords,
  editDistance,
  everydaySiteWords,
  formatVocabulary,
  isEveryday,
  ordinaryNearWords,
  parseVocabulary,
  sameWord,
} from "@/lib/search/spelling";

/** A vocabulary as the build writes it, from a few lines of guide text. */
const vocabulary = parseVocabulary(
  formatVocabulary(
    countWords([
      "Spot a fake calculator app. A calculator app can hide photos. Calculators, calculators.",
      "Sextortion is blackmail. Report sextortion. Family Link supervises a child's Google Account. Family time. Link it.",
      "YouTube history. Instagram and Roblox chat. Robots. Contact a stranger. Photos.",
    ]),
  ),
);
const unknown = () => false;

describe("the vocabulary file", () => {
  it("keeps words of three letters or more, with their counts, and no filler or numbers", () => {
    const counts = countWords(["The app, the apps and 911: my kid's app is an App."]);
    expect(Object.fromEntries(counts)).toEqual({ app: 3, apps: 1 });
  });
  it("writes one line per count and reads back the same words and counts", () => {
    const counts = new Map([["zeta", 2], ["alpha", 1], ["beta", 2], ["sextorsión", 1]]);
    expect(formatVocabulary(counts)).toBe("1 alpha sextorsión\n2 beta zeta\n@ \n! \n~ \n");
    const read = parseVocabulary(formatVocabulary(counts));
    expect(read.entries.map((e) => [e.word, e.count])).toEqual([["beta", 2], ["zeta", 2], ["alpha", 1], ["sextorsión", 1]]);
    expect(read.byPlain.get("sextorsion")?.word).toBe("sextorsión");
  });
  it("writes the app names, ordinary and everyday words on lines of their own and reads them back, without accents", () => {
    const text = formatVocabulary(new Map([["roblox", 3]]), { names: ["robux", "roblox", "robux", "tiktók"], ordinary: ["passport"], everyday: ["score", "café"] });
    expect(text).toBe("3 roblox\n@ roblox robux tiktók\n! passport\n~ café score\n");
    const read = parseVocabulary(text);
    expect([...read.names]).toEqual(["roblox", "robux", "tiktok"]);
    expect([...read.ordinary]).toEqual(["passport"]);
    expect([...read.everyday]).toEqual(["cafe", "score"]);
    expect(read.entries.map((e) => e.word)).toEqual(["roblox"]);
  });
  it("is empty when the file could not be fetched", () => {
    expect(parseVocabulary("").entries).toEqual([]);
  });
});

describe("editDistance", () => {
  it("counts a swap of neighbours as one edit", () => {
    expect(editDistance("instagarm", "instagram")).toBe(1);
    expect(editDistance("robolox", "roblox")).toBe(1);
    expect(editDistance("calculater", "calculator")).toBe(1);
    expect(editDistance("estorsion", "sextorsion")).toBe(2);
    expect(editDistance("abc", "abc")).toBe(0);
    expect(editDistance("", "abc")).toBe(3);
  });
});

describe("correctTerm", () => {
  it("mends ordinary misspellings to the index's words", () => {
    expect(correctTerm("calculater", vocabulary)).toBe("calculator");
    expect(correctTerm("sextorsion", vocabulary)).toBe("sextortion");
    expect(correctTerm("youtub", vocabulary)).toBe("youtube");
    expect(correctTerm("instagarm", vocabulary)).toBe("instagram");
    expect(correctTerm("robolox", vocabulary)).toBe("roblox");
  });
  it("splits two words typed as one", () => {
    expect(correctTerm("familylink", vocabulary)).toBe("family link");
  });
  it("completes a word begun", () => {
    expect(correctTerm("calcul", vocabulary)).toBe("calculator");
  });
  it("picks the commonest of equally near words", () => {
    // "calculatorx" is one edit from "calculator" (3 times) and from "calculators" (2 times).
    expect(correctTerm("calculatorx", vocabulary)).toBe("calculator");
  });
  it("allows one edit for five or six letters, two from seven, none under five", () => {
    expect(correctTerm("rxblxx", vocabulary)).toBeUndefined(); // two edits from "roblox", six letters
    expect(correctTerm("robloks", vocabulary)).toBe("roblox"); // two edits, seven letters
    expect(correctTerm("sextxrtixn", vocabulary)).toBe("sextortion"); // two edits, ten letters
    expect(correctTerm("sxxtxrtixn", vocabulary)).toBeUndefined(); // three
    expect(correctTerm("chad", vocabulary)).toBeUndefined(); // one edit from "chat", but four letters
  });
  it("compares words without accents, and answers with the index's spelling", () => {
    expect(correctTerm("estorsion", parseVocabulary("1 sextorsión fotos\n"))).toBe("sextorsión");
  });
  it("completes a word begun only while it is being typed (the question's last word)", () => {
    expect(correctTerm("calcul", vocabulary, false)).toBeUndefined();
  });
  it("keeps the first letter, or finds it dropped", () => {
    const index = parseVocabulary("3 calmar password\n1 sextorsión\n");
    expect(correctTerm("walmart", index)).toBeUndefined(); // "calmar" is two edits away, but starts otherwise
    expect(correctTerm("estorsion", index)).toBe("sextorsión");
  });
  it("finds nothing for a word near no word of the index", () => {
    for (const term of ["zzqx", "blorf", "xylophone", "pizza", "recipe"]) expect(correctTerm(term, vocabulary), term).toBeUndefined();
  });
});

describe("correctTerms", () => {
  it("keeps the terms the index knows, corrects the others and drops those near nothing", () => {
    const known = (t: string) => t === "youtub"; // Pagefind finds the stem of "youtube"
    expect(correctTerms(["youtub", "calculater", "familylink", "zzqx"], known, vocabulary)).toEqual({
      terms: ["youtub", "calculator", "family", "link"],
      corrections: [
        { from: "calculater", to: "calculator" },
        { from: "familylink", to: "family link" },
      ],
      dropped: 1,
      weak: new Set(),
    });
  });
  it("keeps a word of the vocabulary uncorrected, spelled with the pages' accents", () => {
    const spanish = parseVocabulary("1 sextorsión fotos\n");
    expect(correctTerms(["sextorsion", "fotos"], unknown, spanish)).toEqual({ terms: ["sextorsión", "fotos"], corrections: [], dropped: 0, weak: new Set() });
  });
  it("drops an ordinary word of the language instead of correcting it to a word of the site", () => {
    const index = parseVocabulary("3 password\n! passport\n");
    expect(correctTerm("passport", index)).toBe("password");
    expect(correctTerms(["passport"], unknown, index)).toEqual({ terms: [], corrections: [], dropped: 1, weak: new Set() });
  });
  it("marks a far guess (two edits) as weak, unless it names an app", () => {
    const index = parseVocabulary("3 consola\n1 roblox\n@ roblox\n");
    expect(correctTerms(["consular"], unknown, index).weak).toEqual(new Set(["consola"]));
    expect(correctTerms(["robloks"], unknown, index).weak).toEqual(new Set());
  });
  it("trusts Pagefind's stemming only for a form of a word the vocabulary holds, or a word it leaves out", () => {
    const index = parseVocabulary("3 misión youtube\n");
    const stemmed = () => true;
    expect(correctTerms(["youtub", "ps5", "misa"], stemmed, index)).toMatchObject({ terms: ["youtub", "ps5"], dropped: 1 });
  });
  it("leaves nothing to search for a question of nonsense", () => {
    expect(correctTerms(["zzqx", "blorf"], unknown, vocabulary).terms).toEqual([]);
  });
  it("searches a word once however it was reached", () => {
    expect(correctTerms(["calculator", "calculater"], unknown, vocabulary).terms).toEqual(["calculator"]);
  });
});

describe("correctedQuestion", () => {
  it("puts each correction into the question as it was typed", () => {
    const corrections = [
      { from: "calculater", to: "calculator" },
      { from: "familylink", to: "family link" },
    ];
    expect(correctedQuestion("Calculater app on my son's FamilyLink phone?", corrections)).toBe("calculator app on my son's family link phone?");
  });
  it("replaces whole words only", () => {
    expect(correctedQuestion("apps and app", [{ from: "app", to: "application" }])).toBe("apps and application");
  });
});

describe("ordinary and everyday words (built from word lists)", () => {
  const site = parseVocabulary("5 password photos\n3 check score\n2 abuse\n@ roblox\n");
  it("lists the ordinary words correction would turn into a different word of the site", () => {
    const near = ordinaryNearWords(["passport", "abusing", "pizza", "photo", "Check", "roblox"], site);
    // "passport" would become "password"; "abusing" is a form of "abuse"; "pizza" is near nothing; "photo" begins
    // "photos"; the others are the site's own words.
    expect(near).toEqual(["passport"]);
  });
  it("tells forms of one word from different words", () => {
    expect(sameWord("abusing", "abuse")).toBe(true);
    expect(sameWord("messaged", "messages")).toBe(true);
    expect(sameWord("recibo", "recibió")).toBe(true);
    expect(sameWord("passport", "password")).toBe(false);
    expect(sameWord("cleats", "clears")).toBe(false);
    expect(sameWord("misa", "mismo")).toBe(false); // a short stem must be the whole of the other
  });
  it("marks the site's common words that do not carry its subject as everyday", () => {
    expect(everydaySiteWords(["check", "score", "photos", "password", "the"], site).sort()).toEqual(["check", "score"]);
  });
  it("knows an everyday word in another form", () => {
    const read = parseVocabulary("3 score check photos\n~ score check\n");
    expect(isEveryday("score", read)).toBe(true);
    expect(isEveryday("scores", read)).toBe(true);
    expect(isEveryday("checked", read)).toBe(true);
    expect(isEveryday("photos", read)).toBe(false);
    // A form the site never uses, by its stem: "sacar" for the site's "saca", "recibo" for "recibe".
    const es = parseVocabulary("3 saca recibe fotos\n~ saca recibe\n");
    expect(isEveryday("sacar", es)).toBe(true);
    expect(isEveryday("recibo", es)).toBe(true);
    expect(isEveryday("fotografias", es)).toBe(false);
  });
});
