// Shared set-up for the end-to-end suite: serve the repository root, drive Debian's Chromium
// through playwright-core at a phone's viewport with touch, and read what a person (or their
// screen reader) would perceive.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { after, before } from "node:test";
import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, "..", "..");
export const artifacts = join(here, "artifacts");
mkdirSync(artifacts, { recursive: true });

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};

/**
 * Serves the repository and launches Chromium once for a test file; the returned object's
 * `server` and `browser` are set before the first test runs.
 */
export function useBrowser() {
  const suite = {};
  before(async () => {
    suite.server = await startServer();
    suite.browser = await launch();
  });
  after(async () => {
    await suite.browser?.close();
    suite.server?.stop();
  });
  return suite;
}

/**
 * Marks a region the way a person does, in two taps: the region, then its number (0: Remove),
 * which closes the control. Each tap waits out the widget's tap guard, as Playwright waits for
 * the element to receive the tap. (A fourth argument, once Done's words, is ignored.)
 */
export async function mark(host, id, value) {
  await host.locator(`[data-region="${id}"]`).tap();
  const control = host.locator(".control");
  await control.locator(value === 0 ? "button.remove" : `button.pick[data-level="${value}"]`).tap();
  await control.waitFor({ state: "detached" });
}

/** Marks a region with the slider, for fine changes: tap it, set the slider, tap Done ("Listo"…). */
export async function markWithSlider(host, id, value, done = "Done") {
  await host.locator(`[data-region="${id}"]`).tap();
  await host.locator(".slider").fill(String(value));
  await host.getByRole("button", { name: done, exact: true }).tap();
}

/** The taps `mark()` makes: the area, then its number. */
export const MARK_TAPS = 2;

/** Resolves once the widget in `host` honours taps again after the screen changed (app.rs). */
export function settled(host) {
  return host.locator(".painmap:not([data-settling])").waitFor();
}

/**
 * The "How long" chips by position, shortest first, so tests read the same in every language
 * and survive a rewording of the chips.
 */
export const DURATION = { today: 0, days1to3: 1, days4to14: 2, weeks2to6: 3, weeks6to12: 4, over3Months: 5 };

