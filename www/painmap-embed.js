// painmap's loader for clinic websites: one <script type="module"> line, then a <pain-map>
// element wherever the widget should appear. It loads the widget's wasm once for the whole
// page (from the pkg/ folder next to this file), defines <pain-map>, and exposes
// `PainMap.mount(element, config)` for pages that prefer to mount from their own script.
//
// A clinic's page must keep working whatever happens here: a typo in a setting, a missing
// file, an old browser or a crash shows a message inside the widget's own box (in the
// person's language; the technical text goes to the console), and never an uncaught
// exception or an unhandled rejection on the host page.
//
// Crash-only: a wasm trap (a panic, or a page translator that rewrote the widget's DOM under
// its renderer) leaves the module instance dead for every widget on the page, so the loader
// starts a fresh instance and mounts every widget again from its saved journey, with a short
// note. A second failure soon after stops instead of looping, with a Reload button.

import { LIVE_ROOT, holdEarlyTap, savedJourney } from "./prerendered.js";

/** This release of painmap: Cargo.toml's version. scripts/build.sh writes it over the
 * placeholder in the copy it puts in pkg/ (and so in the release); this unbuilt source, which
 * the dev pages load, says "0.0.0-dev". A literal rather than a call into the glue, so a page
 * can read it before (or without) the wasm loading. */
export const VERSION = "0.0.0-dev";

/** The settings a <pain-map> reads, as data- attributes (data-clinic-name → clinicName), and
 * `key`, which names its saved journey. Only these remount the widget when they change: the
 * page's own data- attributes (data-analytics-id) are the page's business. */
const SETTINGS = [
  "lang",
  "clinic-name",
  "techniques",
  "booking-url",
  "phone",
  "emergency-number",
  "theme",
  "accent",
  "key",
];

/** The loader's own words, for when the widget itself cannot speak: each catalog's `LOADER`
 * (crates/painmap-core/src/i18n/), written here by crates/painmap-core/tests/languages.rs. */
const TEXTS = {
  en: {
    failed: "The back pain map could not load. Please reload the page, or try another browser.",
    restarted: "Something went wrong; the map restarted. Your answers are kept.",
    restartedFresh: "Something went wrong; the map restarted.",
    stopped:
      "Something went wrong again, so the map stopped. Please reload the page; your answers are kept.",
    reload: "Reload",
  },
  es: {
    failed:
      "El mapa del dolor de espalda no se pudo cargar. Vuelva a cargar la página o pruebe con otro navegador.",
    restarted: "Algo salió mal; el mapa se reinició. Sus respuestas se conservan.",
    restartedFresh: "Algo salió mal; el mapa se reinició.",
    stopped:
      "Algo volvió a salir mal y el mapa se detuvo. Vuelva a cargar la página; sus respuestas se conservan.",
    reload: "Volver a cargar",
  },
};

/** Why a widget could not start, for `painmap:error`'s `kind`, by where its error came from:
 * the loader's own checks, loading the glue and the wasm, or the widget refusing its mount
 * (a setting, or an element that cannot hold it). Kept beside the errors, which are the
 * page's to read, rather than written on them. */
const kinds = new WeakMap();

function tagged(error, kind) {
  if (error !== null && typeof error === "object" && !kinds.has(error)) kinds.set(error, kind);
  return error;
}

/** `ready` and `error` on the widget's element, where the page listens for the others. A
 * listener that throws is the page's own error: dispatchEvent reports it and carries on. */
function emit(element, type, detail) {
  try {
    element.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail }));
  } catch {
    // Not an element (mount() rejects and says so), or no CustomEvent: nothing to tell.
  }
}

function signal(record, kind, error) {
  let message = "";
  try {
    message = String(error?.message ?? error);
  } catch {
    message = "painmap: unknown error";
  }
  emit(record.element, "painmap:error", { kind, message });
}

/** A failure this soon after a restart is not a fluke: restarting again would loop. */
const RESTART_WINDOW_MS = 10_000;

/** Thrown to widgets that ask to mount once the loader has stopped. */
const STOPPED = new Error("painmap: stopped after failing twice in a row; reload the page");

/** Every widget mounted through this loader, so that a restart can mount them all again. */
const live = new Set();
let glue = null; // the promise of the glue module in use, initialised
let current = null; // that module once loaded; null while (re)starting
let instances = 0;
let lastRestart = -Infinity;
let stopped = false;
// From the start of a navigation away (the Navigation API's `navigate`, where the browser has
// it) or `pagehide`, until the page shows again. Gecko aborts the fetches of a page as soon as
// it starts to leave, and runs their rejections before `pagehide`: a person who leaves while
// the widget loads would leave behind a "could not load" error in the console and a
// painmap:error for the page's analytics, for files that are fine. So a failed fetch (a
// TypeError: an abort, no network, CORS, CSP, the glue script missing; the wasm's 404 is the
// glue's own Error, explained at once, as leaving causes none) is explained only if the page is still
// here LEAVE_GRACE_MS later; one that happens while the page is away waits, and is explained
// if the page comes back (the back-forward cache). What is detected is the page going away,
// not the browser.
const LEAVE_GRACE_MS = 1000;
/** A navigation that never unloads the page (a 204, a page's own router) stops counting as
 * leaving after this long. */
const LEAVE_GIVE_UP_MS = 10_000;
let leaving = false;
let hidden = false;
const failuresWhileLeaving = [];

/** The page is here after all: explain what waited. */
function stayed() {
  if (hidden) return;
  leaving = false;
  for (const [record, error, done] of failuresWhileLeaving.splice(0)) explainAfterWait(record, error, done);
}

if (typeof addEventListener === "function") {
  addEventListener("pagehide", () => {
    hidden = true;
    leaving = true;
  });
  addEventListener("pageshow", () => {
    hidden = false;
    stayed();
  });
}
try {
  // A navigation to another document starts: the page is leaving, however long the next page
  // takes to come (a fragment, a download or a page's own router is not leaving, and a
  // navigation that ends with the page still here gives back what waited).
  const navigation = typeof window === "object" ? window.navigation : undefined;
  if (navigation && typeof navigation.addEventListener === "function") {
    navigation.addEventListener("navigate", (event) => {
      if (event.hashChange || event.destination?.sameDocument || event.downloadRequest != null) return;
      leaving = true;
      setTimeout(stayed, LEAVE_GIVE_UP_MS);
    });
    navigation.addEventListener("navigatesuccess", stayed);
    navigation.addEventListener("navigateerror", stayed);
  } else if (typeof addEventListener === "function") {
    // Without it (WebKit), `beforeunload` is the first sign of leaving: it comes as the
    // navigation starts. Only here, since Gecko keeps a page that listens for it out of its
    // back-forward cache, and Gecko has the Navigation API.
    addEventListener("beforeunload", () => {
      leaving = true;
      setTimeout(stayed, LEAVE_GIVE_UP_MS);
    });
  }
} catch {
  // Neither: pagehide and the grace period do.
}

