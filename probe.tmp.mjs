import { chromium } from "playwright-core";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu","--disable-background-networking"] });
const p = await b.newPage();
await p.goto("http://localhost:4321/search/");
for (const q of process.argv.slice(2)) {
  console.log(q, JSON.stringify(await p.evaluate(async (q) => {
    const pf = await import("/pagefind/pagefind.js");
    const s = await pf.search(q);
    return Promise.all(s.results.slice(0,4).map(async r => (await r.data()).url.replace("/guides/","") + ":" + r.score.toFixed(1)));
  }, q)));
}
await b.close();
