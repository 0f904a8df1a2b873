// Prints each guide's readability, word count and problems in both languages; exits 1 on any problem.
import { checkAllContent, checkInterfaceStrings, MAX_GRADE, MIN_EASE_ES } from "../src/lib/checks/contentCheck.ts";

const { reports, translations } = checkAllContent();
const heading = { en: `English (Flesch–Kincaid grade, at most ${MAX_GRADE})`, es: `Spanish (Fernández Huerta, at least ${MIN_EASE_ES})` };
let failed = 0;
for (const lang of ["en", "es"] as const) {
  console.log(`\n${heading[lang]}\nscore  words  guide`);
  for (const r of reports[lang]) {
    console.log(`${r.readability.toFixed(1).padStart(5)}  ${String(r.words).padStart(5)}  ${r.slug}`);
    for (const p of r.problems) console.log(`         ✗ ${r.file}: ${p}`);
    for (const w of r.warnings) console.log(`         ! ${r.file}: ${w}`);
    if (r.problems.length) failed++;
  }
}
for (const p of translations) console.log(`✗ ${p}`);
const ui = checkInterfaceStrings();
for (const p of ui.problems) console.log(`✗ ${p}`);
for (const w of ui.warnings) console.log(`! ${w}`);
const total = reports.en.length + reports.es.length;
const bad = failed || translations.length || ui.problems.length;
console.log(
  bad
    ? `\n${failed} guide(s), ${translations.length} translation problem(s) and ${ui.problems.length} interface string(s) need fixing.`
    : `\nAll ${total} guides and cards, and the interface strings, pass the content check.`,
);
process.exit(bad ? 1 : 0);
