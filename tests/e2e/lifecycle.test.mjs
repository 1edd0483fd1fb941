// The widget's life as a page's script sees it, on the loader a clinic hosts (pkg/): the
// painmap:ready and painmap:error events on the element, with the version and a kind the
// page can act on; the page's CSS cannot restyle the widget through its custom properties
// (only data-theme and data-accent can); <pain-map loading="lazy"> fetches nothing until the
// person scrolls near it.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { cargoVersion } from "../../scripts/dist.mjs";
import { LIVE, crashWidget, mark, phonePage, root, useBrowser } from "./support.mjs";

const suite = useBrowser();

/** painmap's one version number, which the built loader reports. */
const VERSION = cargoVersion();

const FAILED_EN = "The back pain map could not load. Please reload the page, or try another browser.";

/**
 * A page in pkg/ (beside the hosted loader) with `body`; it records every painmap:ready and
 * painmap:error that reaches the document (they bubble), with the element they came from
 * and whether the widget was drawn when it said so.
 */
async function pageIn(name, body, setUp = async () => {}) {
  const page = await phonePage(suite.browser, { locale: "en-GB", reducedMotion: "reduce" });
  page.consoleLines = [];
  page.on("console", (message) => page.consoleLines.push(`${message.type()}: ${message.text()}`));
  await setUp(page);
  const url = `${suite.server.url}pkg/${name}.html`;
  await page.route(url, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><meta charset="utf-8"><meta name="viewport" content="width=device-width">
        <script>
          window.heard = [];
          for (const type of ["painmap:ready", "painmap:error", "painmap:loaded"]) {
            document.addEventListener(type, (event) => heard.push({
              type,
              target: event.target === document ? "document" : event.target.id,
              detail: event.detail,
              drawn: Boolean(event.target.shadowRoot?.querySelector(".painmap-root .painmap")),
            }));
          }
        </script>
        <body>${body}</body>`,
    }),
  );
  await page.goto(url);
  return page;
}

const heard = (page, type, target) =>
  page.evaluate(([type, target]) => heard.filter((e) => e.type === type && e.target === target), [type, target]);

/** Waits until `count` events of `type` have reached the document from `target`. */
const hear = (page, type, target, count = 1) =>
  page.waitForFunction(
    ([type, target, count]) => heard.filter((e) => e.type === type && e.target === target).length >= count,
    [type, target, count],
  );

describe("painmap:ready and painmap:error", () => {
  test("painmap:ready, with the version, each time a widget becomes live: <pain-map>, PainMap.mount, a remount, a restart", async () => {
    const page = await pageIn(
      "lifecycle-ready",
      `<pain-map id="a" data-lang="en"></pain-map>
       <div id="b"></div>
       <script type="module">
         import { PainMap } from "./painmap-embed.js";
         window.handleB = await PainMap.mount(document.getElementById("b"), { lang: "en" });
       </script>`,
    );
    await hear(page, "painmap:ready", "a");
    await hear(page, "painmap:ready", "b");
    for (const target of ["a", "b"]) {
      const [ready] = await heard(page, "painmap:ready", target);
      assert.deepEqual(ready.detail, { version: VERSION });
      assert.ok(ready.drawn, `${target}: the widget is drawn when it says it is ready`);
    }
    // The loader's own, on the document, has the same shape and a name of its own.
    assert.deepEqual((await heard(page, "painmap:loaded", "document")).map((e) => e.detail), [{ version: VERSION }]);
    assert.deepEqual(await heard(page, "painmap:ready", "document"), []);

    // The widget answers taps once ready.
    const a = page.locator("#a");
    await mark(a, "neck", 4);

    // A new setting remounts: ready again.
    await a.evaluate((element) => element.setAttribute("data-accent", "#7a3e9d"));
    await hear(page, "painmap:ready", "a", 2);

    // A crash restarts every widget: each is ready again; a second crash soon after stops
    // them, and says so with the kind "stopped".
    await crashWidget(a);
    await a.locator(".pm-note").waitFor();
    await hear(page, "painmap:ready", "a", 3);
    await hear(page, "painmap:ready", "b", 2);
    assert.deepEqual(await heard(page, "painmap:error", "a"), []);
    await crashWidget(a);
    await hear(page, "painmap:error", "a");
    await hear(page, "painmap:error", "b");
    for (const target of ["a", "b"]) {
      const [error] = await heard(page, "painmap:error", target);
      assert.equal(error.detail.kind, "stopped");
      assert.match(error.detail.message, /stopped/);
    }
    assert.equal((await heard(page, "painmap:ready", "a")).length, 3, "no ready after the stop");
    await page.close();
  });

  test('painmap:error kind "config" for data-accent="teal-ish", on <pain-map> and on a PainMap.mount element', async () => {
    const page = await pageIn(
      "lifecycle-config",
      `<pain-map id="a" data-lang="en" data-accent="teal-ish"></pain-map>
       <div id="b"></div>
       <script type="module">
         import { PainMap } from "./painmap-embed.js";
         PainMap.mount(document.getElementById("b"), { accent: "teal-ish" }).catch((error) => {
           window.rejected = error.message;
         });
       </script>`,
    );
    await hear(page, "painmap:error", "a");
    await hear(page, "painmap:error", "b");
    for (const target of ["a", "b"]) {
      const errors = await heard(page, "painmap:error", target);
      assert.equal(errors.length, 1);
      assert.equal(errors[0].detail.kind, "config");
      assert.match(errors[0].detail.message, /accent "teal-ish" is not a hex colour/);
    }
    assert.match(await page.evaluate(() => window.rejected), /teal-ish/);
    // The person sees the widget's box, not an empty hole.
    assert.match(await page.locator("#a").getByRole("alert").textContent(), /teal-ish/);
    assert.deepEqual(await heard(page, "painmap:ready", "a"), []);
    await page.close();
  });

  test('painmap:error kind "load" for a wasm that 404s; the box says it could not load', async () => {
    const page = await pageIn(
      "lifecycle-load",
      `<script type="module" src="./painmap-embed.js"></script>
       <pain-map id="a" data-lang="en"></pain-map>`,
      (page) => page.route("**/pkg/painmap_bg.wasm", (route) => route.fulfill({ status: 404, body: "Not found" })),
    );
    await hear(page, "painmap:error", "a");
    const [error] = await heard(page, "painmap:error", "a");
    assert.equal(error.detail.kind, "load");
    assert.equal(typeof error.detail.message, "string");
    assert.equal((await page.locator("#a").getByRole("alert").textContent()).trim(), FAILED_EN);
    // The console names where the files were looked for, and what to check.
    assert.ok(
      page.consoleLines.some((line) => line.includes(`${suite.server.url}pkg/`) && /404/.test(line)),
      page.consoleLines.join("\n"),
    );
    await page.close();
  });

  test('painmap:error kind "unsupported" in a browser without WebAssembly', async () => {
    const page = await pageIn(
      "lifecycle-unsupported",
      `<script type="module" src="./painmap-embed.js"></script>
       <pain-map id="a" data-lang="en"></pain-map>`,
      (page) => page.addInitScript(() => delete window.WebAssembly),
    );
    await hear(page, "painmap:error", "a");
    const [error] = await heard(page, "painmap:error", "a");
    assert.equal(error.detail.kind, "unsupported");
    assert.match(error.detail.message, /WebAssembly/);
    assert.equal((await page.locator("#a").getByRole("alert").textContent()).trim(), FAILED_EN);
    await page.close();
  });

  test("the iframe page posts painmap:error with its kind", async () => {
    const page = await phonePage(suite.browser, { reducedMotion: "reduce" });
    // A real page of the server (a folder listing) frames it: the frame's own origin hears it.
    await page.goto(`${suite.server.url}docs/`);
    const message = page.evaluate(
      () =>
        new Promise((resolve) => {
          addEventListener("message", (event) => {
            if (event.data?.type === "painmap:error") resolve(event.data);
          });
          document.body.innerHTML = `<iframe src="/pkg/embed.html?accent=teal-ish" style="width:100%;height:600px"></iframe>`;
        }),
    );
    const data = await message;
    assert.equal(data.kind, "config");
    assert.match(data.message, /teal-ish/);
    await page.close();
  });
});

describe("files beside the wasm that stall or fail", () => {
  /** Holds every request for `pattern` unanswered, as a server that has stalled does; `some`
   * holds only the first so many. */
  const stall = (page, pattern, some = Infinity) => {
    let held = 0;
    return page.route(pattern, (route) => {
      held += 1;
      if (held > some) return route.continue();
      // Never answered.
    });
  };
  const styledHeight = (page, id) =>
    page.locator(`#${id}`).evaluate((element) => element.shadowRoot.querySelector(".painmap-root:not([data-prerendered])").getBoundingClientRect().height);

  test("a first screen that never comes: both widgets still go live, styled, a few seconds after the wasm", async () => {
    const page = await pageIn(
      "lifecycle-stalled-first",
      `<script type="module" src="./painmap-embed.js"></script>
       <pain-map id="a" data-lang="en"></pain-map>
       <pain-map id="b" data-lang="es"></pain-map>`,
      (page) => stall(page, "**/pkg/painmap-first-*.html"),
    );
    // Once the wasm is in, 3 s for the first screen; then painmap.css, which the widget links.
    await hear(page, "painmap:ready", "a").catch(() => assert.fail("no painmap:ready from a widget whose first screen stalled"));
    await hear(page, "painmap:ready", "b");
    for (const id of ["a", "b"]) {
      assert.ok((await styledHeight(page, id)) > 500, `${id}: the map is shown, styled`);
      assert.equal(await page.locator(`#${id} .pm-loading, #${id} .pm-failed`).count(), 0);
    }
    assert.equal(await page.locator(`#b ${LIVE}`).getAttribute("lang"), "es");
    assert.deepEqual(await page.evaluate(() => heard.filter((e) => e.type === "painmap:error")), []);
    await page.close();
  });

  test("a language's words that stall on the loader's request: the widget downloads its own and goes live in it", async () => {
    const page = await pageIn(
      "lifecycle-stalled-words",
      `<script type="module" src="./painmap-embed.js"></script>
       <pain-map id="a" data-lang="es"></pain-map>`,
      (page) => stall(page, /\/pkg\/painmap-es\.[0-9a-f]{8}\.txt$/, 1),
    );
    await hear(page, "painmap:ready", "a").catch(() => assert.fail("no painmap:ready from a widget whose words stalled"));
    assert.equal(await page.locator(`#a ${LIVE}`).getAttribute("lang"), "es");
    assert.deepEqual(await heard(page, "painmap:error", "a"), []);
    await page.close();
  });

  test("a language's words that never come: within seconds the widget is live in English and says why", async () => {
    const page = await pageIn(
      "lifecycle-no-words",
      `<script type="module" src="./painmap-embed.js"></script>
       <pain-map id="a" data-lang="es"></pain-map>`,
      (page) => stall(page, /\/pkg\/painmap-es\.[0-9a-f]{8}\.txt$/),
    );
    // The loader's 3 s, then the widget's own 10 s.
    await hear(page, "painmap:ready", "a").catch(() => assert.fail("no painmap:ready from a widget whose words never came"));
    const host = page.locator("#a");
    assert.equal(await host.locator(LIVE).getAttribute("lang"), "en");
    assert.equal(
      await host.getByRole("alert").filter({ hasText: "Español" }).textContent(),
      "Español could not be downloaded. Check the connection, then choose it again.",
    );
    await mark(host, "neck", 3);
    assert.equal(await host.locator(".count").textContent(), "1 painful area marked.");
    await page.close();
  });

  test("a widget mounted and destroyed again and again while its words never come leaves nothing watching its box", async () => {
    const page = await pageIn(
      "lifecycle-remounts",
      `<div id="a"></div>
       <script type="module">
         import { PainMap } from "./painmap-embed.js";
         window.PainMap = PainMap;
       </script>`,
      async (page) => {
        await stall(page, /\/pkg\/painmap-es\.[0-9a-f]{8}\.txt$/);
        await page.addInitScript(() => {
          window.watching = new Set();
          const { observe, disconnect } = MutationObserver.prototype;
          MutationObserver.prototype.observe = function (...args) {
            window.watching.add(this);
            return observe.apply(this, args);
          };
          MutationObserver.prototype.disconnect = function () {
            window.watching.delete(this);
            return disconnect.call(this);
          };
        });
      },
    );
    /** How many MutationObservers watch something now: each runs on every change in it. */
    const observers = () => page.evaluate(() => window.watching.size);
    await page.waitForFunction(() => window.PainMap);
    const before = await observers();
    for (let i = 0; i < 4; i += 1) {
      await page.evaluate(async () => {
        const handle = await PainMap.mount(document.getElementById("a"), { lang: "es" });
        handle.destroy();
      });
    }
    assert.equal(await observers(), before);
    await page.close();
  });

  test("without a first screen and painmap.css (404): the box says which file, painmap:error \"load\", and no painmap:ready", async () => {
    const page = await pageIn(
      "lifecycle-no-sheet",
      `<script type="module" src="./painmap-embed.js"></script>
       <pain-map id="a" data-lang="en"></pain-map>`,
      async (page) => {
        await page.route("**/pkg/painmap-first-*.html", (route) => route.fulfill({ status: 404, body: "" }));
        await page.route("**/pkg/painmap.css", (route) => route.fulfill({ status: 404, body: "" }));
      },
    );
    await hear(page, "painmap:error", "a");
    const [error] = await heard(page, "painmap:error", "a");
    assert.equal(error.detail.kind, "load");
    assert.match(error.detail.message, /stylesheet could not load from .*\/pkg\/painmap\.css/);
    assert.match(await page.locator("#a").getByRole("alert").textContent(), /could not load from .*painmap\.css/);
    // What a page that waits for ready must not hear: the person sees the message, not the map.
    await page.waitForTimeout(500);
    assert.deepEqual(await heard(page, "painmap:ready", "a"), []);
    await page.close();
  });

  test("a first screen and a painmap.css that both never come: the loader's message, painmap:error \"load\", no ready", async () => {
    const page = await pageIn(
      "lifecycle-stalled-sheet",
      `<script type="module" src="./painmap-embed.js"></script>
       <pain-map id="a" data-lang="en"></pain-map>`,
      async (page) => {
        await stall(page, "**/pkg/painmap-first-*.html");
        await stall(page, "**/pkg/painmap.css");
      },
    );
    // Meanwhile the box keeps the map's place.
    await page.waitForFunction(() => document.querySelector("#a").shadowRoot?.querySelector(".painmap-root:not([data-prerendered])"));
    assert.ok((await page.locator("#a").evaluate((element) => element.getBoundingClientRect().height)) > 500);
    await hear(page, "painmap:error", "a");
    const [error] = await heard(page, "painmap:error", "a");
    assert.equal(error.detail.kind, "load");
    assert.match(error.detail.message, /stylesheet did not come from .*painmap\.css within 10 s/);
    assert.equal((await page.locator("#a").getByRole("alert").textContent()).trim(), FAILED_EN);
    assert.equal(await styledHeight(page, "a"), 0, "no unstyled widget under the message");
    assert.deepEqual(await heard(page, "painmap:ready", "a"), []);
    await page.close();
  });
});

