/** The search box and the search page. */

const en = {
  search: "Search",
  searchLabel: "Search the guides",
  searchPlaceholder: "Type your question",
  searchTitle: "Search the guides",
  searchDescription: "Search every guide in your own words.",
  searchIntro: "Type your question in your own words, for example “see what my son watched on YouTube”.",
  yourQuestion: "Your question",
  everyGuide: "Every guide",
  foundOne: "1 page found for “{q}”.",
  foundMany: "{n} pages found for “{q}”.",
  foundNone: "Nothing found for “{q}”. Try fewer or different words, or see every guide below, or the app cards.",
  correctedOne: "Showing results for “{q}”: 1 page found.",
  correctedMany: "Showing results for “{q}”: {n} pages found.",
};

/** Every English key, none more: a missing or extra Spanish string is a type error. */
const es: Record<keyof typeof en, string> = {
  search: "Buscar",
  searchLabel: "Buscar en las guías",
  searchPlaceholder: "Escriba su pregunta",
  searchTitle: "Buscar en las guías",
  searchDescription: "Busque en todas las guías con sus propias palabras.",
  searchIntro: "Escriba su pregunta con sus propias palabras, por ejemplo “ver el historial de YouTube de mi hijo”.",
  yourQuestion: "Su pregunta",
  everyGuide: "Todas las guías",
  foundOne: "Se encontró 1 página para “{q}”.",
  foundMany: "Se encontraron {n} páginas para “{q}”.",
  foundNone: "No se encontró nada para “{q}”. Pruebe con menos palabras o con otras, o vea abajo todas las guías, o las fichas de apps.",
  correctedOne: "Resultados para “{q}”: se encontró 1 página.",
  correctedMany: "Resultados para “{q}”: se encontraron {n} páginas.",
};

export const search = { en, es };
