// painmap on pages it cannot trust and in browsers that let it down: who hears the iframe's
// messages, what its address may set, a crash that must not leave a dead widget, a readable
// message for every load failure, and a host page's own data- attributes.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { ANSWER, LIVE, crashWidget, journeyDriver, mark, phonePage, root, startServer, useBrowser } from "./support.mjs";

const suite = useBrowser();

const FAILED_EN = "The back pain map could not load. Please reload the page, or try another browser.";
const FAILED_ES =
  "El mapa del dolor de espalda no se pudo cargar. Vuelva a cargar la página o pruebe con otro navegador.";
const RESTARTED_EN = "Something went wrong; the map restarted. Your answers are kept.";
const RESTARTED_ES = "Algo salió mal; el mapa se reinició. Sus respuestas se conservan.";
const STOPPED_EN = "Something went wrong again, so the map stopped. Please reload the page; your answers are kept.";

/** The test server's origin, and the same server under another origin (localhost). */
const here = () => suite.server.url.replace(/\/$/, "");
const elsewhere = () => here().replace("127.0.0.1", "localhost");

/** A page at `url` (not on disk: served by the test) with `body`. */
async function pageAt(url, body, options, setUp = async () => {}) {
  const page = await phonePage(suite.browser, { reducedMotion: "reduce", ...options });
  page.consoleLines = [];
  page.on("console", (message) => page.consoleLines.push(`${message.type()}: ${message.text()}`));
  await setUp(page);
  await page.route(url, (route) =>
    route.fulfill({ contentType: "text/html", body: `<!doctype html><meta charset="utf-8">${body}` }),
  );
  await page.goto(url);
  return page;
}

/**
 * A parent page on `origin` framing `frameSrc`, recording every message it receives. The page
 * is a real one from the test server (a folder listing), not a fulfilled route: Chromium does
 * not let a page of unknown address frame the local server.
 */
async function framingPage(origin, frameSrc, setUp = async () => {}) {
  const page = await phonePage(suite.browser, { reducedMotion: "reduce" });
  await setUp(page);
  await page.goto(`${origin}/docs/`);
  await page.evaluate((src) => {
    window.got = [];
    addEventListener("message", (event) => got.push({ origin: event.origin, data: JSON.stringify(event.data) }));
    document.body.innerHTML = `<iframe id="frame" style="width:100%;height:900px;border:0"></iframe>`;
    document.getElementById("frame").src = src;
  }, frameSrc);
  return page;
}

/**
 * Marks an area in the framed widget, then waits until every message the frame sent about it
 * has arrived. The frame's page posts a marker of the test's own (to any origin: it carries
 * nothing of the widget's) from a listener of the widget's change event added after embed.js's,
 * so after embed.js has forwarded that change; and messages from one window arrive in the
 * order they were sent. Whatever the frame let out about the change is in `got` by then.
 */
async function useFrame(page) {
  const host = page.frameLocator("#frame").locator("#painmap");
  await host.locator(LIVE).waitFor();
  const frame = await (await page.locator("#frame").elementHandle()).contentFrame();
  await frame.evaluate(() =>
    document.getElementById("painmap").addEventListener("painmap:change", (event) =>
      parent.postMessage({ type: "test:after-change", detail: event.detail }, "*"),
    ),
  );
  await mark(host, "lower_back_left", 6);
  await page.waitForFunction(() =>
    got.some((m) => m.data.includes('"test:after-change"') && m.data.includes('"lower_back_left":6')),
  );
  return host;
}

const painmapMessages = (page) =>
  page.evaluate(() => window.got.filter((m) => m.data.includes('"type":"painmap:')));

/** Everything that went to the console or was thrown, but the expected crash itself. */
const unexpected = (page) =>
  page.problems.filter((line) => !/unreachable|panicked|failed to insert node|widget failed|insertBefore/.test(line));

