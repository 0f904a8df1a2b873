/** Reading offline: /read-offline/ and its save button, the offline page, the update banner. */

const en = {
  saveTitle: "Read offline",
  saveDescription: "Save every guide and app card on this phone, to read with no connection.",
  saveIntro: "The help page and the pages you open are kept on this phone after your first visit. To read everything with no connection, save all the guides once. After that, only what changes is downloaded.",
  saveButton: "Save all guides to read offline: {size}",
  saveProgress: "Saving… {done} of {total} files ({size})",
  saveDone: "Done: {n} pages are saved on this phone. They open with no connection.",
  saveAlready: "Already saved on this phone. Only changes will be downloaded.",
  saveFailed: "Saving did not finish. Check your connection and try again.",
  saveNoJs: "Saving all guides needs JavaScript and a browser that can work offline.",
  saveOtherLang: "Save the guides in Spanish (Guardar las guías en español)",
  offlineTitle: "You are offline",
  offlineDescription: "This page is not saved on this device, and there is no connection right now.",
  offlineText: "This page is not saved on this device, and there is no connection right now. The help page and the pages you opened before are saved, so you can keep reading those.",
  offlineHelp: "lists who to call and what to do first.",
  offlineDanger: "If a child is in danger right now, call",
  updateAvailable: "A newer version of this page is available — ",
  reload: "reload",
};

/** Every English key, none more: a missing or extra Spanish string is a type error. */
const es: Record<keyof typeof en, string> = {
  saveTitle: "Leer sin conexión",
  saveDescription: "Guarde todas las guías y fichas de apps en este celular, para leerlas sin internet.",
  saveIntro: "La página de ayuda y las páginas que usted abre se guardan en este celular después de su primera visita. Para leer todo sin internet, guarde todas las guías una vez. Después solo se descarga lo que cambie.",
  saveButton: "Guardar todas las guías para leer sin internet: {size}",
  saveProgress: "Guardando… {done} de {total} archivos ({size})",
  saveDone: "Listo: {n} páginas están guardadas en este celular. Se abren sin internet.",
  saveAlready: "Ya están guardadas en este celular. Solo se descargará lo que cambie.",
  saveFailed: "No se pudo terminar de guardar. Revise su conexión e intente otra vez.",
  saveNoJs: "Para guardar todas las guías se necesita JavaScript y un navegador que funcione sin conexión.",
  saveOtherLang: "Guardar las guías en inglés (Save the guides in English)",
  offlineTitle: "No tiene conexión",
  offlineDescription: "Esta página no está guardada en este aparato y ahora no hay conexión.",
  offlineText: "Esta página no está guardada en este aparato y ahora no hay conexión. La página de ayuda y las páginas que abrió antes sí están guardadas: puede seguir leyéndolas.",
  offlineHelp: "dice a quién llamar y qué hacer primero.",
  offlineDanger: "Si un niño está en peligro ahora mismo, llame al",
  updateAvailable: "Hay una versión más nueva de esta página — ",
  reload: "volver a cargar",
};

export const offline = { en, es };