/** The latest widget asked for on each element: an explanation for an earlier one, which
 * waited, is not shown over it. */
const latestRecord = new WeakMap();

/** What this browser lacks to run the widget, or null. */
function unsupported() {
  if (typeof WebAssembly !== "object" || typeof WebAssembly.instantiate !== "function") return "WebAssembly";
  if (typeof Element !== "function" || !("attachShadow" in Element.prototype)) return "shadow DOM";
  if (
    typeof CSSStyleSheet !== "function" ||
    !("replaceSync" in CSSStyleSheet.prototype) ||
    typeof ShadowRoot !== "function" ||
    !("adoptedStyleSheets" in ShadowRoot.prototype)
  ) {
    return "constructable stylesheets";
  }
  return null;
}

/** Loads and initialises the wasm; every widget on the page shares one instance. */
function load() {
  if (!glue) {
    const missing = unsupported();
    if (missing) return Promise.reject(tagged(new Error(`painmap: this browser has no ${missing}`), "unsupported"));
    instances += 1;
    const imported =
      instances === 1
        ? // A literal specifier, resolved against this module's own URL (not the page's), so
          // the page may live anywhere on the clinic's site, and bundlers can follow it.
          // scripts/build.sh rewrites it to "./painmap.js" in the copy it puts inside pkg/.
          import("../pkg/painmap.js")
        : // Another URL is another module: fresh glue state, and its init a fresh instance.
          import(`${new URL("../pkg/painmap.js", import.meta.url).href}?instance=${instances}`);
    const promise = imported.then(async (module) => {
      await module.default();
      if (glue === promise) current = module;
      return module;
    });
    glue = promise;
    // A failed load may be retried by the next mount (a flaky connection), not cached.
    promise.catch(() => {
      if (glue === promise) glue = null;
    });
  }
  return glue;
}

const isTrap = (error) =>
  typeof WebAssembly === "object" &&
  typeof WebAssembly.RuntimeError === "function" &&
  error instanceof WebAssembly.RuntimeError;

/** A trap in painmap's wasm (not in some other wasm of the page's), as far as can be told:
 * the stack passes through painmap's glue (which wraps every call into its wasm, whatever
 * the server's MIME type made of the wasm's own frames: `painmap_bg.wasm` when streamed,
 * `wasm://…` when not), names painmap's wasm, or names no file at all. Never throws: a
 * page's odd error object must not break the page's own error handling. */
function isOurTrap(error, filename = "") {
  try {
    if (!isTrap(error)) return false;
    // The widget announces its panics just before the trap (see `painmap:panic` below).
    if (Date.now() - panickedAt < 1000) return true;
    const where = `${filename} ${error.stack ?? ""}`;
    return (
      // The release names the glue by its content hash: painmap.3f9a1c2e.js.
      /\/painmap(?:\.[0-9a-f]{8})?\.js(?:\?instance=\d+)?:\d/.test(where) ||
      /painmap_bg[^/\s]*\.wasm/.test(where) ||
      !/\.wasm|wasm-function/.test(where)
    );
  } catch {
    return false;
  }
}

/** One widget: where, with what, and the handle of the instance now showing it. */
function newRecord(element, config, source, trusted) {
  const record = { element, config, source, trusted, handle: null, mounted: false, gone: false, pending: [] };
  if (element !== null && typeof element === "object") latestRecord.set(element, record);
  // The page keeps this object across restarts: it forwards to whichever instance runs now.
  record.api = Object.freeze({
    destroy: () => release(record),
    reset: () => call(record, (handle) => handle.reset(), true),
    summary: () => call(record, (handle) => handle.summary(), false) ?? "",
    setLang: (tag) => call(record, (handle) => handle.setLang(tag), true),
  });
  return record;
}

/** Calls the widget's current handle. While it restarts, changes wait for the new one. */
function call(record, use, change) {
  if (record.gone) return undefined;
  if (!record.handle) {
    if (change && record.restarting) record.pending.push(use);
    return undefined;
  }
  try {
    return use(record.handle);
  } catch (error) {
    if (!isTrap(error)) throw error;
    failed(error);
    throw new Error("painmap: the widget failed during this call and is restarting; try again");
  }
}

/** The text tables of the languages the wasm does not carry ("painmap-es.<stamp>.txt", space
 * separated), beside the glue: scripts/build.sh writes them over this placeholder in the copy
 * it puts in pkg/. This unbuilt source knows none: its widgets download their words once drawn. */
const TABLES = "painmap-tables-placeholder";

/** Each language's words as they download (a promise of the text, or null), shared by the
 * widgets of the page. */
const downloads = new Map();

/** Starts downloading the words of the language `record` will speak (`firstScreenLang`), when
 * they are a table, beside the wasm rather than once the widget is drawn. Returns what hands
 * them to the loaded module before the mount, so the widget speaks from its first frame; it
 * never throws (without them the widget downloads its own). */
function downloadWords(record) {
  let primary = null;
  try {
    primary = firstScreenLang(record);
  } catch {
    // A config object whose getter throws: the widget refuses it anyway.
  }
  const file = TABLES.split(" ").find((name) => primary && name.startsWith(`painmap-${primary}.`));
  if (!file) return async () => {};
  if (!downloads.has(primary)) {
    const url = new URL(file, new URL("../pkg/painmap.js", import.meta.url));
    downloads.set(
      primary,
      fetch(url)
        .then((response) => (response.ok ? response.text() : null))
        .catch(() => null),
    );
  }
  return async (module) => {
    // A table later than that is kept for the next widget; this one downloads its own.
    const text = await within(downloads.get(primary), BESIDE_WASM_MS, () => null);
    try {
      if (text) module.addLanguage(primary, text);
    } catch {
      // The module failed meanwhile: the mount that follows finds out.
    }
  };
}

/**
 * How long a widget whose wasm is in waits for the files fetched beside it, its first screen
 * (for its stylesheet) and its words: 3 s. The wasm itself is waited for as long as it takes (a
 * slow network is slow for every file, and the loading box keeps the map's place meanwhile;
 * a failed one is explained). These files are small and requested before it, from the same
 * folder: one still missing once the wasm is in has stalled, and without it the widget still
 * starts (it links painmap.css and downloads its words itself).
 */