/** Starts scripts/serve.py on a free port; resolves to { url, stop }. */
export function startServer() {
  return new Promise((resolve, reject) => {
    const server = spawn("python3", [join(root, "scripts", "serve.py"), "--port", "0", "--quiet"], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    server.on("error", reject);
    server.stdout.setEncoding("utf8");
    server.stdout.on("data", (line) => {
      const match = line.match(/http:\/\/127\.0\.0\.1:(\d+)\//);
      if (match) resolve({ url: match[0], stop: () => server.kill() });
    });
  });
}

export function launch() {
  return chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
}

/**
 * A fresh phone-sized page that records console errors, page errors and requests, so tests
 * can assert that the widget stayed quiet and local.
 */
export async function phonePage(browser, options = {}) {
  const context = await browser.newContext({ ...PHONE, ...options });
  const page = await context.newPage();
  page.problems = [];
  page.requests = [];
  page.on("console", (message) => {
    if (message.type() === "error") page.problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => page.problems.push(`pageerror: ${error.message}`));
  page.on("request", (request) => page.requests.push(request.url()));
  return page;
}

/** The widget once it is live: the map the build prerendered is there before the wasm, and
 * loses `data-prerendered` when the wasm takes it over (a tap on anything else before would
 * do nothing). */
export const LIVE = ".painmap-root:not([data-prerendered]) .painmap";

/** Opens a page and waits until the widget in `hostSelector` is live. */
export async function openWidget(page, url, hostSelector = "#painmap") {
  await page.goto(url);
  await page.locator(`${hostSelector} ${LIVE}`).first().waitFor();
  return page.locator(hostSelector);
}

/**
 * What assistive technology perceives for the element `selector` inside the widget in
 * `host`: Chromium's own accessibility tree, read through the DevTools protocol.
 */
export async function accessibleNode(page, selector, host = "#painmap") {
  const cdp = await page.context().newCDPSession(page);
  try {
    const expression = `document.querySelector(${JSON.stringify(host)}).shadowRoot.querySelector(${JSON.stringify(selector)})`;
    const { result } = await cdp.send("Runtime.evaluate", { expression });
    if (!result.objectId) throw new Error(`no element for ${selector} in ${host}`);
    const { node } = await cdp.send("DOM.describeNode", { objectId: result.objectId });
    const { nodes } = await cdp.send("Accessibility.getPartialAXTree", {
      backendNodeId: node.backendNodeId,
      fetchRelatives: false,
    });
    const ax = nodes.find((n) => n.backendDOMNodeId === node.backendNodeId) ?? nodes[0];
    const property = (name) => ax.properties?.find((p) => p.name === name)?.value.value;
    return {
      role: ax.role?.value,
      name: ax.name?.value,
      description: ax.description?.value ?? "",
      focused: property("focused") === true,
      valuetext: property("valuetext"),
    };
  } finally {
    await cdp.detach();
  }
}

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** The journey's steps in order, by a short name; `data-step` on the widget is the index + 1. */
export const STEPS = ["map", "emergency", "about", "health1", "health2", "health3", "therapist", "advice", "summary"];

/** What a person reads on the journey, per language: each step's heading and the buttons. */
export const WORDS = {
  en: {
    locale: "en-GB",
    titles: {
      map: "Where does it hurt?",
      emergency: "Urgent warning signs",
      about: "About your pain",
      health1: "Your health (1 of 3)",
      health2: "Your health (2 of 3)",
      health3: "Your health (3 of 3)",
      therapist: "What your therapist must know",
      advice: "Your advice",
      summary: "Summary for your therapist",
    },
    next: "Next",
    see: "See my advice",
    toSummary: "Summary for my therapist",
    back: "Back",
    done: "Done",
    none: "None of these",
    noRest: "No to the rest",
    yes: "Yes",
    no: "No",
    unsure: "Not sure",
    age: /How old are you/,
  },
  es: {
    locale: "es-ES",
    titles: {
      map: "¿Dónde le duele?",
      emergency: "Señales de alarma urgentes",
      about: "Sobre su dolor",
      health1: "Su salud (1 de 3)",
      health2: "Su salud (2 de 3)",
      health3: "Su salud (3 de 3)",
      therapist: "Lo que su terapeuta debe saber",
      advice: "Su recomendación",
      summary: "Resumen para su terapeuta",
    },
    next: "Siguiente",
    see: "Ver mi recomendación",
    toSummary: "Resumen para mi terapeuta",
    back: "Atrás",
    done: "Listo",
    none: "Nada de esto",
    noRest: "No a las demás",
    yes: "Sí",
    no: "No",
    unsure: "No sé",
    age: /Qué edad tiene/,
  },
};

/** Yes / No / Not sure by position, so a test reads the same in every language. */
export const ANSWER = { yes: 0, no: 1, unsure: 2 };

/**
 * What a person does and sees on the journey's steps, for the widget in `host`: the heading
 * of the current step, buttons and chips by their words, the questions, the banner,
 * screenshots named `<prefix>-<name>.png` and an axe-core check at WCAG 2.2 AA. Every tap
 * it makes is counted in `taps` (typing is not a tap); `walk` goes on through the journey
 * the way a person with nothing serious does, and is the one place that knows its order.
 */
export function journeyDriver(page, host, prefix, lang = "en") {
  const title = () => host.locator(".step-title").textContent();
  const w = WORDS[lang];
  const tap = async (locator) => {
    await locator.tap();
    driver.taps += 1;
  };
  const chipOf = (name) => host.locator(`label.chip:has(input[name="${name}"])`);
  const driver = {
    page,
    host,
    title,
    w,
    taps: 0,
    /** Waits for the step whose heading is `expected` (words, or a name from STEPS). */
    async at(expected) {
      const words = w.titles[expected] ?? expected;
      await host.locator(".step-title", { hasText: words }).waitFor();
      if ((await title()) !== words) throw new Error(`at "${await title()}", not "${words}"`);
    },
    /** The current step's name, from STEPS. */
    step: async () => STEPS[Number(await host.locator(".painmap").getAttribute("data-step")) - 1],
    tapButton: (name) => tap(host.getByRole("button", { name, exact: true })),
    next: () => tap(host.locator("button.nav-next")),
    back: () => tap(host.locator("button.nav-back")),
    /** Marks a region (see `mark`), counted as MARK_TAPS. */
    async mark(id, value) {
      await mark(host, id, value);
      driver.taps += MARK_TAPS;
    },
    /** Taps a chip (radio or checkbox) by its words. */
    choose: (text) => tap(host.locator("label.chip", { hasText: text }).first()),
    /** Taps the "How long" chip at `index` (see DURATION). */
    duration: (index) => tap(chipOf("pm-duration").nth(index)),
    /**
     * The About step's answers, without pressing Next: `duration` a DURATION index, `onset`
     * by its words or position (0 suddenly, 1 gradually), `chips` by their words, `age` typed,
     * `sessions` the massages chip by position (0 for none), `similar` and `seenDoctor` an
     * ANSWER. Anything left out keeps its answer.
     */
    async about({ duration, onset, age, chips = [], sessions, similar, seenDoctor }) {
      if (duration !== undefined) await this.duration(duration);
      if (typeof onset === "number") await tap(chipOf("pm-onset").nth(onset));
      else if (onset !== undefined) await this.choose(onset);
      if (age !== undefined) await host.getByRole("textbox", { name: w.age }).fill(String(age));
      for (const chip of chips) await this.choose(chip);
      if (sessions !== undefined) await tap(chipOf("pm-sessions").nth(sessions));
      if (similar !== undefined) await tap(chipOf("pm-q-similar_pain_before").nth(similar));
      if (seenDoctor !== undefined) await tap(chipOf("pm-q-seen_doctor_for_this_pain").nth(seenDoctor));
    },
    /** The Yes / No / Not sure group of a question, by its words. */
    question: (words) => host.getByRole("radiogroup", { name: words }),
    /** Answers a question by its words: `answer` is the button's words ("Yes"). */
    answer: (words, answer) =>
      tap(host.getByRole("radiogroup", { name: words }).getByText(answer, { exact: true })),
    /** Answers a question by its id (`fever`): `answer` an ANSWER. */
    answerId: (id, answer) => tap(chipOf(`pm-q-${id}`).nth(answer)),
    /** "None of these" / "No to the rest": every open question no, and on to the next step. */
    noneOf: () => tap(host.locator("button.none-of")),
    /**
     * Goes on from the current step to the step `until` (a name from STEPS) the way a person
     * with nothing serious does: the map marked with `regions` ([id, value] pairs), "None of
     * these" on every question screen (Next once all are answered), the About step answered
     * with `about`; what it needs and has no answer yet defaults to 4 days to 2 weeks, a
     * gradual start, age 40, no massages and no to both history questions.
     */
    async walk({ regions = [], about = {}, until = "advice" }) {
      const target = STEPS.indexOf(until);
      if (target < 0) throw new Error(`no step "${until}"`);
      for (;;) {
        const at = STEPS.indexOf(await this.step());
        if (at >= target) break;
        const name = STEPS[at];
        if (name === "map") {
          for (const [id, value] of regions) await this.mark(id, value);
          await this.next();
        } else if (name === "about") {
          await this.about({ ...(await this.aboutDefaults()), ...about });
          await this.next();
        } else if (name === "advice") {
          await this.next();
        } else if (await host.locator("button.none-of").count()) {
          await this.noneOf();
        } else {
          // Every question already answered (a second pass): the button has gone.
          await this.next();
        }
        await this.at(STEPS[at + 1]);
      }
      await this.at(until);
    },
    /** The About step's defaults for `walk`, for what has no answer yet. */
    async aboutDefaults() {
      const unset = async (name) => (await host.locator(`input[name="${name}"]:checked`).count()) === 0;
      const defaults = {};
      if (await unset("pm-duration")) defaults.duration = DURATION.days4to14;
      if (await unset("pm-onset")) defaults.onset = 1;
      if ((await host.getByRole("textbox", { name: w.age }).inputValue()) === "") defaults.age = 40;
      if (await unset("pm-sessions")) defaults.sessions = 0;
      if (await unset("pm-q-similar_pain_before")) defaults.similar = ANSWER.no;
      if (await unset("pm-q-seen_doctor_for_this_pain")) defaults.seenDoctor = ANSWER.no;
      return defaults;
    },
    banner: () => host.locator(".banner"),
    level: () => host.locator(".banner").getAttribute("data-level"),
    /** The class of the element that has focus inside the widget. */
    focused: () =>
      page.evaluate(() => document.querySelector("#painmap").shadowRoot.activeElement?.className ?? null),
    /** A computed style property of the first element matching `selector` in the widget. */
    style: (selector, property) =>
      host.locator(selector).first().evaluate((el, p) => getComputedStyle(el)[p], property),
    shot: (name) => host.screenshot({ path: join(artifacts, `${prefix}-${name}.png`) }),
    async axe(label) {
      await page.evaluate(AXE);
      const result = await page.evaluate(() =>
        // eslint-disable-next-line no-undef
        axe.run(document.querySelector("#painmap"), {
          runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"],
        }),
      );
      const violations = result.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(" ")} ${n.any.map((a) => a.message).join("; ")}`).join(", ")}`,
      );
      if (violations.length) throw new Error(`axe on ${label}:\n${violations.join("\n")}`);
    },
  };
  return driver;
}

/**
 * Opens `url` with the finished journey of crates/painmap-core/tests/cases/`caseName`.json restored from
 * sessionStorage (as after a reload) at the step `fromEnd` steps before the last (0 the
 * summary, 1 the advice), in `lang`: tests of the advice and the summary need not walk the
 * journey, whose steps may change. The last step's number is read from the progress
 * indicator ("Step 1 of 5"). Resolves to the widget's host locator.
 */
export async function restoreJourney(page, url, caseName, { lang = "en", fromEnd = 0 } = {}) {
  const intake = JSON.parse(readFileSync(join(root, "crates", "painmap-core", "tests", "cases", `${caseName}.json`), "utf8")).intake;
  // The journey asks for the sessions count; a case without one means none (the engine reads
  // both alike), so the restored journey may stand at its end.
  intake.massage_sessions_for_this_pain ??= 0;
  await page.goto(url);
  const host = page.locator("#painmap");
  await host.locator(LIVE).waitFor();
  const progress = (await host.locator(".step-of").textContent().catch(() => "")) ?? "";
  const step = Number(progress.match(/(\d+)\D+(\d+)/)?.[2] ?? 5) - fromEnd;
  await page.evaluate(
    ([intake, step, lang]) =>
      sessionStorage.setItem("painmap:id:painmap", JSON.stringify({ v: 2, lang, step, intake })),
    [intake, step, lang],
  );
  await page.reload();
  await host.locator(fromEnd === 0 ? ".summary" : ".advice").waitFor();
  return host;
}

/** The text of each page of a PDF (a printed summary), read with pdf.js, a line to a line. */
export async function pdfPages(buffer) {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await pdfjs.getDocument({ data: new Uint8Array(buffer), useSystemFonts: true }).promise;
  const pages = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => item.str + (item.hasEOL ? "\n" : "")).join(""));
  }
  return pages;
}

