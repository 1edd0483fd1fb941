// Boots the widget on the static page: loads the wasm, then mounts it in #painmap. Once the
// widget is live, registers the service worker that lets the page open offline (sw.js); the
// embed (painmap-embed.js, embed.html) never does.
import init, { mount } from "../pkg/painmap.js";

const host = document.getElementById("painmap");

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
  await init();
  // Kept on window so the page's own scripts (and its tests) can reach the handle.
  window.painmapHandle = mount(host, {});
  workOffline();
} catch (error) {
  const explain = () => (leaving ? addEventListener("pageshow", () => fail(error), { once: true }) : fail(error));
  if (error instanceof TypeError) setTimeout(explain, 1000);
  else explain();
}