/** Every custom property the widget's stylesheets name (www/painmap.css, www/css/). */
function widgetProperties() {
  const sheets = [join(root, "www", "painmap.css")];
  const dir = join(root, "www", "css");
  for (const name of readdirSync(dir)) if (name.endsWith(".css")) sheets.push(join(dir, name));
  const names = new Set();
  for (const sheet of sheets) {
    for (const [name] of readFileSync(sheet, "utf8").matchAll(/--pm-[a-z0-9-]+/g)) names.add(name);
  }
  return [...names];
}

describe("theming only through data-theme and data-accent", () => {
  test("a page rule setting every --pm-* on pain-map changes no colour in the widget; data-accent still does", async () => {
    const properties = widgetProperties();
    assert.ok(properties.includes("--pm-brand") && properties.includes("--pm-accent"), properties.join());
    const leak = `pain-map { ${properties.map((name) => `${name}: #ffee00 !important;`).join(" ")} }`;
    const widgets = `
      <script type="module" src="./painmap-embed.js"></script>
      <pain-map id="plain" data-lang="en"></pain-map>
      <pain-map id="accent" data-lang="en" data-accent="#7a3e9d"></pain-map>
      <pain-map id="dark" data-lang="en" data-theme="dark"></pain-map>
      <pain-map id="darkAccent" data-lang="en" data-theme="dark" data-accent="#7a3e9d"></pain-map>`;

    /** The computed colours a person sees: Next, the widget's text and ground, a marked area. */
    async function colours(body) {
      const page = await pageIn(`lifecycle-theme-${body.length}`, body);
      const result = {};
      for (const id of ["plain", "accent", "dark", "darkAccent"]) {
        const host = page.locator(`#${id}`);
        await host.locator(LIVE).waitFor();
        await mark(host, "lower_back_left", 7);
        result[id] = await host.evaluate((element) => {
          const shadow = element.shadowRoot;
          const style = (selector) => getComputedStyle(shadow.querySelector(selector));
          const next = style("button.nav-next");
          const widget = style(".painmap");
          const area = style('[data-region="lower_back_left"]');
          return {
            next: [next.backgroundColor, next.color, next.borderColor],
            widget: [widget.backgroundColor, widget.color],
            area: [area.fill, area.stroke],
          };
        });
      }
      await page.close();
      return result;
    }

    const clean = await colours(widgets);
    const leaked = await colours(`<style>${leak}</style>${widgets}`);
    assert.deepEqual(leaked, clean);
    // Yellow is nowhere.
    assert.doesNotMatch(JSON.stringify(leaked), /255, 238, 0/);
    // The accent setting still works, adjusted for contrast in the dark theme.
    assert.notDeepEqual(clean.accent.next, clean.plain.next);
    assert.notDeepEqual(clean.darkAccent.next, clean.dark.next);
  });
});