/**
 * What a page translator does to a widget (wraps its footer in a <font>), then the tap that
 * makes its renderer panic: the crash the loader recovers from. `host` is the widget's element.
 */
export async function crashWidget(host) {
  await host.evaluate((element) => {
    const footer = element.shadowRoot.querySelector(".step-body > .footer");
    const font = document.createElement("font");
    footer.replaceWith(font);
    font.append(footer);
  });
  await host.getByRole("button", { name: "List", exact: true }).tap();
}

/**
 * What the page holds after a full garbage collection: its DOM nodes, its JS event listeners
 * and the bytes of every wasm memory. `cdp` is a CDP session of `page` with the Performance
 * domain enabled.
 */
export async function footprint({ page, cdp }) {
  // Two frames first: the browser lets go of some removed nodes (a focused control taken out
  // by the last change) only in its next rendering steps, which a loaded machine delays.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  for (let round = 0; round < 3; round += 1) {
    // A handle the page dropped is freed by a FinalizationRegistry callback, in a task after
    // the GC: an object of the test's own, dropped with them, says when those callbacks ran.
    await page.evaluate(() => {
      window.collected = new Promise((resolve) => {
        window.sentinel = new FinalizationRegistry(resolve);
        window.sentinel.register({}, "collected");
      });
    });
    await cdp.send("HeapProfiler.collectGarbage");
    await page.evaluate(() => window.collected);
  }
  const { metrics } = await cdp.send("Performance.getMetrics");
  const metric = (name) => metrics.find((entry) => entry.name === name)?.value;
  return { nodes: metric("Nodes"), listeners: metric("JSEventListeners"), wasmBytes: await wasmBytes(cdp) };
}

