// What the standalone page (boot.js, which imports this file; the page loads the build's
// minified copies of both, pkg/boot.js and pkg/prerendered.js) and the embed's loader
// (painmap-embed.js, whose copy in pkg/ has this file inlined by scripts/build.sh, so that the
// loader stays one file and one request) do with the prerendered map before the wasm: answer
// a tap on it at once, hold what is done there for the live widget, and not show it at all
// when the journey saved for a reload is past it.

/** The widget root `mount` drew, not the one the build prerendered, which it replaces. */
export const LIVE_ROOT = ".painmap-root:not([data-prerendered])";

/** The journey saved for a reload under `key` (src/storage.rs), or null: no key, no storage,
 * or an entry the widget will discard. */
export function savedJourney(key) {
  if (!key) return null;
  try {
    return JSON.parse(sessionStorage.getItem(key) ?? "null");
  } catch {
    return null;
  }
}

/** The most inputs held: far more than anyone makes in the second before the wasm. */
const MOST = 64;

/**
 * Answers taps on the prerendered map in `shadow` before the wasm, as the live widget would:
 * an area tapped (or opened with Enter or Space) shows its intensity control at once, which
 * the build prerendered beside the map (`<template data-held>`, crates/painmap-prerender);
 * its numbers, − / +, slider, digit keys, Remove, Done and Escape change what it shows, the
 * area's colour and the count of areas marked, as they do live. Each of those inputs is held,
 * in order, on the prerendered root (so that a second hold of the same map, the loader's while
 * the words come, carries on), and replayed on the live widget once it has drawn, each once;
 * meanwhile the map held stays on the screen in front of the live widget, still holding what
 * is done on it (replayed in turn), and the live widget shows in its place once it shows the
 * same. `saved`: the journey saved for a reload (`savedJourney`); when it has areas marked,
 * which the prerendered map does not show, only the last area tapped shows as selected, and
 * it opens once the widget is live. Returns the function that stops listening, called just
 * before `mount`; what it returns replays what was held (a promise, settled once it is done or
 * the live map never came).
 */
export function holdEarlyTap(shadow, saved = null) {
  if (!shadow) return () => async () => {};
  const marks = saved?.intake?.regions;
  const plain = marks !== null && typeof marks === "object" && Object.keys(marks).length > 0;
  const root = () => shadow.querySelector(".painmap-root[data-prerendered]");
  const onEvent = (event) => {
    const map = root();
    const input = map && inputOf(event, map);
    if (!input) return;
    if (event.type === "keydown") event.preventDefault();
    const held = (map.held ??= { inputs: [], plain });
    const [kind, value] = input;
    const last = held.inputs.at(-1);
    // A slider dragged sends a value a pixel: the last one stands for the drag.
    if (kind === "set" && last?.[0] === "set" && !held.plain) held.inputs.pop();
    else if (held.inputs.length >= MOST) return;
    if (held.plain) {
      if (kind !== "select") return;
      held.inputs = [];
      select(map, value);
    } else {
      apply(map, kind, value);
    }
    held.inputs.push([kind, value, held.plain ? null : state(map)]);
  };
  const listen = (on) => {
    for (const type of ["click", "keydown", "input"]) {
      if (on) shadow.addEventListener(type, onEvent);
      else shadow.removeEventListener(type, onEvent);
    }
  };
  listen(true);
  // A tap made before this script listened (the page's script is a module, fetched after the
  // map is drawn) left its area focused, without the focus ring the keyboard's focus has.
  const tapped = shadow.activeElement?.closest("[data-region]");
  if (tapped && !tapped.matches(":focus-visible")) onEvent({ type: "click", target: tapped });
  return () => {
    listen(false);
    const map = root();
    const focused = map && whereFocus(map, shadow.activeElement);
    // Where the page stands, before `mount` takes the map away: the replayed openings would
    // scroll it as each did (web.rs's `reveal_region`), when the person has already seen them.
    const scrolled = [scrollX, scrollY];
    return () => replay(shadow, map, focused, scrolled, listen);
  };
}

