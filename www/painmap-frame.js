// painmap-frame.js: the clinic page's side of the iframe mode (embed.html in an <iframe>).
// A classic script with no dependencies and no inline code, so it runs under a strict CSP
// (`script-src 'self'`) and on pages that allow no modules.
//
// It looks after every `<iframe data-painmap>` on the page, those there now and those added
// later, plus any frame given to `PainMapFrame.attach(frame)`:
// - sizes the frame to the widget from its `painmap:height` messages, so it never scrolls
//   inside; a height below MIN_HEIGHT (the widget not drawn yet, or a message that is not the
//   widget's) is ignored, so the frame never collapses, and one above MAX_HEIGHT is capped;
// - re-dispatches the widget's messages as DOM events on the <iframe> element, with the same
//   `detail` as on <pain-map>: painmap:ready, painmap:change, painmap:advice, painmap:book,
//   painmap:error; and painmap:height `{ height }` after each resize it makes.
//
// A message counts only when it comes from the frame's own window (`event.source`) AND from
// the origin of the frame's address (`event.origin`): any other window can post
// `{ type: "painmap:height" }` to this page. Everything else in a message is checked too.
(function () {
  "use strict";

  if (typeof window === "undefined" || window.PainMapFrame) return;

  var MIN_HEIGHT = 200;
  var MAX_HEIGHT = 20000;
  var EVENTS = ["painmap:ready", "painmap:change", "painmap:advice", "painmap:book", "painmap:error"];
  var SELECTOR = "iframe[data-painmap]";

  /** The frames looked after; a frame removed from the page is dropped on the next message. */
  var frames = [];

  function attach(frame) {
    if (!frame || frame.tagName !== "IFRAME") {
      throw new TypeError("PainMapFrame.attach: expected an <iframe> element");
    }
    if (frames.indexOf(frame) < 0) {
      frames.push(frame);
      measure(frame);
    }
    return frame;
  }

  /**
   * Asks a frame that may have sent its height before this script ran to send it again. Only
   * to the origin of its address: a frame elsewhere (or still blank) is not asked.
   */
  function measure(frame) {
    var origin = originOf(frame);
    if (!origin || !frame.contentWindow) return;
    try {
      // Not loaded yet (the blank page a frame starts with, which has this page's origin): it
      // will send its height itself, and a message now would only be refused, noisily.
      var doc = frame.contentDocument;
      if (doc && doc.URL === "about:blank") return;
      frame.contentWindow.postMessage({ type: "painmap:measure" }, origin);
    } catch (error) {
      // A frame being removed: nothing to size.
    }
  }

  function detach(frame) {
    var at = frames.indexOf(frame);
    if (at >= 0) frames.splice(at, 1);
  }

  /** The origin of the frame's address now (the address may change), or null. */
  function originOf(frame) {
    try {
      var origin = new URL(frame.src, document.baseURI).origin;
      return origin && origin !== "null" ? origin : null;
    } catch (error) {
      return null;
    }
  }

  function frameFor(event) {
    for (var i = frames.length - 1; i >= 0; i -= 1) {
      var frame = frames[i];
      if (!frame.isConnected) {
        frames.splice(i, 1);
      } else if (event.source && event.source === frame.contentWindow) {
        return event.origin === originOf(frame) ? frame : null;
      }
    }
    return null;
  }

  function plainObject(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value);
  }

  function dispatch(frame, type, detail) {
    frame.dispatchEvent(new CustomEvent(type, { detail: detail, bubbles: true }));
  }

  function resize(frame, height) {
    if (typeof height !== "number" || !isFinite(height) || height < MIN_HEIGHT) return;
    var px = Math.min(Math.ceil(height), MAX_HEIGHT);
    if (frame.style.height === px + "px") return;
    frame.style.height = px + "px";
    dispatch(frame, "painmap:height", { height: px });
  }

  function onMessage(event) {
    var frame = frameFor(event);
    var data = event.data;
    if (!frame || !plainObject(data) || typeof data.type !== "string") return;
    if (data.type === "painmap:height") {
      resize(frame, data.height);
    } else if (data.type === "painmap:error") {
      var detail = { message: typeof data.message === "string" ? data.message.slice(0, 2000) : "" };
      if (typeof data.kind === "string") detail.kind = data.kind.slice(0, 40);
      dispatch(frame, data.type, detail);
    } else if (EVENTS.indexOf(data.type) >= 0) {
      // The frame's own events' detail, structured-cloned by postMessage: plain data.
      dispatch(frame, data.type, plainObject(data.detail) ? data.detail : null);
    }
  }

  function attachAll(root) {
    if (root.matches && root.matches(SELECTOR)) attach(root);
    if (root.querySelectorAll) {
      var found = root.querySelectorAll(SELECTOR);
      for (var i = 0; i < found.length; i += 1) attach(found[i]);
    }
  }

  window.addEventListener("message", onMessage);
  attachAll(document);
  if (typeof MutationObserver === "function") {
    new MutationObserver(function (records) {
      for (var i = 0; i < records.length; i += 1) {
        var added = records[i].addedNodes;
        for (var j = 0; j < added.length; j += 1) {
          if (added[j].nodeType === 1) attachAll(added[j]);
        }
      }
    }).observe(document.documentElement, { childList: true, subtree: true });
  }

  window.PainMapFrame = Object.freeze({
    attach: attach,
    detach: detach,
    MIN_HEIGHT: MIN_HEIGHT,
    MAX_HEIGHT: MAX_HEIGHT,
  });
})();
