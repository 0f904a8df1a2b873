/** The age pages: /ages/ and one page per stage (src/lib/content/ages.ts), and the home page's links to them. */

const en = {
  agesTitle: "Start from your child's age",
  agesDescription: "What to set up first, the guides and app cards that matter, and the talk to have, for each age.",
  agesIntro: "Pick your child's age. Each page lists what to set up first, the guides and app cards written for that age, and what to talk about.",
  stageUnder: "Under {n}",
  stageTitle: "{stage}: where to start",
  stageDescription: "{stage}: what to set up first, the guides and app cards that matter, and the talk to have.",
  stageIntro: "Every guide and app card here says on its own page that it is written for children of this age.",
  stageCounts: "{guides} guides, {cards} app cards",
  setUpFirst: "Set up first",
  setUpFirstIntro: "The device and parental-control guides for this age.",
  theTalk: "The talk to have",
  theTalkFrom: "From the guide",
  stageGuides: "Other guides for this age",
  stageCards: "App cards for this age",
  stageNoGuides: "No other guide is written for this age yet.",
  stageNoCards: "No app card is written for this age yet.",
  otherStages: "Other ages",
};

/** Every English key, none more: a missing or extra Spanish string is a type error. */
const es: Record<keyof typeof en, string> = {
  agesTitle: "Empiece por la edad de su hijo",
  agesDescription: "Qué configurar primero, las guías y fichas de apps que importan y la charla que conviene tener, para cada edad.",
  agesIntro: "Elija la edad de su hijo. Cada página muestra qué configurar primero, las guías y fichas de apps escritas para esa edad y de qué hablar.",
  stageUnder: "Menores de {n} años",
  stageTitle: "{stage}: por dónde empezar",
  stageDescription: "{stage}: qué configurar primero, las guías y fichas de apps que importan y la charla que conviene tener.",
  stageIntro: "Cada guía y ficha de app que ve aquí dice en su propia página que está escrita para niños de esta edad.",
  stageCounts: "{guides} guías, {cards} fichas de apps",
  setUpFirst: "Configure primero",
  setUpFirstIntro: "Las guías de aparatos y controles parentales para esta edad.",
  theTalk: "La charla que conviene tener",
  theTalkFrom: "De la guía",
  stageGuides: "Otras guías para esta edad",
  stageCards: "Fichas de apps para esta edad",
  stageNoGuides: "Todavía no hay otra guía escrita para esta edad.",
  stageNoCards: "Todavía no hay ninguna ficha de app escrita para esta edad.",
  otherStages: "Otras edades",
};

export const ages = { en, es };
