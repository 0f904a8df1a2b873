/**
 * App names in search. A question that names an app ("can my 10 year old use messenger") is about that app, so its
 * card comes first (rankPages). Each card lists the words that name it in a hidden Pagefind metadata field, "names";
 * the build copies every card's names into the language's vocabulary, so the search page knows which terms are names
 * (Pagefind matches a field by word beginnings: "chat" would match "chatgpt").
 */
import { isGeneric, STOPWORDS, words } from "./query.ts";

/** The Pagefind metadata field that holds a card's names. */
export const NAMES_FIELD = "names";

/** The Pagefind metadata field that holds a card's nicknames as parents type them ("yellow app"): what the card is about. */
export const ALIASES_FIELD = "aliases";

/** Words of app names and nicknames that are also everyday words in a question. */
const EVERYDAY = new Set(["random", "video", "chat", "others", "stem", "otras", "otros", "aleatorio", "aleatoria", "ai", "ia"]);

/**
 * The words that name an app: those of its name and of its one-word nicknames ("robux", "insta"). Longer nicknames
 * ("secret chat", "xbox family settings") are phrases parents type, indexed as the card's text but naming nothing.
 * In a name of several words, the language's ordinary words (`ordinary`) name nothing alone: "call", "free", "find"
 * ("Call of Duty", "Free Fire", "Find My") would make a parent's "who do I call" a question about a game.
 */
export function appNames(app: string, aliases: string[], ordinary: (word: string) => boolean = () => false): string[] {
  const keep = (w: string) => !STOPWORDS.has(w) && !isGeneric(w) && !EVERYDAY.has(w);
  const name = [...new Set(words(app).filter(keep))];
  // A web address names the app by its first part: "kick.com" is "kick", not "com".
  const nicknames = aliases.filter((a) => !/\s/.test(a)).map((a) => a.replace(/\.[a-z]{2,4}$/, "")).flatMap(words).filter(keep);
  return [...new Set([...(name.length > 1 ? name.filter((w) => !ordinary(w)) : name), ...nicknames])];
}
