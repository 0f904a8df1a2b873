/** Parent-night talks: the slides, the presenter's keys and notes, the handout. */

const en = {
  talksHeading: "Talks for a parent night",
  talksText: "Ready slides with presenter notes, built from the guides. They open full screen on a projector, work with no connection once opened, and print one slide per page.",
  talkMinutes: "{n} minutes",
  talkStart: "Start the talk",
  talkNotes: "Show presenter notes",
  talkKeys: "Next: → Space Page Down, or tap the right side. Back: ← or tap the left side. N: notes. Esc: leave.",
  slideOf: "Slide {n} of {total}",
  notesLabel: "Say:",
  appsSlideTitle: "Apps children use most",
  appsSlideNotes: "Each app has a one-page safety card: who can contact a child, what can hide, the family tool and three settings to change first. The minimum age is the one in the app's own terms.",
  helpSlideTitle: "Where to get help",
  helpSlideNotes: "End here. If a child is in danger right now, call 911. Not sure who to call? Start with the CyberTipline. The help page lists every number; scan the code to open it.",
  guideAt: "Guide:",
  handoutTitle: "Handout: {talk}",
  handoutIntro: "Scan a code to open the guide on your phone. Every guide is free, in English and Spanish.",
  handoutLink: "One-page handout",
};

/** Every English key, none more: a missing or extra Spanish string is a type error. */
const es: Record<keyof typeof en, string> = {
  talksHeading: "Charlas para una reunión de padres de familia",
  talksText: "Diapositivas listas con notas para quien presenta, hechas con las guías. Se abren en pantalla completa en un proyector, funcionan sin internet una vez abiertas y se imprimen una diapositiva por página.",
  talkMinutes: "{n} minutos",
  talkStart: "Empezar la charla",
  talkNotes: "Mostrar las notas",
  talkKeys: "Siguiente: → Espacio Av Pág, o toque a la derecha. Atrás: ← o toque a la izquierda. N: notas. Esc: salir.",
  slideOf: "Diapositiva {n} de {total}",
  notesLabel: "Diga:",
  appsSlideTitle: "Las apps que más usan los niños",
  appsSlideNotes: "Cada app tiene una ficha de una página: quién puede contactar al niño, qué se puede esconder, la herramienta para familias y tres ajustes que conviene cambiar primero. La edad mínima es la que fijan las reglas de la app.",
  helpSlideTitle: "Dónde pedir ayuda",
  helpSlideNotes: "Termine aquí. Si un niño está en peligro ahora mismo, llame al 911. ¿No sabe a quién llamar? Empiece por la CyberTipline. La página de ayuda tiene todos los números; escanee el código para abrirla.",
  guideAt: "Guía:",
  handoutTitle: "Hoja para llevar: {talk}",
  handoutIntro: "Escanee un código para abrir la guía en su celular. Todas las guías son gratis, en español y en inglés.",
  handoutLink: "Hoja de una página",
};

export const talks = { en, es };
