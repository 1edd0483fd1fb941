// The standalone page's service worker: it makes index.html open, and keep its journey, with
// the network off. Registered by www/boot.js only (never by the embed loader or embed.html);
// it lives at the root so that its scope covers index.html.
//
// It caches exactly the files of one build, listed with their SRI hashes in pkg/sw-assets.js
// (written by the build), under a cache name made of their contents; it never stores any
// other response, so nothing the person enters (which stays in the tab's sessionStorage)
// reaches a cache. Those files are served cache-first, index.html included: the glue and the
// wasm must come from the same build as the page, and a network-first page could pair a new
// index.html with an old glue. A new build changes pkg/sw-assets.js; the browser checks it on
// every visit, installs the new worker beside the old one, and the next reload uses the new
// build; the old caches are deleted.
/* global PAINMAP_OFFLINE */
importScripts("pkg/sw-assets.js");

const { cache: CACHE, files: FILES } = self.PAINMAP_OFFLINE;
const url = (path) => new URL(path, self.location.href).href;
const PAGE = url("index.html");
const CACHED = new Set(FILES.map(([path]) => url(path)));
// The page's two addresses: the folder (the manifest's start_url) and index.html.
const PAGE_ADDRESSES = new Set([url("./"), PAGE]);

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // `no-cache` revalidates with the server, so the HTTP cache cannot slip in a file of
      // another build; the integrity check refuses one that is not this build's (install then
      // fails, and the browser tries again on a later visit).
      await Promise.all(
        FILES.map(async ([path, integrity]) => {
          const response = await fetch(new Request(url(path), { cache: "no-cache", integrity }));
          if (!response.ok) throw new Error(`painmap offline: ${path}: HTTP ${response.status}`);
          // A host that redirects index.html to its folder (Cloudflare Pages, Netlify's pretty
          // URLs) gives a redirected response, which a browser refuses as the answer to a
          // navigation: the page would not open at all. The same body, not marked redirected.
          const stored = response.redirected
            ? new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers: response.headers })
            : response;
          await cache.put(url(path), stored);
        }),
      );
      await self.skipWaiting();
    })().catch(async (error) => {
      await caches.delete(CACHE);
      throw error;
    }),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith("painmap-page-") && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET") return;
  const address = new URL(request.url);
  address.hash = "";
  let key = null;
  if (request.mode === "navigate") {
    // The page with any query string; other pages in the scope go to the network untouched.
    const bare = new URL(address);
    bare.search = "";
    if (PAGE_ADDRESSES.has(bare.href)) key = PAGE;
  } else if (CACHED.has(address.href)) {
    key = address.href;
  }
  if (!key) return;
  event.respondWith(
    (async () => (await caches.match(key, { cacheName: CACHE })) ?? fetch(request))(),
  );
});
