// The cross-engine suite: what the Chromium suite proves in depth, proved again in the two other
// engines a phone uses, WebKit (every iPhone browser) and Gecko (Firefox): the journey from the
// map to the advice on the standalone page (a massage case and an emergency), the clinic
// example with <pain-map>, the strict-CSP example, the iframe example with painmap-frame.js,
// and the standalone page reloaded offline from its service worker. Any console error,
// uncaught exception, unhandled rejection or CSP violation fails the test it happens in.
// One browser per engine, one page reused. Screenshots: tests/e2e/artifacts/engines-*.png.
import assert from "node:assert/strict";
import { request as httpRequest, createServer } from "node:http";
import { after, before, describe, test } from "node:test";
import { STEPS, WORDS, startServer } from "../e2e/support.mjs";
import { gecko, versions, webkit } from "./engines.mjs";

const W = WORDS.en;
const TIMEOUT = 30_000;

/** Polls `fn(arg)` in the page until it returns a truthy value; rejects after TIMEOUT. */
async function waitFor(d, fn, arg, what) {
  const end = Date.now() + TIMEOUT;
  let last;
  for (;;) {
    last = await d.run(fn, arg).catch((error) => ({ error: error.message }));
    if (last && !last.error) return last;
    if (Date.now() > end) throw new Error(`${d.name}: timed out waiting for ${what} (${JSON.stringify(last)})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * In the page: the viewport point at which a tap reaches the `nth` element matching `selector`
 * in the widget `host` (in the iframe `frame` if given), after scrolling it into view; null
 * while the widget ignores taps (its `data-settling` guard) or the element is not there. The
 * centre of an area of the map may fall outside its shape: then the first point of a grid
 * over its box that hits it.
 */
async function locate({ host, frame, selector, nth = 0 }) {
  const frameElement = frame ? document.querySelector(frame) : null;
  const doc = frame ? frameElement?.contentDocument : document;
  const root = doc?.querySelector(host)?.shadowRoot;
  const element = root?.querySelectorAll(selector)[nth];
  if (!element || root.querySelector(".painmap[data-settling]")) return null;
  element.scrollIntoView({ block: "center", inline: "center", behavior: "instant" });
  // Still for two frames (an opening control slides in), as Playwright waits for in Chromium.
  const before = JSON.stringify(element.getBoundingClientRect());
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const box = element.getBoundingClientRect();
  if (box.width === 0 || box.height === 0 || JSON.stringify(box) !== before) return null;
  if (root.querySelector(".painmap[data-settling]")) return null;
  let point = null;
  for (const [fx, fy] of [[0.5, 0.5], [0.3, 0.5], [0.7, 0.5], [0.5, 0.3], [0.5, 0.7], [0.3, 0.3], [0.7, 0.7], [0.3, 0.7], [0.7, 0.3]]) {
    const x = box.left + box.width * fx;
    const y = box.top + box.height * fy;
    const hit = root.elementFromPoint(x, y);
    if (hit && (hit === element || element.contains(hit))) {
      point = { x, y };
      break;
    }
  }
  if (!point) return null;
  if (frameElement) {
    const outer = frameElement.getBoundingClientRect();
    point.x += outer.left + frameElement.clientLeft;
    point.y += outer.top + frameElement.clientTop;
  }
  return point;
}

/** Taps what `locate` finds, once the widget honours taps. */
async function tapOn(d, selector, { host = "#painmap", frame = null, nth = 0 } = {}) {
  const point = await waitFor(d, locate, { host, frame, selector, nth }, `${selector} to tap`);
  await d.tap(point.x, point.y);
}

/** In the page: the text of `selector` in the widget `host` (optionally inside `frame`). */
function textOf({ host, frame, selector }) {
  const doc = frame ? document.querySelector(frame)?.contentDocument : document;
  return doc?.querySelector(host)?.shadowRoot?.querySelector(selector)?.textContent ?? null;
}

/** In the page: the attribute `name` of `selector` in the widget, or null. */
function attributeOf({ host, selector, name }) {
  return document.querySelector(host)?.shadowRoot?.querySelector(selector)?.getAttribute(name) ?? null;
}

/** Waits for the widget in `host` to have drawn its map (the loader's box gone). */
function rendered(d, host = "#painmap", frame = null) {
  return waitFor(
    d,
    ({ host, frame }) => {
      const doc = frame ? document.querySelector(frame)?.contentDocument : document;
      const root = doc?.querySelector(host)?.shadowRoot;
      const failed = root?.querySelector(".painmap-failed");
      if (failed) return { failed: failed.textContent };
      return Boolean(root?.querySelector(".painmap [data-region]"));
    },
    { host, frame },
    `the widget in ${host}`,
  ).then((result) => {
    assert.equal(result, true, `${d.name}: the widget failed: ${JSON.stringify(result)}`);
  });
}

/** Waits until the step's heading is `step`'s (a name from STEPS). */
async function at(d, step, host = "#painmap") {
  const words = W.titles[step];
  await waitFor(d, (a) => document.querySelector(a.host)?.shadowRoot?.querySelector(".step-title")?.textContent === a.words, { host, words }, `"${words}"`);
}

/** Marks an area the way a person does: tap it, then its number, and the control closes. */
async function mark(d, id, value, where = {}) {
  await tapOn(d, `[data-region="${id}"]`, where);
  await tapOn(d, `.control button.pick[data-level="${value}"]`, where);
  await waitFor(
    d,
    ({ host, frame }) => {
      const doc = frame ? document.querySelector(frame)?.contentDocument : document;
      return !doc.querySelector(host).shadowRoot.querySelector(".control");
    },
    { host: where.host ?? "#painmap", frame: where.frame ?? null },
    "the control to close",
  );
}

/** The chip at `nth` of the radio group `name` ("pm-duration", "pm-q-fever"…). */
const chip = (d, name, nth) => tapOn(d, `label.chip:has(input[name="${name}"])`, { nth });

/**
 * Opens `url` with no stored journey: pages of one origin share the tab's sessionStorage, so a
 * page would otherwise restore the journey the previous test left (as it does after a reload).
 */
async function open(d, url) {
  // A page of the origin with no widget: leaving a page mid-load is a test of its own.
  await d.goto(new URL("/www/icon.svg", url).href);
  await d.run(() => sessionStorage.clear());
  if (!url.endsWith("/www/icon.svg")) await d.goto(url);
}

/** The standalone page at its first step. */
async function freshStart(d, url) {
  await open(d, url);
  await rendered(d);
  await at(d, "map");
}

/**
 * A proxy in front of `server` that holds back every request for the wasm until `release()`:
 * the widget is then loading for as long as a test needs. `held` resolves at the first one.
 */
async function slowWasm(server) {
  const target = new URL(server.url);
  let release;
  const released = new Promise((resolve) => (release = resolve));
  let seen;
  const held = new Promise((resolve) => (seen = resolve));
  let dropped;
  const abandoned = new Promise((resolve) => (dropped = resolve));
  const proxy = createServer(async (incoming, outgoing) => {
    if (incoming.url.includes("painmap_bg.wasm")) {
      // The browser gave the request up (the page that asked is gone).
      outgoing.on("close", () => outgoing.writableEnded || dropped());
      seen();
      await released;
    }
    const forward = httpRequest(
      { host: target.hostname, port: target.port, path: incoming.url, method: incoming.method, headers: incoming.headers },
      (answer) => {
        outgoing.writeHead(answer.statusCode, answer.headers);
        answer.pipe(outgoing);
      },
    );
    forward.on("error", () => outgoing.destroy());
    incoming.pipe(forward);
  });
  await new Promise((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${proxy.address().port}/`,
    held,
    abandoned,
    stop() {
      release();
      proxy.closeAllConnections();
      proxy.close();
    },
  };
}

/** `ENGINES=gecko make test-engines` runs one engine; the default, both. */
const ENGINES = [
  ["webkit", webkit],
  ["gecko", gecko],
].filter(([name]) => (process.env.ENGINES ?? "webkit,gecko").split(",").includes(name));

test("versions of the engines tested", (t) => {
  const v = versions();
  for (const [engine, version] of Object.entries(v)) t.diagnostic(`${engine}: ${version}`);
});

for (const [name, start] of ENGINES) {
  describe(`${name}`, () => {
    let d;
    let server;
    before(async () => {
      server = await startServer();
      d = await start();
    });
    after(async () => {
      await d?.close();
      server?.stop();
    });

    /** Asserts that the page reported nothing since the last check. */
    const quiet = async () => assert.deepEqual(await d.takeProblems(), [], `${name}: the page reported problems`);

    test("the journey from the map to massage advice", async (t) => {
      t.diagnostic(`${name}: ${await d.userAgent()}, window ${d.size.width}×${d.size.height}`);
      await freshStart(d, server.url);
      await d.shot("1-map");
      await mark(d, "lower_back_left", 7);
      assert.equal(await d.run(textOf, { host: "#painmap", selector: ".num" }), "7", "the area shows its number");
      await d.shot("1-map-marked");
      await tapOn(d, "button.nav-next");
      await at(d, "emergency");
      await d.shot("2-emergency");
      await tapOn(d, "button.none-of");
      await at(d, "about");
      await chip(d, "pm-duration", 2);
      await chip(d, "pm-onset", 1);
      await tapOn(d, "#pm-age");
      await d.type("40");
      await waitFor(d, () => document.querySelector("#painmap").shadowRoot.querySelector("#pm-age").value === "40", null, "the age typed");
      await chip(d, "pm-sessions", 0);
      await chip(d, "pm-q-similar_pain_before", 1);
      await chip(d, "pm-q-seen_doctor_for_this_pain", 1);
      await d.shot("3-about");
      await tapOn(d, "button.nav-next");
      for (const step of ["health1", "health2", "health3", "therapist"]) {
        await at(d, step);
        await tapOn(d, "button.none-of");
      }
      await at(d, "advice");
      const level = await d.run(attributeOf, { host: "#painmap", selector: ".banner", name: "data-level" });
      assert.match(level ?? "", /^massage/, `${name}: a massage level, not ${level}`);
      assert.ok(await d.run(() => document.querySelector("#painmap").shadowRoot.querySelectorAll("[data-technique]").length > 0), "techniques are listed");
      await d.shot("8-advice");
      t.diagnostic(`${name}: taps by ${d.pointer} input`);
      await quiet();
    });

    test("an urgent sign: the emergency advice with the call button", async () => {
      await freshStart(d, server.url);
      await mark(d, "lower_back_left", 6);
      await tapOn(d, "button.nav-next");
      await at(d, "emergency");
      await chip(d, "pm-q-saddle_numbness", 0);
      await at(d, "advice");
      assert.equal(await d.run(attributeOf, { host: "#painmap", selector: ".banner", name: "data-level" }), "emergency");
      const call = await d.run(attributeOf, { host: "#painmap", selector: "a.call", name: "href" });
      assert.match(call ?? "", /^tel:\d+$/, `${name}: the call button dials a number`);
      await d.shot("8-advice-emergency");
      await quiet();
    });

    test("the clinic example: <pain-map> renders and a tap marks an area", async () => {
      await open(d, `${server.url}www/examples/clinic.html`);
      await rendered(d, "pain-map");
      await mark(d, "lower_back_left", 7, { host: "pain-map" });
      assert.equal(await d.run(textOf, { host: "pain-map", selector: ".num" }), "7");
      await d.shot("clinic");
      await quiet();
    });

    test("the strict-CSP example renders, styled, with no CSP violation", async () => {
      await open(d, `${server.url}www/examples/strict-csp.html`);
      await rendered(d);
      // Styled: the widget's stylesheet applies inside the shadow root (no inline style needed).
      const styled = await d.run(() => {
        const root = document.querySelector("#painmap").shadowRoot;
        const next = root.querySelector("button.nav-next");
        return { sheets: root.adoptedStyleSheets.length + root.querySelectorAll("link[rel=stylesheet], style").length, cursor: getComputedStyle(next).cursor, height: root.querySelector("svg").getBoundingClientRect().height };
      });
      assert.ok(styled.sheets > 0, `${name}: no stylesheet in the shadow root`);
      assert.ok(styled.height > 200, `${name}: the map is ${styled.height} px tall`);
      await mark(d, "neck", 3);
      await d.shot("strict-csp");
      await quiet();
    });

    test("the iframe example: painmap-frame.js sizes the frame; an area is marked inside", async () => {
      await open(d, `${server.url}www/examples/iframe.html`);
      // The frame loads lazily: bring it into view.
      await d.run(() => document.querySelector("#painmap-frame").scrollIntoView({ block: "start", behavior: "instant" }));
      await rendered(d, "#painmap", "#painmap-frame");
      await d.install?.();
      const sizes = await waitFor(
        d,
        () => {
          const frame = document.querySelector("#painmap-frame");
          const content = frame.contentDocument.documentElement.getBoundingClientRect().height;
          const sized = { frame: frame.clientHeight, content: Math.ceil(content) };
          return sized.frame > 400 && Math.abs(sized.frame - sized.content) <= 1 ? sized : null;
        },
        null,
        "the frame sized to the widget",
      );
      assert.ok(sizes.frame > 400);
      await mark(d, "lower_back_right", 5, { frame: "#painmap-frame" });
      assert.equal(await d.run(textOf, { host: "#painmap", frame: "#painmap-frame", selector: ".num" }), "5");
      // The helper turned the widget's message into an event on the frame.
      await waitFor(d, () => window.painmapMessages.some((m) => m.type === "painmap:change"), null, "painmap:change on the frame");
      await d.shot("iframe");
      await quiet();
    });

    test("leaving a page while the widget loads reports no failure", async () => {
      // Gecko aborts the fetches of a page it leaves and still runs their rejections: without
      // the loader's pagehide check this logged "could not load its files" and fired
      // painmap:error for files that were fine (boot.js alike on the standalone page). A fresh
      // origin, so that no service worker answers for the proxy.
      for (const path of ["www/examples/clinic.html", ""]) {
        const slow = await slowWasm(server);
        try {
          await open(d, `${slow.url}www/icon.svg`);
          await d.goto(`${slow.url}${path}`);
          await slow.held;
          assert.equal(await d.run(() => Boolean(document.querySelector("pain-map, #painmap"))), true);
          await d.goto(`${slow.url}www/icon.svg`);
          // Once the browser has dropped the request, its rejection (if the engine runs it) comes
          // next; the new page's next paint is after it.
          await slow.abandoned;
          await d.run(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
          assert.deepEqual(await d.takeProblems(), [], `${name}: leaving ${path || "index.html"} mid-load`);
        } finally {
          slow.stop();
        }
      }
    });

    test("offline: the standalone page reloads from its service worker with its journey", async (t) => {
      // Its own server, so that stopping it (the network gone, in every engine) hurts no other test.
      const offline = await startServer();
      try {
        await freshStart(d, offline.url);
        const worker = await d.run(async () => {
          if (!("serviceWorker" in navigator)) return { missing: "navigator.serviceWorker" };
          const ready = navigator.serviceWorker.ready.then(() =>
            navigator.serviceWorker.controller ??
            new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true })),
          );
          const timeout = new Promise((resolve) => setTimeout(() => resolve("timeout"), 20_000));
          if ((await Promise.race([ready, timeout])) === "timeout") {
            const registrations = await navigator.serviceWorker.getRegistrations();
            return { missing: `no controller after 20 s (${registrations.length} registrations)` };
          }
          return { script: navigator.serviceWorker.controller.scriptURL };
        });
        if (worker.missing) {
          // Said loudly in the output, and a failure: the offline promise is not kept here.
          t.diagnostic(`${name}: OFFLINE NOT TESTED: ${worker.missing}`);
          assert.fail(`${name}: the service worker did not take control: ${worker.missing}`);
        }
        assert.equal(worker.script, `${offline.url}sw.js`);
        await mark(d, "lower_back_left", 6);
        await tapOn(d, "button.nav-next");
        await at(d, "emergency");
        await quiet();

        offline.stop();
        const network = await waitFor(
          d,
          () => fetch(`README.md?${Date.now()}`, { cache: "no-store" }).then(() => false, () => "offline"),
          null,
          "the server to be gone",
        );
        assert.equal(network, "offline");
        // The failed fetch may be logged by the engine: the one problem expected.
        await d.takeProblems();
        await d.reload();
        await at(d, "emergency");
        await d.shot("offline-reload");
        await tapOn(d, "button.nav-back");
        await at(d, "map");
        assert.equal(await d.run(textOf, { host: "#painmap", selector: ".num" }), "6", "the marked area is kept");
        await quiet();
      } finally {
        offline.stop();
      }
    });
  });
}

// STEPS is the order these tests walk; a renamed step shows up here first.
assert.deepEqual(STEPS.slice(0, 8), ["map", "emergency", "about", "health1", "health2", "health3", "therapist", "advice"]);
