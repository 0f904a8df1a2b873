// The qrcode package's encoder and SVG renderer, imported on their own so the plan's browser bundle leaves out its
// PNG, canvas and terminal renderers. @types/qrcode covers only the package's main entry.
declare module "qrcode/lib/core/qrcode.js" {
  export interface QRCodeData {
    modules: { size: number; data: Uint8Array };
  }
  export function create(text: string, options?: { errorCorrectionLevel?: "L" | "M" | "Q" | "H" }): QRCodeData;
}
declare module "qrcode/lib/renderer/svg-tag.js" {
  import type { QRCodeData } from "qrcode/lib/core/qrcode.js";
  export function render(qr: QRCodeData, options?: { margin?: number }): string;
}
