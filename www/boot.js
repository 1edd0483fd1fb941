// Boots the widget on the static page: loads the wasm, then mounts it in #painmap.
import init, { mount } from "../pkg/painmap.js";

const host = document.getElementById("painmap");

try {
  await init();
  // Kept on window so the page's own scripts (and its tests) can reach the handle.
  window.painmapHandle = mount(host, {});
} catch (error) {
  const message = host.querySelector(".placeholder-text");
  if (message) message.textContent = "The back map could not load. Please reload the page.";
  console.error(error);
}
