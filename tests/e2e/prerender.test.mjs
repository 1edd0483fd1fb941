// The map before the wasm: the standalone page arrives with the map drawn (the build
// prerenders it into #painmap's declarative shadow root), a person can tap it at once, and the
// live widget takes its place when the wasm arrives, with no frame between and nothing moving.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { LIVE, phonePage, useBrowser } from "./support.mjs";

const suite = useBrowser();

/** How long the test holds the wasm back. */
const DELAY_MS = 2000;

/**
 * A page whose wasm arrives DELAY_MS late, or later if `hold`: then not before the test calls
 * `page.release()` (a slow machine must not let it through before the test's tap). `page.wasmSent()`
 * says whether it was let through;
 * `page.warnings` collects console warnings (a hydration problem would be one); the page
 * records its layout shifts, each with what moved, and counts the frames painted without the
 * map once it had been drawn (`window.mapless`).
 */
async function slowPage({ hold = false } = {}) {
  // No service worker: on a reload it would serve the wasm from its cache, past the delay.
  const page = await phonePage(suite.browser, { serviceWorkers: "block" });
  page.warnings = [];
  page.on("console", (message) => {
    if (message.type() === "warning") page.warnings.push(message.text());
  });
  let sent = false;
  page.wasmSent = () => sent;
  const released = hold ? new Promise((resolve) => (page.release = resolve)) : null;
  await page.route("**/painmap_bg*.wasm", async (route) => {
    sent = false;
    await Promise.all([new Promise((resolve) => setTimeout(resolve, DELAY_MS)), released]);
    sent = true;
    await route.continue();
  });
  await page.addInitScript(() => {
    window.shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        window.shifts.push({
          value: entry.value,
          input: entry.hadRecentInput,
          // What moved, by its class: the map's figure and everything in it say "map".
          moved: entry.sources.map((source) => {
            const node = source.node;
            const element = node?.nodeType === 1 ? node : node?.parentElement;
            return element?.closest?.(".map") ? "map" : (element?.className?.baseVal ?? element?.className ?? "?");
          }),
        });
      }
    }).observe({ type: "layout-shift", buffered: true });
    // Clicks on Lower back, left, wherever they come from: the person's and the replayed one.
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
      const drawn = Boolean(document.querySelector("#painmap")?.shadowRoot?.querySelector("svg.body [data-region]"));
      if (seen && !drawn) window.mapless += 1;
      seen ||= drawn;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  await page.goto(suite.server.url, { waitUntil: "domcontentloaded" });
  return page;
}

describe("the map before the wasm", () => {
  test("the map shows and takes a tap while the wasm is 2 s away; the tap opens its control once, live", async () => {
    const page = await slowPage({ hold: true });
    const host = page.locator("#painmap");
    const area = host.locator('[data-region="lower_back_left"]');

    await area.waitFor();
    assert.equal(page.wasmSent(), false, "the map is there before the wasm");
    // Drawn and styled (the stylesheet beside the wasm), not a bare SVG.
    const box = await host.locator("svg.body").boundingBox();
    assert.ok(box.height > 300 && box.width < 390, `the map is laid out: ${JSON.stringify(box)}`);
    assert.equal(await area.getAttribute("aria-label"), "Lower back, left");
    const fill = await area.locator(".shape").evaluate((shape) => getComputedStyle(shape).fill);
    assert.notEqual(fill, "rgb(0, 0, 0)", "the areas have the widget's colours");

    await area.tap();
    assert.equal(page.wasmSent(), false, "the tap was made before the wasm arrived");
    assert.equal(await host.locator(".control").count(), 0, "nothing opens before the widget is live");
    assert.equal(await area.getAttribute("data-selected"), "true", "the tapped area shows it was heard");
    // A second area tapped before the widget is live is the one held; the first lets go.
    const other = host.locator('[data-region="upper_back_right"]');
    await other.tap();
    assert.equal(await other.getAttribute("data-selected"), "true");
    assert.equal(await area.getAttribute("data-selected"), null, "only the area that will open looks held");
    await area.tap();
    assert.equal(await host.locator("[data-selected]").count(), 1);
    page.release();

    // Live: the same root, taken over, with the tapped area's control open.
    const control = host.locator(`${LIVE} .control`);
    await control.waitFor({ timeout: DELAY_MS + 10_000 });
    assert.equal(page.wasmSent(), true);
    assert.equal(await control.locator("h3").textContent(), "Lower back, left");
    // Once, not twice: a doubled tap would close it again, or open a second control.
    await page.waitForTimeout(600);
    assert.equal(await host.locator(".control").count(), 1, "one control, still open");
    assert.equal(await host.locator('[data-selected="true"]').count(), 1);
    assert.equal(await host.locator('[data-region="lower_back_left"]').getAttribute("data-selected"), "true");
    assert.equal(await page.evaluate(() => window.clicks), 3, "its two taps, and the one replay of it on the live map");
    assert.equal(await host.locator(".painmap-root").count(), 1, "the prerendered map is gone, the live one in its place");
    assert.equal(await page.evaluate(() => window.mapless), 0, "no frame without the map");

    // The live widget carries on from there: a number closes the control and marks the area.
    await control.locator('button.pick[data-level="7"]').tap();
    await control.waitFor({ state: "detached" });
    assert.equal(await host.locator('.num[data-for="lower_back_left"]').textContent(), "7");

    const shifts = await page.evaluate(() => window.shifts);
    const onMap = shifts.filter((shift) => shift.moved.includes("map"));
    assert.equal(onMap.reduce((sum, shift) => sum + shift.value, 0), 0, `the map never moves: ${JSON.stringify(shifts)}`);
    assert.deepEqual(page.problems, []);
    assert.deepEqual(page.warnings.filter((text) => /hydrat|painmap/i.test(text)), [], "no hydration warning");
    await page.context().close();
  });

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
