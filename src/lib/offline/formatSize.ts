/**
 * Bytes as a parent reads them on the save button: "0.9 MB", "850 KB". Decimal units, as phone plans count data;
 * a point for the decimal, as in the US and Mexico. Shared by the build and the save control's script.
 */
export function formatSize(bytes: number): string {
  const mb = bytes / 1_000_000;
  return mb >= 0.95 ? `${mb.toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1000))} KB`;
}