/**
 * The bytes of every wasm memory in the page of the CDP session `cdp`, found through the
 * DevTools protocol, so that the measure does not depend on what the glue exports.
 */
export async function wasmBytes(cdp) {
  const group = "wasm-bytes";
  const { result: prototype } = await cdp.send("Runtime.evaluate", {
    expression: "WebAssembly.Memory.prototype",
    objectGroup: group,
  });
  const { objects } = await cdp.send("Runtime.queryObjects", {
    prototypeObjectId: prototype.objectId,
    objectGroup: group,
  });
  const { result } = await cdp.send("Runtime.callFunctionOn", {
    objectId: objects.objectId,
    functionDeclaration: "function () { return this.reduce((sum, m) => sum + m.buffer.byteLength, 0); }",
    returnByValue: true,
  });
  await cdp.send("Runtime.releaseObjectGroup", { objectGroup: group });
  return result.value;
}

/** How long `slowPage` holds the wasm back. */
export const WASM_DELAY_MS = 2000;

/**
 * Opens `url` with its wasm WASM_DELAY_MS late, and not before the test calls `page.release()`
 * when `hold` (a slow machine must not let it through before the test's tap); `fail` answers
 * it with a 404 instead. `page.wasmSent()` says whether it was let through; `page.warnings`
 * collects console warnings (a hydration problem would be one). The page records its layout
 * shifts (`window.shifts`, each with what moved: "map" for the map's figure and anything in
 * it), CSP violations, painmap:ready events (with whether the live widget was there), the
 * clicks on Lower back, left (the person's and a replayed one), and counts the frames painted
 * without the map in `host` once it had been drawn (`window.mapless`). `html` rewrites the page
 * before the browser sees it (a page that is not a file is written whole by it). No service
 * worker: on a reload it would serve the wasm from its cache, past the delay.
 */
