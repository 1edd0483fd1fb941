// The map before the wasm on a clinic's page: the loader fetches the prerendered first screen
// beside the wasm and shows it in <pain-map>'s box, with the clinic's theme and accent, under a
// strict CSP; a tap on it is kept and applied once the widget is live; the live widget takes
// its place with nothing moving; a saved journey past the map, or a wasm that cannot load,
// never leaves the map looking usable.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { LIVE, WASM_DELAY_MS, drawnBeforeTheWasm, mark, slowPage, tapBeforeTheWasm, tapThroughTheHandover, useBrowser } from "./support.mjs";

const suite = useBrowser();

const DELAY_MS = WASM_DELAY_MS;

/** An example page (under www/examples/, or a page of the test's own written by `html`) with
 * its wasm late: `slowPage` in support.mjs. */
const examplePage = (path, options = {}) =>
  slowPage(suite.browser, `${suite.server.url}www/examples/${path}`, { host: "pain-map", ...options });

/** The widget root's accent custom properties and theme. */
const looks = (root) =>
  root.evaluate((element) => ({
    theme: element.getAttribute("data-theme"),
    brand: element.style.getPropertyValue("--pm-brand"),
    brandDark: element.style.getPropertyValue("--pm-brand-dark"),
  }));

describe("the map before the wasm, in <pain-map>", () => {
  test("the clinic's page shows its map and answers a tap while the wasm is 2 s away; the live widget takes over with the control open", async () => {
    const page = await examplePage("clinic.html", { hold: true });
    const host = page.locator("pain-map");
    await drawnBeforeTheWasm(page, host);
    const early = await looks(host.locator(".painmap-root"));
    assert.equal(early.theme, "light");
    assert.ok(early.brand && early.brandDark, `the clinic's accent: ${JSON.stringify(early)}`);
    const next = await host.getByRole("button", { name: "Next", exact: true });
    assert.equal(
      await next.evaluate((button) => getComputedStyle(button).backgroundColor),
      "rgb(122, 62, 157)",
      "the clinic's accent (#7a3e9d), not the default",
    );
    assert.deepEqual(await page.evaluate(() => window.ready), [], "the prerendered map is not the widget");

    await tapBeforeTheWasm(page, host);
    assert.deepEqual(await page.evaluate(() => window.ready), [{ live: true }], "ready once, for the live widget");
    assert.deepEqual(await looks(host.locator(".painmap-root")), early, "the live root has the colours the map had");

    const shifts = await page.evaluate(() => window.shifts.filter((shift) => !shift.input));
    assert.equal(shifts.reduce((sum, shift) => sum + shift.value, 0), 0, `no layout shift: ${JSON.stringify(shifts)}`);
    assert.deepEqual(page.problems, []);
    assert.deepEqual(page.warnings, []);
    await page.context().close();
  });

  test("under a strict CSP the map is styled before the wasm, and Enter on an area opens its control at once; a digit held is applied once live", async () => {
    const page = await examplePage("strict-csp.html", { hold: true });
    const host = page.locator("pain-map");
    const area = host.locator('[data-region="lower_back_left"]');
    await area.waitFor();
    assert.equal(page.wasmSent(), false);
    const fill = await area.locator(".shape").evaluate((shape) => getComputedStyle(shape).fill);
    assert.notEqual(fill, "rgb(0, 0, 0)", "styled: the stylesheet is a constructed one");
    await area.focus();
    await page.keyboard.press("Enter");
    assert.equal(await area.getAttribute("data-selected"), "true");
    const held = host.locator(".control");
    assert.equal(await held.locator("h3").textContent(), "Lower back, left", "the control opens before the wasm");
    await page.keyboard.press("5");
    assert.equal(await held.locator(".reading-num").textContent(), "5", "a digit sets the value, as live");
    assert.equal(await area.getAttribute("data-level"), "5");
    assert.equal(page.wasmSent(), false);
    page.release();
    const control = host.locator(`${LIVE} .control`);
    await control.waitFor({ timeout: DELAY_MS + 10_000 });
    await page.waitForTimeout(600);
    assert.equal(await host.locator(".control").count(), 1);
    assert.equal(await control.locator("h3").textContent(), "Lower back, left");
    assert.equal(await control.locator(".reading-num").textContent(), "5", "the digit, applied once live");
    assert.equal(await host.locator('.num[data-for="lower_back_left"]').textContent(), "5");
    assert.equal(
      await page.evaluate(() => document.querySelector("pain-map").shadowRoot.activeElement?.getAttribute("class")),
      "slider",
      "focus stays on the slider",
    );
    assert.deepEqual(await page.evaluate(() => window.violations), [], "nothing the CSP refused");
    // The live widget is styled by the first screen's sheet: the stylesheet is downloaded once.
    assert.equal(
      await control.evaluate((element) => getComputedStyle(element).position),
      "sticky",
      "the live widget is styled",
    );
    assert.deepEqual(page.requests.filter((url) => url.endsWith(".css") && url.includes("/pkg/")), []);
    assert.deepEqual(page.problems, []);
    assert.deepEqual(page.warnings, []);
    await page.context().close();
  });

  test("on a page that enforces Trusted Types and allows the painmap policy, the map shows before the wasm", async () => {
    const page = await examplePage("strict-csp.html", {
      hold: true,
      html: (body) => body.replace("style-src 'self'", "style-src 'self'; require-trusted-types-for 'script'; trusted-types painmap"),
    });
    const host = page.locator("pain-map");
    await drawnBeforeTheWasm(page, host);
    await tapBeforeTheWasm(page, host);
    assert.deepEqual(await page.evaluate(() => window.violations), []);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test("on a page whose Trusted Types leave the painmap policy out, the widget comes live without the early map", async () => {
    const page = await examplePage("strict-csp.html", {
      html: (body) => body.replace("style-src 'self'", "style-src 'self'; require-trusted-types-for 'script'; trusted-types clinic"),
    });
    const host = page.locator("pain-map");
    await host.locator(`${LIVE} [data-region="lower_back_left"]`).waitFor({ timeout: DELAY_MS + 10_000 });
    assert.equal(await host.locator(".painmap-root").count(), 1);
    await mark(host, "lower_back_left", 4);
    // The browser reports the policy it refused; the page sees nothing thrown.
    assert.deepEqual(page.problems.filter((problem) => !problem.includes("TrustedTypePolicy")), []);
    await page.context().close();
  });

  for (const { name, path, html } of [
    { name: "the clinic's page", path: "clinic.html" },
    // Its words come after the wasm: the loader holds taps on the map again until it draws.
    { name: "a page in Spanish", path: "plain.html", html: (text) => text.replace('data-lang="en"', 'data-lang="es"') },
  ]) {
    test(`${name}: taps made while the live widget takes over all count, held until it shows the same, then live at once`, async () => {
      const page = await examplePage(path, { hold: true, ...(html ? { html } : {}) });
      await tapThroughTheHandover(page, "pain-map");
      await page.context().close();
    });
  }

  test("the first screen is in the widget's language and theme: its setting, else the browser's", async () => {
    const spanish = (text) => text.replace('data-lang="en"', 'data-lang="es"').replace('data-theme="light"', 'data-theme="dark"');
    let page = await examplePage("plain.html", { html: spanish });
    let host = page.locator("pain-map");
    await host.locator('[data-region="lower_back_left"]').waitFor();
    assert.equal(page.wasmSent(), false);
    assert.equal(await host.locator('[data-region="lower_back_left"]').getAttribute("aria-label"), "Zona lumbar, izquierda");
    const early = await looks(host.locator(".painmap-root"));
    assert.equal(early.theme, "dark");
    await host.locator(LIVE).waitFor({ timeout: DELAY_MS + 10_000 });
    assert.equal(await host.locator(".painmap-root").count(), 1);
    assert.deepEqual(await looks(host.locator(".painmap-root")), early);
    assert.equal(await host.locator('[data-region="lower_back_left"]').getAttribute("aria-label"), "Zona lumbar, izquierda");
    // Its words come after the wasm: the prerendered map stays until the widget draws.
    assert.equal(await page.evaluate(() => window.mapless), 0, "no frame without the map");
    assert.deepEqual(page.problems, []);
    await page.context().close();

    // No lang setting: the browser's language.
    page = await examplePage("strict-csp.html", { html: (text) => text.replace(' data-lang="en"', ""), locale: "es-ES" });
    host = page.locator("pain-map");
    await host.locator('[data-region="lower_back_left"]').waitFor();
    assert.equal(page.wasmSent(), false);
    assert.equal(await host.locator(".painmap").getAttribute("lang"), "es");
    await page.context().close();
  });

  test("PainMap.mount shows the map before the wasm too, and resolves once the widget is live", async () => {
    const page = await examplePage("mount.html", {
      host: "#spot",
      html: () => `<!doctype html><meta charset="utf-8"><div id="spot"></div>
        <script type="module">
          import { PainMap } from "../painmap-embed.js";
          window.handle = PainMap.mount(document.getElementById("spot"), { lang: "en", accent: "#ffcc00" })
            .then(() => Boolean(document.getElementById("spot").shadowRoot.querySelector(".painmap-root:not([data-prerendered])")));
        </script>`,
    });
    const host = page.locator("#spot");
    await host.locator('[data-region="lower_back_left"]').waitFor();
    assert.equal(page.wasmSent(), false);
    // An accent too light for white: darkened for the light scheme as the widget does it.
    const early = await looks(host.locator(".painmap-root"));
    assert.ok(early.brand && early.brand !== "#ffcc00", JSON.stringify(early));
    assert.equal(await page.evaluate(() => window.handle), true, "live when mount resolves");
    assert.deepEqual(await looks(host.locator(".painmap-root")), early, "the live root has the colours the map had");
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test("a journey saved past the map does not show the map first", async () => {
    const page = await examplePage("strict-csp.html");
    const host = page.locator("pain-map");
    await host.locator(LIVE).waitFor({ timeout: DELAY_MS + 10_000 });
    await mark(host, "lower_back_left", 5);
    await host.getByRole("button", { name: "Next", exact: true }).tap();
    await host.locator('.painmap[data-step="2"]').waitFor();
    await page.reload({ waitUntil: "domcontentloaded" });
    await host.locator(".pm-loading").waitFor({ state: "attached" });
    await page.waitForTimeout(500);
    assert.equal(page.wasmSent(), false);
    assert.equal(await host.locator("svg.body").count(), 0, "the loading box, not a map that would give way");
    await host.locator(`${LIVE}[data-step="2"]`).waitFor({ timeout: DELAY_MS + 10_000 });
    // No map shown, but its sheet still styles the live widget, from the same first screen.
    assert.equal(
      await host.getByRole("button", { name: "Next", exact: true }).evaluate((button) => getComputedStyle(button).backgroundColor),
      "rgb(11, 110, 105)",
      "styled: the default accent",
    );
    assert.deepEqual(page.requests.filter((url) => url.endsWith(".css") && url.includes("/pkg/")), []);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test("a wasm that cannot load leaves the loader's message, not a map that looks usable", async () => {
    const page = await examplePage("strict-csp.html", { fail: true });
    const host = page.locator("pain-map");
    await host.locator('[data-region="lower_back_left"]').waitFor();
    const alert = host.getByRole("alert");
    await alert.waitFor({ timeout: DELAY_MS + 10_000 });
    assert.match(await alert.textContent(), /could not load/);
    assert.equal(await host.locator("svg.body").count(), 0, "the map is gone");
    await page.context().close();
  });
});
