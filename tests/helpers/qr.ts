/** Reading back the QR codes the site draws as SVG (the qrcode package's path format), for decoding with jsQR. */

/** Rasterizes the QR SVG's dark path ("M x y" moves and "h n" runs, as qrcode writes it) into RGBA pixels. */
export function rasterize(svg: string, scale = 4): { data: Uint8ClampedArray; size: number } {
  const cells = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)?.[1]);
  const d = /<path stroke="#000000" d="([^"]+)"/.exec(svg)?.[1] ?? "";
  const dark = new Set<string>();
  let x = 0;
  let y = 0;
  for (const [, cmd, a, b] of d.matchAll(/([MmHh])([\d.]+)(?:\s([\d.]+))?/g)) {
    const n = Number(a);
    if (cmd === "M") [x, y] = [n, Number(b)];
    else if (cmd === "m") [x, y] = [x + n, y + Number(b)];
    else for (let i = 0; i < n; i++) dark.add(`${x++},${Math.floor(y)}`);
  }
  const size = cells * scale;
  const data = new Uint8ClampedArray(size * size * 4).fill(255);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      if (!dark.has(`${Math.floor(px / scale)},${Math.floor(py / scale)}`)) continue;
      const i = (py * size + px) * 4;
      data[i] = data[i + 1] = data[i + 2] = 0;
    }
  }
  return { data, size };
}
