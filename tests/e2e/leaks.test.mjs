// A widget that is mounted and destroyed again and again (a single-page app changing views, a
// clinic's script changing settings) must give back what it took: the page's DOM nodes, its
// event listeners and the wasm module's memory. Each test warms up first (the allocator and
// the caches settle), then repeats a remount and checks that the page holds no more than a
// small constant more than before, measured after a full garbage collection.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { footprint, mark, phonePage, useBrowser } from "./support.mjs";

const suite = useBrowser();

const WARM_UP = 50;
// After the warm-up nothing should be kept at all. The slack is for the odd node or listener
// of the page itself, and for wasm memory, which grows by 64 KiB pages and never shrinks: a
// handle the page dropped holds a few hundred bytes until the garbage collector gets to it, so
// how many wait at once, and the memory's high-water mark, depend on the collector's timing.
// A remount used to keep 1 to 116 nodes, 2 listeners and 1.6 to 47 KiB of wasm memory.
const MAX_NODES = 5;
const MAX_LISTENERS = 5;
const MAX_WASM_BYTES = 128 * 1024;

/**
 * A page with a `<pain-map>` (the plain example) and an empty `div#leak-host`, with the loader's
 * `PainMap` as `window.PainMap` and `window.rendered(element)`, which resolves once the widget
 * in `element` has drawn its map.
 */
async function leakPage() {
  const page = await phonePage(suite.browser);
  await page.goto(`${suite.server.url}www/examples/plain.html`);
  await page.locator("#painmap .painmap").first().waitFor();
  await page.evaluate(async () => {
    const host = document.createElement("div");
    host.id = "leak-host";
    document.querySelector("main").append(host);
    window.PainMap = (await import("/pkg/painmap-embed.js")).PainMap;
    await window.PainMap.ready();
    const task = () => new Promise((resolve) => setTimeout(resolve, 0));
    window.task = task;
    window.rendered = async (element) => {
      for (let tries = 0; tries < 500; tries += 1) {
        if (element.shadowRoot?.querySelector(".painmap-root .painmap")) return;
        await task();
      }
      throw new Error("the widget did not render");
    };
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  return { page, cdp };
}

/** Runs `cycles` remounts (`page.evaluate(body, cycles)`) after a warm-up; returns the growth. */
async function growth(session, body, cycles) {
  await session.page.evaluate(body, WARM_UP);
  const before = await footprint(session);
  await session.page.evaluate(body, cycles);
  const after = await footprint(session);
  const grown = {
    nodes: after.nodes - before.nodes,
    listeners: after.listeners - before.listeners,
    wasmKiB: (after.wasmBytes - before.wasmBytes) / 1024,
  };
  console.log(`${cycles} cycles, growth after a warm-up of ${WARM_UP}: ${JSON.stringify(grown)}`);
  return grown;
}

function assertFlat(grown, what) {
  const message = `${what}: ${JSON.stringify(grown)}`;
  assert.ok(grown.nodes <= MAX_NODES, `DOM nodes kept growing; ${message}`);
  assert.ok(grown.listeners <= MAX_LISTENERS, `event listeners kept growing; ${message}`);
  assert.ok(grown.wasmKiB * 1024 <= MAX_WASM_BYTES, `wasm memory kept growing; ${message}`);
}

describe("no leaks", () => {
  test("1,000 mount/destroy cycles keep wasm memory, DOM nodes and listeners flat", async () => {
    const session = await leakPage();
    const grown = await growth(
      session,
      async (cycles) => {
        const host = document.getElementById("leak-host");
        for (let i = 0; i < cycles; i += 1) {
          const handle = await window.PainMap.mount(host, { lang: "en" });
          await window.rendered(host);
          handle.destroy();
          // As on a real page, other tasks run between remounts (the garbage collector's
          // finalizers among them, which free the handles the page dropped).
          await window.task();
        }
      },
      1000,
    );
    assertFlat(grown, "PainMap.mount, then destroy()");
    // And the element still takes a widget that works.
    await session.page.evaluate(async () => {
      await window.PainMap.mount(document.getElementById("leak-host"), { lang: "en" });
    });
    const host = session.page.locator("#leak-host");
    await mark(host, "neck", 3);
    assert.equal(await host.locator(".count").textContent(), "1 painful area marked.");
    assert.deepEqual(session.page.problems, []);
    await session.page.close();
  });

  test("200 reset() calls keep wasm memory, DOM nodes and listeners flat", async () => {
    const session = await leakPage();
    await session.page.evaluate(async () => {
      window.handle = await window.PainMap.mount(document.getElementById("leak-host"), { lang: "en" });
    });
    const grown = await growth(
      session,
      async (cycles) => {
        const host = document.getElementById("leak-host");
        for (let i = 0; i < cycles; i += 1) {
          window.handle.reset();
          await window.rendered(host);
        }
      },
      200,
    );
    assertFlat(grown, "reset()");
    assert.equal(await session.page.locator("#leak-host .painmap-root").count(), 1);
    assert.deepEqual(session.page.problems, []);
    await session.page.close();
  });

  test("a widget destroyed before it first rendered leaves nothing behind (200 cycles)", async () => {
    const session = await leakPage();
    const grown = await growth(
      session,
      async (cycles) => {
        // The glue's own mount() is synchronous: destroy() comes before the first render.
        const { mount } = await import("/pkg/painmap.js");
        const host = document.getElementById("leak-host");
        for (let i = 0; i < cycles; i += 1) {
          mount(host, { lang: "en" }).destroy();
          await window.task();
        }
      },
      200,
    );
    assertFlat(grown, "mount(), then destroy() at once");
    // Nothing of those widgets is left in the element, or renders later: a widget mounted
    // after them is drawn after anything they had left to draw (one renderer, in order).
    await session.page.evaluate(async () => {
      const { mount } = await import("/pkg/painmap.js");
      const after = document.createElement("div");
      document.querySelector("main").append(after);
      const handle = mount(after, { lang: "en" });
      await window.rendered(after);
      handle.destroy();
      after.remove();
    });
    assert.equal(await session.page.locator("#leak-host .painmap").count(), 0);
    assert.deepEqual(session.page.problems, []);
    await session.page.close();
  });

  test("200 settings changes on a <pain-map> keep wasm memory, DOM nodes and listeners flat", async () => {
    const session = await leakPage();
    const grown = await growth(
      session,
      async (cycles) => {
        const element = document.getElementById("painmap");
        for (let i = 0; i < cycles; i += 1) {
          element.dataset.clinicName = `Riverside Massage Clinic ${(element.count = (element.count ?? 0) + 1)}`;
          await window.task();
          await window.rendered(element);
        }
      },
      200,
    );
    assertFlat(grown, "data-clinic-name changes");
    assert.equal(await session.page.locator("#painmap .painmap-root").count(), 1);
    assert.deepEqual(session.page.problems, []);
    await session.page.close();
  });
});