/** What `event` on the prerendered root `map` asks, as [kind, value], or null. */
function inputOf(event, map) {
  const target = event.target instanceof Element && map.contains(event.target) ? event.target : null;
  const area = target?.closest("[data-region]")?.getAttribute("data-region");
  const control = target?.closest(".control");
  if (event.type === "click") {
    const button = control && target.closest("button");
    if (area) return ["select", area];
    if (!button) return null;
    const { classList } = button;
    if (classList.contains("pick")) return ["choose", Number(button.dataset.level)];
    if (classList.contains("step")) return ["step", button.nextElementSibling ? -1 : 1];
    if (classList.contains("remove")) return ["remove"];
    return classList.contains("primary") ? ["done"] : null;
  }
  if (event.type === "input") return control && target.matches(".slider") ? ["set", Number(target.value)] : null;
  const key = event.key;
  if (area && (key === "Enter" || key === " ")) return ["select", area];
  if (!control || event.ctrlKey || event.metaKey || event.altKey) return null;
  if (key === "Escape") return ["close"];
  return /^[0-9]$/.test(key) ? ["set", Number(key)] : null;
}

/** The area open in `map`, or null. */
const openIn = (map) => map.querySelector("[data-region][data-selected]");

/** What `map` shows that an input changes, the same for the prerendered root and the live one:
 * each area's level, which one is open, and whether the control asks for a number. */
function state(map) {
  const areas = [...(map?.querySelectorAll("svg [data-region]") ?? [])];
  const marks = areas.map((area) => area.getAttribute("data-level") + (area.hasAttribute("data-selected") ? "*" : ""));
  return marks.join() + (map?.querySelector(".control:not(.rehearsal) .control-prompt") ? "?" : "");
}

/** Marks `id` as the area open in `map`, and no other. */
function select(map, id) {
  for (const area of map.querySelectorAll("[data-region][data-selected]")) area.removeAttribute("data-selected");
  map.querySelector(`[data-region="${CSS.escape(id)}"]`)?.setAttribute("data-selected", "true");
}

/** The live widget's step of its journey (painmap-core's `AppState::apply`) for an input in
 * the open control or on the map, then its drawing of the control, the area and the count. */
function apply(map, kind, value) {
  const open = openIn(map);
  const level = Number(open?.getAttribute("data-level") ?? 0);
  const parts = map.querySelector("template[data-held]")?.content;
  if (!parts || (!open && kind !== "select")) return;
  let asking = false;
  if (kind === "select") select(map, value);
  else if (kind === "done" && level === 0) asking = true;
  else if (kind === "step") mark(map, open, Math.min(10, Math.max(0, level + value)), parts);
  else if (kind === "set" || kind === "choose") mark(map, open, value, parts);
  else if (kind === "remove") mark(map, open, 0, parts);
  if (kind === "choose" || kind === "remove" || (kind === "done" && !asking) || kind === "close") {
    open.removeAttribute("data-selected");
  }
  draw(map, parts, asking, open);
}

/** Gives `area` the level `value` (its colour, its number on the map and its spoken
 * description, as `BackMap` draws them), and the footer its count of areas marked. */
function mark(map, area, value, parts) {
  area.setAttribute("data-level", String(value));
  const described = parts.querySelectorAll(".held-states li")[value]?.textContent;
  if (described) area.setAttribute("aria-description", described);
  const id = CSS.escape(area.getAttribute("data-region") ?? "");
  const labels = map.querySelector("svg .labels");
  labels?.querySelector(`[data-for="${id}"]`)?.remove();
  const number = value > 0 ? parts.querySelector(`.labels [data-for="${id}"]`)?.cloneNode(true) : null;
  if (labels && number) {
    number.textContent = String(value);
    number.setAttribute("data-level", String(value));
    labels.append(number);
  }
  const marked = map.querySelectorAll('svg [data-region]:not([data-level="0"])').length;
  const footers = parts.querySelectorAll(".footer");
  const footer = footers[Math.min(marked, 2)].cloneNode(true);
  const count = footer.querySelector(".count");
  // The footer for two areas, with its number changed: the prerenderer checks this is the
  // footer for any number.
  if (marked > 2) count.textContent = count.textContent.replace("2", String(marked));
  map.querySelector(".footer")?.replaceWith(footer);
}

/**
 * Draws the control for the open area as `IntensityControl` does (src/components), from the
 * one prerendered for another area: its name, its level in the reading, the numbers, the
 * slider and the legend, and the prompt when `asking`. Focus and scrolling follow as they do
 * live (app.rs): the slider when it opens or moves to another area, the first number when
 * Done asks for one, the area when it closes (`was`: the area open before the input).
 */
