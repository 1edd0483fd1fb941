// The second widget, mounted from the page's own script; its handle stays reachable.
import { PainMap } from "../painmap-embed.js";

try {
  window.painmapHandles = {
    second: await PainMap.mount(document.getElementById("second"), { lang: "en" }),
  };
} catch (error) {
  console.error(error);
}