const BESIDE_WASM_MS = 3000;

/** What `promise` resolves to, else what `late()` returns if it has not settled `ms` from now. */
function within(promise, ms, late) {
  if (typeof setTimeout !== "function") return promise;
  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(() => resolve(late()), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Mounts `record` on the instance in use, loading it first if needed. */
async function attach(record) {
  if (!record.mounted) showFirstScreen(record);
  const speak = downloadWords(record);
  const styles = stylesheetOf(record);
  for (let attempt = 0; ; attempt += 1) {
    if (stopped) throw STOPPED;
    let module;
    let sheet;
    try {
      module = await load();
      [, sheet] = await Promise.all([speak(module), within(styles.sheet, BESIDE_WASM_MS, styles.giveUp)]);
    } catch (error) {
      throw tagged(error, "load");
    }
    if (record.gone) return;
    if (stopped) throw STOPPED;
    if (module !== current) {
      // The instance died while this widget waited for it: the next load is a fresh one.
      if (attempt >= 2) throw new Error("painmap: the widget's module kept failing while it started");
      continue;
    }
    // Before the prerendered map goes (with the loader's boxes): what area it holds.
    const replay = letGoOfTaps(record);
    const screen = shownFirstScreen(record);
    clearBoxes(record.element);
    try {
      record.handle = module.mount(record.element, record.config, record.source, record.trusted, sheet);
    } catch (error) {
      // The widget refused this mount: a refused setting carries its problem's `kind` (and
      // `path`), told apart by that rather than by its text; anything else that is not a
      // trap is the element.
      if (typeof error?.kind === "string" || !isTrap(error)) throw tagged(error, "config");
      if (attempt >= 2) throw error;
      failed(error);
      continue;
    }
    record.mounted = true;
    live.add(record);
    // Each time it becomes live: the first mount, a remount for a new setting, a restart.
    announceReady(record);
    untilDrawn(record, screen, replay);
    for (const use of record.pending.splice(0)) {
      try {
        call(record, use, true);
      } catch (error) {
        report(error); // its caller is long gone: a reset() or setLang() asked mid-restart
      }
    }
    return;
  }
}

/** `painmap:ready` once the widget has drawn itself: its renderer draws just after mount
 * returns, in a microtask of its own. Not if that widget went (or restarted) meanwhile, and not
 * while its stylesheet is on its way (a widget given no sheet links painmap.css and has no box
 * until it applies): then once it applies, and never if it cannot. */
function announceReady(record) {
  const handle = record.handle;
  const showing = () => !record.gone && record.handle === handle;
  const fire = () => {
    if (showing()) emit(record.element, "painmap:ready", { version: VERSION });
  };
  let shadow = null;
  try {
    shadow = record.element.shadowRoot;
  } catch {
    // Not an element: mount() would have refused it.
  }
  // The live root only: the prerendered map is not the widget.
  const drawn = () => Boolean(shadow?.querySelector(`${LIVE_ROOT} .painmap`));
  const whenDrawn = () => {
    if (!showing()) return;
    if (!shadow || drawn() || typeof MutationObserver !== "function") {
      fire();
      return;
    }
    const observer = new MutationObserver(() => {
      if (!drawn()) return;
      observer.disconnect();
      // Not kept on the record once done: kept there, each widget mounted and destroyed left
      // its whole prerendered map behind (202 nodes a cycle, in Chromium).
      record.announcing = null;
      fire();
    });
    // Disconnected with the widget, should it go before drawing (words that never come).
    record.announcing = observer;
    observer.observe(shadow, { childList: true, subtree: true });
  };
  const link = pendingStylesheet(shadow);
  if (link) {
    untilStyled(showing, record, shadow, link).then((styled) => {
      if (styled) whenDrawn();
    }, report);
  } else {
    whenDrawn();
  }
}

/** The widget's `<link>` to painmap.css while its sheet has not applied, or null. */
function pendingStylesheet(shadow) {
  try {
    const link = shadow?.querySelector("link[rel=stylesheet]");
    return link && !link.sheet ? link : null;
  } catch {
    return null;
  }
}

/** How long a widget that linked painmap.css waits for it: 10 s. It is requested once the
 * wasm is in, from the same folder, and is a few KiB: one not there by then has stalled. */
const STYLESHEET_WAIT_MS = 10_000;

/**
 * Resolves to whether the widget's stylesheet applied (`showing()`: whether the widget that
 * linked it still shows). Meanwhile the loading box keeps the map's place (the widget has no
 * box). If it cannot load, the widget's box says which file is missing and the page hears
 * `painmap:error` (kind "load"); if it has not come after STYLESHEET_WAIT_MS, the link goes (a
 * widget must not pop up under a message), and the loader's "could not load" box says so.
 */
function untilStyled(showing, record, shadow, link) {
  const placeholder = document.createElement("div");
  placeholder.className = "pm-loading";
  placeholder.setAttribute("aria-busy", "true");
  shadow.append(placeholder);
  const href = link.getAttribute("href");
  return new Promise((resolve) => {
    let timer = null;
    const settle = (styled, error) => {
      clearTimeout(timer);
      link.removeEventListener("load", loaded);
      link.removeEventListener("error", refused);
      placeholder.remove();
      if (error && showing()) signal(record, "load", error);
      resolve(styled);
    };
    const loaded = () => settle(true);
    // The widget's own listener, added first, has shown its box and logged the file.
    const refused = () => settle(false, new Error(`painmap: the widget's stylesheet could not load from ${href}`));
    link.addEventListener("load", loaded);
    link.addEventListener("error", refused);
    timer = setTimeout(() => {
      if (!showing()) {
        settle(false); // gone or restarted: its shadow root is another widget's business now
        return;
      }
      const error = new Error(`painmap: the widget's stylesheet did not come from ${href} within ${STYLESHEET_WAIT_MS / 1000} s`);
      report(error);
      link.remove();
      showBox(record, "failed");
      settle(false, error);
    }, STYLESHEET_WAIT_MS);
  });
}

/** Removes a widget for good (`keep`: its saved journey survives, for a remount). */
function release(record, keep = false) {
  if (record.gone) return;
  record.gone = true;
  record.unlisten?.(); // the mount's AbortSignal, if any: it has nothing left to stop
  letGoOfTaps(record);
  record.drawing?.disconnect();
  record.announcing?.disconnect();
  live.delete(record);
  const handle = record.handle;
  record.handle = null;
  try {
    const saved = keep ? savedJourneys() : null;
    handle?.destroy();
    if (saved) restoreJourneys(saved);
    clearBoxes(record.element);
  } catch (error) {
    if (isTrap(error)) failed(error);
    else report(error);
    clearWidget(record.element);
  }
}

/**
 * The module trapped: every widget it ran is dead. Mount them all again on a fresh instance,
 * from their saved journeys (sessionStorage, which the dead instance kept up to date), unless
 * this is the second failure in a row.
 */
function failed(error) {
  if (!current || stopped) return; // already restarting: the same failure, seen again
  const now = Date.now();
  const again = now - lastRestart < RESTART_WINDOW_MS;
  lastRestart = now;
  current = null;
  glue = null;
  stopped = again;
  console.error(
    again
      ? "painmap: the widget failed again soon after a restart; it stays stopped until the page is reloaded."
      : "painmap: the widget failed and is restarting, with the answers kept.",
    error,
  );
  const widgets = [...live];
  live.clear();
  for (const record of widgets) {
    record.handle = null;
    record.restarting = !again;
    // In the language the person last saw it in, which they may have switched.
    record.lang = widgetLang(record.element);
    clearWidget(record.element);
  }
  for (const record of widgets) {
    if (again) {
      showBox(record, "stopped");
      signal(record, "stopped", STOPPED);
      continue;
    }
    attach(record)
      .then(() => {
        if (!record.gone) showNote(record);
      })
      .catch((reason) => explain(record, reason))
      .finally(() => {
        record.restarting = false;
        record.pending.length = 0;
      });
  }
}

/** The placeholder, the messages and the note, inside the host's shadow root. */
let sheet = null;
function loaderSheet() {
  if (!sheet && !unsupported()) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(
      ":host{display:block}" +
        // The map step's height for the host's width (measured: 1030 px at 256 px wide, 1133 at
        // 326, 1153 at 358, 1243 at 398, 1331 from 440 on, where the drawing stops growing), at
        // the browser's default font size (`medium`, as the widget's); padding percentages are
        // of the width.
        ".pm-loading{box-sizing:border-box;height:0;font-size:medium;" +
        "padding-top:min(1331px,max(calc(640px + 147%),calc(345px + 225.6%)))}" +
        ".pm-failed,.pm-note{box-sizing:border-box;max-width:35em;margin:0 auto;padding:12px 16px;" +
        "border:2px solid #a3261c;border-radius:8px;background:#fff;color:#1b2430;" +
        "font:medium/1.45 system-ui,sans-serif;letter-spacing:normal;word-spacing:normal;" +
        "text-align:left;text-transform:none}" +
        ".pm-note{margin-bottom:8px;border-color:#8a5a00;background:#fff8e6}" +
        ".pm-failed p,.pm-note p{margin:0}" +
        ".pm-failed button{margin-top:12px;min-height:44px;padding:8px 20px;border:2px solid #1b2430;" +
        "border-radius:8px;background:#fff;color:#1b2430;font:inherit;cursor:pointer}",
    );
  }
  return sheet;
}

/** Where loader content goes: the element's shadow root, else (no shadow DOM) the element. */
function boxParent(element) {
  try {
    const shadow = element.shadowRoot ?? element.attachShadow({ mode: "open" });
    const ours = loaderSheet();
    // The widget's stylesheet is adopted on mount (see stylesheetOf); ours goes alongside, once.
    if (ours && !shadow.adoptedStyleSheets.includes(ours)) {
      shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, ours];
    }
    return shadow;
  } catch {
    return element instanceof Element ? element : null;
  }
}