function draw(map, parts, asking, was) {
  const open = openIn(map);
  let control = map.querySelector(".control");
  if (open !== was) settle(map);
  if (!open) {
    control?.remove();
    if (was) was.focus();
    return;
  }
  const model = parts.querySelector(".control");
  if (!control) {
    control = model.cloneNode(true);
    map.querySelector(".step-body").append(control);
  }
  const name = open.getAttribute("aria-label") ?? "";
  const base = model.querySelector(".control-title").textContent;
  const slider = control.querySelector(".slider");
  control.querySelector(".control-title").textContent = name;
  slider.setAttribute("aria-label", model.querySelector(".slider").getAttribute("aria-label").replace(base, () => name));
  const level = open.getAttribute("data-level");
  const band = level === "0" ? 0 : level < 4 ? 1 : level < 7 ? 2 : 3;
  const words = control.querySelectorAll(".scale-word");
  control.querySelector(".reading").setAttribute("data-level", level);
  control.querySelector(".reading-num").textContent = level;
  control.querySelector(".reading-band").textContent = words[band].textContent;
  for (const [at, step] of control.querySelectorAll(".scale-step").entries()) {
    if (at === band) step.setAttribute("data-current", "true");
    else step.removeAttribute("data-current");
  }
  let spoken = model.querySelector(".slider").getAttribute("aria-valuetext");
  for (const pick of control.querySelectorAll(".pick")) {
    const chosen = pick.dataset.level === level;
    pick.setAttribute("aria-pressed", String(chosen));
    if (chosen) spoken = pick.getAttribute("aria-label");
  }
  slider.value = level;
  slider.setAttribute("aria-valuetext", spoken);
  const prompt = control.querySelector(".control-prompt");
  if (!asking) prompt?.remove();
  if (asking && !prompt) {
    control.querySelector(".stepper").before(model.querySelector(".control-prompt").cloneNode(true));
    control.querySelector(".pick").focus();
  } else if (open !== was) {
    slider.focus({ preventScroll: true });
    requestAnimationFrame(() => reveal(open, control));
  }
}

/** How long taps are ignored after the screen changes under the finger, as live (web.rs). */
const SETTLE_MS = 400;

/** Taps are ignored for a moment after the screen changes under the finger, as live (app.rs,
 * `data-settling` in the stylesheet). */
function settle(map) {
  const painmap = map.querySelector(".painmap");
  painmap?.setAttribute("data-settling", "");
  clearTimeout(map.settling);
  map.settling = setTimeout(() => painmap?.removeAttribute("data-settling"), SETTLE_MS);
  map.settledUntil = performance.now() + SETTLE_MS;
}

/** Scrolls `area` clear of `control`, as the live widget does (`reveal_region` in web.rs). */
function reveal(area, control) {
  const [target, sheet] = [area.getBoundingClientRect(), control.getBoundingClientRect()];
  const beside = sheet.left >= target.right || sheet.right <= target.left;
  const bottom = beside ? innerHeight : sheet.top;
  const least = ([from, to]) => (from > to ? to : from > 0 ? from : to < 0 ? to : 0);
  const region = [target.bottom + 12 - bottom, target.top - 12];
  const both = [Math.max(region[0], sheet.bottom - innerHeight), Math.min(region[1], sheet.top)];
  const scroll = least(beside && both[0] <= both[1] ? both : region);
  if (scroll !== 0) scrollBy(0, scroll);
}

/** Where focus is in `map` (an area, or a button or the slider of the control), as what finds
 * the same element in the live root; null when it is elsewhere. */
function whereFocus(map, focused) {
  if (!focused || !map.contains(focused)) return null;
  const area = focused.closest("[data-region]")?.getAttribute("data-region");
  if (area) return (live) => live.querySelector(`[data-region="${CSS.escape(area)}"]`);
  const at = [...map.querySelectorAll(".control :is(button, input)")].indexOf(focused);
  return at < 0 ? null : (live) => live.querySelectorAll(".control:not(.rehearsal) :is(button, input)")[at];
}

