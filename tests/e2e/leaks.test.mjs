// A widget that is mounted and destroyed again and again (a single-page app changing views, a
// clinic's script changing settings) must give back what it took: the page's DOM nodes, its
// event listeners and the wasm module's memory. Each test warms up first (the allocator and
// the caches settle), then repeats a remount and checks that the page holds no more than a
// small constant more than before, measured after a full garbage collection.
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { LIVE, footprint, mark, phonePage, root, useBrowser } from "./support.mjs";

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

  test("200 mount/destroy cycles, each in a new element, keep DOM nodes and listeners flat", async () => {
    // As a single-page app's views come and go: each widget's box is thrown away with it. A
    // loader that kept anything of a widget it had released kept its whole prerendered map.
    const session = await leakPage();
    const grown = await growth(
      session,
      async (cycles) => {
        for (let i = 0; i < cycles; i += 1) {
          const host = document.createElement("div");
          document.body.append(host);
          const handle = await window.PainMap.mount(host, { lang: "en" });
          for (let tries = 0; tries < 500; tries += 1) {
            if (host.shadowRoot?.querySelector(".painmap-root:not([data-prerendered]) .painmap")) break;
            await window.task();
          }
          handle.destroy();
          host.remove();
          await window.task();
        }
      },
      200,
    );
    assertFlat(grown, "PainMap.mount in a new element, then destroy() and remove()");
    assert.deepEqual(session.page.problems, []);
    await session.page.close();
  });

  test("200 reset() calls keep wasm memory, DOM nodes and listeners flat", async () => {
    const session = await leakPage();
    await session.page.evaluate(async () => {
      window.handle = await window.PainMap.mount(document.getElementById("leak-host"), { lang: "en" });
    });
    // Each cycle marks an area first, so that every reset() has something to clear.
    const grown = await growth(
      session,
      async (cycles) => {
        const host = document.getElementById("leak-host");
        const find = (selector) => host.shadowRoot.querySelector(`.painmap ${selector}`);
        for (let i = 0; i < cycles; i += 1) {
          await window.rendered(host);
          find('[data-region="neck"]').dispatchEvent(new MouseEvent("click", { bubbles: true }));
          for (let tries = 0; !find(".control") && tries < 500; tries += 1) await window.task();
          window.handle.reset();
          for (let tries = 0; find(".control") && tries < 500; tries += 1) await window.task();
          if (find(".control")) throw new Error("reset() left the control open");
        }
      },
      200,
    );
    assertFlat(grown, "reset()");
    assert.equal(await session.page.locator("#leak-host .painmap-root").count(), 1);
    assert.deepEqual(session.page.problems, []);
    await session.page.close();
  });

  test("1,000 addLanguage() calls with refused tables, then good ones, keep wasm memory flat; the widget still speaks", async () => {
    const session = await leakPage();
    const { page } = session;
    const warnings = [];
    page.on("console", (message) => {
      if (message.type() === "warning" && message.text().startsWith("painmap addLanguage")) warnings.push(message.text());
    });
    const table = readdirSync(join(root, "pkg")).find((name) => /^painmap-es\.[0-9a-f]{8}\.txt$/.test(name));
    await page.evaluate(async (table) => {
      window.addLanguage = (await import("/pkg/painmap.js")).addLanguage;
      window.good = await (await fetch(`/pkg/${table}`)).text();
      const [stamp, ...records] = window.good.split("\u001e");
      // A page may hand it anything: another build's table, a table with a record broken, a
      // quarter of a megabyte of junk, a language painmap does not speak.
      window.refused = [
        ["es", ["00000000", ...records].join("\u001e")],
        ["es", [stamp, "x", ...records].join("\u001e")],
        ["es", "junk ".repeat(50_000)],
        ["xx", window.good],
      ];
    }, table);
    const refused = await growth(
      session,
      async (cycles) => {
        for (let i = 0; i < cycles; i += 1) {
          for (const [tag, text] of window.refused) {
            if (window.addLanguage(tag, text)) throw new Error(`a bad table for ${tag} was taken`);
          }
        }
      },
      250,
    );
    assertFlat(refused, "refused tables");
    assert.ok(warnings.includes(`painmap addLanguage("es"): the table is another build's: use the one beside this wasm`), warnings[0]);
    // Nothing of them speaks: the good table is still read, once, and again changes nothing.
    const good = await growth(
      session,
      async (cycles) => {
        for (let i = 0; i < cycles; i += 1) {
          if (!window.addLanguage("es", window.good)) throw new Error("the good table was refused");
        }
      },
      200,
    );
    assertFlat(good, "good tables again");
    page.requests.length = 0;
    await page.evaluate(() => document.getElementById("painmap").painmap.setLang("es"));
    const host = page.locator("#painmap");
    await host.locator('.painmap[lang="es"]').waitFor();
    assert.equal(await host.locator(".step-title").textContent(), "¿Dónde le duele?");
    assert.deepEqual(page.requests.filter((url) => url.endsWith(".txt")), [], "the words added, not downloaded");
    await mark(host, "neck", 3);
    assert.deepEqual(page.problems, []);
    await page.close();
  });

  test("200 setLang() calls keep wasm memory, DOM nodes and listeners flat", async () => {
    const session = await leakPage();
    await session.page.evaluate(async () => {
      window.handle = await window.PainMap.mount(document.getElementById("leak-host"), { lang: "en" });
      await window.rendered(document.getElementById("leak-host"));
    });
    // Each cycle goes to Spanish and back, waiting for each to show.
    const grown = await growth(
      session,
      async (cycles) => {
        const host = document.getElementById("leak-host");
        const shows = async (lang) => {
          for (let tries = 0; tries < 500; tries += 1) {
            if (host.shadowRoot.querySelector(`.painmap[lang="${lang}"]`)) return;
            await window.task();
          }
          throw new Error(`setLang() did not show ${lang}`);
        };
        for (let i = 0; i < cycles; i += 1) {
          window.handle.setLang("es");
          await shows("es");
          window.handle.setLang("en");
          await shows("en");
        }
      },
      200,
    );
    assertFlat(grown, "setLang()");
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

  test("reset() starts over in the running widget: the same nodes, focus left on the page", async () => {
    const page = await phonePage(suite.browser);
    await page.goto(`${suite.server.url}www/examples/plain.html`);
    const host = page.locator("#painmap");
    await host.locator(LIVE).waitFor();
    await mark(host, "neck", 6);
    await host.locator("button.nav-next").tap();
    await host.locator('.painmap[data-step="2"]').waitFor();
    const stored = () => page.evaluate(() => sessionStorage.getItem("painmap:id:painmap"));
    assert.match(await stored(), /neck/);
    const summary = await page.evaluate(() => {
      const element = document.getElementById("painmap");
      element.shadowRoot.querySelector(".painmap").kept = true;
      window.changes = [];
      element.addEventListener("painmap:change", (event) => window.changes.push(event.detail));
      // A button of the page's own has focus, as when the page's "Start again" was pressed.
      const button = document.createElement("button");
      button.id = "page-button";
      button.textContent = "Start again";
      document.querySelector("main").append(button);
      button.focus();
      element.painmap.reset();
      return element.painmap.summary();
    });
    assert.doesNotMatch(summary, /Neck/, "summary() right after reset() has nothing of before");
    await host.locator('.painmap[data-step="1"]').waitFor();
    assert.equal(await host.locator(".num").count(), 0, "no area is marked any more");
    assert.equal(await host.locator(".count").textContent(), "No painful areas marked yet.");
    assert.ok(
      await page.evaluate(() => document.getElementById("painmap").shadowRoot.querySelector(".painmap").kept),
      "the widget was started over, not drawn again",
    );
    assert.equal(await page.evaluate(() => document.activeElement.id), "page-button", "focus stays on the page");
    // The page hears of it as of any change: back at step 1, nothing entered.
    const changes = await page.evaluate(() => window.changes);
    assert.equal(changes.length, 1, JSON.stringify(changes));
    assert.equal(changes[0].step, 1);
    assert.deepEqual(changes[0].intake.regions, {});
    assert.doesNotMatch((await stored()) ?? "", /neck/, "nothing of before is kept for a reload");
    // And it works on from there, also after setLang().
    await mark(host, "sacrum", 3);
    assert.equal(await host.locator(".count").textContent(), "1 painful area marked.");
    await page.evaluate(() => document.getElementById("painmap").painmap.setLang("es"));
    await host.locator('.painmap[lang="es"]').waitFor();
    assert.equal(await host.locator(".num").count(), 1);
    await page.evaluate(() => document.getElementById("painmap").painmap.reset());
    await host.locator(".num").waitFor({ state: "detached" });
    assert.equal(await host.locator(".painmap").getAttribute("lang"), "es", "the language is kept");
    assert.deepEqual(page.problems, []);
    await page.close();
  });

  test("setLang() switches the running widget: the same nodes, focus and answers kept, no painmap:ready", async () => {
    const page = await phonePage(suite.browser);
    await page.goto(`${suite.server.url}www/examples/plain.html`);
    const host = page.locator("#painmap");
    await host.locator(".painmap").waitFor();
    await mark(host, "neck", 6);
    await host.locator("button.nav-next").focus();
    await page.evaluate(() => {
      const element = document.getElementById("painmap");
      window.before = { widget: element.shadowRoot.querySelector(".painmap"), focused: element.shadowRoot.activeElement };
      window.announced = 0;
      element.addEventListener("painmap:ready", () => (window.announced += 1));
      element.painmap.setLang("es");
    });
    await host.locator(".step-title", { hasText: "¿Dónde le duele?" }).waitFor();
    const kept = () =>
      page.evaluate(() => {
        const shadow = document.getElementById("painmap").shadowRoot;
        return {
          widget: shadow.querySelector(".painmap") === window.before.widget,
          focused: shadow.activeElement === window.before.focused,
          announced: window.announced,
        };
      });
    assert.deepEqual(await kept(), { widget: true, focused: true, announced: 0 }, "switched in place, not drawn again");
    assert.deepEqual(await host.locator(".num").allTextContents(), ["6"]);
    assert.match(await page.evaluate(() => document.getElementById("painmap").painmap.summary()), /Cuello: 6 de 10/);
    // A language painmap does not speak throws and changes nothing; "" is the browser's (English here).
    const refused = await page.evaluate(() => {
      try {
        document.getElementById("painmap").painmap.setLang("xx");
        return null;
      } catch (error) {
        return error.message;
      }
    });
    assert.match(refused ?? "", /expected a language painmap speaks/);
    assert.equal(await host.locator(".painmap").getAttribute("lang"), "es");
    await page.evaluate(() => document.getElementById("painmap").painmap.setLang(""));
    await host.locator(".step-title", { hasText: "Where does it hurt?" }).waitFor();
    assert.deepEqual(await kept(), { widget: true, focused: true, announced: 0 });
    assert.deepEqual(await host.locator(".num").allTextContents(), ["6"]);
    assert.deepEqual(page.problems, []);
    await page.close();
  });
});