// The prerendered map too: the loader put it there, and it is not a widget.
const LOADER_BOXES = ".pm-loading, .pm-failed, .pm-note, .painmap-root[data-prerendered]";

function clearBoxes(element) {
  try {
    const parent = element.shadowRoot ?? element;
    for (const old of parent.querySelectorAll(LOADER_BOXES)) old.remove();
  } catch {
    // Not an element: mount() says so.
  }
}

/** Takes a dead widget's DOM away (its handle cannot: the instance that made it is gone). */
function clearWidget(element) {
  try {
    element.shadowRoot?.replaceChildren();
  } catch (error) {
    report(error);
  }
}

function showLoading(element) {
  const parent = boxParent(element);
  if (!parent || parent.querySelector(".painmap-root")) return;
  const box = document.createElement("div");
  box.className = "pm-loading";
  box.setAttribute("aria-busy", "true");
  clearBoxes(element);
  parent.append(box);
}

/** The language of the loader's messages: the widget's as last shown, else its setting, else
 * the browser's; English when painmap does not speak any of them. */
function textsFor(record) {
  const tags = [record.lang];
  try {
    tags.push(record.config?.lang, record.trusted?.lang);
  } catch {
    // A config object whose getter throws: the browser's language will do.
  }
  if (typeof navigator === "object") tags.push(...(navigator.languages ?? [navigator.language]));
  for (const tag of tags) {
    const primary = typeof tag === "string" ? tag.toLowerCase().split(/[-_]/)[0] : "";
    if (Object.prototype.hasOwnProperty.call(TEXTS, primary)) return TEXTS[primary];
  }
  return TEXTS.en;
}

function widgetLang(element) {
  try {
    return element.shadowRoot?.querySelector(".painmap[lang]")?.getAttribute("lang") ?? null;
  } catch {
    return null;
  }
}

/** A message in the widget's box: `failed` (could not load) or `stopped` (with Reload). */
function showBox(record, which, text) {
  const parent = boxParent(record.element);
  if (!parent) return;
  // A map that cannot come alive must not look usable: the message takes its place.
  letGoOfTaps(record);
  const texts = textsFor(record);
  const box = document.createElement("div");
  box.className = "pm-failed";
  box.setAttribute("role", "alert");
  const line = document.createElement("p");
  line.textContent = text ?? texts[which];
  box.append(line);
  if (which === "stopped") {
    const reload = document.createElement("button");
    reload.type = "button";
    reload.textContent = texts.reload;
    reload.addEventListener("click", () => location.reload());
    box.append(reload);
  }
  clearBoxes(record.element);
  parent.prepend(box);
}

/** Whether the widget's journey is kept in this tab: its element has an id (of at most 64
 * characters, as the widget requires) or its config names a key. */
function keepsJourney(record) {
  const key = record.config?.key ?? record.trusted?.key;
  const id = record.element.id ?? "";
  return Boolean(key) || (id.length > 0 && id.length <= 64);
}

