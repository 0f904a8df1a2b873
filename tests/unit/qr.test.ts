import { describe, expect, it } from "vitest";
import QRCode from "qrcode";
import { qrSvg } from "@/lib/print/qr";

/** The dark modules an SVG from qrcode's renderer draws, as "x,y" (it draws runs: M x y, m dx 0, h n). */
function drawnModules(svg: string): Set<string> {
  const d = /<path stroke="#000000" d="([^"]+)"/.exec(svg)?.[1] ?? "";
  const dark = new Set<string>();
  let x = 0;
  let y = 0;
  for (const [, cmd, a, b] of d.matchAll(/([Mmh])([\d.]+)(?: ([\d.]+))?/g)) {
    if (cmd === "M") [x, y] = [Number(a), Math.floor(Number(b))];
    else if (cmd === "m") x += Number(a);
    else for (let i = 0; i < Number(a); i++) dark.add(`${x++},${y}`);
  }
  return dark;
}

describe("qrSvg", () => {
  const url = "https://safekidsonline.example.org/guides/grooming-warning-signs/";

  it("draws exactly the QR code for the URL at medium error correction, with a one-module margin", async () => {
    const svg = await qrSvg(url);
    const { modules } = QRCode.create(url, { errorCorrectionLevel: "M" });
    const expected = new Set<string>();
    for (let row = 0; row < modules.size; row++)
      for (let col = 0; col < modules.size; col++) if (modules.get(row, col)) expected.add(`${col + 1},${row + 1}`);
    expect(svg).toContain(`viewBox="0 0 ${modules.size + 2} ${modules.size + 2}"`);
    expect(drawnModules(svg)).toEqual(expected);
  });

  it("is plain inline SVG: no script, no external reference, no fixed size", async () => {
    const svg = await qrSvg(url);
    expect(svg.trim()).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="[^"]+"[^>]*>.*<\/svg>$/s);
    expect(svg).not.toMatch(/<script|href=|width=/);
  });

  it("gives different codes for different guides", async () => {
    expect(await qrSvg(`${url}a`)).not.toBe(await qrSvg(url));
  });
});
