// `make bench`: speed, weight and memory of the widget, the working tree's build against a
// reference build (another git ref, built by scripts/bench-ref.sh), from one interleaved run
// (ref, current, ref, current…), so that both see the same machine at the same moments. It
// prints medians, the number of samples and the ratio current/ref, and never asserts on them.
//
// Environment: BENCH_REF_DIR, the reference build's folder (none: the current build alone);
// BENCH_RUNS cold loads of each (default 7); BENCH_TAP_RUNS traced tap sessions of each
// (default 3); BENCH_CYCLES mount/destroy cycles (default 1000); BENCH_PLAIN=0 leaves out the
// plain-JS page; BENCH_LIGHTHOUSE=0 leaves out Lighthouse (the slowest part).
//
// The profile of a cold load, as in the figures the widget is held to: headless Chromium at
// 390×844 with touch, the CPU 4× slower, 150 ms round trips, 1.6 Mbps down and 750 kbps up,
// the HTTP cache off, no service worker.
import { execFileSync, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { basename, join } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";
import lighthouse from "lighthouse";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, PHONE, footprint, launch, openWidget, phonePage, root, wasmBytes } from "./support.mjs";

const env = (name, fallback) => {
  const value = Number(process.env[name] ?? fallback);
  return Number.isFinite(value) && value >= 0 ? value : fallback;
};
const RUNS = env("BENCH_RUNS", 7);
const TAP_RUNS = env("BENCH_TAP_RUNS", 3);
const CYCLES = env("BENCH_CYCLES", 1000);
const PLAIN = process.env.BENCH_PLAIN !== "0";
const LIGHTHOUSE = process.env.BENCH_LIGHTHOUSE !== "0";
const REF_DIR = process.env.BENCH_REF_DIR || "";

const HOST = "#painmap";
const FIRST_REGION = "lower_back_left";
const BINDING = "__benchTappable";
const TAPS = ["lower_back_left", "neck", "calf_right", "sacrum", "hip_left", "mid_back_right"];
const ROUNDS = 2;
/** The files whose content coding the bench reports: the page, the glue and the wasm. */
const CODED = ["/", "painmap.js", "painmap_bg.wasm"];
const NETWORK = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };

const started = Date.now();
const median = (values) => quantile(values, 0.5);
function quantile(values, q) {
  const sorted = values.filter((v) => typeof v === "number" && Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return undefined;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/** A free TCP port on the loopback interface, for a serve.py of one build. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Serves `tree` with the working tree's scripts/serve.py: the same host for every build, so
 * that both are sent with the same content coding (scripts/bench-ref.sh writes the ref's .br
 * and .gz copies as the build does now) and only the widget differs. */
async function serve(tree) {
  const port = await freePort();
  const server = spawn("python3", [join(root, "scripts/serve.py"), "--root", tree, "--port", String(port)], { stdio: "ignore" });
  const url = `http://127.0.0.1:${port}/`;
  for (let tries = 0; tries < 100; tries += 1) {
    try {
      if ((await fetch(url)).ok) return { url, stop: () => server.kill() };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  server.kill();
  throw new Error(`serve.py in ${tree} did not answer on ${url}`);
}

/**
 * Runs in the page before its own scripts: notes the first tap (pointerdown), the first frame
 * that has the region in the DOM (`mapAt`), the first frame on which a tap would hit it (and
 * tells the bench where, through the binding `BINDING`), the first frame that shows the
 * region's control (the tap's answer: the prerendered page's own before the wasm, or the live
 * widget's), the first frame that shows the live widget, and the layout shifts not caused by
 * input. Times are
 * milliseconds from the navigation's start; a frame's time is when it began.
 */
function watch([hostSelector, region, binding]) {
  if (window !== window.top) return;
  const seen = (window.__bench = { cls: 0 });
  addEventListener("pointerdown", (event) => (seen.tapAt ??= event.timeStamp), { capture: true });
  try {
    new PerformanceObserver((list) => {
      for (const shift of list.getEntries()) if (!shift.hadRecentInput) seen.cls += shift.value;
    }).observe({ type: "layout-shift", buffered: true });
  } catch {
    seen.cls = undefined;
  }
  // A point of the region inside the viewport where a tap lands on it (not covered, taking
  // pointer events); the region is scrolled into view if none is.
  const tapPoint = (tree, target) => {
    const points = () => {
      const box = target.getBoundingClientRect();
      return [[0.5, 0.5], [0.5, 0.3], [0.3, 0.5], [0.7, 0.5], [0.5, 0.15]]
        .map(([fx, fy]) => ({ x: box.left + box.width * fx, y: box.top + box.height * fy }))
        .filter(({ x, y }) => x > 0 && y > 0 && x < innerWidth && y < innerHeight);
    };
    let candidates = points();
    if (!candidates.length) {
      target.scrollIntoView({ block: "center" });
      candidates = points();
    }
    return candidates.find(({ x, y }) => {
      const hit = (tree.elementFromPoint ? tree : document).elementFromPoint(x, y);
      return hit && (hit === target || target.contains(hit));
    });
  };
  const frame = (time) => {
    const host = document.querySelector(hostSelector);
    const tree = host?.shadowRoot ?? host;
    const target = tree?.querySelector(`[data-region="${region}"]`);
    if (target && seen.mapAt === undefined) seen.mapAt = time;
    if (target && seen.hittableAt === undefined && typeof window[binding] === "function") {
      const point = tapPoint(tree, target);
      if (point) {
        seen.hittableAt = time;
        window[binding](JSON.stringify(point));
      }
    }
    // The control open on the screen: not the live widget's unseen rehearsal of it, nor one
    // in a root hidden while the prerendered map hands over (a template's is not in the tree).
    const control = [...(tree?.querySelectorAll(".control:not(.rehearsal)") ?? [])].find((node) =>
      node.checkVisibility({ visibilityProperty: true }),
    );
    if (control) seen.answeredAt = time;
    else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  // The first frame that shows the live widget, not its prerendered first screen: from then
  // on all of it works, not only the map and its control.
  const live = (time) => {
    const tree = document.querySelector(hostSelector)?.shadowRoot;
    const roots = [...(tree?.querySelectorAll(".painmap-root:not([data-prerendered])") ?? [])];
    if (roots.some((node) => node.checkVisibility({ visibilityProperty: true }))) seen.liveAt = time;
    else requestAnimationFrame(live);
  };
  requestAnimationFrame(live);
}

/**
 * One cold load under the phone profile, in a browser of its own: taps "Lower back, left" as
 * soon as it can be tapped and waits for its control; then waits for the network to go quiet.
 */
async function coldLoad(url) {
  const browser = await launch();
  try {
    const context = await browser.newContext({ ...PHONE, serviceWorkers: "block" });
    await context.addInitScript(watch, [HOST, FIRST_REGION, BINDING]);
    const page = await context.newPage();
    const errors = [];
    page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
    page.on("pageerror", (error) => errors.push(error.message));
    const cdp = await context.newCDPSession(page);
    let documentRequest;
    let inFlight = 0;
    let lastActivity = Date.now();
    const finished = [];
    cdp.on("Network.requestWillBeSent", (event) => {
      if (!documentRequest && event.type === "Document") documentRequest = event;
      inFlight += 1;
      lastActivity = Date.now();
    });
    cdp.on("Network.loadingFinished", (event) => {
      finished.push(event);
      inFlight -= 1;
      lastActivity = Date.now();
    });
    // The content coding each of the widget's files came with (br, gzip or none).
    const codings = {};
    cdp.on("Network.responseReceived", ({ response }) => {
      const file = CODED.find((name) => new URL(response.url).pathname.endsWith(name));
      const header = Object.entries(response.headers).find(([name]) => name.toLowerCase() === "content-encoding");
      if (file) codings[file] = header?.[1] ?? "none";
    });
    cdp.on("Network.loadingFailed", () => {
      inFlight -= 1;
      lastActivity = Date.now();
    });
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    await cdp.send("Network.emulateNetworkConditions", NETWORK);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });

    // Playwright's tap() retries its checks with growing pauses (up to half a second), and
    // polling the page from here costs round trips through its slowed main thread: both would
    // be counted against the page. The page itself says, on the first frame a tap would hit
    // the region, where to tap (a binding), and the tap is sent at once.
    const tappable = new Promise((resolve) => {
      cdp.on("Runtime.bindingCalled", (event) => event.name === BINDING && resolve(JSON.parse(event.payload)));
    });
    await cdp.send("Runtime.enable");
    await cdp.send("Runtime.addBinding", { name: BINDING });
    await page.goto(url, { waitUntil: "commit" });
    let answered = true;
    try {
      const { x, y } = await Promise.race([
        tappable,
        new Promise((_, reject) => setTimeout(() => reject(new Error("never tappable")), 30_000)),
      ]);
      await page.touchscreen.tap(x, y);
      await page.waitForFunction(() => window.__bench.answeredAt !== undefined, null, { timeout: 20_000, polling: 100 });
    } catch {
      answered = false;
    }
    // Whatever the page still fetches after the answer counts in its payload.
    for (let waited = 0; waited < 15_000 && (inFlight > 0 || Date.now() - lastActivity < 1000); waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const seen = await page.evaluate(() => ({
      ...window.__bench,
      origin: performance.timeOrigin,
      fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime,
    }));
    // CDP's timestamps are monotonic seconds; the document request's wall time ties them to
    // the page's clock (performance.timeOrigin, epoch milliseconds).
    const wall = (timestamp) => documentRequest.wallTime * 1000 + (timestamp - documentRequest.timestamp) * 1000;
    const bytes = finished.reduce((sum, event) => sum + event.encodedDataLength, 0);
    const before =
      answered && documentRequest
        ? finished
            .filter((event) => wall(event.timestamp) <= seen.origin + seen.answeredAt)
            .reduce((sum, event) => sum + event.encodedDataLength, 0)
        : undefined;
    return {
      answer: answered ? seen.answeredAt : undefined,
      tap: seen.tapAt,
      map: seen.hittableAt,
      live: seen.liveAt,
      fcp: seen.fcp,
      cls: seen.cls,
      bytes,
      before,
      codings,
      errors,
    };
  } finally {
    await browser.close();
  }
}

/**
 * Opens the static page and waits until its widget is live, not only drawn (a map rendered
 * ahead of the wasm is drawn before it can answer): the map is there, the network has been
 * quiet for half a second (the wasm is in), and the page has a wasm memory.
 */
async function live(page, url) {
  const host = await openWidget(page, url);
  await page.waitForLoadState("networkidle");
  const cdp = await page.context().newCDPSession(page);
  try {
    for (let tries = 0; tries < 100 && !(await wasmBytes(cdp)); tries += 1) await page.waitForTimeout(100);
  } finally {
    await cdp.detach();
  }
  return host;
}

/** The plain-JS page, once its map is drawn (it has no wasm to wait for). */
async function drawn(page, url) {
  await page.goto(url);
  await page.locator(`${HOST} [data-region]`).first().waitFor();
  await page.waitForLoadState("networkidle");
  return page.locator(HOST);
}

/**
 * Main-thread work per tap, from a Chromium performance trace: for each click, the time the
 * renderer's main thread spent busy (input handling, the wasm update, style, layout, paint)
 * from the click's dispatch to the commit of the frame that shows its result. Waiting for the
 * next vsync is not work, so it is not counted. Taps go: open a region's control, then step its
 * value up; for every other region, a number then closes the control, as a person marking
 * areas one after the other does, so the next opening draws the control anew (the others move
 * it to the next region). The very first tap after load comes apart. The plain-JS page is
 * tapped the same way but has no number that closes (its last button sets the value to 10;
 * its every opening draws the control anew), as the floor that this profile and this machine
 * put under any page's taps.
 */
async function tapWork(url, { plain = false } = {}) {
  const browser = await launch();
  try {
    const page = await phonePage(browser, { serviceWorkers: "block" });
    const host = plain ? await drawn(page, url) : await live(page, url);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });

    const events = [];
    cdp.on("Tracing.dataCollected", ({ value }) => events.push(...value));
    const done = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
    await cdp.send("Tracing.start", {
      traceConfig: { includedCategories: ["devtools.timeline", "toplevel", "disabled-by-default-devtools.timeline"] },
    });
    const kinds = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const [at, id] of TAPS.entries()) {
        const drawn = plain || !(await host.locator(".control:not(.rehearsal)").count());
        await host.locator(`[data-region="${id}"]`).tap(); // opens the control
        kinds.push(drawn ? "drawn" : "moved");
        await page.waitForTimeout(60);
        await host.locator(".step").last().tap(); // one step up: fill, number and reading change
        kinds.push("step");
        await page.waitForTimeout(60);
        if (!plain && at % 2 === 1) {
          // The tap guard holds taps up for 400 ms after the control opens.
          await page.waitForTimeout(400);
          await host.locator('.control .pick[data-level="7"]').tap(); // marks the area, closes
          kinds.push("chosen");
          await page.waitForTimeout(60);
        }
      }
    }
    await cdp.send("Tracing.end");
    await done;

    const main = events.find((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain");
    const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === "X");
    const commits = onMain.filter((e) => e.name === "Commit").map((e) => e.ts + e.dur).sort((a, b) => a - b);
    const clicks = onMain.filter((e) => e.name === "EventDispatch" && e.args?.data?.type === "click");
    // Busy time is the union of every traced interval on the main thread (events nest, so
    // summing them would count the same work twice).
    const work = clicks.map((click) => {
      const end = commits.find((ts) => ts > click.ts + click.dur) ?? click.ts + click.dur;
      const spans = onMain
        .filter((e) => e.ts + e.dur > click.ts && e.ts < end)
        .map((e) => [Math.max(e.ts, click.ts), Math.min(e.ts + e.dur, end)])
        .sort((a, b) => a[0] - b[0]);
      let busy = 0;
      let reach = click.ts;
      for (const [from, to] of spans) {
        if (to > reach) {
          busy += to - Math.max(from, reach);
          reach = to;
        }
      }
      return busy / 1000;
    });
    if (work.length !== kinds.length) throw new Error(`bench: ${work.length} clicks traced for ${kinds.length} taps`);
    const [first, ...warm] = work;
    const of = (kind) => warm.filter((_, i) => kinds[i + 1] === kind);
    return { first, opens: [...of("moved"), ...of("drawn")], moved: of("moved"), drawn: of("drawn"), steps: of("step"), chosen: of("chosen") };
  } finally {
    await browser.close();
  }
}

/** `cycles` mounts through the loader, each in a new element, drawn live (not only its
 * prerendered first screen) before it is destroyed. */
function cycle(page, cycles) {
  return page.evaluate(async (cycles) => {
    const PainMap = window.benchLoader;
    const task = () => new Promise((resolve) => setTimeout(resolve, 0));
    for (let i = 0; i < cycles; i += 1) {
      // A new element each time, as a single-page app's views come and go.
      const host = document.createElement("div");
      document.body.append(host);
      const handle = await PainMap.mount(host, { lang: "en" });
      const drawn = () => host.shadowRoot?.querySelector(".painmap-root:not([data-prerendered]) .painmap");
      for (let tries = 0; tries < 500 && !drawn(); tries += 1) await task();
      handle.destroy();
      host.remove();
      await task();
    }
  }, cycles);
}

/**
 * Wasm memory once the static page's widget has drawn itself, then after CYCLES mount/destroy
 * cycles of a second widget through the loader's `PainMap.mount` (pkg/painmap-embed.js, which
 * shares the page's wasm instance), each in a new element and drawn before it is destroyed;
 * and the DOM nodes and listeners those cycles left. A build without that API reports n/a.
 */
async function memory(url) {
  const browser = await launch();
  try {
    const page = await phonePage(browser, { serviceWorkers: "block" });
    await live(page, url);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Performance.enable");
    const loaded = await footprint({ page, cdp });
    // The loader's own listeners and state come before the count starts.
    const loader = await page.evaluate(async () => {
      try {
        window.benchLoader = (await import("/pkg/painmap-embed.js")).PainMap;
      } catch {
        return false;
      }
      return typeof window.benchLoader?.mount === "function";
    });
    if (!loader) return { loaded: loaded.wasmBytes };
    // One cycle first: the loader keeps what it fetched once for every widget (the parsed first
    // screen), which is not a cycle's to keep.
    await cycle(page, 1);
    const before = await footprint({ page, cdp });
    await cycle(page, CYCLES);
    const cycled = await footprint({ page, cdp });
    return {
      loaded: loaded.wasmBytes,
      cycled: cycled.wasmBytes,
      nodes: cycled.nodes - before.nodes,
      listeners: cycled.listeners - before.listeners,
    };
  } finally {
    await browser.close();
  }
}

/** Lighthouse mobile (its own simulated slow 4G and 4× CPU) on the static page. */
async function lighthouseRun(url) {
  const port = 9300 + Math.floor(Math.random() * 500);
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`],
  });
  try {
    const result = await lighthouse(url, {
      port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility", "best-practices"],
    });
    const { categories, audits } = result.lhr;
    return {
      scores: Object.fromEntries(Object.values(categories).map((c) => [c.title, Math.round(c.score * 100)])),
      lcp: audits["largest-contentful-paint"].numericValue,
      tbt: audits["total-blocking-time"].numericValue,
      failing: Object.values(categories)
        .flatMap((c) => c.auditRefs)
        .map((ref) => audits[ref.id])
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary")
        .map((a) => a.id),
    };
  } finally {
    await browser.close();
  }
}

/** Brotli bytes (quality 11) of a build's wasm file. */
function weights(tree) {
  const brotli = (path) => {
    try {
      const raw = readFileSync(join(tree, path));
      return brotliCompressSync(raw, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
      }).length;
    } catch {
      return undefined;
    }
  };
  return { wasm: brotli("pkg/painmap_bg.wasm") };
}

function describeRef(dir) {
  const sha = basename(dir);
  try {
    return execFileSync("git", ["log", "-1", "--format=%h %s", sha], { cwd: root, encoding: "utf8" }).trim();
  } catch {
    return sha;
  }
}

// ---------------------------------------------------------------------------------------------

const builds = [];
if (REF_DIR) builds.push({ name: "ref", tree: REF_DIR });
builds.push({ name: "current", tree: root });
for (const build of builds) {
  build.server = await serve(build.tree);
  build.loads = [];
  build.taps = [];
}
const plain = PLAIN ? { name: "plain JS", loads: [], taps: [], url: `${builds.at(-1).server.url}tests/e2e/plain-map.html` } : null;
if (REF_DIR) console.log(`\nref:     ${describeRef(REF_DIR)}\ncurrent: the working tree (${root})`);

try {
  const progress = (what) => process.stderr.write(`  ${what} (${Math.round((Date.now() - started) / 1000)} s)\n`);
  for (let run = 0; run < RUNS; run += 1) {
    if (plain) plain.loads.push(await coldLoad(plain.url));
    for (const build of builds) build.loads.push(await coldLoad(build.server.url));
    progress(`cold load ${run + 1} of ${RUNS}`);
  }
  for (let run = 0; run < TAP_RUNS; run += 1) {
    if (plain) plain.taps.push(await tapWork(plain.url, { plain: true }));
    for (const build of builds) build.taps.push(await tapWork(build.server.url));
    progress(`tap session ${run + 1} of ${TAP_RUNS}`);
  }
  for (const build of builds) {
    build.memory = await memory(build.server.url);
    build.weights = weights(build.tree);
  }
  progress("memory");
  if (LIGHTHOUSE) {
    for (const build of builds) build.lighthouse = await lighthouseRun(build.server.url);
    progress("Lighthouse");
  }
} finally {
  for (const build of builds) build.server.stop();
}

// ---------------------------------------------------------------------------------------------

const loadMetric = (loads, key) => median(loads.map((load) => load[key]));
const rows = [];
const row = (label, unit, pick, samples, options = {}) => rows.push({ label, unit, pick, samples, ...options });
const answered = (b) => b.loads.filter((l) => l.answer !== undefined).length;
row("first answered tap", "ms", (b) => loadMetric(b.loads, "answer"), (b) => `${answered(b)}/${b.loads.length}`, { plain: true });
row("  map tappable (region hit by a tap)", "ms", (b) => loadMetric(b.loads, "map"), (b) => b.loads.length, { plain: true });
row("  tap made", "ms", (b) => loadMetric(b.loads, "tap"), (b) => b.loads.length, { plain: true });
row("widget live (all of it works)", "ms", (b) => loadMetric(b.loads, "live"), (b) => b.loads.filter((l) => l.live !== undefined).length);
row("first contentful paint", "ms", (b) => loadMetric(b.loads, "fcp"), (b) => b.loads.length, { plain: true });
row("layout shift (CLS, no input)", "", (b) => loadMetric(b.loads, "cls"), (b) => b.loads.length, { plain: true, digits: 3 });
row("payload, whole load", "KiB", (b) => loadMetric(b.loads, "bytes") / 1024, (b) => b.loads.length, { plain: true, digits: 1 });
row("payload before the answer", "KiB", (b) => loadMetric(b.loads, "before") / 1024, (b) => answered(b), { plain: true, digits: 1 });
const taps = (b, key) => b.taps.flatMap((t) => (key === "first" ? [t.first] : t[key]));
for (const [key, label, plain] of [
  ["opens", "tap: open a region's control", true],
  ["drawn", "  of which: drawn anew (none was open)", true],
  ["moved", "  of which: moved from the last region", false],
  ["steps", "tap: step its value", true],
  ["chosen", "tap: choose a number (it closes)", false],
]) {
  row(`${label}, p50`, "ms", (b) => quantile(taps(b, key), 0.5), (b) => taps(b, key).length, { digits: 1, plain });
  row(`${label}, p95`, "ms", (b) => quantile(taps(b, key), 0.95), (b) => taps(b, key).length, { digits: 1, plain });
}
row("tap: first after load, p50", "ms", (b) => quantile(taps(b, "first"), 0.5), (b) => taps(b, "first").length, { digits: 1, plain: true });
row("tap: first after load, p95", "ms", (b) => quantile(taps(b, "first"), 0.95), (b) => taps(b, "first").length, { digits: 1, plain: true });
const mib = (bytes) => (bytes === undefined ? undefined : bytes / 1024 / 1024);
row("wasm memory after load", "MiB", (b) => mib(b.memory?.loaded), () => 1, { digits: 2 });
row(`wasm memory after ${CYCLES} mount/destroy`, "MiB", (b) => mib(b.memory?.cycled), () => 1, { digits: 2 });
row(`  DOM nodes kept by them`, "", (b) => b.memory?.nodes, () => 1);
row(`  listeners kept by them`, "", (b) => b.memory?.listeners, () => 1);
row("wasm file, brotli", "KiB", (b) => (b.weights?.wasm ?? NaN) / 1024, () => 1, { digits: 1 });
if (LIGHTHOUSE) {
  for (const title of ["Performance", "Accessibility", "Best Practices"]) {
    row(`Lighthouse ${title.toLowerCase()}`, "", (b) => b.lighthouse?.scores[title], () => 1);
  }
  row("Lighthouse LCP", "ms", (b) => b.lighthouse?.lcp, () => 1);
  row("Lighthouse TBT", "ms", (b) => b.lighthouse?.tbt, () => 1);
}

const format = (value, digits = 0) =>
  value === undefined || Number.isNaN(value) ? "n/a" : value.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
const [ref, current] = REF_DIR ? builds : [null, builds[0]];
const header = ["metric (median)", ...(plain ? ["plain JS"] : []), ...(ref ? ["ref"] : []), "current", ...(ref ? ["current/ref"] : []), "samples"];
const lines = rows.map((r) => {
  const value = (b) => r.pick(b);
  const cells = [`${r.label}${r.unit ? ` (${r.unit})` : ""}`];
  if (plain) cells.push(r.plain ? format(value(plain), r.digits) : "");
  if (ref) cells.push(format(value(ref), r.digits));
  cells.push(format(value(current), r.digits));
  if (ref) {
    const [a, b] = [value(ref), value(current)];
    cells.push(a && b !== undefined && !Number.isNaN(a) && !Number.isNaN(b) ? `${(b / a).toFixed(2)}` : "n/a");
  }
  cells.push(ref ? `${r.samples(ref)} / ${r.samples(current)}` : `${r.samples(current)}`);
  return cells;
});
const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
const print = (cells) => console.log(`| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(" | ")} |`);
console.log(
  `\nCold loads: 390×844 touch, CPU 4× slower, 150 ms RTT, 1.6 Mbps down / 750 kbps up, cache off; ` +
    `times from navigation start. Taps: main-thread work from click to the frame's commit, CPU 4× slower ` +
    `(${ROUNDS * TAPS.length * 2 + ROUNDS * Math.floor(TAPS.length / 2)} taps a session, ${ROUNDS * TAPS.length * 2} on the plain page). Samples: ${ref ? "ref / current" : "current"}.\n`,
);
print(header);
print(widths.map((w, i) => (i === 0 ? "-".repeat(w) : `${"-".repeat(w - 1)}:`)));
lines.forEach(print);
if (plain) {
  const [p, c] = [loadMetric(plain.loads, "answer"), loadMetric(current.loads, "answer")];
  if (p && c) console.log(`\nfirst answered tap, current / plain JS page: ${(c / p).toFixed(2)}`);
}
// Which coding the host sent, so a payload row never compares gzip with brotli unawares.
const coding = (b) => CODED.map((file) => [...new Set(b.loads.map((l) => l.codings[file] ?? "not loaded"))].join(" or ")).join(", ");
console.log(`\ncontent coding served (page, glue, wasm): ${builds.map((b) => `${b.name} ${coding(b)}`).join("; ")}`);
for (const build of [...(plain ? [plain] : []), ...builds]) {
  const errors = [...new Set(build.loads.flatMap((l) => l.errors))];
  if (errors.length) console.log(`${build.name}: console errors during the loads: ${errors.slice(0, 5).join(" | ")}`);
  if (build.lighthouse?.failing.length) console.log(`${build.name}: failing Lighthouse audits: ${build.lighthouse.failing.join(", ")}`);
}
console.log(`\nmake bench's browser part took ${Math.round((Date.now() - started) / 1000)} s.`);
