import { describe, expect, it } from "vitest";
import jsQR from "jsqr";
import { qrSvg } from "@/lib/print/qr";
import { absoluteUrl } from "@/lib/site/site";
import { guideUrl } from "@/lib/content/guides";
import { rasterize } from "../helpers/qr.ts";

describe("QR codes on printed pages", () => {
  it.each(["check-youtube-history", "get-help-now"])("the code for %s decodes to the guide's canonical URL", async (slug) => {
    const url = absoluteUrl(guideUrl(slug));
    const svg = await qrSvg(url);
    expect(svg.startsWith("<svg")).toBe(true);
    const { data, size } = rasterize(svg);
    expect(jsQR(data, size, size)?.data).toBe(url);
  });
});
