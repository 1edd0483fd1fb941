// painmap's loader for clinic websites: one <script type="module"> line, then a <pain-map>
// element wherever the widget should appear. It loads the widget's wasm once for the whole
// page (from the pkg/ folder next to this file), defines <pain-map>, and exposes
// `PainMap.mount(element, config)` for pages that prefer to mount from their own script.
//
// A clinic's page must keep working whatever happens here: a typo in a setting, a missing
// file or an old browser shows a message inside the widget's own box and in the console, and
// never an uncaught exception or an unhandled rejection on the host page.

/** The settings a <pain-map> reads, as data- attributes (data-clinic-name → clinicName). */
const SETTINGS = [
  "lang",
  "clinic-name",
  "techniques",
  "booking-url",
  "phone",
  "emergency-number",
  "theme",
  "accent",
];

let glue = null;

/** Loads and initialises the wasm once; every widget on the page shares the promise. */
function load() {
  if (!glue) {
    // A literal specifier, resolved against this module's own URL (not the page's), so the
    // page may live anywhere on the clinic's site, and bundlers can follow it.
    // scripts/build.sh rewrites it to "./painmap.js" in the copy it puts inside pkg/.
    glue = import("../pkg/painmap.js").then(async (module) => {
      await module.default();
      return module;
    });
    // A failed load may be retried by the next mount (a flaky connection), not cached.
    glue.catch(() => {
      glue = null;
    });
  }
  return glue;
}

/**
 * Mounts a widget in `element` with `config` (the same keys as the data- attributes, in
 * camelCase). Resolves to a handle { destroy(), reset(), summary() }; rejects with a readable
 * Error for a bad setting, after showing the same message inside the element.
 */
async function mount(element, config) {
  const module = await load();
  return module.mount(element, config ?? {});
}

/** The config a <pain-map> describes: every data- attribute, including unknown ones, so that a
 * misspelt one (data-lnag) is reported instead of silently ignored. */
function configOf(element) {
  const config = {};
  for (const [key, value] of Object.entries(element.dataset)) config[key] = value;
  return config;
}

// The placeholder painted while the wasm loads: an empty box that reserves the map's height,
// so the page does not jump when the map appears. A constructed stylesheet,
// not a <style>, so that a page whose CSP says style-src 'self' needs nothing more.
let placeholderSheet = null;
function placeholderStyles() {
  if (!placeholderSheet && typeof CSSStyleSheet === "function" && "replaceSync" in CSSStyleSheet.prototype) {
    placeholderSheet = new CSSStyleSheet();
    placeholderSheet.replaceSync(
      ":host{display:block}" +
        // The map step's height for the host's width (measured: 962 px at 288 px wide, 1109
        // at 358, 1097 from 468 on); padding percentages are of the width.
        ".pm-loading{box-sizing:border-box;height:0;padding-top:min(1097px,calc(355px + 210%))}" +
        ".pm-failed{box-sizing:border-box;max-width:560px;margin:0 auto;padding:12px 16px;" +
        "border:2px solid #a3261c;border-radius:8px;background:#fff;color:#1b2430;" +
        "font:17px/1.45 system-ui,sans-serif;letter-spacing:normal;word-spacing:normal;" +
        "text-align:left;text-transform:none}",
    );
  }
  return placeholderSheet;
}

/** The element's open shadow root, created here (the widget reuses it) with `child` alone. */
function showInShadow(element, child) {
  const shadow = element.shadowRoot ?? element.attachShadow({ mode: "open" });
  const sheet = placeholderStyles();
  if (sheet) shadow.adoptedStyleSheets = [sheet];
  for (const old of shadow.querySelectorAll(".pm-loading, .pm-failed")) old.remove();
  shadow.append(child);
}

function clearShadow(element) {
  for (const old of element.shadowRoot?.querySelectorAll(".pm-loading, .pm-failed") ?? []) {
    old.remove();
  }
}

/** Shows why the widget could not load (the wasm itself, so the widget cannot say it). */
function showFailure(element, error) {
  // The widget shows its own box for a bad setting; this is only for a widget that never ran.
  const shadow = element.shadowRoot;
  if (shadow && shadow.querySelector("[role=alert]")) return;
  const box = document.createElement("p");
  box.className = "pm-failed";
  box.setAttribute("role", "alert");
  box.textContent = `The back pain map could not load. ${error?.message ?? error}`;
  showInShadow(element, box);
}

/** The widgets' saved journeys (sessionStorage, this tab), to put back after a remount.
 * The widget keys them "painmap:<host id>:<place on the page>", which a remount keeps. */
