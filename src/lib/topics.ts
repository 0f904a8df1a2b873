/** The fixed list of topics. The schema, topic pages and navigation all read it from here. */
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

export interface TopicInfo {
  /** Short name shown in lists and navigation. */
  label: string;
  /** One sentence shown on the topic page and the home page. */
  description: string;
}

export const TOPIC_INFO: Record<Topic, TopicInfo> = {
  "get-help": {
    label: "Get help now",
    description: "Who to call and where to report when something has happened.",
  },
  youtube: {
    label: "YouTube",
    description: "See what your child watches and searches, and set up YouTube for their age.",
  },
  "hidden-apps": {
    label: "Hidden and vault apps",
    description: "Find apps that hide photos or chats, such as fake calculator apps.",
  },
  "passwords-and-rules": {
    label: "Passwords and family rules",
    description: "Know the passwords and agree on clear rules for the phone.",
  },
  grooming: {
    label: "Grooming and online predators",
    description: "How adults try to lure children online, and the warning signs.",
  },
  "sextortion-and-trafficking": {
    label: "Sextortion and trafficking",
    description: "Threats to share photos, and how the online sex trade reaches teens.",
  },
  "device-setup": {
    label: "Phone setup and parental controls",
    description: "Set up an iPhone or Android phone for your child, step by step.",
  },
  "talking-and-involvement": {
    label: "Talking and staying involved",
    description: "Learn the apps your child uses and keep them talking to you.",
  },
};

/** The URL of a topic's page. */
export function topicUrl(topic: Topic): string {
  return `/topics/${topic}/`;
}
