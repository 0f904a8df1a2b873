/** Paper copies: print buttons, the printed header with its QR code, the printable packs. */

const en = {
  printGuide: "Print this guide",
  printPack: "Print this pack",
  printCard: "Print this card",
  printAllCards: "Print every card",
  latestVersion: "Latest version:",
  printedVersion: "This copy: version of {date}",
  notesOnline: "Each number's page, the publisher's words and the date read are on the live page (scan the QR code).",
  qrFor: "QR code for {url}",
  packTitle: "Printable pack",
  packDescription: "The one-page checklists and the printable guides, ready for the fridge, a parent meeting or a school handout.",
  packIntro: "Each guide starts on a new page. Use the button or your browser's Print command. Every page shows the guide's web address and a QR code to open the latest version.",
  inThisPack: "In this pack",
  printOneTopic: "Print one topic",
  topicPackTitle: "Printable pack: {topic}",
  topicPackDescription: "Every guide about {topic}, each on its own pages.",
  backToPack: "Back to the full printable pack",
  cardsPackTitle: "Printable pack: app safety cards",
  cardsPackDescription: "Every app safety card, each on its own page.",
  packCapped: "This pack holds {shown} of the {total} guides, so it stays short enough to print. Every guide prints from its own page:",
  packCappedLink: "see them all",
};

/** Every English key, none more: a missing or extra Spanish string is a type error. */
const es: Record<keyof typeof en, string> = {
  printGuide: "Imprimir esta guía",
  printPack: "Imprimir todo",
  printCard: "Imprimir esta ficha",
  printAllCards: "Imprimir todas las fichas",
  latestVersion: "Versión más reciente:",
  printedVersion: "Esta copia: versión del {date}",
  notesOnline: "La página, las palabras de quien la publica y la fecha de cada número están en la página en línea (escanee el código QR).",
  qrFor: "Código QR de {url}",
  packTitle: "Materiales para imprimir",
  packDescription: "Las listas de una página y las guías, preparadas para pegar en el refrigerador o llevar a una reunión de padres de familia o a la escuela.",
  packIntro: "Cada guía empieza en una hoja nueva. Use el botón o el comando Imprimir de su navegador. Cada hoja muestra la dirección de la guía y un código QR para abrir la versión más reciente.",
  inThisPack: "Qué incluye",
  printOneTopic: "Imprimir un tema",
  topicPackTitle: "Para imprimir: {topic}",
  topicPackDescription: "Todas las guías sobre {topic}, cada una en sus propias hojas.",
  backToPack: "Volver a todos los materiales",
  cardsPackTitle: "Para imprimir: fichas de apps",
  cardsPackDescription: "Todas las fichas de seguridad de apps, cada una en su propia página.",
  packCapped: "Aquí hay {shown} de las {total} guías, para que no sea demasiado largo para imprimir. Cada guía se imprime desde su propia página:",
  packCappedLink: "vea todas las guías",
};

export const print = { en, es };
