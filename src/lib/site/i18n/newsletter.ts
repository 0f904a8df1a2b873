/** /schools/newsletter/: the items' opening and closing lines and the page around them. */

const en = {
  newsletterLead: "From Safe Kids Online, a free guide for parents:",
  newsletterClose: "Read it on your phone in a few minutes, or print it. Free, with no sign-up and no ads.",
  newsletterTitle: "Newsletter items for schools",
  newsletterDescription: "A ready item of 60–100 words for every guide and app card, with its address and QR code, and a month-by-month plan for the school year.",
  newsletterIntro: "Paste these into your school newsletter. Each item comes from the guide itself, so it always matches the page. The address is permanent.",
  newsletterYearHeading: "A school year, month by month",
  newsletterAllHeading: "Every item",
  newsletterGuides: "Guides",
  newsletterApps: "App safety cards",
  newsletterCapped: "Items for {shown} of the {total} guides: the ones in the plan above, then the first in the usual order. Every guide's address is on",
  newsletterCappedLink: "the page for schools",
  copyText: "Copy text",
  copyFormatted: "Copy with formatting",
};

/** Every English key, none more: a missing or extra Spanish string is a type error. */
const es: Record<keyof typeof en, string> = {
  newsletterLead: "De Safe Kids Online, una guía gratis para padres:",
  newsletterClose: "Se lee en el celular en pocos minutos, o se puede imprimir. Es gratis, sin registrarse y sin anuncios.",
  newsletterTitle: "Textos para el boletín escolar",
  newsletterDescription: "Un texto listo de 60 a 100 palabras para cada guía y ficha de apps, con su dirección y código QR, y un plan mes a mes para el año escolar.",
  newsletterIntro: "Pegue estos textos en el boletín de su escuela. Cada uno sale de la guía misma, así que siempre coincide con la página. La dirección es permanente.",
  newsletterYearHeading: "Un año escolar, mes a mes",
  newsletterAllHeading: "Todos los textos",
  newsletterGuides: "Guías",
  newsletterApps: "Fichas de apps",
  newsletterCapped: "Textos para {shown} de las {total} guías: las del plan de arriba y luego las primeras en el orden de siempre. La dirección de cada guía está en",
  newsletterCappedLink: "la página para escuelas",
  copyText: "Copiar texto",
  copyFormatted: "Copiar con formato",
};

export const newsletter = { en, es };
