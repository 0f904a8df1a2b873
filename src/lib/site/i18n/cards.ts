/** App safety cards: /apps/, a card's title and its facts box. */

const en = {
  appsTitle: "App safety cards",
  appsDescription: "One page for each app your child may use: ages, who can contact them, what can hide, the family tool and three things to do first.",
  appsIntro: "Pick an app to see, on one page, who can reach your child in it, what can hide, and three settings to change first. Each card prints on one sheet.",
  cardTitle: "{app}: safety card for parents",
  minimumAge: "Minimum age in its terms",
  noMinimumAge: "None set in its terms",
  appStoreRating: "App Store rating",
  googlePlayRating: "Google Play rating",
  madeBy: "Made by",
  minAgeShort: "{n}+ in its terms",
  noMinAgeShort: "No minimum age in its terms",
  fact_strangerMessages: "Strangers can message a child, out of the box",
  fact_liveVideo: "Live video or video calls",
  fact_location: "Shares location",
  fact_purchases: "Money spent in the app",
  fact_aiChat: "AI chat",
  fact_parentTool: "Parent tool",
  fact_yes: "Yes",
  fact_no: "No",
  fact_limited: "Limited",
};

/** Every English key, none more: a missing or extra Spanish string is a type error. */
const es: Record<keyof typeof en, string> = {
  appsTitle: "Fichas de seguridad de apps",
  appsDescription: "Una página para cada app que su hijo pueda usar: edades, quién lo puede contactar, qué se puede esconder, la herramienta para familias y tres ajustes que conviene cambiar primero.",
  appsIntro: "Elija una app para ver, en una sola página, quién puede contactar a su hijo, qué se puede esconder y tres ajustes que conviene cambiar primero. Cada ficha se imprime en una hoja.",
  cardTitle: "{app}: ficha de seguridad para padres",
  minimumAge: "Edad mínima según sus reglas",
  noMinimumAge: "Sus reglas no fijan una",
  appStoreRating: "Clasificación en App Store",
  googlePlayRating: "Clasificación en Google Play",
  madeBy: "Hecha por",
  minAgeShort: "{n}+ según sus reglas",
  noMinAgeShort: "Sin edad mínima en sus reglas",
  fact_strangerMessages: "Desconocidos le pueden escribir a un menor, sin cambiar ajustes",
  fact_liveVideo: "Video en vivo o videollamadas",
  fact_location: "Comparte la ubicación",
  fact_purchases: "Se puede gastar dinero en la app",
  fact_aiChat: "Chat con IA",
  fact_parentTool: "Herramienta para familias",
  fact_yes: "Sí",
  fact_no: "No",
  fact_limited: "Con límites",
};

export const cards = { en, es };
