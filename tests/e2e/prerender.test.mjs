// The map before the wasm: the standalone page arrives with the map drawn (the build
// prerenders it into #painmap's declarative shadow root), a person can tap it at once, and the
// live widget takes its place when the wasm arrives, with no frame between and nothing moving.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { LIVE, WASM_DELAY_MS, artifacts, drawnBeforeTheWasm, placeOf, slowPage as slowPageAt, tapBeforeTheWasm, tapThroughTheHandover, useBrowser } from "./support.mjs";

const suite = useBrowser();

const DELAY_MS = WASM_DELAY_MS;

/** The standalone page with its wasm late: `slowPage` in support.mjs. */
const slowPage = (options) => slowPageAt(suite.browser, suite.server.url, options);

describe("the map before the wasm", () => {
  test("the map shows and answers a tap while the wasm is 2 s away; the live widget takes over with the control open", async () => {
    const page = await slowPage({ hold: true });
    const host = page.locator("#painmap");
    await drawnBeforeTheWasm(page, host);

    await tapBeforeTheWasm(page, host);

    // The page preloads exactly the scripts it runs, and fetches each once: a preload of a file
    // it does not run, or a script it runs unpreloaded, costs bytes or a round trip before the
    // first answered tap.
    const preloaded = await page.locator('link[rel="modulepreload"]').evaluateAll((links) => links.map((link) => link.href));
    const scripts = page.requests.filter((url) => new URL(url).pathname.endsWith(".js"));
    assert.deepEqual(scripts.toSorted(), preloaded.toSorted(), "the scripts fetched are the ones preloaded, each once");

    const shifts = await page.evaluate(() => window.shifts);
    const onMap = shifts.filter((shift) => shift.moved.includes("map"));
    assert.equal(onMap.reduce((sum, shift) => sum + shift.value, 0), 0, `the map never moves: ${JSON.stringify(shifts)}`);
    assert.deepEqual(page.problems, []);
    assert.deepEqual(page.warnings.filter((text) => /hydrat|painmap/i.test(text)), [], "no hydration warning");
    await page.context().close();
  });

  for (const { locale, area, one } of [
    { locale: "en-GB", area: "Lower back, left", one: "1 painful area marked." },
    { locale: "es-ES", area: "Zona lumbar, izquierda", one: "1 zona con dolor marcada." },
  ]) {
    test(`${locale}: a number tapped in the control before the wasm marks the area, once, live`, async () => {
      const page = await slowPage({ hold: true, locale });
      const host = page.locator("#painmap");
      const region = host.locator('[data-region="lower_back_left"]');
      await region.tap();
      const control = host.locator(".control");
      assert.equal(await control.locator("h3").textContent(), area, "the control names the area");
      assert.equal(await control.locator(".reading-num").textContent(), "0");
      await page.screenshot({ path: `${artifacts}/early-control-${locale}.png` });
      await control.locator('.pick[data-level="7"]').tap();
      assert.equal(page.wasmSent(), false);
      await control.waitFor({ state: "detached" });
      assert.equal(await region.getAttribute("data-level"), "7", "the area takes 7's colour at once");
      assert.equal(await host.locator(".count").textContent(), one);
      assert.equal(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.getAttribute("data-region")), "lower_back_left");
      await page.screenshot({ path: `${artifacts}/early-seven-${locale}.png` });
      // The area's number on the map and its spoken description, as the live widget has them.
      const drawn = () =>
        host.evaluate((element) => ({
          described: element.shadowRoot.querySelector('[data-region="lower_back_left"]').getAttribute("aria-description"),
          numbers: [...element.shadowRoot.querySelectorAll(".num")].map((num) =>
            ["for", "level"].map((key) => num.dataset[key]).concat(num.textContent, num.getAttribute("x"), num.getAttribute("y")).join(" "),
          ),
        }));
      const early = await drawn();
      assert.equal(early.numbers.length, 1, `7 on the area at once: ${early.numbers}`);
      page.release();
      await host.locator(LIVE).waitFor({ timeout: DELAY_MS + 10_000 });
      await page.waitForTimeout(600);
      assert.deepEqual(await drawn(), early, "live: the same number, in the same place, and the same description");
      assert.deepEqual(
        await host.evaluate((element) => [...element.shadowRoot.querySelectorAll(".num")].map((num) => `${num.dataset.for} ${num.textContent}`)),
        ["lower_back_left 7"],
        "once live, that area at 7, and nothing else",
      );
      assert.equal(await host.locator(".control").count(), 0);
      assert.equal(await host.locator(".count").textContent(), one);
      assert.equal(await page.evaluate(() => window.clicks), 2, "the tap, and its one replay");
      assert.equal(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.getAttribute("data-region")), "lower_back_left", "focus on the area, as it was");
      await page.screenshot({ path: `${artifacts}/early-seven-live-${locale}.png` });
      const shifts = await page.evaluate(() => window.shifts.filter((shift) => !shift.input));
      assert.equal(shifts.reduce((sum, shift) => sum + shift.value, 0), 0, `no layout shift: ${JSON.stringify(shifts)}`);
      assert.deepEqual(page.problems, []);
      await page.context().close();
    });
  }

  test("the control held before the wasm reads each value as the live one does (its band and its spoken value)", async () => {
    const page = await slowPage({ hold: true, locale: "es-ES" });
    const host = page.locator("#painmap");
    await host.locator('[data-region="lower_back_left"]').tap();
    // Digit keys act on the control from its slider, where the opening puts focus, held or live.
    const readings = async (control) => {
      const seen = [];
      for (const digit of "0123456789") {
        await page.keyboard.press(digit);
        seen.push(
          await control.evaluate((element) =>
            [".reading-num", ".reading-band"].map((part) => element.querySelector(part).textContent)
              .concat(element.querySelector(".slider").getAttribute("aria-valuetext"))
              .join(" | "),
          ),
        );
      }
      return seen;
    };
    const held = await readings(host.locator(".control"));
    assert.equal(page.wasmSent(), false);
    page.release();
    const live = host.locator(`${LIVE} .control`);
    await live.waitFor({ timeout: DELAY_MS + 10_000 });
    await page.waitForTimeout(600);
    assert.deepEqual(await readings(live), held);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test("Remove before the wasm takes the area's number and description away, as live", async () => {
    const page = await slowPage({ hold: true, locale: "es-ES" });
    const host = page.locator("#painmap");
    const region = host.locator('[data-region="lower_back_left"]');
    const unmarked = await region.getAttribute("aria-description");
    await region.tap();
    const control = host.locator(".control");
    await control.locator('.pick[data-level="5"]').tap();
    await control.waitFor({ state: "detached" });
    assert.deepEqual(await host.locator(".num").allTextContents(), ["5"]);
    assert.notEqual(await region.getAttribute("aria-description"), unmarked, "5 is spoken");
    await page.waitForTimeout(500); // the tap guard, as live
    await region.tap();
    await control.locator(".remove").tap();
    await control.waitFor({ state: "detached" });
    assert.equal(await host.locator(".num").count(), 0, "no number left on the area");
    assert.equal(await region.getAttribute("aria-description"), unmarked, "spoken as unmarked again");
    assert.equal(page.wasmSent(), false);
    page.release();
    await host.locator(LIVE).waitFor({ timeout: DELAY_MS + 10_000 });
    await page.waitForTimeout(600);
    assert.equal(await host.locator(".num").count(), 0);
    assert.equal(await host.locator(`${LIVE} [data-region="lower_back_left"]`).getAttribute("aria-description"), unmarked);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test("the slider, Escape and Done held before the wasm are applied once live, in order", async () => {
    const page = await slowPage({ hold: true });
    const host = page.locator("#painmap");
    await host.locator('[data-region="lower_back_left"]').tap();
    const control = host.locator(".control");
    // The slider has focus: the arrow keys move it, as live.
    for (let step = 0; step < 4; step += 1) await page.keyboard.press("ArrowRight");
    assert.equal(await control.locator(".reading-num").textContent(), "4");
    assert.equal(await control.locator('.pick[aria-pressed="true"]').textContent(), "4");
    assert.equal(await host.locator(".count").textContent(), "1 painful area marked.");
    await page.keyboard.press("Escape");
    await control.waitFor({ state: "detached" });
    assert.equal(await host.locator('[data-region="lower_back_left"]').getAttribute("data-level"), "4");
    // Each step redrew the area's number: one number, the last.
    assert.deepEqual(await host.locator(".num").allTextContents(), ["4"], "the map shows 4 on the area, once");
    await host.locator('[data-region="neck"]').tap();
    assert.equal(await control.locator("h3").textContent(), "Neck");
    await page.waitForTimeout(500); // the tap guard, as live
    await control.locator(".actions .primary").tap();
    assert.equal(await control.locator(".control-prompt").count(), 1, "Done with no number asks for one");
    const held = await placeOf(host);
    assert.equal(held.focused, "pick", "focus on the numbers, as live");
    await page.screenshot({ path: `${artifacts}/early-asking.png` });
    assert.equal(page.wasmSent(), false);
    page.release();
    await host.locator(LIVE).waitFor({ timeout: DELAY_MS + 10_000 });
    await page.waitForTimeout(600);
    assert.equal(await host.locator('.num[data-for="lower_back_left"]').textContent(), "4");
    assert.equal(await host.locator(".num").count(), 1);
    assert.equal(await control.locator("h3").textContent(), "Neck");
    assert.equal(await control.locator(".control-prompt").count(), 1, "still asking for a number");
    assert.deepEqual(await placeOf(host), held, "the live control is where the held one was, focus where it was");
    await page.screenshot({ path: `${artifacts}/early-asking-live.png` });
    const shifts = await page.evaluate(() => window.shifts.filter((shift) => !shift.input));
    assert.equal(shifts.reduce((sum, shift) => sum + shift.value, 0), 0, `no layout shift: ${JSON.stringify(shifts)}`);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test("taps made while the live widget takes over all count: on the held map until the live one shows the same, then live at once", async () => {
    const page = await slowPage({ hold: true });
    await tapThroughTheHandover(page, "#painmap");
    await page.context().close();
  });

  for (const { locale, area: name } of [
    { locale: "en-US", area: "Lower back, left" },
    // The Spanish map replaces the English one when the script runs: the tap goes with it.
    { locale: "es-ES", area: "Zona lumbar, izquierda" },
  ]) {
    test(`${locale}: a tap made before the page's script has arrived is answered as soon as it has`, async () => {
      const page = await slowPage({ hold: true, holdScript: true, locale });
      const host = page.locator("#painmap");
      const area = host.locator('[data-region="lower_back_left"]');
      await area.tap();
      assert.equal(await host.locator(".control").count(), 0, "nothing listens yet");
      page.releaseScript();
      const control = host.locator(".control");
      await control.waitFor();
      assert.ok(page.scriptHeld, "the script held back was the page's (a path it no longer loads holds nothing)");
      assert.equal(page.wasmSent(), false);
      assert.equal(await control.locator("h3").textContent(), name);
      page.release();
      await host.locator(`${LIVE} .control`).waitFor({ timeout: DELAY_MS + 10_000 });
      await page.waitForTimeout(600);
      assert.equal(await host.locator(".control").count(), 1);
      assert.equal(await page.evaluate(() => window.clicks), 2, "the tap, and its one replay");
      assert.deepEqual(page.problems, []);
      await page.context().close();
    });
  }

  test("without a tap, the wasm takes the map over with nothing moving and nothing opened", async () => {
    const page = await slowPage();
    const host = page.locator("#painmap");
    await host.locator('[data-region="lower_back_left"]').waitFor();
    const before = await host.locator("svg.body").boundingBox();
    const text = await host.locator(".painmap").innerText();
    assert.equal(page.wasmSent(), false);
    await host.locator(LIVE).waitFor({ timeout: DELAY_MS + 10_000 });
    assert.deepEqual(await host.locator("svg.body").boundingBox(), before, "the map stays where it was drawn");
    assert.equal(await host.locator(".painmap").innerText(), text, "the live widget says what the page said");
    assert.equal(await host.locator(".control").count(), 0);
    assert.equal(await page.evaluate(() => window.mapless), 0, "no frame without the map");
    await host.locator('[data-region="upper_back_right"]').tap();
    await host.locator(".control").waitFor();
    // The live widget is styled by the shadow root's own link, which it keeps: one sheet,
    // downloaded once (the wasm has no copy).
    const styles = await host.evaluate((element) => ({
      links: [...element.shadowRoot.querySelectorAll("link[rel=stylesheet]")].map((link) => link.getAttribute("href")),
      adopted: element.shadowRoot.adoptedStyleSheets.length,
      control: getComputedStyle(element.shadowRoot.querySelector(".control")).position,
    }));
    assert.deepEqual(styles, { links: ["pkg/painmap.css"], adopted: 0, control: "sticky" });
    assert.equal(page.requests.filter((url) => url.endsWith(".css") && url.includes("/pkg/")).length, 1);

    const shifts = await page.evaluate(() => window.shifts.filter((shift) => !shift.input));
    assert.equal(shifts.reduce((sum, shift) => sum + shift.value, 0), 0, `no layout shift: ${JSON.stringify(shifts)}`);
    assert.deepEqual(page.problems, []);
    assert.deepEqual(page.warnings.filter((text) => /hydrat|painmap/i.test(text)), []);
    await page.context().close();
  });

  test("a journey saved for a reload is drawn in the prerendered map's place; past the map, the map does not show first", async () => {
    const page = await slowPage();
    const host = page.locator("#painmap");
    await host.locator(LIVE).waitFor({ timeout: DELAY_MS + 10_000 });
    await host.locator('[data-region="lower_back_left"]').tap();
    await host.locator('.control button.pick[data-level="5"]').tap();
    await host.locator(".control").waitFor({ state: "detached" });
    await page.reload({ waitUntil: "domcontentloaded" });
    await host.locator(LIVE).waitFor({ timeout: DELAY_MS + 10_000 });
    assert.equal(await host.locator('.num[data-for="lower_back_left"]').textContent(), "5");
    assert.equal(await host.locator(".painmap-root").count(), 1);

    await host.getByRole("button", { name: "Next", exact: true }).tap();
    await host.locator('.painmap[data-step="2"]').waitFor();
    await page.reload({ waitUntil: "domcontentloaded" });
    await page.locator("#painmap .placeholder").waitFor();
    assert.equal(page.wasmSent(), false);
    assert.equal(await host.locator("svg.body").count(), 0, "the page's placeholder, not a map that would give way");
    await host.locator(`${LIVE}[data-step="2"]`).waitFor({ timeout: DELAY_MS + 10_000 });
    assert.equal(await page.locator("#painmap .placeholder").isVisible(), false, "the placeholder is gone");
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
});