export async function slowPage(browser, url, { host = "#painmap", hold = false, holdScript = false, fail = false, html, locale } = {}) {
  const page = await phonePage(browser, { serviceWorkers: "block", ...(locale ? { locale } : {}) });
  page.warnings = [];
  page.on("console", (message) => {
    if (message.type() === "warning") page.warnings.push(message.text());
  });
  let sent = false;
  page.wasmSent = () => sent;
  const released = hold ? new Promise((resolve) => (page.release = resolve)) : null;
  await page.route("**/painmap_bg*.wasm", async (route) => {
    sent = false;
    await Promise.all([new Promise((resolve) => setTimeout(resolve, WASM_DELAY_MS)), released]);
    sent = true;
    if (fail) await route.fulfill({ status: 404, body: "" });
    else await route.continue();
  });
  if (html) {
    await page.route(url, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html(await response.text()) });
    });
  }
  await page.addInitScript((hostSelector) => {
    window.shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        window.shifts.push({
          value: entry.value,
          input: entry.hadRecentInput,
          moved: entry.sources.map((source) => {
            const node = source.node;
            const element = node?.nodeType === 1 ? node : node?.parentElement;
            return element?.closest?.(".map") ? "map" : (element?.className?.baseVal ?? element?.className ?? "?");
          }),
        });
      }
    }).observe({ type: "layout-shift", buffered: true });
    window.violations = [];
    document.addEventListener("securitypolicyviolation", (event) =>
      window.violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
    window.ready = [];
    document.addEventListener("painmap:ready", (event) => {
      const shadow = event.target.shadowRoot;
      window.ready.push({ live: Boolean(shadow?.querySelector(".painmap-root:not([data-prerendered]) .painmap")) });
    });
    window.clicks = 0;
    document.addEventListener(
      "click",
      (event) => {
        if (event.composedPath().some((node) => node.getAttribute?.("data-region") === "lower_back_left")) window.clicks += 1;
      },
      true,
    );
    window.mapless = 0;
    let seen = false;
    const frame = () => {
      const drawn = Boolean(document.querySelector(hostSelector)?.shadowRoot?.querySelector("svg.body [data-region]"));
      if (seen && !drawn) window.mapless += 1;
      seen ||= drawn;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  }, host);
  // `holdScript`: the page's own script (pkg/boot.js, the build's minified www/boot.js) waits
  // for `releaseScript()` too, so that a tap lands on the map before anything listens.
  if (holdScript) {
    const script = new Promise((resolve) => (page.releaseScript = resolve));
    page.scriptHeld = false;
    await page.route("**/pkg/boot.js", async (route) => {
      page.scriptHeld = true;
      await script;
      await route.continue();
    });
  }
  await page.goto(url, { waitUntil: holdScript ? "commit" : "domcontentloaded" });
  return page;
}

