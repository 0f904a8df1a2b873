/**
 * The fixed list of topics and their names in each language. The schema, topic pages and navigation all read it
 * from here.
 */
import { localPath, type Lang } from "../site/i18n.ts";

export const TOPICS = [
  "get-help",
  "youtube",
  "hidden-apps",
  "passwords-and-rules",
  "grooming",
  "sextortion-and-trafficking",
  "device-setup",
  "talking-and-involvement",
] as const;

export type Topic = (typeof TOPICS)[number];

/** Topic names and one-line descriptions, per language. */
export const TOPIC_TEXT: Record<Lang, Record<Topic, { label: string; description: string }>> = {
  en: {
    "get-help": { label: "Get help now", description: "Who to call and where to report when something has happened." },
    youtube: { label: "YouTube", description: "See what your child watches and searches, and set up YouTube for their age." },
    "hidden-apps": { label: "Hidden and vault apps", description: "Find apps that hide photos or chats, such as fake calculator apps." },
    "passwords-and-rules": { label: "Passwords and family rules", description: "Know the passwords and agree on clear rules for the phone." },
    grooming: { label: "Grooming and online predators", description: "How adults try to lure children online, and the warning signs." },
    "sextortion-and-trafficking": { label: "Sextortion and trafficking", description: "Threats to share photos, and the warning signs of child sex trafficking online." },
    "device-setup": { label: "Phones, computers and parental controls", description: "Set up your child's phone, Chromebook or computer, step by step." },
    "talking-and-involvement": { label: "Talking and staying involved", description: "Learn the apps your child uses and keep them talking to you." },
  },
  es: {
    "get-help": { label: "Pida ayuda ahora", description: "A quién llamar y dónde denunciar cuando algo pasó." },
    youtube: { label: "YouTube", description: "Vea lo que su hijo mira y busca, y prepare YouTube para su edad." },
    "hidden-apps": { label: "Apps ocultas y bóvedas", description: "Encuentre apps que esconden fotos o chats, como calculadoras falsas." },
    "passwords-and-rules": { label: "Contraseñas y reglas de la familia", description: "Conozca las contraseñas y ponga reglas claras en familia para el celular." },
    grooming: { label: "Grooming y depredadores en internet", description: "Cómo algunos adultos engañan a los niños en internet para abusar de ellos, y las señales de alerta." },
    "sextortion-and-trafficking": { label: "Sextorsión y trata", description: "Amenazas de publicar fotos, y las señales de la trata de menores en internet." },
    "device-setup": { label: "Celulares, computadoras y controles parentales", description: "Prepare el celular, la Chromebook o la computadora de su hijo, paso a paso." },
    "talking-and-involvement": { label: "Hablar y participar", description: "Conozca las apps que usa su hijo y mantenga la confianza para que le cuente." },
  },
};

/** A topic's name and one-line description in a language. */
export function topicText(topic: Topic, lang: Lang = "en"): { label: string; description: string } {
  return TOPIC_TEXT[lang][topic];
}

/** The URL of a topic's page. */
export function topicUrl(topic: Topic, lang: Lang = "en"): string {
  return localPath(lang, `/topics/${topic}/`);
}
