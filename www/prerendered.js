// What the standalone page (boot.js, which imports this file) and the embed's loader
// (painmap-embed.js, whose copy in pkg/ has this file inlined by scripts/build.sh, so that the
// loader stays one file and one request) do with the prerendered map before the wasm: hold a
// tap on it, and not show it at all when the journey saved for a reload is past it.

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

/** Whether the journey saved for a reload under `key` stands past the map: the live widget
 * opens on that step, so the prerendered map would show for a moment and give way. */
export function savedPastTheMap(key) {
  return savedJourney(key)?.step > 1;
}

/** Holds the last early tap on an area of the prerendered map in `shadow`: that area (or the
 * one opened with Enter or Space) shows as selected at once and opens once the live widget
 * has drawn, once, as the tap would have; an area focused from the keyboard keeps the focus.
 * Returns the function that stops listening, called just before `mount`; what it returns
 * replays the tap (a promise, settled once it is done or the live map never came). */
export function holdEarlyTap(shadow) {
  if (!shadow) return () => async () => {};
  let region = null;
  const regionOf = (event) =>
    event
      .composedPath()
      .find((node) => node instanceof Element && node.hasAttribute("data-region"))
      ?.getAttribute("data-region") ?? null;
  // The area held shows as selected at once, so the tap is seen to have been heard; only the
  // last one is replayed, so only it looks held. The live widget's map replaces these marks.
  const hold = (tapped) => {
    region = tapped;
    for (const area of shadow.querySelectorAll("[data-region][data-selected]")) area.removeAttribute("data-selected");
    shadow.querySelector(`[data-region="${CSS.escape(tapped)}"]`)?.setAttribute("data-selected", "true");
  };
  const onClick = (event) => {
    const tapped = regionOf(event);
    if (tapped) hold(tapped);
  };
  const onKey = (event) => {
    const tapped = event.key === "Enter" || event.key === " " ? regionOf(event) : null;
    if (tapped) {
      event.preventDefault();
      hold(tapped);
    }
  };
  shadow.addEventListener("click", onClick);
  shadow.addEventListener("keydown", onKey);
  return () => {
    shadow.removeEventListener("click", onClick);
    shadow.removeEventListener("keydown", onKey);
    const focused = shadow.activeElement?.closest("[data-region]")?.getAttribute("data-region");
    // `region`: the area it will open, if a tap was held (the embed's loader asks).
    return Object.assign(() => replay(shadow, region, focused), { region });
  };
}

async function replay(shadow, region, focused) {
  const wanted = region ?? focused;
  if (wanted) {
    // The live widget draws in a microtask of its own, just after `mount` returns.
    const find = () => shadow.querySelector(`${LIVE_ROOT} [data-region="${CSS.escape(wanted)}"]`);
    for (let tries = 0; tries < 50 && !find(); tries += 1) await new Promise((resolve) => setTimeout(resolve));
    const live = find();
    if (region) live?.dispatchEvent(new MouseEvent("click", { bubbles: true, composed: true }));
    else live?.focus();
  }
}