/**
 * On a `slowPage` with `hold` whose widget is `selector`: opens "Lower back, left" before the
 * wasm and steps it to 1, then goes on tapping + through the handover. The live widget catches
 * up with what was held over more than one task when the phone is slow (its scheduler yields
 * every 16 ms), and the person, who sees the map answer, may tap on: a tap on + (and a scroll
 * of the page) at the moment the held map goes back in front of the live widget, then a real
 * tap on + in the frame the live widget shows. Checks that each counts once, that the page
 * stays where the person scrolled it, and that the tap guard still holds a tap up after a real
 * opening.
 */
export async function tapThroughTheHandover(page, selector) {
  const host = page.locator(selector);
  await host.locator('[data-region="lower_back_left"]').tap();
  const control = host.locator(".control");
  await page.waitForTimeout(500); // the tap guard, as live
  await control.locator(".step").last().tap();
  assert.equal(await control.locator(".reading-num").textContent(), "1");
  await page.evaluate((selector) => {
    const shadow = document.querySelector(selector).shadowRoot;
    const observer = new MutationObserver(() => {
      if (shadow.querySelector(".painmap-root:not([data-prerendered])")?.style.display !== "none") return;
      observer.disconnect();
      const plus = shadow.querySelector(".painmap-root[data-prerendered] .control .step:last-child");
      plus.dispatchEvent(new MouseEvent("click", { bubbles: true, composed: true }));
      window.tappedMeanwhile = plus.isConnected;
      scrollBy(0, 40);
      window.scrolledMeanwhile = scrollY;
    });
    observer.observe(shadow, { subtree: true, attributes: true, attributeFilter: ["style"] });
  }, selector);
  const plus = await control.locator(".step").last().boundingBox();
  page.release();
  // What the live widget replays is what the person has already seen: it holds no tap up.
  await page.waitForFunction((selector) => !document.querySelector(selector).shadowRoot.querySelector("[data-prerendered]"), selector, {
    polling: "raf",
    timeout: WASM_DELAY_MS + 10_000,
  });
  await page.touchscreen.tap(plus.x + plus.width / 2, plus.y + plus.height / 2);
  const live = host.locator(`${LIVE} .control`);
  assert.equal(await page.evaluate(() => window.tappedMeanwhile), true, "the tap landed on the held map, in front of the live widget");
  assert.equal(await page.evaluate(() => scrollY), await page.evaluate(() => window.scrolledMeanwhile), "the page stays where the person scrolled it");
  await page.waitForTimeout(100);
  assert.equal(await live.locator(".reading-num").textContent(), "3", "the tap made meanwhile and the one as the widget went live count, once each");
  assert.equal(await host.locator('.num[data-for="lower_back_left"]').textContent(), "3");
  assert.equal(await host.locator(".painmap-root").count(), 1, "the held map is gone");
  // The tap guard still works live: a tap that opens another area holds the next one up.
  await host.locator('[data-region="neck"]').tap();
  await live.locator(".step").last().tap({ force: true }); // on the guard's sheet, as a finger would
  assert.equal(await live.locator(".reading-num").textContent(), "0", "the tap right after an opening is held up");
  assert.deepEqual(page.problems, []);
}