/** "The map restarted", above the widget, until the person carries on. */
function showNote(record) {
  const parent = boxParent(record.element);
  if (!parent) return;
  const note = document.createElement("div");
  note.className = "pm-note";
  note.setAttribute("role", "status");
  const line = document.createElement("p");
  // A widget with neither an id nor a key keeps nothing (see README, "Settings"): it
  // restarts empty, and must not promise otherwise.
  line.textContent = textsFor(record)[keepsJourney(record) ? "restarted" : "restartedFresh"];
  note.append(line);
  parent.prepend(note);
  record.element.addEventListener("painmap:change", () => note.remove(), { once: true });
}

/** Why a widget is not showing, for the person (its box) and the developer (the console).
 * Resolves once it is shown (a failed fetch: a moment later, see LEAVE_GRACE_MS), so that a
 * mount rejects after its element says why, as it always did. */
function explain(record, error) {
  if (record.gone) return Promise.resolve();
  const fetchFailed = error instanceof TypeError && (kinds.get(error) ?? "load") === "load";
  if (!leaving && !(fetchFailed && typeof setTimeout === "function")) {
    explainNow(record, error);
    return Promise.resolve();
  }
  return new Promise((done) => {
    if (leaving) failuresWhileLeaving.push([record, error, done]);
    else setTimeout(() => explainAfterWait(record, error, done), LEAVE_GRACE_MS);
  });
}

/** `explain`, after the wait: not while the page is away, and not over a newer widget. */
function explainAfterWait(record, error, done) {
  if (leaving) {
    failuresWhileLeaving.push([record, error, done]);
    return;
  }
  if (latestRecord.get(record.element) === record) explainNow(record, error);
  done();
}

function explainNow(record, error) {
  if (record.gone) return;
  if (error === STOPPED) {
    showBox(record, "stopped");
    signal(record, "stopped", error);
    return;
  }
  let shown = null;
  try {
    shown = record.element.shadowRoot?.querySelector(`.painmap-failed, ${LIVE_ROOT}`);
  } catch {
    // Not an element: nothing to show it in, the rejection tells the page.
  }
  // A second mount on an element that shows a widget: that widget carries on, live.
  if (shown?.classList.contains("painmap-root")) {
    report(error);
    return;
  }
  const kind = kinds.get(error) ?? "load";
  signal(record, kind, error);
  // A refused setting: the widget has shown it in its box and logged it.
  if (shown) return;
  report(error);
  if (kind === "load") console.error(loadHint(error));
  // A mistake of the page's own (a mount option the loader refused) is named, as the widget
  // names a wrong setting; "could not load" would send the developer the wrong way.
  showBox(record, "failed", kind === "config" && error instanceof Error ? error.message : undefined);
}

/** The likely cause of a failed load, for the developer: the files' folder, and whether the
 * browser's CORS check is to blame (files on another origin than the page), which its own
 * message ("Failed to fetch") does not say. */
function loadHint(error) {
  try {
    const glueUrl = new URL("../pkg/painmap.js", import.meta.url);
    const folder = new URL(".", glueUrl).href;
    const page = typeof location === "object" ? location.origin : "";
    const cors =
      glueUrl.origin !== page
        ? `they are on another origin than this page (${page}), so the server must send them with the header Access-Control-Allow-Origin (CORS: "*" or ${page}); or `
        : "";
    return (
      `painmap: the widget could not load its files from ${folder} (${glueUrl.pathname.split("/").pop()} and its .wasm): ` +
      `${cors}a file is missing (404) or sent with the wrong type (the .wasm as application/wasm, the .js as text/javascript), ` +
      `or the page's Content Security Policy blocks it (script-src, connect-src, 'wasm-unsafe-eval'). ` +
      `The browser said: ${error?.message ?? error}`
    );
  } catch {
    return "painmap: the widget could not load its files; see the error above";
  }
}

/** The widgets' saved journeys (sessionStorage, this tab), to put back after a remount:
 * destroy() forgets its widget's, as it should when the widget goes for good. */
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

// --- The first screen before the wasm. ---

/** Each language's first screen, prerendered by the build (crates/painmap-prerender): the
 * widget's stylesheet in a <style>, then the map's widget root. Literal paths beside the
 * glue's, which scripts/build.sh and scripts/dist.mjs rewrite as they do the glue's. */
const FIRST_SCREENS = {
  en: "../pkg/painmap-first-en.html",
  es: "../pkg/painmap-first-es.html",
};

/** Each first screen's promise, fetched once for every widget on the page: { sheet, root },
 * or null when it cannot show (missing, blocked, a page that allows no HTML parsing). */
const firstScreens = new Map();
/** Each first screen's fetch, to abort once a widget has given up on it. */
const stalled = new Map();

/** The value of a setting as the widget reads it (`Config::read`): the clinic's own files'
 * settings decide one they name at all (even blank, null or undefined), else the config's;
 * trimmed as Rust trims (`text_of`); only a non-blank string (anything else is the widget's to
 * refuse). */
function settingOf(record, name) {
  for (const settings of [record.trusted, record.config]) {
    // The keys the widget reads: Object.keys's, own and enumerable.
    if (settings === null || typeof settings !== "object" || !Object.prototype.propertyIsEnumerable.call(settings, name)) {
      continue;
    }
    const value = settings[name];
    const text = typeof value === "string" ? rustTrim(value) : "";
    return text === "" ? undefined : text;
  }
  return undefined;
}

/** One character Rust's `str::trim` takes off each end (Unicode's White_Space: JavaScript's
 * `\s` has U+FEFF, which Rust keeps, and lacks U+0085, which Rust trims). All of them are one
 * UTF-16 unit. */
