// The back map on a phone: what a person sees and does, at 390×844 with touch.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { join } from "node:path";
import { accessibleNode, artifacts, mark as markOn, openWidget, phonePage, useBrowser } from "./support.mjs";

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

/** Polls `read` until it returns `expected` (colours fade over 150 ms), then asserts. */
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

  test("the region being rated stays visible above the control", async () => {
    const ui = await open();
    await ui.region("calf_left").tap();
    await ui.control.waitFor();
    const regionBox = await ui.region("calf_left").boundingBox();
    const controlBox = await ui.control.boundingBox();
    assert.ok(regionBox.y + regionBox.height <= controlBox.y, "calf not hidden behind the control");
    assert.ok(regionBox.y >= 0, "calf still on screen");
    await ui.page.close();
  });

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
    await ui.host.getByRole("button", { name: "Done" }).tap();

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
  test("every region is at least 24×24 CSS px to the touch on a 360 px wide phone", async () => {
    const ui = await open({ viewport: { width: 360, height: 780 } });
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

    const misses = await ui.host.evaluate((host) => {
      const shadow = host.shadowRoot;
      const found = [];
      for (const label of shadow.querySelectorAll(".num")) {
        const id = label.dataset.for;
        label.scrollIntoView({ block: "center" });
        const box = label.getBoundingClientRect();
        const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
        for (let dx = -12; dx <= 12; dx += 4) {
          for (let dy = -12; dy <= 12; dy += 4) {
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

  test("buttons and the slider are big enough to tap", async () => {
    const ui = await open({ viewport: { width: 360, height: 780 } });
    await mark(ui, "neck", 3);
    await ui.region("neck").tap();
    const small = await ui.host.evaluate((host) =>
      [...host.shadowRoot.querySelectorAll("button, input")]
        .map((el) => [el.getAttribute("aria-label") ?? el.textContent, el.getBoundingClientRect()])
        .filter(([, box]) => box.width < 44 || box.height < 44)
        .map(([name, box]) => `${name}: ${box.width}×${box.height}`),
    );
    assert.deepEqual(small, [], "every control is at least 44×44 CSS px");
    await ui.page.close();
  });

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
