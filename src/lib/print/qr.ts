import QRCode from "qrcode";
import { addTiming } from "../site/buildTimings.ts";

/** Codes made so far, by address: a guide's code appears on its page, in print packs and in the newsletter. */
const made = new Map<string, string>();

/**
 * A QR code for `url` as inline SVG markup, made at build time so printed pages need no
 * request to any other service. Medium error correction survives a smudged fridge copy.
 * Each address is encoded once per build (the same input always gives the same code).
 */
export async function qrSvg(url: string): Promise<string> {
  const known = made.get(url);
  if (known !== undefined) return known;
  const start = performance.now();
  let svg = "";
  // With a callback the qrcode package encodes and renders synchronously, so the time is this code's alone.
  QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 1 }, (error, out) => {
    if (error) throw error;
    svg = out;
  });
  addTiming("qr", performance.now() - start);
  made.set(url, svg);
  return svg;
}