const RUST_SPACE = /^[\t-\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/;

/** `text` trimmed as Rust trims it, in one pass from each end: a regular expression anchored
 * at the end (`[…]+$`) backtracks through every run of spaces, quadratic in a page's long
 * attribute (200,000 spaces froze the host page for minutes). */
function rustTrim(text) {
  let start = 0;
  let end = text.length;
  while (start < end && RUST_SPACE.test(text[start])) start += 1;
  while (end > start && RUST_SPACE.test(text[end - 1])) end -= 1;
  return text.slice(start, end);
}

/** The language the widget will start in, as `mount` picks it (its setting, else the first
 * of the browser's languages painmap speaks, else English); null for a setting painmap does
 * not speak (the widget refuses it). */
function firstScreenLang(record) {
  const primary = (tag) => (typeof tag === "string" ? tag.toLowerCase().split(/[-_]/)[0] : "");
  const known = (tag) => (Object.prototype.hasOwnProperty.call(FIRST_SCREENS, primary(tag)) ? primary(tag) : null);
  const setting = settingOf(record, "lang");
  if (setting !== undefined) return known(setting);
  for (const tag of navigator.languages ?? [navigator.language]) {
    if (known(tag)) return known(tag);
  }
  return "en";
}

/** The key of the journey the widget keeps for a reload (src/storage.rs), or null. */
function storageKeyOf(record) {
  const key = settingOf(record, "key");
  if (key !== undefined) return `painmap:key:${key}`;
  const id = record.element.id ?? "";
  const length = [...id].length;
  return length > 0 && length <= 64 ? `painmap:id:${id}` : null;
}

/** The widget's stylesheet for `record`, parsed from a first screen (the one the loader shows,
 * else English's: the sheet is the same), which `mount` adopts: the wasm does not carry it.
 * `sheet` resolves to null when it cannot (the widget then links painmap.css itself), and never
 * rejects; `giveUp()` stops waiting for a first screen that has stalled, for every widget of the
 * page (the later ones link painmap.css at once), and returns null. */
function stylesheetOf(record) {
  let lang = null;
  try {
    lang = firstScreenLang(record);
  } catch {
    // A config object whose getter throws: the widget refuses it, in a box the sheet styles.
  }
  const path = FIRST_SCREENS[lang ?? "en"];
  return {
    sheet: firstScreen(lang ?? "en").then((screen) => screen?.sheet ?? null, () => null),
    giveUp: () => {
      stalled.get(path)?.abort();
      return null;
    },
  };
}

/** The first screen of `lang`: fetched beside the glue and the wasm, its stylesheet made a
 * constructed one (a page whose CSP says `style-src 'self'` allows it), which the live widget
 * adopts too, its markup parsed in a template, which runs no script and loads nothing. */
function firstScreen(lang) {
  const path = FIRST_SCREENS[lang];
  if (typeof fetch !== "function" || unsupported()) return Promise.resolve(null);
  if (!firstScreens.has(path)) {
    const url = new URL(path, import.meta.url);
    const controller = typeof AbortController === "function" ? new AbortController() : null;
    if (controller) stalled.set(path, controller);
    const screen = fetch(url, { signal: controller?.signal })
      .then((response) => (response.ok ? response.text() : null))
      .then((text) => {
        const html = text === null ? null : trustedHTML(text);
        if (html === null) return null;
        const template = document.createElement("template");
        template.innerHTML = html;
        const style = template.content.querySelector("style");
        const root = template.content.querySelector(".painmap-root[data-prerendered]");
        if (!style || !root) return null;
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(style.textContent);
        return { sheet, root };
      })
      // Only a head start: without it the loading box stays until the widget is live.
      .catch(() => null);
    firstScreens.set(path, screen);
  }
  return firstScreens.get(path);
}

/** The Trusted Types policy "painmap" (undefined until first asked for; null where it cannot be). */
let policy;

/**
 * `text`, the build's own first screen, as the page's Trusted Types require it for the template
 * (a page enforcing them refuses a string): through the policy "painmap", which the page's CSP
 * allows with `trusted-types painmap`, else the string itself where the browser has no Trusted
 * Types; null when the page allows no policy of that name, so as not to be refused (the
 * loading box stays until the widget is live).
 */
function trustedHTML(text) {
  const types = globalThis.trustedTypes;
  if (!types) return text;
  if (policy === undefined) {
    try {
      // Parsed in an inert template, from the files beside the wasm, which the page trusts as it
      // trusts the wasm: nothing in it runs.
      policy = types.createPolicy("painmap", { createHTML: (html) => html });
    } catch {
      policy = null;
    }
  }
  return policy ? policy.createHTML(text) : null;
}

/** The theme the widget's root will have (`Theme::resolve` in painmap-core's config). */
function firstScreenTheme(record) {
  // Any case, as the widget reads it ("Dark"); only ASCII letters fold (not the Kelvin sign).
  const theme = settingOf(record, "theme")?.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
  if (theme === "dark" || theme === "auto") return theme;
  if (theme !== "host") return "light";
  const scheme = getComputedStyle(record.element).colorScheme ?? "";
  if (!scheme.includes("dark")) return "light";
  return scheme.includes("light") ? "auto" : "dark";
}

/** The clinic's accent for the light and the dark scheme, as the widget sets it (`for_light`
 * and `for_dark` in painmap-core's config: darkened, or lightened, a tenth at a time until it
 * reaches AA contrast), or null. */
function accentOf(record) {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(settingOf(record, "accent") ?? "")?.[1];
  if (!hex) return null;
  const rgb =
    hex.length === 3
      ? [...hex].map((digit) => parseInt(digit, 16) * 17)
      : [0, 2, 4].map((at) => parseInt(hex.slice(at, at + 2), 16));
  // The widget's own approximation of `x ** 2.4` (`linear` in config.rs: x² times the square
  // roots for the set bits of 0.4), step by step, so that a colour near the contrast target
  // ends on the same side of it here.
  const linear = (channel) => {
    const c = channel / 255;
    if (c <= 0.04045) return c / 12.92;
    const x = (c + 0.055) / 1.055;
    let root = x;
    let power = x * x;
    for (const bit of [0, 1, 1, 0, 0, 1, 1, 0, 0, 1, 1]) {
      root = Math.sqrt(root);
      if (bit) power *= root;
    }
    return power;
  };
  const luminance = ([r, g, b]) => 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  const contrast = (a, b) => {
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (light + 0.05) / (dark + 0.05);
  };
  const until = (colour, against, step) => {
    for (let i = 0; i < 64 && contrast(colour, against) < 4.52; i += 1) colour = colour.map(step);
    return colour;
  };
  const text = (colour) => `#${colour.map((c) => c.toString(16).padStart(2, "0")).join("")}`;
  return [
    text(until(rgb, [0xff, 0xff, 0xff], (c) => Math.floor((c * 9) / 10))),
    text(until(rgb, [0x1c, 0x22, 0x2b], (c) => Math.min(255, c + Math.ceil((255 - c) / 10)))),
  ];
}

/**
 * Shows the prerendered map in the widget's box as soon as it arrives, if the widget is not
 * live by then, with the clinic's theme and accent set as `mount` sets them (an attribute, and
 * custom properties through the CSSOM); the first tap on it is held for the live widget. Not
 * when the journey saved for a reload is past the map: the live widget opens there.
 */
function showFirstScreen(record) {
  let lang;
  let theme;
  let accent;
  try {
    if (unsupported() || typeof fetch !== "function") return;
    // The journey saved for a reload: past the map, the live widget opens there; with areas
    // marked, a tap on the map (which does not show them) only waits for the widget.
    record.saved = savedJourney(storageKeyOf(record));
    if (record.saved?.step > 1) return;
    lang = firstScreenLang(record);
    theme = firstScreenTheme(record);
    accent = accentOf(record);
  } catch {
    return; // an element or a config that mount() will refuse, and explain
  }
  if (!lang) return;
  firstScreen(lang).then((screen) => {
    const element = record.element;
    if (!screen || record.gone || record.mounted || latestRecord.get(element) !== record) return;
    const shadow = boxParent(element);
    // Only in a shadow root of its own (an element that cannot hold one cannot hold the widget).
    if (!(shadow instanceof ShadowRoot) || shadow.querySelector(".painmap-root, .painmap-failed, .pm-failed")) return;
    const root = document.importNode(screen.root, true);
    root.setAttribute("data-theme", theme);
    if (accent) {
      root.style.setProperty("--pm-brand", accent[0]);
      root.style.setProperty("--pm-brand-dark", accent[1]);
    }
    if (!shadow.adoptedStyleSheets.includes(screen.sheet)) {
      shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, screen.sheet];
    }
    clearBoxes(element);
    shadow.append(root);
    record.holding = holdEarlyTap(shadow, record.saved);
  }).catch(report);
}

