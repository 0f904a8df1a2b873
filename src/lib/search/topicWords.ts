/**
 * Word beginnings that carry what this site is about (children's safety on phones and online), in both languages.
 * Many of the site's words are also everyday words ("check", "card", "night", "money"): the build marks those as
 * everyday (spelling.ts, everydaySiteWords), and an everyday word alone never makes a page a result, so "lakers score
 * last night" finds nothing. A word beginning with one of these stays a word of the site's subject even when it is
 * common: "photos", "password", "bullied", "mensajes". Read at build time only.
 */
export const TOPIC_WORD_BEGINNINGS = `
  photo pic pictur imag video selfie nude naked sext porn sexual explicit webcam camera
  messag chat text dm inbox snap post comment follow stranger predator groom creep pedo
  bully bullie harass threat blackmail extort scam hack
  password passcode lock unlock hide hidden hiding secret vault calculator
  locat track gps share sharing screen limit control parental monitor supervis restrict block filter
  report police fbi tip traffick pimp escort
  game gaming gamer console account profile username download install delete
  history search browser watch youtube meet suicid danger missing kidnap abduct runaway
  microsoft chromebook macbook macos ipad iphone android samsung pixel
  foto imagen video desnud sext porn sexual camara
  mensaj chat texto publica comenta seguidor desconocid extrañ extran depredador acos
  amenaz chantaj extors estaf hacke contrase clave bloque escond ocult secret calculadora
  ubicaci rastre compart pantalla limit control parental supervis restric filtr
  denunc report polic trata explota videojueg consola cuenta perfil usuario descarg instal borr
  historial busc youtube suicid peligr desapare secuestr
`
  .split(/\s+/)
  .filter(Boolean);

/** Short words that carry the site's subject only as themselves ("mac", not "machine"). */
const TOPIC_WORDS = new Set(["mac", "pc", "tv"]);

/** Whether a word (accent-free, lowercase) carries the site's subject. */
export function isTopicWord(plain: string): boolean {
  return TOPIC_WORDS.has(plain) || TOPIC_WORD_BEGINNINGS.some((b) => plain.startsWith(b));
}
