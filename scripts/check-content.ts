// Prints each guide's reading grade, word count and problems; exits 1 if any guide has a problem.
import { checkGuide, readGuideFiles } from "../src/lib/contentCheck.ts";

const reports = readGuideFiles(process.argv[2] ?? "content").map((f) => checkGuide(f));
console.log("grade  words  guide");
for (const r of reports) {
  console.log(`${r.grade.toFixed(1).padStart(5)}  ${String(r.words).padStart(5)}  ${r.slug}`);
  for (const p of r.problems) console.log(`         ✗ ${r.file}: ${p}`);
}
const failed = reports.filter((r) => r.problems.length);
console.log(failed.length ? `\n${failed.length} guide(s) need fixing.` : `\nAll ${reports.length} guides pass the content check.`);
process.exit(failed.length ? 1 : 0);
