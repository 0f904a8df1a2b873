/**
 * The save control's script (SaveOffline.astro): shows the size of this language's offline set, asks the service
 * worker to save it, and reports progress. Loaded only on the pages that show the control.
 */
import { formatSize } from "./formatSize.ts";

interface LangSet {
  files: { url: string; bytes: number }[];
  bytes: number;
}

const fill = (text: string, vars: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ""));

export async function startSaveOffline(): Promise<void> {
  const root = document.querySelector<HTMLElement>("[data-save-offline]");
  if (!root || !("serviceWorker" in navigator) || !("caches" in window)) return;
  const text = root.dataset as Record<string, string>;
  const lang = text.lang;
  const button = root.querySelector<HTMLButtonElement>("[data-save-button]")!;
  const status = root.querySelector<HTMLElement>("[data-save-status]")!;
  const set: LangSet = (await (await fetch(text.manifest)).json())[lang];
  const pages = set.files.filter((f) => f.url.endsWith("/")).length;
  button.textContent = fill(text.button, { size: formatSize(set.bytes) });
  root.querySelector<HTMLElement>(".save-nojs")!.hidden = true;
  root.querySelector<HTMLElement>(".save-ready")!.hidden = false;

  // An explicit request, so it goes ahead even with data saver on (the worker is registered here if it wasn't).
  const worker = async () => (await navigator.serviceWorker.register("/sw.js"), (await navigator.serviceWorker.ready).active!);
  navigator.serviceWorker.addEventListener("message", (event) => {
    const m = event.data as { type: string; lang: string; done?: number; bytes?: number };
    if (m.lang && m.lang !== lang) return;
    if (m.type === "progress") status.textContent = fill(text.progress, { done: m.done!, total: set.files.length, size: formatSize(m.bytes!) });
    if (m.type === "saved") {
      status.textContent = fill(text.done, { n: pages });
      button.disabled = false;
    }
    if (m.type === "failed") {
      status.textContent = text.failed;
      button.disabled = false;
    }
    if (m.type === "status" && (m as unknown as { saved: string[] }).saved.includes(lang)) status.textContent = text.already;
  });
  button.addEventListener("click", async () => {
    button.disabled = true;
    (await worker()).postMessage({ type: "save", lang });
  });
  if (navigator.serviceWorker.controller) navigator.serviceWorker.controller.postMessage({ type: "status" });
}
