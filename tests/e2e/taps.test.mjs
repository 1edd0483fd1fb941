// Every tap safe, at 390×844 with touch: a tap is honoured only on what was already on screen
// when the finger came down. Right after the screen changes under the finger (a new step, the
// intensity control opening or closing) taps do nothing for a moment, so the second tap of a
// double tap cannot answer a question the person has not seen.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { join } from "node:path";
import { artifacts, mark, openWidget, phonePage, settled, useBrowser } from "./support.mjs";

const suite = useBrowser();

/** A double tap's second tap comes about this long after the first. */
const DOUBLE_TAP_MS = 150;

async function open() {
  const page = await phonePage(suite.browser);
  const host = await openWidget(page, suite.server.url);
  return { page, host };
}

/** What the person has entered and sees: the step, every input, every pressed or checked state. */
function snapshot(host) {
  return host.evaluate((element) => {
    const root = element.shadowRoot;
    return {
      step: root.querySelector(".painmap").dataset.step,
      title: root.querySelector(".step-title")?.textContent,
      inputs: [...root.querySelectorAll("input, textarea, select")].map((i) => `${i.name}:${i.checked}:${i.value}`),
      states: [...root.querySelectorAll("[aria-pressed], [aria-checked]")].map(
        (e) => `${e.textContent}:${e.getAttribute("aria-pressed") ?? e.getAttribute("aria-checked")}`,
      ),
      marked: root.querySelectorAll(".num").length,
      control: root.querySelectorAll(".control").length,
      needs: root.querySelectorAll(".needs").length,
      status: root.querySelector("[role=status]")?.textContent ?? "",
    };
  });
}

/** The control (button, input, label…) under a point of the screen, if any, by its words. */
function liveAt(host, [x, y]) {
  return host.evaluate((element, [px, py]) => {
    const hit = element.shadowRoot.elementFromPoint(px, py);
    const live = hit?.closest("button, label, input, select, textarea, [role=button], [data-region]");
    return live ? live.dataset.region ?? live.className ?? live.tagName : null;
  }, [x, y]);
}

/**
 * Taps `point` twice, the second tap DOUBLE_TAP_MS after the first began (at once if the first
 * took longer on a busy machine: the widget renders a tap's change before the next event).
 */
async function doubleTap(page, [x, y]) {
  const start = Date.now();
  await page.touchscreen.tap(x, y);
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, DOUBLE_TAP_MS - (Date.now() - start))));
  await page.touchscreen.tap(x, y);
}

/** The map step with one region marked, scrolled to Next; Next's box. */
async function readyForNext(u) {
  await mark(u.host, "lower_back_left", 5);
  await settled(u.host);
  const next = u.host.getByRole("button", { name: "Next", exact: true });
  await next.scrollIntoViewIfNeeded();
  return next.boundingBox();
}

/**
 * The emergency signs with the first answered No, scrolled to Next; Next's box. Next is then
 * refused: the first missing sign is scrolled to the middle of the screen.
 */
async function emergencyWithOneAnswer(u) {
  await mark(u.host, "lower_back_left", 5);
  await settled(u.host);
  await u.host.getByRole("button", { name: "Next", exact: true }).tap();
  await u.host.locator('.painmap[data-step="2"]').waitFor();
  await u.host.locator('label.chip:has(input[name="pm-q-saddle_numbness"])').nth(1).tap();
  const next = u.host.getByRole("button", { name: "Next", exact: true });
  await next.scrollIntoViewIfNeeded();
  return next.boundingBox();
}

/**
 * Double-taps Next where the second tap would land on something to tap once Next's tap has
 * changed the screen, and checks the second tap changed nothing. `prepare(u)` brings the page
 * to Next and returns Next's box; `after` is a selector that shows Next's tap took effect.
 * Next's tap changes what sits where it was the same way whatever the scroll (a new step opens
 * at its heading; a refused Next centres the first missing answer), so a first run on a page
 * of its own finds the point, within Next's column and where scrolling can bring Next (from
 * where it is scrolled into view down to the bottom of the screen). Resolves to the second
 * page, the point and the screen after one tap.
 */
