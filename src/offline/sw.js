// The offline service worker. The build (src/integrations/serviceWorker.ts) prepends `const BUILD = {...}`: its
// version, the shell to keep on every device (site CSS, icons, the help and offline pages) and the offline manifest.
// Everything else is kept only when a parent opens it, or all at once when they choose "Save for offline".
/* global BUILD */
const SHELL = `shell-${BUILD.version}`;
const PAGES = "pages";
const SAVED = "saved";
const savedKey = (lang) => `/__saved/${lang}`;
const saveData = () => Boolean(self.navigator.connection && self.navigator.connection.saveData);

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      // Each shell address carries its revision, so a file an older shell already holds is copied, not fetched.
      const cache = await caches.open(SHELL);
      const old = (await caches.keys()).filter((name) => name.startsWith("shell-") && name !== SHELL);
      for (const url of BUILD.shell) {
        let copy;
        for (const name of old) copy ??= await (await caches.open(name)).match(url);
        await (copy ? cache.put(url, copy) : cache.add(url));
      }
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name.startsWith("shell-") && name !== SHELL) await caches.delete(name);
      await self.clients.claim();
      // A phone that saved a language gets only the files whose revision changed.
      if (!saveData()) for (const lang of BUILD.langs) await refreshSaved(lang);
    })(),
  );
});

/** The offline manifest of this build: per language, every file with its revision and compressed size. */
async function manifest() {
  const cached = await caches.match(BUILD.manifest, { ignoreSearch: true });
  return (cached || (await fetch(BUILD.manifest))).json();
}

/** Downloads `files` into the page cache, a few at a time, reporting progress. */
async function download(files, onProgress) {
  const cache = await caches.open(PAGES);
  let done = 0;
  let bytes = 0;
  const queue = [...files];
  const worker = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const response = await fetch(file.url, { cache: "no-cache" });
      if (!response.ok) throw new Error(`${file.url}: ${response.status}`);
      await cache.put(file.url, response);
      done += 1;
      bytes += file.bytes;
      onProgress(done, bytes);
    }
  };
  await Promise.all([worker(), worker(), worker()]);
}

/** Saves a language's whole set; files already saved at the same revision are not fetched again. */
async function save(lang, onProgress) {
  const set = (await manifest())[lang];
  const before = await savedFiles(lang);
  const current = new Map(before.map((f) => [f.url, f.rev]));
  const needed = set.files.filter((f) => current.get(f.url) !== f.rev);
  await download(needed, onProgress);
  await (await caches.open(SAVED)).put(savedKey(lang), new Response(JSON.stringify(set.files)));
  return { files: set.files.length, fetched: needed.length };
}

/** The files a language was saved with, or none. */
async function savedFiles(lang) {
  const marker = await (await caches.open(SAVED)).match(savedKey(lang));
  return marker ? marker.json() : [];
}

/** After an update: fetch what changed in a saved language, drop what the site no longer has. */
async function refreshSaved(lang) {
  const before = await savedFiles(lang);
  if (!before.length) return;
  const now = new Set((await manifest())[lang].files.map((f) => f.url));
  const pages = await caches.open(PAGES);
  for (const f of before) if (!now.has(f.url)) await pages.delete(f.url);
  await save(lang, () => {});
}

self.addEventListener("message", (event) => {
  const { type, lang, url } = event.data || {};
  const reply = (message) => event.source && event.source.postMessage(message);
  if (type === "save" && BUILD.langs.includes(lang)) {
    event.waitUntil(
      save(lang, (done, bytes) => reply({ type: "progress", lang, done, bytes }))
        .then((result) => reply({ type: "saved", lang, ...result }))
        .catch((error) => reply({ type: "failed", lang, message: String(error) })),
    );
  } else if (type === "status") {
    event.waitUntil(Promise.all(BUILD.langs.map(savedFiles)).then((sets) => reply({ type: "status", saved: BUILD.langs.filter((_, i) => sets[i].length) })));
  } else if (type === "keep" && typeof url === "string" && !saveData()) {
    // The page the parent is reading was loaded before this worker took over: keep it too.
    event.waitUntil(caches.open(PAGES).then(async (cache) => (await cache.match(url)) || cache.add(url)));
  }
});

self.addEventListener("fetch", (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (request.mode === "navigate") event.respondWith(page(request, url));
  else event.respondWith(asset(request, url));
});

/** Pages: the network first (kept as they go), then what is saved, then the offline page in the page's language. */
async function page(request, url) {
  try {
    const response = await fetch(request);
    if (response.ok) (await caches.open(PAGES)).put(url.pathname, response.clone());
    return response;
  } catch {
    const saved = await caches.match(url.pathname, { ignoreSearch: true });
    return saved || (await caches.match(url.pathname.startsWith("/es/") ? BUILD.offline.es : BUILD.offline.en, { ignoreSearch: true }));
  }
}

/** Files whose names carry a content hash: a kept copy is always right. */
const IMMUTABLE = /^\/(_astro\/|pagefind\/(index|fragment|filter)\/|pagefind\/pagefind\.\w+_[0-9a-f]+\.pf_meta$)/;

/** Other files: hashed ones from what is kept, the rest from the network first; kept copies when offline. */
async function asset(request, url) {
  const kept = await caches.match(url.pathname, { ignoreSearch: true });
  if (kept && IMMUTABLE.test(url.pathname)) return kept;
  try {
    const response = await fetch(request);
    // Search files the parent already downloaded stay for offline searching.
    if (response.ok && /^\/(_astro|pagefind)\//.test(url.pathname)) (await caches.open(PAGES)).put(url.pathname, response.clone());
    return response;
  } catch (error) {
    if (kept) return kept;
    throw error;
  }
}