/**
 * On a `slowPage` with `hold`, before the wasm: taps "Lower back, left", which opens its
 * control at once, then "Upper back, right" (the control moves to it) and "Lower back, left"
 * again; releases the wasm and checks that the live widget took over with that control open,
 * in the same place, with nothing doubled: each tap replayed once, in order.
 */
export async function tapBeforeTheWasm(page, host) {
  const area = host.locator('[data-region="lower_back_left"]');
  await area.tap();
  const control = host.locator(".control");
  await control.waitFor();
  assert.equal(page.wasmSent(), false, "the tap was answered before the wasm arrived");
  assert.equal(await control.locator("h3").textContent(), "Lower back, left", "its control opens at once");
  assert.equal(await area.getAttribute("data-selected"), "true", "the tapped area shows as selected");
  // Another area before the widget is live: the control moves to it, as it does live.
  const other = host.locator('[data-region="upper_back_right"]');
  await other.tap();
  assert.equal(await control.locator("h3").textContent(), "Upper back, right");
  assert.equal(await other.getAttribute("data-selected"), "true");
  assert.equal(await area.getAttribute("data-selected"), null, "only the open area is selected");
  await area.tap();
  assert.equal(await control.locator("h3").textContent(), "Lower back, left");
  assert.equal(await host.locator("[data-selected]").count(), 1);
  assert.equal(await control.locator(".slider").getAttribute("aria-label"), "Pain in Lower back, left");
  const held = await placeOf(host);
  assert.equal(held.focused, "slider", "focus on the slider, as live");
  assert.equal(page.wasmSent(), false);
  page.release();

  const live = host.locator(`${LIVE} .control`);
  await live.waitFor({ timeout: WASM_DELAY_MS + 10_000 });
  assert.equal(page.wasmSent(), true);
  assert.equal(await live.locator("h3").textContent(), "Lower back, left");
  await page.waitForTimeout(600);
  assert.equal(await host.locator(".control").count(), 1, "one control, still open");
  assert.equal(await host.locator('[data-selected="true"]').count(), 1);
  assert.equal(await area.getAttribute("data-selected"), "true");
  assert.equal(await page.evaluate(() => window.clicks), 4, "its two taps, and one replay of each on the live map");
  assert.equal(await host.locator(".painmap-root").count(), 1, "the prerendered map is gone, the live one in its place");
  assert.equal(await page.evaluate(() => window.mapless), 0, "no frame without the map");
  assert.deepEqual(await placeOf(host), held, "the live control is where the held one was, focus where it was");

  // The live widget carries on from there: a number closes the control and marks the area.
  await live.locator('button.pick[data-level="7"]').tap();
  await live.waitFor({ state: "detached" });
  assert.equal(await host.locator('.num[data-for="lower_back_left"]').textContent(), "7");
}

/** Where the open control, its title and its numbers are on the screen (page coordinates),
 * and which of its parts has focus. */
export function placeOf(host) {
  return host.evaluate((element) => {
    const shadow = element.shadowRoot;
    const box = (node) => {
      const rect = node.getBoundingClientRect();
      return [rect.x, rect.y + scrollY, rect.width, rect.height].map(Math.round).join(" ");
    };
    const control = shadow.querySelector(".control:not(.rehearsal)");
    return control
      ? {
          control: box(control),
          title: box(control.querySelector(".control-title")),
          numbers: [...control.querySelectorAll(".pick")].map(box),
          focused: shadow.activeElement?.getAttribute("class") ?? null,
        }
      : null;
  });
}

/** On a `slowPage` with `hold`: waits for the map in `host`, and checks that it came before
 * the wasm, laid out, named and styled (its stylesheet came with it), not a bare SVG. */
export async function drawnBeforeTheWasm(page, host) {
  const area = host.locator('[data-region="lower_back_left"]');
  await area.waitFor();
  assert.equal(page.wasmSent(), false, "the map is there before the wasm");
  const box = await host.locator("svg.body").boundingBox();
  assert.ok(box.height > 300 && box.width < 390, `the map is laid out: ${JSON.stringify(box)}`);
  assert.equal(await area.getAttribute("aria-label"), "Lower back, left");
  const fill = await area.locator(".shape").evaluate((shape) => getComputedStyle(shape).fill);
  assert.notEqual(fill, "rgb(0, 0, 0)", "the areas have the widget's colours");
}
