// Shared set-up for the end-to-end suite: serve the repository root, drive Debian's Chromium
// through playwright-core at a phone's viewport with touch, and read what a person (or their
// screen reader) would perceive.
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

/** Resolves once the widget in `host` honours taps again after the screen changed (app.rs). */
export function settled(host) {
  return host.locator(".painmap:not([data-settling])").waitFor();
}

/**
 * The "How long" chips by position, shortest first, so tests read the same in every language
 * and survive a rewording of the chips.
 */
export const DURATION = { today: 0, days1to3: 1, days4to14: 2, weeks2to6: 3, weeks6to12: 4, over3Months: 5 };

/** `text` as a regular expression that matches it literally. */
const literally = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

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

/** Opens a page and waits until the widget in `hostSelector` has rendered its map. */
export async function openWidget(page, url, hostSelector = "#painmap") {
  await page.goto(url);
  await page.locator(`${hostSelector} .painmap`).first().waitFor();
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

/**
 * What a person does and sees on the journey's steps, for the widget in `#painmap`: the
 * heading of the current step, buttons and chips by their words, the checklists, the banner,
 * screenshots named `<prefix>-<name>.png` and an axe-core check at WCAG 2.2 AA.
 */
export function journeyDriver(page, host, prefix) {
  const title = () => host.locator(".step-title").textContent();
  return {
    page,
    host,
    title,
    /** Waits for the step whose heading is `expected`. */
    async at(expected) {
      await host.locator(".step-title", { hasText: expected }).waitFor();
      if ((await title()) !== expected) throw new Error(`at "${await title()}", not "${expected}"`);
    },
    tapButton: (name) => host.getByRole("button", { name, exact: true }).tap(),
    /** Taps a chip (radio or checkbox) by its words. */
    choose: (text) => host.locator("label.chip", { hasText: text }).first().tap(),
    /** Taps the "How long" chip at `index` (see DURATION). */
    duration: (index) => host.locator('label.chip:has(input[name="pm-duration"])').nth(index).tap(),
    /**
     * Step 2's answers, without pressing Next: `duration` a DURATION index, `onset` and
     * `chips` by their words, `age` typed; `sessions` the massages chip by its words.
     */
    async about({ duration, onset, age, chips = [], sessions }) {
      await this.duration(duration);
      await this.choose(onset);
      await host.getByRole("textbox", { name: /How old are you|Qué edad tiene/ }).fill(String(age));
      for (const chip of chips) await this.choose(chip);
      if (sessions !== undefined) {
        await host.locator('label.chip:has(input[name="pm-sessions"])', { hasText: sessions }).tap();
      }
    },
    /** Ticks a checklist item by the start of its words. */
    tick: (text) => host.locator("label.check", { hasText: new RegExp(`^\\s*${literally(text)}`) }).first().tap(),
    /** The "Not sure" button of the checklist item that starts with `text`. */
    unsure: (text) =>
      host
        .locator(".check-item", { has: page.locator("label.check", { hasText: new RegExp(`^\\s*${literally(text)}`) }) })
        .locator("button.unsure")
        .tap(),
    /** The Yes / No / Not sure group of a stand-alone or follow-up question, by its words. */
    question: (words) => host.getByRole("radiogroup", { name: words }),
    /** Answers a stand-alone or follow-up question: `answer` is the button's words ("Yes"). */
    answer: (words, answer) =>
      host.getByRole("radiogroup", { name: words }).getByText(answer, { exact: true }).tap(),
    /** "None of these" on the checklists given by index (0 emergency, 1 doctor, 2 precaution). */
    noneOf: async (which = [0, 1, 2]) => {
      const buttons = host.locator("button.none-of");
      for (const i of which) await buttons.nth(i).tap();
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
}