function savedJourneys() {
  const saved = new Map();
  try {
    for (let i = 0; i < sessionStorage.length; i += 1) {
      const key = sessionStorage.key(i);
      if (key?.startsWith("painmap:")) saved.set(key, sessionStorage.getItem(key));
    }
  } catch {
    // No storage (a private mode, a sandboxed frame): nothing was saved either.
  }
  return saved;
}

function restoreJourneys(saved) {
  try {
    for (const [key, value] of saved) {
      if (sessionStorage.getItem(key) === null) sessionStorage.setItem(key, value);
    }
  } catch {
    // As above.
  }
}

/** Where a page's own classic scripts and the console reach the loader. */
function report(error) {
  console.error(error);
}

const Base = typeof HTMLElement === "function" ? HTMLElement : class {};

/**
 * <pain-map data-clinic-name="…" data-lang="es" …>: mounts while in the document, goes away
 * when removed, and mounts again with the new settings when a data- attribute changes.
 */
class PainMapElement extends Base {
  static get observedAttributes() {
    return SETTINGS.map((name) => `data-${name}`);
  }

  constructor() {
    super();
    this.handle = null;
    // Bumped by every (re)mount and by disconnection, so a load that finishes late knows it
    // is no longer wanted.
    this.generation = 0;
    this.remountQueued = false;
    // observedAttributes cannot list attributes nobody knows in advance (data-lnag); this
    // watches every data- attribute so that fixing a misspelt one remounts too.
    this.observer = typeof MutationObserver === "function"
      ? new MutationObserver((records) => {
        if (records.some((r) => r.attributeName?.startsWith("data-"))) this.queueRemount();
      })
      : null;
  }

  /** The handle of the widget now shown, or null (still loading, or a bad setting). */
  get painmap() {
    return this.handle;
  }

  connectedCallback() {
    this.observer?.observe(this, { attributes: true });
    this.start();
  }

  disconnectedCallback() {
    this.observer?.disconnect();
    this.generation += 1;
    this.stop();
  }

  attributeChangedCallback(_name, oldValue, newValue) {
    if (oldValue !== newValue && this.isConnected) this.queueRemount();
  }

  /** Several attributes set in one go (a page's script) give one remount, not several. */
  queueRemount() {
    if (this.remountQueued) return;
    this.remountQueued = true;
    queueMicrotask(() => {
      this.remountQueued = false;
      if (!this.isConnected) return;
      this.stop(true);
      this.start();
    });
  }

  start() {
    const generation = ++this.generation;
    if (!this.handle) {
      try {
        const box = document.createElement("div");
        box.className = "pm-loading";
        box.setAttribute("aria-busy", "true");
        showInShadow(this, box);
      } catch (error) {
        // An element that cannot hold a shadow root: mount() reports it below.
      }
    }
    load()
      .then((module) => {
        if (generation !== this.generation || !this.isConnected) return;
        clearShadow(this);
        try {
          this.handle = module.mount(this, configOf(this));
        } catch (error) {
          // A refused setting: the widget has shown the message in this element
          // (role=alert) and logged it. Anything else is shown and logged here.
          if (!String(error?.message).startsWith("painmap config")) report(error);
          showFailure(this, error);
        }
      })
      .catch((error) => {
        if (generation !== this.generation) return;
        report(error);
        try {
          showFailure(this, error);
        } catch (inner) {
          report(inner);
        }
      });
  }

  /** Removes the widget. `keep`: for a remount, the journey saved for this tab survives
   * (destroy() forgets it, as it should when the widget goes for good). */
  stop(keep = false) {
    const handle = this.handle;
    this.handle = null;
    try {
      const saved = keep ? savedJourneys() : null;
      handle?.destroy();
      if (saved) restoreJourneys(saved);
    } catch (error) {
      report(error);
    }
    try {
      clearShadow(this);
    } catch (error) {
      report(error);
    }
  }
}

try {
  if (typeof customElements === "object" && !customElements.get("pain-map")) {
    customElements.define("pain-map", PainMapElement);
  }
} catch (error) {
  report(error);
}

/** The JS API, for module and classic scripts alike. */
export const PainMap = Object.freeze({
  mount,
  /** Resolves once the wasm is loaded (every widget shares it); rejects if it cannot load. */
  ready: () => load().then(() => undefined),
});
export { mount };
export default PainMap;

if (typeof window === "object") {
  window.PainMap ??= PainMap;
  // Classic scripts cannot await a module: they listen for this (or poll window.PainMap).
  document.dispatchEvent(new CustomEvent("painmap:ready"));
}
