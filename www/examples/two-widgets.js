// Mounts two independent widgets; their handles stay reachable for the page's own code.
import init, { mount } from "../../pkg/painmap.js";

await init();
window.painmapHandles = {
  first: mount(document.getElementById("first"), { lang: "en" }),
  second: mount(document.getElementById("second")),
};
