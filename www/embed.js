// The iframe mode (embed.html): reads the widget's settings from the query string, mounts it,
// and tells the parent page what happens (postMessage), including the widget's height so the
// parent can size the frame without a scroll bar.
//
// Messages go to one origin only: the `origin` query parameter, else the origin of the page
// that embedded us (the referrer). Never "*": the intake is health information, and a page
// that framed us without being the clinic must not read it.
import { mount } from "./painmap-embed.js";

const params = new URLSearchParams(location.search);
const host = document.getElementById("painmap");

/** `clinic-name` → `clinicName`; every parameter but `origin` is a setting, so a misspelt
 * one is reported by the widget rather than ignored. */
function configFrom(params) {
  const config = {};
  for (const [name, value] of params) {
    if (name === "origin") continue;
    config[name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase())] = value;
  }
  return config;
}

/** The origin of a URL-like string, or null. */
function originOf(text) {
  try {
    const { origin } = new URL(text);
    return origin && origin !== "null" ? origin : null;
  } catch {
    return null;
  }
}

/** The parent's origin, or null when there is nobody we may talk to. */
function parentOrigin() {
  if (window.parent === window) return null;
  const asked = params.get("origin");
  if (asked !== null) {
    // Given but unusable: not replaced by the referrer. The clinic asked for one origin, and a
    // typo must not widen who hears us.
    const origin = originOf(asked);
    if (!origin) {
      console.error(`painmap embed: origin "${asked}" is not an origin such as https://clinic.example; no messages are sent`);
    }
    return origin;
  }
  return document.referrer ? originOf(document.referrer) : null;
}

const target = parentOrigin();

function post(type, payload) {
  if (!target) return;
  try {
    window.parent.postMessage({ type, ...payload }, target);
  } catch (error) {
    console.error(error);
  }
}

for (const type of ["painmap:change", "painmap:advice", "painmap:book"]) {
  host.addEventListener(type, (event) => post(type, { detail: event.detail }));
}

// The widget's height, whenever it changes (a step opens, the language changes the wrapping),
// rounded up so the frame never shows a scroll bar for a fraction of a pixel.
let lastHeight = -1;
function sendHeight() {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height !== lastHeight) {
    lastHeight = height;
    post("painmap:height", { height });
  }
}
if (typeof ResizeObserver === "function") {
  new ResizeObserver(sendHeight).observe(document.body);
}
sendHeight();

try {
  window.painmapHandle = await mount(host, configFrom(params));
} catch (error) {
  // The widget shows the message in the frame; the parent's console gets it too.
  console.error(error);
  post("painmap:error", { message: String(error?.message ?? error) });
}