async function doubleTapOnNext(prepare, after) {
  const dry = await open();
  const box = await prepare(dry);
  const bottom = dry.page.viewportSize().height;
  await dry.page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
  await dry.host.locator(after).waitFor();
  await settled(dry.host);
  const once = await snapshot(dry.host);
  let point = null;
  for (let y = box.y + box.height / 2; y < bottom - box.height / 2 && !point; y += 6) {
    for (let x = box.x + 6; x < box.x + box.width && !point; x += 8) {
      if (await liveAt(dry.host, [x, y])) point = [x, y];
    }
  }
  await dry.page.close();
  assert.ok(point, "after Next's tap, something to tap can lie where Next was");

  const u = await open();
  assert.deepEqual(await prepare(u), box, "the same page, the same place");
  // Next's middle at the point's height.
  await u.page.evaluate((by) => window.scrollBy(0, by), box.y + box.height / 2 - point[1]);
  const next = await u.host.getByRole("button", { name: "Next", exact: true }).boundingBox();
  assert.ok(next.y < point[1] && point[1] < next.y + next.height, "the finger comes down on Next");
  await doubleTap(u.page, point);
  await u.host.locator(after).waitFor();
  await settled(u.host);
  assert.deepEqual(await snapshot(u.host), once, "the second tap changed nothing: as after one tap");
  return { u, point, once };
}

describe("every tap safe", () => {
  test("a double tap on Next changes nothing on the next screen; a tap after that works", async () => {
    const { u, point, once } = await doubleTapOnNext(readyForNext, '.painmap:not([data-step="1"])');
    await u.page.screenshot({ path: join(artifacts, "taps-after-double-tap-on-next.png") });

    // The same place, tapped once the screen has settled, is honoured.
    const under = await liveAt(u.host, point);
    await u.page.touchscreen.tap(...point);
    assert.notDeepEqual(await snapshot(u.host), once, `a later tap on ${under} works`);
    assert.deepEqual(u.page.problems, []);
    await u.page.close();
  });

  test("a double tap on a refused Next answers nothing that scrolled under the finger", async () => {
    const { u } = await doubleTapOnNext(emergencyWithOneAnswer, ".needs");
    assert.deepEqual(u.page.problems, []);
    await u.page.close();
  });

  test("a double tap on an area does not set a value through the control that opens under the finger", async () => {
    // Where the slider sits once the control is open: it stays at the bottom of the screen.
    const dry = await open();
    await dry.host.locator('[data-region="neck"]').tap();
    const slider = await dry.host.locator(".slider").boundingBox();
    await dry.page.close();
    const y = slider.y + slider.height / 2;

    const u = await open();
    const region = u.host.locator('[data-region="lower_back_left"]');
    // Bring the area's middle to the slider's height, so the slider opens under the finger.
    const area = await region.boundingBox();
    await u.page.evaluate((by) => window.scrollBy(0, by), area.y + area.height / 2 - y);
    const now = await region.boundingBox();
    const point = [now.x + now.width / 2, y];
    assert.equal(await liveAt(u.host, point), "lower_back_left", "the finger comes down on the area");

    await doubleTap(u.page, point);
    await u.host.locator(".control").waitFor();
    await settled(u.host);
    assert.equal(await liveAt(u.host, point), "slider", "the slider opened under the finger");
    assert.equal(await u.host.locator(".control h3").textContent(), "Lower back, left");
    assert.equal(await u.host.locator(".slider").inputValue(), "0", "the second tap set nothing");
    assert.equal(await u.host.locator(".num").count(), 0, "the area stays unmarked");
    assert.equal(await u.host.locator("[role=status]").textContent(), "", "nothing was announced");

    // Once settled, a tap on the slider sets a value, and a tap on a number marks the area.
    await u.page.touchscreen.tap(...point);
    assert.notEqual(await u.host.locator(".slider").inputValue(), "0", "a later tap on the slider works");
    await u.host.locator('.control .pick[data-level="4"]').tap();
    assert.equal(await u.host.locator('.num[data-for="lower_back_left"]').textContent(), "4");
    await u.page.close();
  });

  test("a double tap on a number does not open the area that appears under the finger", async () => {
    // Which number has something tappable under it once the control has closed.
    const dry = await open();
    await dry.host.locator('[data-region="mid_back_right"]').tap();
    const picks = dry.host.locator(".control .pick");
    const centres = [];
    for (let i = 0; i < 10; i += 1) {
      const box = await picks.nth(i).boundingBox();
      centres.push([box.x + box.width / 2, box.y + box.height / 2]);
    }
    await picks.nth(0).tap();
    await settled(dry.host);
    let number = -1;
    for (let i = 0; i < 10 && number < 0; i += 1) if (await liveAt(dry.host, centres[i])) number = i;
    await dry.page.close();
    assert.ok(number >= 0, "something tappable lies under the numbers once the control closes");

    const u = await open();
    await u.host.locator('[data-region="mid_back_right"]').tap();
    await settled(u.host);
    await doubleTap(u.page, centres[number]);
    await u.host.locator('.num[data-for="mid_back_right"]').waitFor();
    await settled(u.host);
    const after = await snapshot(u.host);
    assert.deepEqual(
      [after.step, after.control, after.marked, after.needs, await u.host.locator(".confirm").count()],
      ["1", 0, 1, 0, 0],
      "the second tap opened nothing and went nowhere",
    );
    assert.equal(await u.host.locator('.num[data-for="mid_back_right"]').textContent(), String(number + 1));
    await u.page.close();
  });

  test("keys are not held up while the screen settles", async () => {
    const u = await open();
    await u.host.locator('[data-region="neck"]').focus();
    await u.page.keyboard.press("Enter");
    await u.host.locator(".slider:focus").waitFor();
    assert.ok(await u.host.locator(".painmap[data-settling]").count(), "taps are paused");
    await u.page.keyboard.press("7");
    assert.equal(await u.host.locator(".slider").inputValue(), "7", "a digit key still sets the value");
    await u.page.close();
  });
});