describe('<pain-map loading="lazy">', () => {
  const isWidgetFile = (url) => /\/painmap(_bg)?\.(js|wasm)(\?|$)/.test(url);

  test("far below the fold: nothing of the widget is fetched until the person scrolls near, then it loads and works", async () => {
    const page = await pageIn(
      "lifecycle-lazy",
      `<script type="module" src="./painmap-embed.js"></script>
       <p style="height:5000px">A long clinic page.</p>
       <pain-map id="lazy" loading="lazy" data-lang="en"></pain-map>
       <p style="height:2000px">The footer.</p>`,
    );
    // The loader's observer reports on the element in the same rendering step as one the page
    // makes now, with the same margin: once the page's has reported, the loader's has too.
    const near = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const element = document.getElementById("lazy");
          const observer = new IntersectionObserver(
            (entries) => {
              observer.disconnect();
              resolve(entries[0].isIntersecting);
            },
            { rootMargin: "100% 0px" },
          );
          customElements.whenDefined("pain-map").then(() => observer.observe(element));
        }),
    );
    assert.equal(near, false, "the element is far from the viewport");
    assert.deepEqual(page.requests.filter(isWidgetFile), [], "no glue and no wasm yet");
    const lazy = page.locator("#lazy");
    assert.equal(await lazy.locator(".pm-loading").count(), 1, "the placeholder holds its place");
    const placeholder = (await lazy.boundingBox()).height;
    assert.ok(placeholder > 500, `the placeholder is as tall as the map: ${placeholder}px`);
    assert.equal(await lazy.evaluate((element) => element.painmap), null);

    // Scrolled to within a screen of it: it loads, and works.
    const wasm = page.waitForRequest((request) => /painmap_bg\.wasm/.test(request.url()));
    await page.evaluate(() => {
      const top = document.getElementById("lazy").getBoundingClientRect().top + scrollY;
      scrollTo(0, top - 1.5 * innerHeight);
    });
    await wasm;
    await hear(page, "painmap:ready", "lazy");
    await lazy.scrollIntoViewIfNeeded();
    await mark(lazy, "lower_back_left", 6);
    await lazy.locator("button.nav-next").tap();
    await lazy.locator(".step-title", { hasText: "Urgent warning signs" }).waitFor();
    await page.close();
  });

  test("near the top of the page at load: it loads at once", async () => {
    const page = await pageIn(
      "lifecycle-lazy-top",
      `<script type="module" src="./painmap-embed.js"></script>
       <pain-map id="lazy" loading="lazy" data-lang="en"></pain-map>`,
    );
    await hear(page, "painmap:ready", "lazy");
    await mark(page.locator("#lazy"), "neck", 3);
    await page.close();
  });
});