describe("iframe mode: who hears the widget", () => {
  test("a page on another origin that frames embed.html receives nothing, with or without ?origin=", async () => {
    for (const query of ["lang=en", `lang=en&origin=${encodeURIComponent(elsewhere())}`]) {
      const page = await framingPage(elsewhere(), `${here()}/pkg/embed.html?${query}`);
      const host = await useFrame(page);
      // The widget ran and changed: there was something to leak.
      assert.equal(await host.locator(".num").count(), 1);
      assert.deepEqual(await painmapMessages(page), [], `nothing reaches ${elsewhere()} (${query})`);
      await page.close();
    }
  });

  test("a page on the frame's own origin receives the events and the height", async () => {
    const page = await framingPage(here(), `${here()}/pkg/embed.html?lang=en`);
    await useFrame(page);
    const messages = (await painmapMessages(page)).map((m) => ({ origin: m.origin, ...JSON.parse(m.data) }));
    assert.ok(messages.every((m) => m.origin === here()));
    assert.ok(messages.some((m) => m.type === "painmap:height" && m.height > 300), "the height");
    const change = messages.findLast((m) => m.type === "painmap:change");
    assert.equal(change?.detail.intake.regions.lower_back_left, 6, "the change, with the map");
    await page.close();
  });

  test("an origin the clinic lists in its copy of embed.html receives them; others still do not", async () => {
    const copy = `${here()}/pkg/clinic-embed.html`;
    const body = readFileSync(join(root, "pkg", "embed.html"), "utf8").replace(
      'data-origins=""',
      `data-origins="${elsewhere()}"`,
    );
    assert.ok(body.includes(`data-origins="${elsewhere()}"`), "pkg/embed.html has data-origins to fill in");
    const third = await startServer();
    try {
      for (const [origin, hears] of [
        [elsewhere(), true],
        [third.url.replace(/\/$/, ""), false],
      ]) {
        const page = await framingPage(origin, `${copy}?lang=en`, (page) =>
          page.route(`${copy}?lang=en`, (route) => route.fulfill({ contentType: "text/html", body })),
        );
        await useFrame(page);
        const changes = (await painmapMessages(page)).filter((m) => m.data.includes("lower_back_left"));
        assert.equal(changes.length > 0, hears, `${origin} hears the change: ${hears}`);
        await page.close();
      }
    } finally {
      third.stop();
    }
  });

  test("the address cannot set the emergency number, the phone or the booking address", async () => {
    const query = new URLSearchParams({
      lang: "en",
      "emergency-number": "99",
      "booking-url": "https://evil.example/pay",
      phone: "+1 555 0100",
    });
    const page = await framingPage(here(), `${here()}/pkg/embed.html?${query}`);
    const frame = page.frameLocator("#frame");
    const host = frame.locator("#painmap");
    await host.locator(".painmap-root, .painmap-failed").first().waitFor();
    const planted = () =>
      host.locator('a[href*="evil.example"], a[href="tel:99"], a[href^="tel:+15550100"], a[href^="tel:+1555"]').count();
    // The address's settings are ignored, not refused: the widget runs.
    assert.equal(await host.locator(".painmap-root").count(), 1, "the widget runs");
    {
      // The widget runs with the address's settings refused: go to the advice, where the Book
      // and Call links are, at a massage level and then in an emergency.
      const run = journeyDriver(page, host, "trust-query");
      await run.walk({
        regions: [["lower_back_left", 4]],
        about: { duration: 5, onset: "Gradually", age: 36, chips: ["Stiffness", "Help me relax"] },
      });
      assert.equal(await run.level(), "massage_ok");
      assert.equal(await planted(), 0, "no Book link to evil.example, no Call us for the address's phone");
      for (let i = 0; i < 6; i += 1) await run.back();
      await run.at("emergency");
      await run.answerId("bladder_or_bowel_change", ANSWER.yes);
      await host.locator(".banner").waitFor();
      const call = host.locator('.banner a[href^="tel:"]').first();
      assert.equal(await call.getAttribute("href"), "tel:911", "the browser's region's number, not 99");
      assert.doesNotMatch(await host.locator(".banner").textContent(), /\b99\b/);
    }
    assert.equal(await planted(), 0);
    assert.doesNotMatch(await host.textContent(), /Call 99\b/);
    await page.close();
  });
});

