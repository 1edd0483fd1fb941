// The iframe mode (embed.html): mounts the widget with the settings of the clinic's own copy of
// embed.html (the data- attributes of its #painmap) and those of the query string, and tells
// the parent page what happens (postMessage), including the widget's height so the parent can
// size the frame without a scroll bar.
//
// Anyone can frame this page and write its query string, so neither decides anything that
// matters. Messages carry health information: they go only to the origins listed in the
// clinic's copy (`data-origins`), plus this page's own origin; never to an origin taken from
// the query string or the referrer, never to "*". The settings that could hurt a person (the
// emergency number, the phone, the booking address) are read from the clinic's copy only.
import { mountWith } from "./painmap-embed.js";

const host = document.getElementById("painmap");
const params = new URLSearchParams(location.search);

/** `clinic-name` → `clinicName`. */
const camel = (name) => name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());

/** The query string's settings; a misspelt one is reported by the widget, not ignored. */
function queryConfig() {
  const config = {};
  for (const [name, value] of params) {
    if (name === "origin") {
      console.warn(
        "painmap embed: the origin parameter is not used; list the page's origin in data-origins in your copy of embed.html",
      );
      continue;
    }
    config[camel(name)] = value;
  }
  return config;
}

/** The clinic's settings: every data- attribute of #painmap but data-origins. */
function trustedConfig() {
  const config = {};
  for (const [name, value] of Object.entries(host.dataset)) {
    if (name !== "origins" && value !== "") config[name] = value;
  }
  return config;
}

/** The origins allowed to hear the widget: this page's own, and those the clinic listed. */
function allowedOrigins() {
  const allowed = [location.origin];
  for (const entry of (host.dataset.origins ?? "").split(/\s+/)) {
    if (!entry) continue;
    let origin = null;
    try {
      origin = new URL(entry).origin;
    } catch {
      // Reported below.
    }
    // Exactly an origin (scheme, host, port): a path or a typo must not widen who hears us.
    if (origin && origin !== "null" && entry.replace(/\/$/, "") === origin) {
      allowed.push(origin);
    } else {
      console.error(`painmap embed: data-origins: "${entry}" is not an origin such as https://clinic.example; ignored`);
    }
  }
  return allowed;
}

const allowed = allowedOrigins();

/** Where messages go: the parent's origin when the browser tells it and it is allowed,
 * else every allowed origin, which the browser delivers only to the one that matches. */
function targets() {
  if (window.parent === window) return [];
  const parent = location.ancestorOrigins?.[0];
  if (parent && parent !== "null") return allowed.includes(parent) ? [parent] : [];
  return allowed;
}

const to = targets();
if (window.parent !== window && to.length === 0) {
  console.warn(
    "painmap embed: the page that frames this one is not in data-origins of embed.html; it receives no messages",
  );
}

function post(type, payload) {
  for (const origin of to) {
    try {
      window.parent.postMessage({ type, ...payload }, origin);
    } catch (error) {
      console.error(error);
    }
  }
}

for (const type of ["painmap:ready", "painmap:change", "painmap:advice", "painmap:book"]) {
  host.addEventListener(type, (event) => post(type, { detail: event.detail }));
}

// The widget's height, whenever it changes (a step opens, the language changes the wrapping),
// rounded up so the frame never shows a scroll bar for a fraction of a pixel. Nothing is sent
// until the widget (or its message) is shown: the empty page's height, 0, would collapse the
// frame the parent sized for it.
let lastHeight = -1;
let shown = false;
function sendHeight() {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (shown && height > 0 && height !== lastHeight) {
    lastHeight = height;
    post("painmap:height", { height });
  }
}
if (typeof ResizeObserver === "function") {
  new ResizeObserver(sendHeight).observe(document.body);
}
// A parent whose helper (painmap-frame.js) started after the height was sent asks for it again
// with { type: "painmap:measure" }; only the parent, from an origin that may hear us, and the
// message carries nothing else we read.
window.addEventListener("message", (event) => {
  if (event.source !== window.parent || window.parent === window || !to.includes(event.origin)) return;
  if (event.data?.type === "painmap:measure") {
    lastHeight = -1;
    sendHeight();
  }
});

// The frame shows the message (a setting's problem, a failed load, a stop after two crashes)
// and the console has the technical text; the parent hears why, as the element's event says.
host.addEventListener("painmap:error", (event) =>
  post("painmap:error", { kind: event.detail.kind, message: event.detail.message }),
);

try {
  window.painmapHandle = await mountWith(host, queryConfig(), "query", trustedConfig());
} catch {
  // Told above, by the painmap:error event.
} finally {
  shown = true;
  sendHeight();
}
