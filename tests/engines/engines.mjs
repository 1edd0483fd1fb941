// One small interface over the two engines the Chromium suite does not cover, so that every
// scenario in engines.test.mjs is written once and runs in both:
// - Gecko: Firefox ESR, headless, through puppeteer-core over WebDriver BiDi (puppeteer-core
//   downloads no browser; the Debian package is the browser).
// - WebKit: WebKitGTK's MiniBrowser through WebKitWebDriver (webkit.mjs).
// Each engine gives: goto/reload, run (a function's source evaluated in the page, awaited),
// tap (a touch, or where the driver has none a mouse click, at viewport coordinates), type,
// screenshot, and the problems the page reported (console errors, uncaught exceptions,
// unhandled rejections, CSP violations), in the page and in its same-origin frames.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import puppeteer from "puppeteer-core";
import { artifacts } from "../e2e/support.mjs";
import { startWebKit, webkitVersion } from "./webkit.mjs";

/**
 * Records what the page reports into `win.__engineProblems`. Run in each window as early as the
 * driver allows: Gecko's preload script runs before the page's own scripts in every frame;
 * WebDriver can only run it once a navigation has finished, so for WebKit the scenarios also
 * check at the end what an early failure would have left (no widget, the loader's error box).
 */
export function recordProblems(win) {
  if (!win || win.__engineProblems) return;
  const problems = (win.__engineProblems = []);
  const text = (value) => (value instanceof win.Error ? `${value.name}: ${value.message}` : String(value));
  const original = win.console.error;
  win.console.error = function (...args) {
    problems.push(`console.error: ${args.map(text).join(" ")}`);
    return original.apply(this, args);
  };
  win.addEventListener(
    "error",
    (event) => {
      // Capture phase: a script, stylesheet or image that failed to load reports here too.
      const source = event.target && event.target !== win ? event.target.src || event.target.href : "";
      problems.push(`error: ${event.message || `${event.target?.tagName} failed to load ${source}`}`);
    },
    true,
  );
  win.addEventListener("unhandledrejection", (event) => problems.push(`unhandledrejection: ${text(event.reason)}`));
  // What the page's analytics would hear: not a problem in itself (a real failure sends it),
  // so kept apart, with the time, for the tests that expect one or none.
  win.__painmapErrors = [];
  win.document.addEventListener("painmap:error", (event) => win.__painmapErrors.push({ kind: event.detail?.kind, at: Date.now() }));
  win.document.addEventListener("securitypolicyviolation", (event) =>
    problems.push(`csp: ${event.violatedDirective} blocked ${event.blockedURI}`),
  );
  // Where the engine has it, `buffered` also hands over the violations from before this ran
  // (WebKit, where WebDriver runs this only once the page has loaded).
  if (typeof win.ReportingObserver === "function") {
    const observer = new win.ReportingObserver(
      (reports) => {
        for (const report of reports) problems.push(`csp report: ${report.body?.effectiveDirective} blocked ${report.body?.blockedURL}`);
      },
      { types: ["csp-violation"], buffered: true },
    );
    observer.observe();
  }
}

/** Collects (and empties) the problems of the page and of every same-origin frame in it. */
function drainScript() {
  const out = [];
  const visit = (win, where) => {
    let problems;
    try {
      problems = win.__engineProblems;
    } catch {
      return; // Another origin: its own page's check covers it.
    }
    if (problems) out.push(...problems.splice(0).map((p) => `${where}${p}`));
    for (let i = 0; i < win.frames.length; i += 1) visit(win.frames[i], `${where}frame ${i}: `);
  };
  visit(window, "");
  return out;
}

/** Installs the recorder `record` in the page and in its same-origin frames (WebKit, after a load). */
function installScript(record) {
  const visit = (win) => {
    try {
      record(win);
      for (let i = 0; i < win.frames.length; i += 1) visit(win.frames[i]);
    } catch {
      // Another origin.
    }
  };
  visit(window);
}

/** In the page: where the recorder is missing (the page, or "frame i" of it), or []. */
function recorderMissing() {
  const missing = [];
  const visit = (win, where) => {
    try {
      if (!Array.isArray(win.__engineProblems)) missing.push(where);
    } catch {
      return; // Another origin.
    }
    for (let i = 0; i < win.frames.length; i += 1) visit(win.frames[i], `${where} frame ${i}`);
  };
  visit(window, "page");
  return missing;
}

/** A recorder that did not install would make every scenario pass blind: fail instead. */
function assertRecording(missing) {
  if (missing.length > 0) throw new Error(`the problem recorder is missing in: ${missing.join(", ")}`);
}

/** A function (or its source) and its arguments, as a WebDriver script body. */
const body = (fn) => `return (${fn}).apply(null, arguments);`;