/** The prerendered map in the widget's box, or null. */
function shownFirstScreen(record) {
  try {
    return record.element.shadowRoot?.querySelector(".painmap-root[data-prerendered]") ?? null;
  } catch {
    return null;
  }
}

/**
 * Replays the tap held on the prerendered map once the live widget has drawn. A widget in a
 * language whose words are still on their way draws nothing until they arrive (rather than a
 * flash of English): meanwhile the prerendered map `screen`, which `mount` took away, goes back
 * in front of the empty live root, still holding taps, and leaves in the microtask in which the
 * widget draws, before any frame shows both or neither.
 */
function untilDrawn(record, screen, replay) {
  const shadow = record.element.shadowRoot;
  const drawn = () => shadow?.querySelector(`${LIVE_ROOT} .painmap`);
  if (!screen || !shadow || drawn() || typeof MutationObserver !== "function") {
    replay().catch(report);
    return;
  }
  shadow.querySelector(LIVE_ROOT)?.before(screen);
  // The map keeps what was held on it, and holds on from there.
  record.holding = holdEarlyTap(shadow, record.saved);
  record.drawing = new MutationObserver(() => {
    if (!drawn()) return;
    record.drawing.disconnect();
    const later = letGoOfTaps(record);
    screen.remove();
    // Everything held, before and while the words came, in order.
    later().catch(report);
  });
  record.drawing.observe(shadow, { childList: true, subtree: true });
}

/** Stops holding taps on the prerendered map; returns what replays what was held. */
function letGoOfTaps(record) {
  const stop = record.holding;
  record.holding = null;
  return stop ? stop() : async () => {};
}

/** Where a page's own classic scripts and the console reach the loader. */
function report(error) {
  console.error(error);
}

/**
 * Mounts a widget in `element` with `config` (the same keys as the data- attributes, in
 * camelCase). Resolves to a handle { destroy(), reset(), summary(), setLang(tag) } that
 * survives restarts; rejects with an Error for a bad setting or a widget that cannot load,
 * after showing a message inside the element. `options.signal`, an AbortSignal, cancels it:
 * before the widget is live the mount rejects with the signal's reason and shows nothing;
 * after, the widget is removed as by destroy().
 */
function mount(element, config, options) {
  return mountWith(element, config ?? {}, "script", undefined, options);
}

/** The promise of the latest mount asked for on each element. */
const mounting = new WeakMap();
const ignore = () => {};

/**
 * `mount`, saying where the config came from (the iframe page passes "query", and the
 * settings of its own copy of embed.html as `trusted`).
 *
 * Mounts on one element take turns: a new one waits until the one before it has settled. A
 * framework that mounts, cleans up and mounts again before the first mount has loaded (React's
 * StrictMode runs every effect twice) would otherwise see its second mount refused because
 * the first widget is still there, and then its cleanup remove the first: an empty element.
 */
function mountWith(element, config, source, trusted, options) {
  const key = element !== null && typeof element === "object" ? element : null;
  // Registered now, so it runs after the handlers the page has already given the earlier
  // mount's promise: a cleanup that destroys what that mount resolves to has run by then.
  const earlier = key ? mounting.get(key)?.then(ignore, ignore) : undefined;
  const promise = mountAfter(earlier, element, config, source, trusted, options);
  if (key) mounting.set(key, promise);
  return promise;
}

/** The mount itself, once `earlier` (the mount before it on the element) has settled. */
async function mountAfter(earlier, element, config, source, trusted, options) {
  const record = newRecord(element, config, source, trusted);
  let abortSignal = null;
  try {
    abortSignal = signalOf(options);
  } catch (error) {
    await explain(record, error);
    throw error;
  }
  let aborted = null;
  if (abortSignal) {
    aborted = new Promise((_, reject) => {
      const abort = () => {
        // Not live yet: `gone` keeps attach() from mounting it when the wasm arrives.
        if (record.mounted) release(record);
        else record.gone = true;
        reject(abortSignal.reason);
      };
      if (abortSignal.aborted) {
        abort();
        return;
      }
      abortSignal.addEventListener("abort", abort, { once: true });
      record.unlisten = () => abortSignal.removeEventListener("abort", abort);
    });
    aborted.catch(ignore); // the race below passes it on
  }
  try {
    const started = (async () => {
      if (earlier) await earlier;
      if (!record.gone) await attach(record);
    })();
    await (aborted ? Promise.race([started, aborted]) : started);
    if (abortSignal?.aborted) throw abortSignal.reason;
  } catch (error) {
    if (abortSignal?.aborted) throw abortSignal.reason;
    // Still listening while the explanation waits: an abort meanwhile (`gone`) silences it.
    await explain(record, error);
    record.unlisten?.();
    if (abortSignal?.aborted) throw abortSignal.reason;
    throw error;
  }
  return record.api;
}

/** `options.signal` of a mount, checked like everything a page passes: null when none. */
function signalOf(options) {
  if (options === undefined || options === null) return null;
  if (typeof options !== "object") {
    throw tagged(new TypeError("painmap.mount(element, config, options): options must be an object such as { signal }"), "config");
  }
  let keys;
  let signal;
  try {
    keys = Object.keys(options);
    signal = options.signal;
  } catch {
    throw tagged(new TypeError("painmap.mount: options could not be read"), "config");
  }
  const unknown = keys.find((name) => name !== "signal");
  if (unknown !== undefined) {
    throw tagged(new TypeError(`painmap.mount: ${JSON.stringify(unknown.slice(0, 40))} is not an option; expected { signal }`), "config");
  }
  if (signal === undefined || signal === null) return null;
  if (typeof AbortSignal !== "function" || !(signal instanceof AbortSignal)) {
    throw tagged(new TypeError("painmap.mount: options.signal must be an AbortSignal (from an AbortController)"), "config");
  }
  return signal;
}

