import type { APIRoute, GetStaticPaths } from "astro";
import { LANGS } from "@/lib/site/i18n";
import { newsletterEntries } from "@/lib/schools/newsletterEntries";
import { qrSvg } from "@/lib/print/qr";

/** A QR code image for every guide and card, for newsletter items that keep formatting (made at build time). */
export const getStaticPaths = (async () => {
  const all = await Promise.all(LANGS.map(async (lang) => Object.values(await newsletterEntries(lang)).flat()));
  return all.flat().map((e) => ({ params: { page: e.qr.replace(/^\/qr\/|\.svg$/g, "") }, props: { url: e.url } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(await qrSvg(props.url as string), { headers: { "content-type": "image/svg+xml" } });