/** The element of the live control an input acts on, and how. */
const TARGETS = {
  step: (control, value) => control.querySelector(value < 0 ? ".step" : ".step:last-child"),
  choose: (control, value) => control.querySelector(`.pick[data-level="${value}"]`),
  remove: (control) => control.querySelector(".remove"),
  done: (control) => control.querySelector(".actions .primary"),
};

/**
 * Replays on the live widget what was held on `map`, each input once the one before it shows:
 * the inputs held before `mount`, then any made on `map` meanwhile (`listen` holds them), as
 * the person, who sees the map answer, may go on tapping while the live widget catches up
 * (which can take more than a task: its scheduler yields to the browser every 16 ms). Then
 * focus and the page's position are where the person left them.
 */
async function replay(shadow, map, focused, [x, y], listen) {
  const live = () => shadow.querySelector(LIVE_ROOT);
  // The live widget draws in a microtask of its own, just after `mount` returns, and again
  // after each input; its scheduler may also leave the rest for a task of its own.
  const until = async (done) => {
    for (let hops = 0; hops < 200 && !done(); hops += 1) {
      await new Promise((resolve) => (hops < 100 ? queueMicrotask(resolve) : setTimeout(resolve)));
    }
  };
  const held = () => map?.held?.inputs ?? [];
  const root = live();
  // Until the live widget shows what the map held shows, the map stays in front and the live
  // widget unseen behind it (a style through the CSSOM, which a strict CSP allows; important,
  // as the stylesheet's own `display` is): a frame between shows the map as it was, never the
  // live widget on its way there.
  const display = root?.style.getPropertyValue("display");
  const holding = Boolean(held().length && map && root);
  // Where the page stands once the map is back: what the person scrolls from here on, and
  // what the map held scrolls for them, is theirs to keep (the position from before `mount`
  // stays the base: the live root, empty until it draws, may have shortened the page).
  let from = null;
  if (holding) {
    root.before(map);
    root.style.setProperty("display", "none", "important");
    listen(true);
    from = [scrollX, scrollY];
  }
  await until(() => live()?.querySelector("svg [data-region]"));
  for (let input; (input = held().shift()); ) {
    const [kind, value, after] = input;
    const control = live()?.querySelector(".control:not(.rehearsal)");
    const send = (target, event) => target?.dispatchEvent(event);
    const options = { bubbles: true, composed: true };
    if (kind === "select") {
      send(live()?.querySelector(`svg [data-region="${CSS.escape(value)}"]`), new MouseEvent("click", options));
    } else if (kind === "set") {
      const slider = control?.querySelector(".slider");
      if (slider) slider.value = String(value);
      send(slider, new InputEvent("input", options));
    } else if (kind === "close") {
      send(control, new KeyboardEvent("keydown", { ...options, key: "Escape" }));
    } else if (control) {
      send(TARGETS[kind](control, value), new MouseEvent("click", options));
    }
    // The next input acts on what this one drew (the control of another area, say).
    if (after !== null) await until(() => state(live()) === after);
  }
  if (holding) {
    listen(false);
    // The map held has answered the person until now: where they left focus and the page.
    // (The live widget, unseen meanwhile, has neither focused nor scrolled anything.)
    focused = whereFocus(map, shadow.activeElement) ?? focused;
    [x, y] = [x + scrollX - from[0], y + scrollY - from[1]];
    // A tap that has just changed the map held still holds taps up for the rest of its
    // moment; the changes replayed do not (they are not the person's taps: app.rs).
    const rest = (map.settledUntil ?? 0) - performance.now();
    const painmap = root.querySelector(".painmap");
    if (rest > 0 && painmap) {
      painmap.setAttribute("data-settling", "");
      setTimeout(() => painmap.removeAttribute("data-settling"), rest);
    }
    map.remove();
    root.style.removeProperty("display");
    if (display) root.style.setProperty("display", display);
    scrollTo(x, y);
  }
  const target = () => focused && live() && focused(live());
  target()?.focus({ preventScroll: true });
  // Again after the live widget's own focus and scrolling, which wait for the frame; found
  // again, as the live control may have been drawn only since (its scheduler can leave the
  // rest of a render for a task of its own).
  requestAnimationFrame(() => {
    target()?.focus({ preventScroll: true });
    if (holding) scrollTo(x, y);
  });
}