/** The settings of a <pain-map>, an empty value being no value, to see whether one changed. */
function settingsOf(element) {
  const settings = {};
  for (const name of SETTINGS) {
    const value = element.getAttribute(`data-${name}`);
    if (value) settings[name] = value;
  }
  return settings;
}

/** The names whose values differ between two settings objects. */
function changed(a, b) {
  return SETTINGS.filter((name) => a[name] !== b[name]);
}

/** The config a <pain-map> passes: every data- attribute; the widget warns about those that
 * are not settings (a misspelt data-lnag) and leaves them alone. */
function configOf(element) {
  return { ...element.dataset };
}

const Base = typeof HTMLElement === "function" ? HTMLElement : class {};

/**
 * <pain-map data-clinic-name="…" data-lang="es" …>: mounts while in the document, goes away
 * when removed, shows a new language in place, and mounts again when another setting changes.
 */
class PainMapElement extends Base {
  static get observedAttributes() {
    return [...SETTINGS.map((name) => `data-${name}`), "loading"];
  }

  constructor() {
    super();
    this.record = null;
    // The settings of the last mount, to tell a change from a value set again.
    this.settings = null;
    this.queued = false;
    // loading="lazy": watches the element until it nears the viewport.
    this.observer = null;
  }

  /** The handle of the widget, or null (still loading, or a bad setting). */
  get painmap() {
    return this.record?.mounted ? this.record.api : null;
  }

  connectedCallback() {
    this.start();
  }

  disconnectedCallback() {
    this.stop();
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (name === "loading") {
      // No longer lazy while it waits: load now. (Lazy once loaded changes nothing.)
      if (this.observer && newValue !== "lazy") {
        this.unwatch();
        this.begin();
      }
      return;
    }
    if (oldValue === newValue || !this.isConnected || this.queued) return;
    // Several attributes set in one go (a page's script) give one update, not several.
    this.queued = true;
    queueMicrotask(() => {
      this.queued = false;
      if (this.isConnected) this.update();
    });
  }

  update() {
    const settings = settingsOf(this);
    const differ = this.settings ? changed(settings, this.settings) : SETTINGS;
    if (differ.length === 0) return;
    const handle = this.record?.handle;
    if (handle && differ.includes("lang")) {
      try {
        // In place, so the journey is shown in the new language, not restored in the old.
        handle.setLang(settings.lang ?? "");
        if (differ.length === 1) {
          this.settings = settings;
          this.record.config = configOf(this);
          return;
        }
      } catch (error) {
        if (isTrap(error)) {
          failed(error);
          return;
        }
        // Not a language painmap speaks: the remount below explains it in the box.
      }
    }
    this.stop(true);
    this.start();
  }

  start() {
    this.settings = settingsOf(this);
    // The placeholder keeps the map's height meanwhile, lazy or not.
    if (!this.shadowRoot?.querySelector(".painmap-root")) showLoading(this);
    if (this.getAttribute("loading") === "lazy" && typeof IntersectionObserver === "function") {
      this.watch();
    } else {
      this.begin();
    }
  }

  begin() {
    const record = newRecord(this, configOf(this), "attributes");
    this.record = record;
    attach(record).catch((error) => explain(record, error));
  }

  /** Mounts (and so fetches the glue and the wasm, the first time) once the element is within
   * about one screen of the viewport. The observer's first report says whether it already
   * is, so an element near the top loads at once. */
  watch() {
    this.observer = new IntersectionObserver(
      (entries) => {
        if (!this.observer || !entries.some((entry) => entry.isIntersecting)) return;
        this.unwatch();
        if (this.isConnected) this.begin();
      },
      { rootMargin: "100% 0px" },
    );
    this.observer.observe(this);
  }

  unwatch() {
    this.observer?.disconnect();
    this.observer = null;
  }

  stop(keep = false) {
    this.unwatch();
    if (this.record) release(this.record, keep);
    this.record = null;
  }
}

/** Without custom elements a <pain-map> never runs: each still says so, in its own box. */
function explainUndefined() {
  for (const element of document.querySelectorAll("pain-map")) {
    const record = newRecord(element, { lang: element.getAttribute("data-lang") });
    const error = new Error("painmap: this browser has no custom elements");
    report(error);
    showBox(record, "failed");
    signal(record, "unsupported", error);
  }
}

try {
  if (typeof customElements === "object" && customElements) {
    if (!customElements.get("pain-map")) customElements.define("pain-map", PainMapElement);
  } else if (typeof document === "object") {
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", explainUndefined, { once: true });
    } else {
      explainUndefined();
    }
  }
} catch (error) {
  report(error);
}

/** When the widget last announced a panic (it fires `painmap:panic` on `window` from its
 * panic hook, just before the trap): only this listener's clock, nothing that calls into
 * the dying instance. */
let panickedAt = -Infinity;

if (typeof addEventListener === "function") {
  addEventListener("painmap:panic", () => {
    panickedAt = Date.now();
  });
  // Traps inside the widget's own event handlers and tasks reach nobody's catch: they
  // surface here, as uncaught errors or unhandled rejections.
  // Handled here (and logged by failed()), so not reported again as uncaught.
  addEventListener("error", (event) => {
    if (!isOurTrap(event.error, event.filename)) return;
    event.preventDefault();
    failed(event.error);
  });
  addEventListener("unhandledrejection", (event) => {
    if (!isOurTrap(event.reason)) return;
    event.preventDefault();
    failed(event.reason);
  });
}

/** The JS API, for module and classic scripts alike. */
export const PainMap = Object.freeze({
  version: VERSION,
  mount,
  /** Resolves once the wasm is loaded (every widget shares it); rejects if it cannot load. */
  ready: () => load().then(() => undefined),
});
export { mount, mountWith };
// The loader's copies of the widget's settings logic, for the test that holds them to it
// (tests/e2e/loader-settings.test.mjs); not part of the API the types declare.
export { accentOf, firstScreenTheme, storageKeyOf };
export default PainMap;

if (typeof window === "object") {
  window.PainMap ??= PainMap;
  // Classic scripts cannot await a module: they listen for this (or poll window.PainMap).
  document.dispatchEvent(new CustomEvent("painmap:loaded", { detail: { version: VERSION } }));
}