describe("the first tap", () => {
  test("the control prepared while the page is idle leaves nothing behind: nothing shown, focus and layout untouched", async () => {
    const page = await phonePage(suite.browser);
    // Every control the widget ever puts in its shadow root, even one added and removed in
    // the same task (which no locator could see).
    await page.addInitScript(() => {
      window.controlsAdded = 0;
      const watched = new WeakSet();
      const watch = (shadow) => {
        if (!shadow || watched.has(shadow)) return;
        watched.add(shadow);
        new MutationObserver((records) => {
          for (const record of records) {
            for (const node of record.addedNodes) {
              if (node.nodeType === 1 && (node.matches(".control") || node.querySelector(".control"))) {
                window.controlsAdded += 1;
                window.firstControlAt ??= performance.now();
              }
            }
          }
        }).observe(shadow, { childList: true, subtree: true });
      };
      const attach = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (init) {
        const shadow = attach.call(this, init);
        watch(shadow);
        return shadow;
      };
      // The page's prerendered map arrives in a declarative shadow root, which the parser
      // attaches without attachShadow.
      document.addEventListener("DOMContentLoaded", () => {
        for (const element of document.querySelectorAll("*")) watch(element.shadowRoot);
      });
      window.shifts = [];
      new PerformanceObserver((list) => window.shifts.push(...list.getEntries()))
        .observe({ type: "layout-shift", buffered: true });
      // Focus is on the host page before the widget arrives.
      document.addEventListener("DOMContentLoaded", () => {
        const outside = document.createElement("button");
        outside.id = "outside";
        outside.textContent = "The host page's own button";
        document.body.append(outside);
        outside.focus();
      });
    });
    const host = await openWidget(page, suite.server.url);
    await page.waitForFunction(() => window.controlsAdded > 0, null, { timeout: 5000 });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
    assert.equal(await host.locator(".control").count(), 0, "no control is left on screen");
    assert.equal(await page.evaluate(() => document.activeElement.id), "outside", "focus stays on the host page");
    assert.deepEqual(
      await page.evaluate(() => window.shifts.filter((s) => s.startTime >= window.firstControlAt).map((s) => s.value)),
      [],
      "nothing on the page moved",
    );

    await host.locator('[data-region="lower_back_left"]').tap();
    await host.locator(".slider:focus").waitFor();
    assert.equal(await host.locator(".control").count(), 1, "the tap opens one control");
    assert.equal(await host.locator(".control h3").textContent(), "Lower back, left");
    await page.close();
  });
});