/** The versions tested: printed by the suite, written in the README's Browsers section. */
export function versions() {
  const line = (cmd, args) => {
    try {
      return execFileSync(cmd, args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    } catch {
      return `${cmd}: not installed`;
    }
  };
  return {
    gecko: line("firefox-esr", ["--version"]),
    webkit: `WebKitGTK ${webkitVersion()} (MiniBrowser)`,
    chromium: line("chromium", ["--version"]),
  };
}

/** Gecko: Firefox ESR over WebDriver BiDi, a 390×844 viewport with touch. */
export async function gecko() {
  const browser = await puppeteer.launch({
    browser: "firefox",
    protocol: "webDriverBiDi",
    executablePath: "/usr/bin/firefox-esr",
    headless: true,
    // Service workers (the standalone page's offline mode) need no extra preference; this one
    // keeps Firefox from showing its first-run pages in the test's profile.
    extraPrefsFirefox: { "browser.startup.homepage_override.mstone": "ignore" },
  });
  // Firefox must not outlive a setup that failed half-way (it would hold a core of this machine).
  try {
    return await geckoSession(browser);
  } catch (error) {
    await browser.close().catch(() => {});
    throw error;
  }
}

async function geckoSession(browser) {
  const page = await browser.newPage();
  await page.setViewport({ width: 390, height: 844, hasTouch: true, isMobile: true });
  const problems = [];
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    // An Error object prints as a handle: its place says where it came from.
    const where = message.location();
    problems.push(`console: ${message.text()}${where?.url ? ` (${where.url}:${where.lineNumber})` : ""}`);
  });
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  // As source applied to `window`: given a bare function, the driver calls it with no argument,
  // and the recorder (which takes the window it records) would install nothing.
  await page.evaluateOnNewDocument(`(${recordProblems})(window);`);
  // The browser's own console lines (a CSP report, a failed load) and the page's recorder can
  // both report one problem: a duplicate only ever shows up in a failing run.
  const drain = async () => [...problems.splice(0), ...(await page.evaluate(drainScript).catch(() => []))];
  const recording = () => page.evaluate(recorderMissing).then(assertRecording);
  return {
    name: "gecko",
    size: { width: 390, height: 844 },
    pointer: "touch",
    userAgent: () => page.evaluate(() => navigator.userAgent),
    problems: [],
    async goto(url) {
      this.problems.push(...(await drain()));
      await page.goto(url, { waitUntil: "load" });
      await recording();
    },
    async reload() {
      this.problems.push(...(await drain()));
      await page.reload({ waitUntil: "load" });
      await recording();
    },
    /** Throws unless the recorder is in the page and its same-origin frames. */
    recording,
    run: (fn, ...args) => page.evaluate(fn, ...args),
    tap: (x, y) => page.touchscreen.tap(x, y),
    type: (text) => page.keyboard.type(text),
    async shot(name) {
      await page.screenshot({ path: join(artifacts, `engines-gecko-${name}.png`) });
    },
    async takeProblems() {
      return [...this.problems.splice(0), ...(await drain())];
    },
    close: () => browser.close(),
  };
}

/** WebKit: MiniBrowser at 447×844, its narrowest window (see the README's Browsers section). */
export async function webkit() {
  const wd = await startWebKit();
  // Xvfb, the driver and MiniBrowser must not outlive a setup that failed half-way.
  try {
    return await webkitSession(wd);
  } catch (error) {
    await wd.close().catch(() => {});
    throw error;
  }
}

async function webkitSession(wd) {
  await wd.call("POST", "/window/rect", { width: 390, height: 844 });
  const { width, height } = await wd.call("GET", "/window/rect");
  const run = (fn, ...args) => wd.call("POST", "/execute/sync", { script: body(fn), args });
  // The recorder goes in as source inside the WebDriver script, which the page's CSP does not
  // govern: a string evaluated by the page (new Function) would be refused on the strict page.
  const install = () => wd.call("POST", "/execute/sync", { script: `(${installScript})(${recordProblems});`, args: [] });
  const recording = () => run(recorderMissing).then(assertRecording);
  const drain = () => run(drainScript).catch(() => []);
  // WebKitGTK's driver may lack touch input; a mouse click reaches the same pointer handlers.
  let pointerType = "touch";
  const pointer = (x, y) => ({
    actions: [
      {
        type: "pointer",
        id: "finger",
        parameters: { pointerType },
        actions: [
          { type: "pointerMove", duration: 0, x: Math.round(x), y: Math.round(y), origin: "viewport" },
          { type: "pointerDown", button: 0 },
          { type: "pointerUp", button: 0 },
        ],
      },
    ],
  });
  return {
    name: "webkit",
    size: { width, height },
    /** "touch", or "mouse" where the driver refused touch input. */
    get pointer() {
      return pointerType;
    },
    userAgent: () => run(() => navigator.userAgent),
    problems: [],
    async goto(url) {
      this.problems.push(...(await drain()));
      await wd.call("POST", "/url", { url });
      await install();
      await recording();
    },
    async reload() {
      this.problems.push(...(await drain()));
      await wd.call("POST", "/refresh", {});
      await install();
      await recording();
    },
    /** Installs the recorder in frames that loaded after the page (a lazy iframe). */
    install,
    /** Throws unless the recorder is in the page and its same-origin frames. */
    recording,
    run,
    async tap(x, y) {
      try {
        await wd.call("POST", "/actions", pointer(x, y));
      } catch (error) {
        // Only the driver refusing touch input falls back; a tap that failed otherwise is a failure.
        if (pointerType !== "touch" || !/invalid argument|unsupported operation/.test(error.message)) throw error;
        pointerType = "mouse";
        await wd.call("DELETE", "/actions").catch(() => {});
        await wd.call("POST", "/actions", pointer(x, y));
      }
      await wd.call("DELETE", "/actions").catch(() => {});
    },
    async type(text) {
      const keys = [...text].flatMap((value) => [
        { type: "keyDown", value },
        { type: "keyUp", value },
      ]);
      await wd.call("POST", "/actions", { actions: [{ type: "key", id: "keyboard", actions: keys }] });
    },
    async shot(name) {
      // A screenshot taken at once can show the frame before the last change: wait for a paint.
      await run(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const png = await wd.call("GET", "/screenshot");
      writeFileSync(join(artifacts, `engines-webkit-${name}.png`), Buffer.from(png, "base64"));
    },
    async takeProblems() {
      return [...this.problems.splice(0), ...(await drain())];
    },
    close: () => wd.close(),
  };
}