describe("crash-only: a failure never leaves a dead widget", () => {
  /** A <pain-map> in English and a PainMap.mount in Spanish, each with a journey begun. */
  async function twoWidgets(setUp) {
    const page = await pageAt(
      `${here()}/www/examples/crash.html`,
      `<pain-map id="a" data-lang="en"></pain-map>
       <div id="b"></div>
       <div id="c"></div>
       <script type="module">
         import { PainMap } from "../painmap-embed.js";
         window.handleB = await PainMap.mount(document.getElementById("b"), { lang: "es" });
       </script>`,
      undefined,
      setUp,
    );
    const a = page.locator("#a");
    const b = page.locator("#b");
    await a.locator(LIVE).waitFor();
    await page.waitForFunction(() => window.handleB);
    await mark(a, "neck", 6);
    await mark(b, "calf_left", 2, "Listo");
    return { page, a, b };
  }


  test("a translator's <font> that crashes widget A: both widgets restart with their answers", async () => {
    const { page, a, b } = await twoWidgets();
    await crashWidget(a);

    // Each says so in its own language, and shows what the person had entered.
    await a.locator(".pm-note").waitFor();
    assert.equal(await a.locator(".pm-note").textContent(), RESTARTED_EN);
    await b.locator(".pm-note").waitFor();
    assert.equal(await b.locator(".pm-note").textContent(), RESTARTED_ES);
    assert.deepEqual(await a.locator(".num").allTextContents(), ["6"]);
    assert.deepEqual(await b.locator(".num").allTextContents(), ["2"]);

    // Both answer taps again; carrying on clears the note.
    await mark(b, "hip_right", 3, "Listo");
    assert.deepEqual((await b.locator(".num").allTextContents()).sort(), ["2", "3"]);
    assert.equal(await b.locator(".pm-note").count(), 0);
    await a.getByRole("button", { name: "List", exact: true }).tap();
    await a.locator(".region-list, [role=list], ul").first().waitFor();
    await a.getByRole("button", { name: "Map", exact: true }).tap();
    await mark(a, "sacrum", 4);
    assert.equal(await a.locator(".num").count(), 2);

    // The page's handle (from before the crash) reaches the new instance; so does a.painmap.
    const summary = await page.evaluate(() => window.handleB.summary());
    assert.match(summary, /2 de 10/);
    assert.match(summary, /3 de 10/);
    assert.match(await a.evaluate((element) => element.painmap.summary()), /Neck: 6 of 10/);
    await page.evaluate(() => window.handleB.reset());
    await b.locator(".num").first().waitFor({ state: "detached" });

    // A widget mounted afterwards works too.
    await page.evaluate(async () => {
      const { PainMap } = await import("/www/painmap-embed.js");
      window.handleC = await PainMap.mount(document.getElementById("c"), { lang: "en" });
    });
    const c = page.locator("#c");
    await mark(c, "hip_left", 5);
    assert.deepEqual(await c.locator(".num").allTextContents(), ["5"]);
    assert.deepEqual(unexpected(page), []);
    await page.close();
  });

  test("the same crash on a server that sends the wasm as application/octet-stream: still restarted", async () => {
    // Such a server makes the glue compile from bytes, not streaming: the wasm's own frames
    // then carry no file name, and recovery must still know the trap is painmap's.
    const { page, a, b } = await twoWidgets((page) =>
      page.route("**/painmap_bg.wasm", async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, headers: { ...response.headers(), "content-type": "application/octet-stream" } });
      }),
    );
    await crashWidget(a);
    await a.locator(".pm-note").waitFor();
    await b.locator(".pm-note").waitFor();
    assert.deepEqual(await a.locator(".num").allTextContents(), ["6"]);
    assert.deepEqual(await b.locator(".num").allTextContents(), ["2"]);
    await mark(b, "hip_right", 3, "Listo");
    assert.deepEqual((await b.locator(".num").allTextContents()).sort(), ["2", "3"]);
    await page.close();
  });

  test("a widget that keeps nothing (no id, no key) restarts empty and does not promise its answers", async () => {
    const page = await pageAt(
      `${here()}/www/examples/crash-idless.html`,
      `<pain-map data-lang="en"></pain-map>
       <script type="module" src="../painmap-embed.js"></script>`,
    );
    const a = page.locator("pain-map");
    await a.locator(LIVE).waitFor();
    await mark(a, "neck", 6);
    await crashWidget(a);
    await a.locator(".pm-note").waitFor();
    assert.equal(await a.locator(".pm-note").textContent(), "Something went wrong; the map restarted.");
    await page.close();
  });

  test("a second failure soon after a restart stops with a Reload button, and Reload brings the answers back", async () => {
    const { page, a, b } = await twoWidgets();
    await crashWidget(a);
    await a.locator(".pm-note").waitFor();
    await crashWidget(a);

    const stopped = a.getByRole("alert");
    await stopped.waitFor();
    assert.match(await stopped.textContent(), new RegExp(`^${STOPPED_EN}`));
    assert.equal(await b.getByRole("button", { name: "Volver a cargar" }).count(), 1, "in B's language");
    await a.getByRole("button", { name: "Reload" }).tap();
    await page.waitForEvent("load");
    await page.locator(`#a ${LIVE}`).waitFor();
    await page.waitForFunction(() => window.handleB);
    assert.deepEqual(await page.locator("#a .num").allTextContents(), ["6"]);
    assert.deepEqual(await page.locator("#b .num").allTextContents(), ["2"]);
    assert.deepEqual(unexpected(page), []);
    await page.close();
  });

  test("page translators are told to leave the widget's words alone (translate=no)", async () => {
    const { page, a, b } = await twoWidgets();
    for (const host of [a, b]) {
      const translatable = await host.evaluate((element) =>
        [".step-title", ".hint", ".count", "button"].map(
          (selector) => element.shadowRoot.querySelector(selector).translate,
        ),
      );
      assert.deepEqual(translatable, [false, false, false, false]);
    }
    await page.close();
  });
});

