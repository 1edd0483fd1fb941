// The back map on a phone: what a person sees and does, at 390×844 with touch.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { join } from "node:path";
import { accessibleNode, artifacts, mark as markOn, openWidget, phonePage, settled, useBrowser } from "./support.mjs";

const suite = useBrowser();

/** A fresh page showing the widget, and helpers bound to it. */
async function open(options) {
  const page = await phonePage(suite.browser, options);
  const host = await openWidget(page, suite.server.url);
  const region = (id) => host.locator(`[data-region="${id}"]`);
  const fill = (id) =>
    region(id).locator(".shape").evaluate((shape) => getComputedStyle(shape).fill);
  const number = (id) => host.locator(`.num[data-for="${id}"]`);
  const control = host.locator(".control");
  const count = () => host.locator(".count").textContent();
  const focusedName = () =>
    page.evaluate(() => {
      const active = document.querySelector("#painmap").shadowRoot.activeElement;
      return active?.getAttribute("aria-label") ?? active?.textContent ?? null;
    });
  return { page, host, region, fill, number, control, count, focusedName };
}

/** Polls `read` for up to a second until it returns `expected`, then asserts. */
async function settles(read, expected, message) {
  let actual;
  for (let i = 0; i < 20; i += 1) {
    actual = await read();
    if (actual === expected) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  assert.equal(actual, expected, message);
}

const mark = ({ host }, id, value) => markOn(host, id, value);

describe("marking pain on the map", () => {
  test("tapping Lower back, left and setting 7 shows 7 on a changed fill", async () => {
    const ui = await open();
    const before = await ui.fill("lower_back_left");
    assert.equal(await ui.number("lower_back_left").count(), 0, "no number before any pain is set");

    await ui.region("lower_back_left").tap();
    await ui.control.waitFor();
    assert.equal(await ui.control.locator("h3").textContent(), "Lower back, left");
    for (let i = 0; i < 7; i += 1) {
      await ui.host.getByRole("button", { name: "More pain" }).tap();
    }

    assert.equal(await ui.number("lower_back_left").textContent(), "7");
    await settles(async () => (await ui.fill("lower_back_left")) !== before, true, "the fill colour changes");
    assert.equal(await ui.control.locator(".reading-num").textContent(), "7");
    assert.equal(await ui.control.locator(".reading-band").textContent(), "Severe");
    assert.equal(await ui.host.locator(".slider").getAttribute("aria-valuetext"), "7, Severe");
    assert.equal(await ui.count(), "1 painful area marked.");
    assert.deepEqual(ui.page.problems, []);
    await ui.page.close();
  });

  test("two taps mark an area: the area, then its number, which closes the control", async () => {
    const ui = await open();
    await ui.region("hip_left").tap();
    await ui.control.waitFor();
    const seven = ui.control.getByRole("button", { name: "7, Severe", exact: true });
    assert.equal(await seven.textContent(), "7", "the button shows its number; its name adds the word");
    await seven.tap();

    await ui.control.waitFor({ state: "detached" });
    assert.equal(await ui.number("hip_left").textContent(), "7");
    assert.equal(await ui.host.locator("[role=status]").textContent(), "Hip, left: 7, Severe");
    assert.equal(await ui.count(), "1 painful area marked.");
    await ui.host.locator('svg [data-region="hip_left"]:focus').waitFor();

    // Opened again, the control shows the value on its number; the slider and − / + still
    // make fine changes without closing it.
    await ui.region("hip_left").tap();
    assert.equal(await seven.getAttribute("aria-pressed"), "true");
    await ui.host.getByRole("button", { name: "Less pain" }).tap();
    assert.equal(await ui.number("hip_left").textContent(), "6");
    assert.equal(await ui.control.count(), 1, "− leaves the control open");
    await ui.page.close();
  });

  test("Done with no value says so, keeps the control open and offers the numbers", async () => {
    const ui = await open();
    await ui.region("sacrum").tap();
    await ui.host.getByRole("button", { name: "Done" }).tap();

    const prompt = ui.control.locator("[role=alert]");
    assert.equal(await prompt.textContent(), "Choose a number from 1 to 10, or Remove.");
    assert.equal(await ui.control.count(), 1, "the control stays open");
    assert.equal(await ui.number("sacrum").count(), 0, "nothing is marked");
    assert.equal(await ui.count(), "No painful areas marked yet.");
    const focused = await accessibleNode(ui.page, ".pick:focus");
    assert.deepEqual([focused.role, focused.name, focused.focused], ["button", "1, Mild", true], "focus on the numbers");
    await ui.page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await ui.page.screenshot({ path: join(artifacts, "map-done-without-value.png") });

    await ui.control.getByRole("button", { name: "3, Mild", exact: true }).tap();
    await ui.control.waitFor({ state: "detached" });
    assert.equal(await ui.number("sacrum").textContent(), "3");
    await ui.page.close();
  });

  test("in portrait the lowest region being rated stays visible above the control", async () => {
    const ui = await open();
    for (const id of ["calf_left", "calf_right"]) {
      await ui.region(id).tap();
      await ui.control.waitFor();
      const regionBox = await ui.region(id).boundingBox();
      const controlBox = await ui.control.boundingBox();
      assert.ok(regionBox.y + regionBox.height <= controlBox.y, `${id} not hidden behind the control`);
      assert.ok(regionBox.y >= 0, `${id} still on screen`);
      await ui.page.screenshot({ path: join(artifacts, `map-control-portrait-${id}.png`) });
      await ui.host.getByRole("button", { name: "Remove" }).tap();
    }
    await ui.page.close();
  });

  for (const lang of ["en", "es"]) {
    test(`in landscape (844×390) the control docks beside the map and the region stays visible (${lang})`, async () => {
      const ui = await open({ viewport: { width: 844, height: 390 } });
      if (lang === "es") {
        await ui.host.getByRole("button", { name: "Español" }).tap();
        // Spanish's words are downloaded: the widget switches once they are here.
        await ui.host.locator('.painmap[lang="es"]').waitFor();
      }
      for (const id of ["calf_left", "hip_right", "thigh_back_left", "neck"]) {
        await ui.region(id).tap();
        await ui.control.waitFor();
        // The region is scrolled into view in the frame after the control opens.
        const onScreen = (r) => r.y >= 0 && r.y + r.height <= 390 && r.x >= 0 && r.x + r.width <= 844;
        await settles(async () => onScreen(await ui.region(id).boundingBox()), true, `${id} scrolled on screen`);
        const r = await ui.region(id).boundingBox();
        const c = await ui.control.boundingBox();
        assert.ok(onScreen(r), `${id} on screen: ${JSON.stringify(r)}`);
        const apart = r.x + r.width <= c.x || c.x + c.width <= r.x || r.y + r.height <= c.y || c.y + c.height <= r.y;
        assert.ok(apart, `${id} ${JSON.stringify(r)} clear of the control ${JSON.stringify(c)}`);
        assert.ok(c.y >= -1 && c.y + c.height <= 391, `the control is whole on screen with ${id}: ${JSON.stringify(c)} ${JSON.stringify(r)}`);
        await ui.page.screenshot({ path: join(artifacts, `map-control-landscape-${lang}-${id}.png`) });
        await ui.control.locator(`.pick[data-level="4"]`).tap();
        await ui.control.waitFor({ state: "detached" });
      }
      assert.equal(await ui.host.locator(".num").count(), 4);
      await ui.page.close();
    });
  }

  test("Remove, or setting 0, clears a region; Clear all resets the map", async () => {
    const ui = await open();
    const unmarked = await ui.fill("neck");

    await mark(ui, "neck", 4);
    assert.equal(await ui.number("neck").textContent(), "4");
    await ui.region("neck").tap();
    await ui.host.getByRole("button", { name: "Remove" }).tap();
    assert.equal(await ui.number("neck").count(), 0);
    await settles(() => ui.fill("neck"), unmarked, "the fill returns to unmarked");
    assert.equal(await ui.control.count(), 0, "Remove closes the control");

    await mark(ui, "sacrum", 2);
    await ui.region("sacrum").tap();
    await ui.host.getByRole("button", { name: "Less pain" }).tap();
    await ui.host.getByRole("button", { name: "Less pain" }).tap();
    assert.equal(await ui.number("sacrum").count(), 0, "0 means no pain");
    assert.equal(await ui.count(), "No painful areas marked yet.");
    await ui.host.getByRole("button", { name: "Remove" }).tap();
    await ui.control.waitFor({ state: "detached" });

    await mark(ui, "hip_left", 3);
    await mark(ui, "calf_right", 6);
    assert.equal(await ui.count(), "2 painful areas marked.");
    await ui.host.getByRole("button", { name: "Clear all" }).tap();
    await ui.host.getByRole("button", { name: "Keep them" }).tap();
    assert.equal(await ui.count(), "2 painful areas marked.", "Keep them keeps the map");
    await ui.host.getByRole("button", { name: "Clear all" }).tap();
    await ui.host.getByRole("button", { name: "Yes, clear all" }).tap();
    assert.equal(await ui.count(), "No painful areas marked yet.");
    assert.equal(await ui.host.locator(".num").count(), 0);
    assert.equal(await ui.host.locator("[role=status]").textContent(), "All areas cleared");
    await ui.page.close();
  });

  test("a map with three regions set (screenshot for the README)", async () => {
    const ui = await open();
    await mark(ui, "lower_back_left", 7);
    await mark(ui, "upper_back_right", 3);
    await mark(ui, "thigh_back_left", 5);
    assert.deepEqual(
      await ui.host.locator(".num").allTextContents(),
      ["3", "7", "5"],
      "numbers drawn on the three regions, in paint order",
    );
    await ui.page.evaluate(() => window.scrollTo(0, 0));
    await ui.host.screenshot({ path: join(artifacts, "map-three-regions.png") });
    await ui.page.close();
  });
});

describe("keyboard and screen reader", () => {
  test("reach a region, set its value, and hear it in its accessible state", async () => {
    const ui = await open();
    // Tab from the top of the page: the view switch, then the first region.
    for (let i = 0; i < 10 && !(await ui.focusedName())?.startsWith("Neck"); i += 1) {
      await ui.page.keyboard.press("Tab");
    }
    assert.equal(await ui.focusedName(), "Neck");
    await ui.page.keyboard.press("Tab");
    assert.equal(await ui.focusedName(), "Shoulder, left", "Tab moves region to region");

    // Arrow keys move to the neighbour in that direction.
    await ui.page.keyboard.press("ArrowDown");
    assert.equal(await ui.focusedName(), "Shoulder blade, left");
    await ui.page.keyboard.press("ArrowDown");
    assert.equal(await ui.focusedName(), "Mid back, left");
    await ui.page.keyboard.press("ArrowDown");
    assert.equal(await ui.focusedName(), "Lower back, left");
    await ui.page.keyboard.press("ArrowRight");
    assert.equal(await ui.focusedName(), "Spine at the lower back");
    await ui.page.keyboard.press("ArrowLeft");
    assert.equal(await ui.focusedName(), "Lower back, left");

    const region = '[data-region="lower_back_left"]';
    assert.deepEqual(
      { ...(await accessibleNode(ui.page, region)), focused: undefined, valuetext: undefined },
      { role: "button", name: "Lower back, left", description: "No pain marked", focused: undefined, valuetext: undefined },
    );

    await ui.page.keyboard.press("Enter");
    await ui.host.locator(".slider:focus").waitFor({ timeout: 5000 });
    const slider = await accessibleNode(ui.page, ".slider");
    assert.equal(slider.role, "slider");
    assert.equal(slider.name, "Pain in Lower back, left");
    assert.ok(slider.focused, "Enter puts focus on the slider");

    await ui.page.keyboard.press("6");
    await ui.page.keyboard.press("ArrowRight");
    assert.equal(await ui.host.locator(".slider").getAttribute("aria-valuetext"), "7, Severe");
    assert.equal(await ui.host.locator("[role=status]").textContent(), "Lower back, left: 7, Severe");

    await ui.page.keyboard.press("Escape");
    await ui.control.waitFor({ state: "detached", timeout: 5000 });
    await ui.host.locator(`${region}:focus`).waitFor({ timeout: 5000 });
    const after = await accessibleNode(ui.page, region);
    assert.ok(after.focused, "focus returns to the region");
    assert.equal(after.description, "Pain 7 of 10, Severe");
    await ui.page.close();
  });

  test("the List view shows the same regions and changes the same state", async () => {
    const ui = await open();
    await mark(ui, "neck", 2);
    await ui.host.getByRole("button", { name: "List" }).tap();
    assert.equal(await ui.host.getByRole("button", { name: "List" }).getAttribute("aria-pressed"), "true");

    const rows = ui.host.locator(".list button");
    assert.equal(await rows.count(), 23);
    assert.equal(await ui.host.locator("#pm-val-neck").textContent(), "2, Mild");
    const row = await accessibleNode(ui.page, '.list [data-region="calf_right"]');
    assert.deepEqual([row.role, row.name, row.description], ["button", "Calf, right", "No pain"]);

    await ui.region("calf_right").tap();
    await ui.host.getByRole("button", { name: "More pain" }).tap();
    await ui.host.getByRole("button", { name: "More pain" }).tap();
    await ui.host.getByRole("button", { name: "Done" }).tap();
    assert.equal(await ui.host.locator("#pm-val-calf_right").textContent(), "2, Mild");

    await ui.host.getByRole("button", { name: "Map" }).tap();
    assert.equal(await ui.number("calf_right").textContent(), "2");
    assert.equal(await ui.number("neck").textContent(), "2");
    assert.equal(await ui.count(), "2 painful areas marked.");
    await ui.page.close();
  });
});

describe("touch targets and accessibility", () => {
  for (const width of [390, 360]) {
    test(`every region answers a tap anywhere in a 44×44 CSS px box of its own at ${width} px wide`, async () => {
      const ui = await open({ viewport: { width, height: 780 } });
      // The unit tests measure the drawing at 352 px wide (crates/painmap-core/src/diagram/tests.rs).
      assert.ok((await ui.host.locator("svg.body").boundingBox()).width >= 352, "the drawing is as wide as measured");
      // Give every region a value with the keyboard so each draws its number at its centre.
      await ui.region("neck").focus();
      for (let i = 0; i < 23; i += 1) {
        await ui.page.keyboard.press("Enter");
        await ui.host.locator(".slider:focus").waitFor({ timeout: 5000 });
        await ui.page.keyboard.press("1");
        await ui.page.keyboard.press("Escape");
        await ui.host.locator("svg [data-region]:focus").waitFor({ timeout: 5000 });
        await ui.page.keyboard.press("Tab");
      }
      assert.equal(await ui.host.locator(".num").count(), 23);
      await settled(ui.host);

      const misses = await ui.host.evaluate((host) => {
        const shadow = host.shadowRoot;
        const found = [];
        const svg = shadow.querySelector("svg.body");
        for (const label of shadow.querySelectorAll(".num")) {
          const id = label.dataset.for;
          label.scrollIntoView({ block: "center" });
          // The point the number is drawn at, the region's centre, on screen.
          const at = new DOMPoint(+label.getAttribute("x"), +label.getAttribute("y")).matrixTransform(svg.getScreenCTM());
          const [cx, cy] = [at.x, at.y];
          for (let dx = -22; dx <= 22; dx += 4) {
            for (let dy = -22; dy <= 22; dy += 4) {
              const hit = shadow.elementFromPoint(cx + dx, cy + dy)?.closest("[data-region]");
              if (hit?.dataset.region !== id) found.push(`${id} at (${dx}, ${dy}) hits ${hit?.dataset.region}`);
            }
          }
        }
        return found;
      });
      assert.deepEqual(misses, []);
      await ui.page.close();
    });
  }

  test("the Spanish side labels stand apart, and clear of the head, at 390 and 360 px", async () => {
    for (const width of [390, 360]) {
      const ui = await open({ viewport: { width, height: 780 } });
      await ui.host.getByRole("button", { name: "Español" }).tap();
      await ui.host.locator('.painmap[lang="es"]').waitFor();
      const labels = ui.host.locator(".sides > span");
      assert.deepEqual(await labels.allTextContents(), ["◀ Izquierda", "Vista desde atrás", "Derecha ▶"]);
      const boxes = [];
      for (let i = 0; i < 3; i += 1) boxes.push(await labels.nth(i).boundingBox());
      // The ears (the widest part of the head) and the neck, which the labels stand beside.
      boxes.push(await ui.host.locator(".silhouette path").first().boundingBox());
      boxes.push(await ui.region("neck").boundingBox());
      const apart = (a, b) => a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
      for (let a = 0; a < 3; a += 1) {
        for (let b = a + 1; b < boxes.length; b += 1) {
          assert.ok(apart(boxes[a], boxes[b]), `at ${width} px, box ${a} ${JSON.stringify(boxes[a])} overlaps box ${b} ${JSON.stringify(boxes[b])}`);
        }
      }
      assert.ok(boxes[0].x >= 0 && boxes[2].x + boxes[2].width <= width, "all three on screen");
      await ui.host.locator(".map").screenshot({ path: join(artifacts, `map-es-${width}.png`) });
      await ui.page.close();
    }
  });

  test("at 360×640 the first screen shows the body, not only the head", async () => {
    const ui = await open({ viewport: { width: 360, height: 640 } });
    await ui.page.screenshot({ path: join(artifacts, "map-first-screen-360x640.png") });
    // Under the page's and the widget's headers: the neck, the shoulders, the upper back, the
    // top of the spine and the shoulder blades, each with room for a thumb.
    const regions = ["shoulder_left", "upper_back_left", "spine_cervical", "spine_thoracic", "upper_back_right", "shoulder_right", "shoulder_blade_left", "shoulder_blade_right"];
    for (const id of regions) {
      const box = await ui.region(id).boundingBox();
      assert.ok(640 - box.y >= 44, `${id} shows at least 44 px on the first screen (top at ${box.y})`);
    }
    await ui.page.close();
  });

  for (const width of [390, 360]) {
    test(`the number buttons, − / +, the slider and every button are big enough to tap at ${width} px`, async () => {
      const ui = await open({ viewport: { width, height: 780 } });
      await mark(ui, "neck", 3);
      await ui.region("neck").tap();
      assert.equal(await ui.control.locator(".pick").count(), 10);
      const small = await ui.host.evaluate((host) =>
        [...host.shadowRoot.querySelectorAll("button, input")]
          .map((el) => [el.getAttribute("aria-label") ?? el.textContent, el.getBoundingClientRect()])
          .filter(([, box]) => box.width < 44 || box.height < 44)
          .map(([name, box]) => `${name}: ${box.width}×${box.height}`),
      );
      assert.deepEqual(small, [], "every control is at least 44×44 CSS px");
      await ui.page.close();
    });
  }

  test("axe-core finds no WCAG 2.2 AA violation in the map, the control or the list", async () => {
    const ui = await open();
    await ui.page.addScriptTag({ path: join(import.meta.dirname, "node_modules/axe-core/axe.min.js") });
    const audit = () =>
      ui.page.evaluate(async () => {
        const result = await window.axe.run(document, {
          runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      });
    assert.deepEqual(await audit(), [], "map");
    await mark(ui, "lower_back_left", 8);
    await ui.region("mid_back_right").tap();
    assert.deepEqual(await audit(), [], "control open");
    await ui.host.getByRole("button", { name: "Done" }).tap();
    await ui.control.locator("[role=alert]").waitFor();
    assert.deepEqual(await audit(), [], "control asking for a number");
    await ui.host.getByRole("button", { name: "Remove" }).tap();
    await ui.host.getByRole("button", { name: "List" }).tap();
    assert.deepEqual(await audit(), [], "list");
    await ui.page.close();
  });

  test("the page loads nothing from other origins and logs no error", async () => {
    const ui = await open();
    await mark(ui, "hip_right", 5);
    const origin = new URL(suite.server.url).origin;
    assert.deepEqual(ui.page.requests.filter((url) => !url.startsWith(origin) && !url.startsWith("data:")), []);
    assert.deepEqual(ui.page.problems, []);
    await ui.page.close();
  });
});
