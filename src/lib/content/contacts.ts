/**
 * Every phone number and text code the guides may print, each with the page it was checked against.
 * The content check fails on any number in a guide that is not listed here, so numbers are never invented.
 */
export interface Hotline {
  /** Who answers. */
  name: string;
  /** The number as printed, e.g. "1-800-843-5678". */
  phone: string;
  /** Other ways the same number is written in guides, e.g. "1-800-THE-LOST". */
  aliases?: string[];
  /** A text-message number, if the line takes texts. */
  text?: string;
  /** Where to report or read more online. */
  url?: string;
  /** The page that lists this number. */
  source: string;
  /** Who runs the line, when that is not plain from its name (parents ask who they are talking to). */
  operator?: string;
  /** The page that names the operator. */
  operatorSource?: string;
  /**
   * The line belongs to an immigration-enforcement agency. Families may not report at all if such a number comes
   * first, so pages keep it off a parent's first list and, where it appears, say what it is (issue #11, X3).
   */
  immigrationAgency?: boolean;
}

export const HOTLINES = {
  emergency: {
    name: "Emergency (police, fire, ambulance)",
    phone: "911",
    source: "https://www.911.gov/",
  },
  cybertipline: {
    name: "NCMEC CyberTipline",
    phone: "1-800-843-5678",
    aliases: ["1-800-THE-LOST"],
    url: "https://report.cybertip.org/",
    source: "https://www.missingkids.org/gethelpnow/cybertipline",
  },
  fbi: {
    // Review of 2026-12-06: no fbi.gov page showing 1-800-CALL-FBI could be read (7 searches); only third-party
    // copies show it. The guides therefore print only tips.fbi.gov, which FBI Charlotte's own page of 18 Jan 2024
    // names ("Report financially motivated sextortion to tips.fbi.gov."). Print the number again only with an
    // fbi.gov note that shows it.
    name: "FBI tip line",
    phone: "1-800-225-5324",
    aliases: ["1-800-CALL-FBI"],
    url: "https://tips.fbi.gov/",
    source: "https://www.fbi.gov/tips",
  },
  trafficking: {
    name: "National Human Trafficking Hotline",
    phone: "1-888-373-7888",
    text: "233733",
    url: "https://humantraffickinghotline.org/",
    // The hotline's own page: call 1-888-373-7888, text 233733, TTY 711, 24/7; "not law enforcement, immigration
    // or an investigative agency". Its stored copy still names Polaris, which ran it until 2025. (Review of
    // 2026-12-06: this page could not be found again; "Text: 233733" was confirmed on /our-approach, and the Spanish
    // /es/misión page, also still naming Polaris, says "No somos una entidad gubernamental, ni policial, ni de
    // inmigración".)
    source: "https://humantraffickinghotline.org/about-us/what-we-do",
    // HHS (ACF) awarded the hotline to Compass Connections in its own press release of 22 September 2025: "today
    // announced a five-year, projected $35 million grant to Compass Connections … to operate the National Human
    // Trafficking Hotline". The copy read (December 2026) is HHS's release as distributed by Public (pubt.io); the
    // acf.hhs.gov copy could not be read here, so swap in its address once someone has read it (review GN10).
    operator: "Compass Connections, for the U.S. Department of Health and Human Services",
    operatorSource: "https://www.pubt.io/view/E63D3DEDE81EC79CD015B5F76CA741DD8592E87F",
  },
  hsi: {
    name: "Homeland Security Investigations (HSI) Tip Line, part of U.S. Immigration and Customs Enforcement (ICE)",
    phone: "1-877-447-4847",
    aliases: ["1-877-4-HSI-TIP"],
    url: "https://www.dhs.gov/hsi/tipline",
    // DHS's HSI Tip Line Form names the toll-free line 1-877-4-HSI-TIP; the form cites immigration law (8 U.S.C. 1357).
    source: "https://www.dhs.gov/hsi/tipline",
    operator: "U.S. Immigration and Customs Enforcement (ICE), U.S. Department of Homeland Security",
    operatorSource: "https://www.dhs.gov/hsi/tipline",
    immigrationAgency: true,
  },
  crisis: {
    name: "988 Suicide & Crisis Lifeline",
    phone: "988",
    text: "988",
    url: "https://988lifeline.org/",
    source: "https://988lifeline.org/",
  },
} as const satisfies Record<string, Hotline>;

/** The lines a parent may be told to start with: every line except those of an immigration-enforcement agency. */
export function firstListHotlines(): Hotline[] {
  return (Object.values(HOTLINES) as Hotline[]).filter((h) => !h.immigrationAgency);
}

/** Every number a guide may contain, as written (digits, vanity forms and text codes). */
export function allowedNumbers(): Set<string> {
  const all = Object.values(HOTLINES) as Hotline[];
  return new Set(all.flatMap((h) => [h.phone, ...(h.aliases ?? []), ...(h.text ? [h.text] : [])]));
}

/**
 * Phone-number-like strings in a text (link targets should be stripped first): US numbers such as
 * 1-800-843-5678 or (555) 123-4567, vanity numbers such as 1-800-THE-LOST, the short numbers 911 and 988,
 * and 5–6 digit text codes such as 233733.
 */
export function findPhoneNumbers(text: string): string[] {
  const pattern =
    /\b1-\d{3}-[\dA-Z]{1,4}(?:-[\dA-Z]{1,4})+\b|\(\d{3}\)\s?\d{3}-\d{4}\b|\b\d{3}[-.]\d{3}[-.]\d{4}\b|\b(?:911|988)\b|\b\d{5,6}\b/g;
  return text.match(pattern) ?? [];
}