describe("a readable message for every load failure", () => {
  /** Checks that `host` shows `sentence` and none of the engine's own words. */
  async function showsPlainly(host, sentence) {
    const box = host.getByRole("alert");
    await box.waitFor();
    assert.equal((await box.textContent()).trim(), sentence);
  }

  for (const [what, fulfil] of [
    ["a missing wasm (404)", { status: 404, contentType: "text/plain", body: "Not found" }],
    ["a file that is not wasm", { status: 200, contentType: "application/wasm", body: "<html>oops</html>" }],
  ]) {
    test(`${what}: <pain-map>, PainMap.mount and the iframe each say so in words`, async () => {
      const page = await phonePage(suite.browser);
      await page.route("**/painmap_bg.wasm", (route) => route.fulfill(fulfil));
      page.consoleLines = [];
      page.on("console", (message) => page.consoleLines.push(message.text()));
      await page.goto(`${here()}/www/examples/two-widgets.html`);
      await showsPlainly(page.locator("#first"), FAILED_EN);
      await showsPlainly(page.locator("#second"), FAILED_EN);

      // PainMap.mount rejects (for the page's script) and shows the message (for the person).
      const rejected = await page.evaluate(async () => {
        const element = document.createElement("div");
        element.id = "third";
        document.body.append(element);
        try {
          await window.PainMap.mount(element, { lang: "es" });
          return "resolved";
        } catch (error) {
          return error instanceof Error ? "rejected" : "rejected with a non-Error";
        }
      });
      assert.equal(rejected, "rejected");
      await showsPlainly(page.locator("#third"), FAILED_ES);
      assert.ok(
        page.consoleLines.some((line) => /wasm|magic|404|fetch/i.test(line)),
        "the technical reason is in the console",
      );

      await page.goto(`${here()}/www/examples/iframe.html`);
      await showsPlainly(page.frameLocator("#painmap-frame").locator("#painmap"), FAILED_EN);
      await page.close();
    });
  }

  for (const [what, missing] of [
    ["no WebAssembly", () => delete window.WebAssembly],
    ["no constructable stylesheets", () => delete CSSStyleSheet.prototype.replaceSync],
    ["no custom elements", () => Object.defineProperty(window, "customElements", { value: undefined })],
  ]) {
    test(`an old browser (${what}): the element says so in words`, async () => {
      const page = await phonePage(suite.browser);
      await page.addInitScript(missing);
      await page.goto(`${here()}/www/examples/plain.html`);
      await showsPlainly(page.locator("#painmap"), FAILED_EN);
      await page.close();
    });
  }

  test("a page whose CSP forbids compiling WebAssembly: the widget says so in its language", async () => {
    const page = await pageAt(
      `${here()}/www/examples/no-wasm-csp.html`,
      `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'">
       <script type="module" src="../painmap-embed.js"></script>
       <pain-map id="painmap" data-lang="es"></pain-map>`,
    );
    await showsPlainly(page.locator("#painmap"), FAILED_ES);
    assert.ok(page.consoleLines.some((line) => /WebAssembly|wasm-unsafe-eval|Content Security Policy/i.test(line)));
    await page.close();
  });
});

