/** The fixed list of topics. The schema, topic pages and navigation all read it from here. */
import { localPath, TOPIC_TEXT, type Lang } from "../site/i18n.ts";

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

/** A topic's name and one-line description in a language. */
export function topicText(topic: Topic, lang: Lang = "en"): { label: string; description: string } {
  return TOPIC_TEXT[lang][topic];
}

/** The URL of a topic's page. */
export function topicUrl(topic: Topic, lang: Lang = "en"): string {
  return localPath(lang, `/topics/${topic}/`);
}
