import QRCode from "qrcode";

/**
 * A QR code for `url` as inline SVG markup, made at build time so printed pages need no
 * request to any other service. Medium error correction survives a smudged fridge copy.
 */
export async function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 1 });
}