describe("the host page's own attributes", () => {
  async function plain() {
    const page = await phonePage(suite.browser, { reducedMotion: "reduce" });
    page.consoleLines = [];
    page.on("console", (message) => page.consoleLines.push(`${message.type()}: ${message.text()}`));
    await page.goto(`${here()}/www/examples/plain.html`);
    const host = page.locator("#painmap");
    await host.locator(LIVE).waitFor();
    await mark(host, "neck", 6);
    const rootNode = await host.evaluateHandle((element) => element.shadowRoot.querySelector(".painmap-root"));
    /** Whether the widget shown is still the one from before (not mounted again). */
    const same = () => host.evaluate((element, old) => element.shadowRoot.querySelector(".painmap-root") === old, rootNode);
    return { page, host, same };
  }

  /**
   * Sets attributes on the element (`null`: to the value it has), then waits for the next
   * animation frame. The loader answers a change in a microtask, and whatever it does then has
   * happened before that frame: a remount takes the old widget away at once and announces the
   * new one with painmap:ready once drawn, a refused setting shows its box. Returns how many
   * times a widget was announced meanwhile.
   */
  const setAttributes = (host, attributes) =>
    host.evaluate(async (element, attributes) => {
      let announced = 0;
      const count = () => (announced += 1);
      element.addEventListener("painmap:ready", count);
      for (const [name, value] of attributes) element.setAttribute(name, value ?? element.getAttribute(name) ?? "");
      await new Promise((resolve) => requestAnimationFrame(resolve));
      element.removeEventListener("painmap:ready", count);
      return announced;
    }, attributes);

  test("a data- attribute that is not a setting leaves the running widget alone", async () => {
    const { page, host, same } = await plain();
    assert.equal(await setAttributes(host, [["data-analytics-id", "42"]]), 0, "no widget announced");
    assert.equal(await same(), true, "not mounted again");
    assert.equal(await host.getByRole("alert").count(), 0, "no error box");
    assert.deepEqual(await host.locator(".num").allTextContents(), ["6"]);
    assert.deepEqual(page.problems, []);
    await page.close();
  });

  test("a <pain-map> with a data- attribute of the page's own from the start shows the map, with a console warning", async () => {
    const page = await pageAt(
      `${here()}/www/examples/analytics.html`,
      `<script type="module" src="../painmap-embed.js"></script>
       <pain-map id="painmap" data-lang="en" data-analytics-id="42"></pain-map>`,
    );
    const host = page.locator("#painmap");
    await host.locator(LIVE).waitFor();
    assert.equal(await host.getByRole("alert").count(), 0);
    await mark(host, "neck", 2);
    assert.ok(page.consoleLines.some((line) => line.startsWith("warning:") && /analytics/i.test(line)));
    assert.deepEqual(page.problems, []);
    await page.close();
  });

  test("setting data-lang to the value it has does not mount the widget again", async () => {
    const { page, host, same } = await plain();
    assert.equal(await setAttributes(host, [["data-lang", null]]), 0);
    assert.equal(await setAttributes(host, [["data-accent", null]]), 0);
    assert.equal(await same(), true);
    await page.close();
  });

  test("a data-lang change shows the journey in the new language, answers kept", async () => {
    const { page, host } = await plain();
    await host.evaluate((element) => element.setAttribute("data-lang", "es"));
    await host.locator(".step-title", { hasText: "¿Dónde le duele?" }).waitFor();
    assert.deepEqual(await host.locator(".num").allTextContents(), ["6"]);
    // With another setting in the same change, too.
    await host.evaluate((element) => {
      element.setAttribute("data-lang", "en");
      element.setAttribute("data-accent", "#1d4ed8");
    });
    await host.locator(".step-title", { hasText: "Where does it hurt?" }).waitFor();
    assert.deepEqual(await host.locator(".num").allTextContents(), ["6"]);
    assert.match(await host.evaluate((element) => element.painmap.summary()), /Neck: 6 of 10/);
    assert.deepEqual(page.problems, []);
    await page.close();
  });
});
