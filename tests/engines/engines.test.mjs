// The cross-engine suite: what the Chromium suite proves in depth, proved again in the two other
// engines a phone uses, WebKit (every iPhone browser) and Gecko (Firefox): the journey from the
// map to the advice on the standalone page (a massage case and an emergency), the clinic
// example with <pain-map>, the strict-CSP example, the iframe example with painmap-frame.js,
// and the standalone page reloaded offline from its service worker. Any console error,
// uncaught exception, unhandled rejection or CSP violation fails the test it happens in.
// One browser per engine, one page reused. Screenshots: tests/e2e/artifacts/engines-*.png.
import assert from "node:assert/strict";
import { request as httpRequest, createServer } from "node:http";
import { after, afterEach, before, describe, test } from "node:test";
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

/** Waits for the widget in `host` to have drawn its map (the loader's box gone), live: not the
 * map the standalone page arrives with, which the live widget replaces. */
function rendered(d, host = "#painmap", frame = null) {
  return waitFor(
    d,
    ({ host, frame }) => {
      const doc = frame ? document.querySelector(frame)?.contentDocument : document;
      const root = doc?.querySelector(host)?.shadowRoot;
      const failed = root?.querySelector(".painmap-failed");
      if (failed) return { failed: failed.textContent };
      return Boolean(root?.querySelector(".painmap-root:not([data-prerendered]) .painmap [data-region]"));
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

/** Resolves as `promise` does, or rejects after `ms` saying what did not happen. */
function within(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * A proxy in front of `server`, on its own origin (so that no service worker answers for it).
 * It holds back every request for the wasm until `release()`, then forwards it (`wasm:
 * "forward"`), answers 404 (`404`) or resets the connection (`"reset"`); `held()` resolves at
 * the first one, `abandoned()` when the browser gives one up (the page that asked is gone),
 * `failedAt` is when it failed one. A request whose URL has `?next` waits `nextDelay` ms (a
 * slow next page). POST /__problem collects what a page sends with sendBeacon (`reported`):
 * what a page that is going away reports, which no driver can ask it once it is gone.
 */
async function slowWasm(server, { wasm = "forward", nextDelay = 0 } = {}) {
  const target = new URL(server.url);
  let release;
  const released = new Promise((resolve) => (release = resolve));
  let seen;
  const held = new Promise((resolve) => (seen = resolve));
  let dropped;
  const abandoned = new Promise((resolve) => (dropped = resolve));
  const reported = [];
  const listeners = new Set();
  const state = { failedAt: null };
  const proxy = createServer(async (incoming, outgoing) => {
    if (incoming.url.startsWith("/__problem")) {
      let text = "";
      incoming.setEncoding("utf8");
      for await (const chunk of incoming) text += chunk;
      reported.push(text);
      for (const listener of listeners) listener();
      outgoing.writeHead(204).end();
      return;
    }
    if (incoming.url.includes("painmap_bg.wasm")) {
      outgoing.on("close", () => outgoing.writableEnded || dropped());
      seen();
      await released;
      if (wasm === 404) {
        state.failedAt = Date.now();
        outgoing.writeHead(404, { "content-type": "text/plain" }).end("not found");
        return;
      }
      if (wasm === "reset") {
        state.failedAt = Date.now();
        incoming.socket.resetAndDestroy();
        return;
      }
    }
    if (nextDelay > 0 && incoming.url.includes("?next")) await new Promise((resolve) => setTimeout(resolve, nextDelay));
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
  const url = `http://127.0.0.1:${proxy.address().port}/`;
  return {
    url,
    sink: `${url}__problem`,
    held: () => within(held, TIMEOUT, "the page to ask for the wasm"),
    abandoned: () => within(abandoned, TIMEOUT, "the browser to give up the wasm request"),
    release,
    get failedAt() {
      return state.failedAt;
    },
    reported,
    /** Resolves once a page has sent `text` (what was sent before it has arrived too). */
    heard(text) {
      return within(
        new Promise((resolve) => {
          const check = () => reported.includes(text) && (listeners.delete(check), resolve());
          listeners.add(check);
          check();
        }),
        TIMEOUT,
        `"${text}" from the page`,
      );
    },
    stop() {
      release();
      proxy.closeAllConnections();
      proxy.close();
    },
  };
}

/**
 * In the page: every problem its recorder gets from now on, and every painmap:error, is also
 * sent to `sink` with sendBeacon, which a page that is being left may still do. Only the
 * driver's view of the page ends at a navigation: this sees what the old page says after it.
 */
function relayProblems(sink) {
  const problems = window.__engineProblems;
  if (!problems) return "no recorder";
  const push = problems.push.bind(problems);
  problems.push = (...items) => {
    for (const item of items) navigator.sendBeacon(sink, `relayed ${item}`);
    return push(...items);
  };
  document.addEventListener("painmap:error", (event) => navigator.sendBeacon(sink, `relayed painmap:error ${event.detail?.kind}`));
  // The relay itself works in this engine: a test that cannot fail proves nothing.
  navigator.sendBeacon(sink, "relay check");
  return "relaying";
}

/** In the (new) page: a marker sent after whatever the old page sent. */
const marker = (sink) => fetch(sink, { method: "POST", body: "marker" }).then(() => true);

/** What the proxy got from the pages, but the relay's own check and marker. */
const relayed = (proxy) => proxy.reported.filter((text) => text !== "relay check" && text !== "marker");

/** `ENGINES=gecko make test-engines` runs one engine; the default, both. */
const KNOWN = { webkit, gecko };
const requested = (process.env.ENGINES ?? "webkit,gecko").split(",").map((name) => name.trim()).filter(Boolean);
// A misspelt engine would otherwise select nothing, and an empty suite passes.
const unknown = requested.filter((name) => !Object.hasOwn(KNOWN, name));
if (unknown.length > 0 || requested.length === 0) {
  throw new Error(`ENGINES=${process.env.ENGINES}: ${unknown.length > 0 ? `unknown ${unknown.join(", ")}` : "none"}; known: ${Object.keys(KNOWN).join(", ")}`);
}
const ENGINES = Object.entries(KNOWN).filter(([name]) => requested.includes(name));

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
      try {
        await d?.close();
      } finally {
        server?.stop();
      }
    });
    // A test that failed before its last check leaves its problems to no other test.
    afterEach(async () => {
      await d?.takeProblems().catch(() => {});
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
      if (name === "webkit") {
        // WebKit's recorder starts after the load: only ReportingObserver's buffered reports
        // show a violation from before it. Without it this test would be blind there.
        assert.equal(await d.run(() => typeof ReportingObserver), "function", "webkit: no ReportingObserver, early CSP violations go unseen");
      }
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
      await d.recording();
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
      // the loader's leaving check this logged "could not load its files" and fired
      // painmap:error for files that were fine (boot.js alike on the standalone page).
      // What each engine lets the test see of the page being left: WebDriver in WebKit reads
      // the recorder only in the current page, so without help it saw nothing of the old page
      // after the navigation began; Gecko's console events keep coming from the old page until
      // it is gone, but not its painmap:error. So the old page also sends each problem and
      // painmap:error to the proxy with sendBeacon (`relayProblems`, checked to arrive in each
      // engine): with the loader's grace set to 0 and its `navigate` check removed, this test
      // fails in both engines. What neither shows is a report the old page would make after
      // the browser stopped running it, which the person cannot see either.
      for (const path of ["www/examples/clinic.html", ""]) {
        const slow = await slowWasm(server);
        try {
          await open(d, `${slow.url}www/icon.svg`);
          await d.goto(`${slow.url}${path}`);
          await slow.held();
          assert.equal(await d.run(() => Boolean(document.querySelector("pain-map, #painmap"))), true);
          assert.equal(await d.run(relayProblems, slow.sink), "relaying");
          await slow.heard("relay check");
          await d.goto(`${slow.url}www/icon.svg`);
          // Once the browser has dropped the request, its rejection (if the engine runs it) comes
          // next; the new page's next paint is after it, and its marker after the old page's beacons.
          await slow.abandoned();
          await d.run(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
          await d.run(marker, slow.sink);
          await slow.heard("marker");
          // The standalone page preloads the wasm (<link rel=preload>): leaving cancels that load,
          // and both engines fire `error` on the link element. The browser logs nothing and the
          // loader reports nothing for it; a console line or painmap:error would still fail here.
          const cancelledPreload = `relayed error: LINK failed to load ${slow.url}pkg/painmap_bg.wasm`;
          const problems = [...(await d.takeProblems()), ...relayed(slow)].filter((p) => path !== "" || p !== cancelledPreload);
          assert.deepEqual(problems, [], `${name}: leaving ${path || "index.html"} mid-load`);
        } finally {
          slow.stop();
        }
      }
    });

    test("leaving by a link while the widget loads, the next page slow: no failure reported", async (t) => {
      // The loader counts a navigation as leaving from its start where the Navigation API says
      // so; without it, only from pagehide, and a fetch the engine aborts at the start of a
      // navigation whose next page takes longer than the loader's grace (1 s) is explained.
      const slow = await slowWasm(server, { nextDelay: 2000 });
      try {
        await open(d, `${slow.url}www/icon.svg`);
        await d.goto(`${slow.url}www/examples/clinic.html`);
        await slow.held();
        const navigationApi = await d.run(() => typeof window.navigation);
        t.diagnostic(`${name}: typeof window.navigation = ${navigationApi}`);
        assert.equal(await d.run(relayProblems, slow.sink), "relaying");
        await slow.heard("relay check");
        // A link at the top of the page, as a clinic's menu has one.
        await d.run((href) => {
          const link = document.createElement("a");
          link.href = href;
          link.textContent = "Prices";
          Object.assign(link.style, { position: "fixed", top: "0", left: "0", width: "200px", height: "60px", zIndex: "2147483647", background: "#fff", display: "block" });
          document.body.append(link);
        }, `${slow.url}www/icon.svg?next`);
        await d.tap(100, 30);
        await waitFor(d, () => location.search === "?next" && document.readyState === "complete", null, "the next page");
        await d.install?.();
        await d.recording();
        await d.run(marker, slow.sink);
        await slow.heard("marker");
        const problems = [...(await d.takeProblems()), ...relayed(slow)];
        // With the Navigation API the loader hears the navigation start from `navigate`;
        // without it (WebKitGTK), from `beforeunload`.
        if (navigationApi === "undefined") t.diagnostic(`${name}: no Navigation API: beforeunload says the page is leaving`);
        assert.deepEqual(problems, [], `${name}: leaving by a link mid-load`);
      } finally {
        slow.stop();
      }
    });

    for (const failure of [404, "reset"]) {
      test(`a page that stays explains a wasm that fails (${failure}): the box, painmap:error "load", the console lines`, async () => {
        const broken = await slowWasm(server, { wasm: failure });
        try {
          await open(d, `${broken.url}www/icon.svg`);
          await d.goto(`${broken.url}www/examples/clinic.html`);
          await broken.held();
          // The recorder is in (WebKit's after the load): only now does the wasm fail.
          broken.release();
          const shown = await waitFor(
            d,
            () => {
              const box = document.querySelector("pain-map")?.shadowRoot?.querySelector(".pm-failed");
              return box ? { text: box.textContent, errors: window.__painmapErrors, at: Date.now() } : null;
            },
            null,
            "the loader's failed box",
          );
          assert.equal(shown.text, "The back pain map could not load. Please reload the page, or try another browser.");
          assert.deepEqual(shown.errors.map((e) => e.kind), ["load"], `${name}: one painmap:error, kind "load"`);
          // A reset is a failed fetch (a TypeError), which could be the page leaving: explained
          // after the loader's grace (1 s). A 404 is an answer, which leaving does not cause: the
          // glue throws its own Error for it, explained at once.
          const delay = shown.errors[0].at - broken.failedAt;
          if (failure === "reset") assert.ok(delay >= 900 && delay < 5000, `${name}: painmap:error ${delay} ms after the reset, not after the 1 s grace`);
          else assert.ok(delay < 900, `${name}: painmap:error ${delay} ms after the 404, not at once`);
          await d.shot(`failed-${failure}`);
          // Only the developer's lines: the error, and the loader's hint with the files' folder.
          // Gecko's driver prints the Error object it was given as a handle.
          const problems = await d.takeProblems();
          const expected = [
            /^(console: |console\.error: )painmap: the widget could not load its files from http:\/\/127\.0\.0\.1:\d+\/pkg\/ /,
            /^console\.error: (TypeError: (NetworkError when attempting to fetch resource\.|Load failed)|Error: failed to fetch Wasm: 404 )/,
            /^console: JSHandle@error \(/,
          ];
          const unexpected = problems.filter((p) => !expected.some((re) => re.test(p)));
          assert.deepEqual(unexpected, [], `${name}: only the expected console lines (all: ${JSON.stringify(problems)})`);
          assert.ok(problems.some((p) => expected[0].test(p)), `${name}: the loader's hint is logged (${JSON.stringify(problems)})`);
          assert.ok(problems.some((p) => expected[1].test(p)), `${name}: the error is logged (${JSON.stringify(problems)})`);
        } finally {
          broken.stop();
        }
      });
    }

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
        // The failed probe fetch may be logged by the engine: the one problem expected.
        const probe = (await d.takeProblems()).filter((p) => !/README\.md/.test(p));
        assert.deepEqual(probe, [], `${name}: only the failed probe fetch`);
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