/** The wasm's stack (build.rs). */
const STACK = 128 * 1024;

/** The most stack the page's one widget instance has used so far, in bytes. */
async function stackUsed(page) {
  const cdp = await page.context().newCDPSession(page);
  const group = "stack";
  const { result: prototype } = await cdp.send("Runtime.evaluate", {
    expression: "WebAssembly.Memory.prototype",
    objectGroup: group,
  });
  const { objects } = await cdp.send("Runtime.queryObjects", { prototypeObjectId: prototype.objectId, objectGroup: group });
  const { result } = await cdp.send("Runtime.callFunctionOn", {
    objectId: objects.objectId,
    functionDeclaration: `function (stack) {
      if (this.length !== 1) throw new Error(this.length + " wasm memories");
      const bytes = new Uint8Array(this[0].buffer, 0, stack);
      const lowest = bytes.findIndex((byte) => byte !== 0);
      return lowest < 0 ? 0 : stack - lowest;
    }`,
    arguments: [{ value: STACK }],
    returnByValue: true,
  });
  await cdp.detach();
  return result.value;
}

describe("memory", () => {
  test("after load the widget's wasm memory is at most 0.5 MiB", async () => {
    const session = await leakPage();
    const { wasmBytes } = await footprint(session);
    console.log(`wasm memory after load: ${(wasmBytes / 1024).toFixed(0)} KiB`);
    assert.ok(wasmBytes <= 512 * 1024, `${wasmBytes} bytes`);
    await session.page.close();
  });

  // The wasm's stack is 128 KiB (build.rs). The deepest work it does is drawing the summary
  // of the largest journey, and the advice for it: every area at 10 and every question
  // answered yes. Past its stack the wasm would trap, and the widget restart or stop.
  for (const lang of ["en", "es"]) {
    test(`the largest journey's summary, in ${lang}, fits in the stack`, async () => {
      const page = await phonePage(suite.browser);
      await page.goto(`${suite.server.url}www/examples/plain.html`);
      const host = page.locator("#painmap");
      await host.locator(LIVE).waitFor();
      const regions = await host.evaluate((element) =>
        [...element.shadowRoot.querySelectorAll("[data-region]")].map((node) => node.dataset.region),
      );
      const intake = JSON.parse(
        readFileSync(join(root, "crates", "painmap-core", "tests", "cases", "23_chronic_severe_unassessed.json"), "utf8"),
      ).intake;
      for (const question of Object.keys(intake.answers)) intake.answers[question] = "yes";
      intake.regions = Object.fromEntries([...new Set(regions)].map((id) => [id, 10]));
      intake.pregnancy_weeks = 20;
      intake.massage_sessions_for_this_pain = 3;
      intake.improved_after_massage = "no";
      await page.evaluate(
        ([intake, lang]) => sessionStorage.setItem("painmap:id:painmap", JSON.stringify({ v: 2, lang, step: 9, intake })),
        [intake, lang],
      );
      await page.reload();
      await host.locator(".summary").waitFor();
      const ten = lang === "en" ? /10 of 10/g : /10 de 10/g;
      const shown = (await host.locator(".summary").textContent()).match(ten)?.length ?? 0;
      assert.ok(shown >= new Set(regions).size, `${shown} areas at 10 in the summary`);
      const { text, level } = await page.evaluate(async (intake) => {
        const { advise } = await import("/pkg/painmap.js");
        return { text: document.getElementById("painmap").painmap.summary(), level: advise(intake).level };
      }, intake);
      assert.equal(level, "emergency");
      assert.ok((text.match(ten)?.length ?? 0) >= new Set(regions).size, text);
      // How deep the stack went: it grows down from its top, and memory starts zeroed, so
      // the lowest byte it ever wrote is its high-water mark. A margin, not the whole stack:
      // the low 1 KiB must stay untouched (scripts/build.sh, --low-memory-unused).
      const used = await stackUsed(page);
      console.log(`stack used by the largest journey in ${lang}: ${(used / 1024).toFixed(1)} of ${STACK / 1024} KiB`);
      assert.ok(used <= STACK / 2, `${used} bytes of stack`);
      assert.deepEqual(page.problems, []);
      await page.close();
    });
  }
});
