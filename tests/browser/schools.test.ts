import { describe, expect, it } from "vitest";
import { useSite } from "../helpers/site.ts";
import { helpCardHtml } from "@/lib/schools/schools";
import { SITE_URL } from "@/lib/site/site";

const site = useSite();


describe("the For schools page", () => {
  it("copies a guide's full address, a whole set and the card's code to the clipboard", async () => {
    const context = await site.browser.newContext();
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: site.url });
    const page = await context.newPage();
    await page.goto(`${site.url}/schools/`);
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

    await page.getByRole("button", { name: /^Copy link\s*: Talking with your child/ }).click();
    expect(await clipboard()).toBe(`${SITE_URL}/guides/talking-with-your-child/`);
    await expect(page.getByRole("status").filter({ hasText: "Copied" }).count()).resolves.toBe(1);

    await page.getByRole("button", { name: /^Copy the whole set\s*: If something has happened$/ }).click();
    expect(await clipboard()).toMatch(new RegExp(`^Get help now\\n${SITE_URL}/help/\\n\\n`));

    await page.getByRole("button", { name: /^Copy the code\s*: Get help card$/ }).click();
    expect(await clipboard()).toBe(helpCardHtml());
    await context.close();
  });

  it("in Spanish, copies Spanish addresses and the Spanish card, and says so in Spanish", async () => {
    const context = await site.browser.newContext();
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: site.url });
    const page = await context.newPage();
    await page.goto(`${site.url}/es/escuelas/`);
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

    await page.getByRole("button", { name: /^Copiar enlace\s*: Cómo hablar con su hijo/ }).click();
    expect(await clipboard()).toBe(`${SITE_URL}/es/guias/talking-with-your-child/`);
    await expect(page.getByRole("status").filter({ hasText: "Copiado" }).count()).resolves.toBe(1);

    await page.getByRole("button", { name: /^Copiar el código/ }).click();
    expect(await clipboard()).toBe(helpCardHtml("es"));
    await context.close();
  });

  it("hides every copy button without JavaScript, leaving the addresses to select", async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/schools/`);
    expect(await page.locator("button[data-copy]").count()).toBeGreaterThan(3);
    expect(await page.getByRole("button").filter({ hasText: /^Copy/ }).count()).toBe(0);
    await expect(page.getByText(`${SITE_URL}/help/`).first().isVisible()).resolves.toBe(true);
    await context.close();
  });
});

describe("newsletter items", () => {
  it.each([
    ["/schools/newsletter/", "Copy text", "Copy with formatting", "/guides/talking-with-your-child/"],
    ["/es/escuelas/boletin/", "Copiar texto", "Copiar con formato", "/es/guias/talking-with-your-child/"],
  ])("%s copies an item as clean text, and as HTML with its link and QR code", async (path, copyText, copyHtml, guide) => {
    const context = await site.browser.newContext();
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: site.url });
    const page = await context.newPage();
    await page.goto(site.url + path);
    const item = page.locator("li.newsletter-item").filter({ has: page.locator(`code:text-is("${SITE_URL}${guide}")`) });
    const title = (await item.locator("h4").textContent())!;
    await item.getByRole("button", { name: new RegExp(`^${copyText}`) }).click();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text.startsWith(`${title}\n\n`)).toBe(true);
    expect(text.endsWith(`\n\n${SITE_URL}${guide}`)).toBe(true);
    expect(text).not.toMatch(/[<>*#]/);

    await item.getByRole("button", { name: new RegExp(`^${copyHtml}`) }).click();
    // The button writes asynchronously: wait until the clipboard holds the HTML rather than the text copied before.
    const html = await page.evaluate(async () => {
      for (let i = 0; i < 40; i++) {
        const [entry] = await navigator.clipboard.read();
        if (entry?.types.includes("text/html")) return (await entry.getType("text/html")).text();
        await new Promise((r) => setTimeout(r, 50));
      }
      return "";
    });
    expect(html).toContain(`<a href="${SITE_URL}${guide}">`);
    expect(html).toMatch(/<img src="[^"]+\/qr\/[^"]+\.svg"/);
    // The QR image the HTML points to is built.
    const qr = /<img src="[^"]+(\/qr\/[^"]+\.svg)"/.exec(html)![1];
    expect((await page.request.get(site.url + qr)).headers()["content-type"]).toContain("svg");
    await context.close();
  });
});
