// Boots the widget on the static page: loads the wasm, then mounts it in #painmap. Once the
// widget is live, registers the service worker that lets the page open offline (sw.js); the
// embed (painmap-embed.js, embed.html) never does.
//
// The page arrives with the map already drawn (the build prerenders it into #painmap's
// declarative shadow root), and `mount` puts the live widget in its place. The glue is
// imported, not named in an `import` statement, so that this script runs, and hears taps on
// the map, before the glue has arrived (prerendered.js, which it does name, is small and
// preloaded by the page).
//
// This is the source: the page loads the build's minified copy, pkg/boot.js, beside its
// pkg/prerendered.js and the glue (scripts/build.sh rewrites the glue's path below to
// ./painmap.js; ./prerendered.js and ../sw.js hold from pkg/ as from here).

import { holdEarlyTap, savedJourney } from "./prerendered.js";

const host = document.getElementById("painmap");
// The key under which `mount` keeps this element's journey, which the build wrote on the
// prerendered root (src/storage.rs builds it; the page never spells it).
const saved = savedJourney(host.shadowRoot?.querySelector("[data-prerendered]")?.getAttribute("data-storage-key"));
// The live widget opens on the saved step: past the map, the prerendered map would show for a
// moment and give way.
if (saved?.step > 1) showPlaceholder();
const words = otherLanguage(saved);
const stopHoldingTaps = holdEarlyTap(host.shadowRoot, saved);

/** The language the widget will speak, chosen as it chooses (a saved journey's, else the first
 * of the browser's it speaks, else English), when that is not English: its first screen (the
 * build's `<template data-lang>` beside the English one) replaces the English map at once,
 * and its words start downloading now, beside the glue and the wasm, instead of once the
 * widget is drawn. Returns { tag, text }, text a promise of the words (null if the download
 * failed: the widget then tries again, and says so if it cannot); null for English. */
function otherLanguage(saved) {
  const templates = [...host.querySelectorAll("template[data-lang][data-table]")];
  const tags = [saved?.lang, ...(navigator.languages ?? [navigator.language])];
  for (const tag of tags) {
    const primary = typeof tag === "string" ? tag.split(/[-_]/)[0].toLowerCase() : "";
    if (primary === "en") return null;
    const template = templates.find((candidate) => candidate.dataset.lang === primary);
    if (!template) continue;
    // An area tapped before this script ran is left focused (holdEarlyTap answers it): the
    // same area in the new map takes the focus over, so that the tap is not lost with the old.
    const tapped = host.shadowRoot?.activeElement?.closest?.("[data-region]")?.getAttribute("data-region");
    host.shadowRoot?.querySelector("[data-prerendered]")?.replaceWith(template.content.cloneNode(true));
    if (tapped) host.shadowRoot?.querySelector(`[data-region="${CSS.escape(tapped)}"]`)?.focus({ preventScroll: true });
    const text = fetch(new URL(template.dataset.table, document.baseURI))
      .then((response) => (response.ok ? response.text() : null))
      .catch(() => null);
    return { tag: primary, text };
  }
  return null;
}

/** The page's own placeholder (the host's light DOM, which the shadow root covers) instead of
 * the prerendered map. */
function showPlaceholder() {
  if (host.shadowRoot?.querySelector("[data-prerendered]")) {
    host.shadowRoot.replaceChildren(document.createElement("slot"));
  }
}

/** Offline use is a bonus: a browser without it, or a failure, leaves the page as it is. */
function workOffline() {
  if (!("serviceWorker" in navigator)) return;
  // `updateViaCache: "none"`: the update check always asks the server for sw.js and the build's
  // list of files, whatever the HTTP cache holds, so a new build is found on the next visit.
  navigator.serviceWorker
    .register(new URL("../sw.js", import.meta.url), { updateViaCache: "none" })
    .catch((error) => console.warn("painmap: the page will not work offline:", error));
}

/** The page says the map could not load; the console says why. */
function fail(error) {
  // The prerendered map cannot work without the wasm: the placeholder says what happened.
  showPlaceholder();
  const message = host.querySelector(".placeholder-text");
  if (message) message.textContent = "The back map could not load. Please reload the page.";
  console.error(error);
}

// Gecko aborts the fetches of a page as soon as it starts to leave, and runs their rejections
// before `pagehide`: a failed fetch (a TypeError) is reported only if the page is still here a
// second later, and one while the page is away only if it comes back (the back-forward
// cache). The embed's loader (painmap-embed.js) also hears a navigation start; this page has no
// links away, so the grace and `pagehide` are enough.
let leaving = false;
addEventListener("pagehide", () => (leaving = true));
addEventListener("pageshow", () => (leaving = false));

try {
  const { default: init, mount, addLanguage } = await import("../pkg/painmap.js");
  await init();
  const text = await words?.text;
  if (text) addLanguage(words.tag, text);
  // Kept on window so the page's own scripts (and its tests) can reach the handle.
  const replay = stopHoldingTaps();
  window.painmapHandle = mount(host, {});
  host.shadowRoot.querySelector("slot")?.remove(); // the placeholder's, if it showed (the widget has none)
  await replay();
  workOffline();
} catch (error) {
  const explain = () => (leaving ? addEventListener("pageshow", () => fail(error), { once: true }) : fail(error));
  if (error instanceof TypeError) setTimeout(explain, 1000);
  else explain();
}
