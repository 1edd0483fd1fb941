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

try {
  await init();
  // Kept on window so the page's own scripts (and its tests) can reach the handle.
  window.painmapHandle = mount(host, {});
  workOffline();
} catch (error) {
  const message = host.querySelector(".placeholder-text");
  if (message) message.textContent = "The back map could not load. Please reload the page.";
  console.error(error);
}
