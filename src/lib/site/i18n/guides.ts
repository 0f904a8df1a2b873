/** A guide's page, and what guides and cards share: review line, ages, evidence notes, change record, /changes/. */

const en = {
  reviewedOn: "Reviewed on",
  writtenFor: "Written for",
  minRead: "{n} min read",
  allAges: "All ages",
  ageRange: "Ages {from}–{to}",
  oneAge: "Age {n}",
  relatedGuides: "Related guides",
  sources: "Sources",
  noteRead: "read on",
  inEnglish: "in English",
  inSpanish: "in Spanish",
  noteMarker: "Source {n}",
  whatChanged: "What changed",
  dueForReview: "Due for review: this page was last checked more than 12 months ago. Apps and phones change often, so check the steps against the sources below.",
  changesTitle: "What changed",
  changesDescription: "Every change to every guide and app card, newest first, so a printed copy can be checked against the live page.",
  changesIntro: "Printed a guide a while ago? Find it below to see what is different on the live page. Each guide also lists its own changes under its review date.",
  changesFeed: "Follow changes in a feed reader",
  changesFeedTitle: "Safe Kids Online: what changed",
  changesCapped: "The newest {shown} of {total} changes. Each guide and card lists all of its own changes under its review date.",
};

/** Every English key, none more: a missing or extra Spanish string is a type error. */
const es: Record<keyof typeof en, string> = {
  reviewedOn: "Revisada el",
  writtenFor: "Escrita para",
  minRead: "{n} min de lectura",
  allAges: "Todas las edades",
  ageRange: "De {from} a {to} años",
  oneAge: "{n} años",
  relatedGuides: "Guías relacionadas",
  sources: "Fuentes",
  noteRead: "consultada el",
  inEnglish: "en inglés",
  inSpanish: "en español",
  noteMarker: "Fuente {n}",
  whatChanged: "Qué cambió",
  dueForReview: "Pendiente de revisión: esta página se revisó por última vez hace más de 12 meses. Las apps y los celulares cambian seguido, así que compare los pasos con las fuentes de abajo.",
  changesTitle: "Qué cambió",
  changesDescription: "Todos los cambios en las guías y fichas de apps, del más nuevo al más viejo, para comparar una copia impresa con la página en línea.",
  changesIntro: "¿Imprimió una guía hace tiempo? Búsquela abajo para ver qué cambió en la página en línea. Cada guía también muestra sus cambios bajo su fecha de revisión.",
  changesFeed: "Siga los cambios en un lector de noticias (RSS)",
  changesFeedTitle: "Safe Kids Online: qué cambió",
  changesCapped: "Los {shown} cambios más nuevos de {total}. Cada guía y cada ficha muestra todos sus cambios bajo su fecha de revisión.",
};

export const guides = { en, es };
