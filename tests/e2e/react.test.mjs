// painmap in a React 19 app and behind a bundler, as a clinic's developer would use it: the
// app in tests/e2e/react/app.jsx, bundled with esbuild when the test starts (development
// React, so that StrictMode runs every effect twice), and `PainMap.mount`'s serialisation and
// AbortSignal on their own. Bundles go to tests/e2e/artifacts/, which the test server serves.
import assert from "node:assert/strict";
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, test } from "node:test";
import * as esbuild from "esbuild";
import { LIVE, artifacts, mark, phonePage, root, useBrowser } from "./support.mjs";

const suite = useBrowser();
const here = join(root, "tests", "e2e");

const PAGE = (title, script) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><link rel="icon" href="/www/icon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/www/page.css"></head>
<body><div id="root"></div><script type="module" src="${script}"></script></body>
</html>
`;

/** A fresh folder under artifacts/, served as /tests/e2e/artifacts/<name>/. */
function outDir(name) {
  const dir = join(artifacts, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return { dir, url: () => `${suite.server.url}tests/e2e/artifacts/${name}/` };
}

const react = outDir("react");

before(async () => {
  await esbuild.build({
    entryPoints: [join(here, "react", "app.jsx")],
    bundle: true,
    format: "esm",
    jsx: "automatic",
    // The loader is loaded at run time from where painmap is hosted, not bundled (README,
    // "Bundlers").
    external: ["/pkg/*"],
    define: { "process.env.NODE_ENV": '"development"' },
    outfile: join(react.dir, "app.js"),
    logLevel: "error",
  });
  writeFileSync(join(react.dir, "index.html"), PAGE("painmap in React", "app.js"));
});

/** Opens the React app showing the map `way` (flag, signal or element), once it has settled:
 * marking an area waits for the map to be there and stay there. */
async function openApp(way) {
  const page = await phonePage(suite.browser);
  await page.goto(`${react.url()}index.html?way=${way}`);
  const host = page.locator("#painmap");
  await host.locator(LIVE).waitFor();
  return { page, host };
}

/** The element the widget was in, kept by the page after React takes it out. */
async function keep(page) {
  return page.evaluateHandle(() => document.getElementById("painmap"));
}

describe("React 19 in StrictMode", () => {
  for (const [way, how] of [
    ["flag", "in an effect with a cancel flag"],
    ["signal", "in an effect with an AbortSignal"],
  ]) {
    test(`PainMap.mount ${how}: one widget that works; unmounting empties the element`, async () => {
      const { page, host } = await openApp(way);
      await mark(host, "lower_back_left", 7);
      assert.equal(await host.locator('.num[data-for="lower_back_left"]').textContent(), "7");
      assert.equal(await host.locator(".painmap-root").count(), 1, "the widget is shown once");
      assert.deepEqual(page.problems, [], "no error in the console");

      const element = await keep(page);
      await page.locator("#toggle").tap();
      await host.waitFor({ state: "detached" });
      // React runs the effect's cleanup after taking the element out.
      await page.waitForFunction((div) => div.shadowRoot.childElementCount === 0, element);

      // Shown again: a fresh widget, once.
      await page.locator("#toggle").tap();
      await host.locator(LIVE).waitFor();
      await mark(host, "neck", 3);
      assert.equal(await host.locator(".painmap-root").count(), 1);
      assert.equal(await host.locator('.num[data-for="lower_back_left"]').count(), 0, "a new journey");
      assert.deepEqual(page.problems, [], "no error in the console");
      await page.close();
    });
  }

  test("<pain-map> in JSX: one widget that works; unmounting empties it", async () => {
    const { page, host } = await openApp("element");
    assert.equal(await host.getAttribute("class"), "painmap-host", "React 19 passes class as it is");
    await mark(host, "hip_right", 5);
    assert.equal(await host.locator('.num[data-for="hip_right"]').textContent(), "5");
    assert.equal(await host.locator(".painmap-root").count(), 1);
    const element = await keep(page);
    await page.locator("#toggle").tap();
    await host.waitFor({ state: "detached" });
    await page.waitForFunction((el) => !el.shadowRoot.querySelector(".painmap-root"), element);
    assert.deepEqual(page.problems, [], "no error in the console");
    await page.close();
  });
});

describe("PainMap.mount, one element at a time", () => {
  /** A page with the loader loaded as window.PainMap and an empty div#painmap. */
  async function plainPage() {
    const page = await phonePage(suite.browser);
    await page.goto(`${suite.server.url}www/examples/plain.html`);
    await page.locator("pain-map .painmap").first().waitFor();
    await page.evaluate(async () => {
      window.PainMap = (await import("/pkg/painmap-embed.js")).PainMap;
      const div = document.createElement("div");
      div.id = "target";
      document.querySelector("main").prepend(div);
      // What a person would see in the div: the widget, a message, or nothing.
      window.shown = () => {
        const shadow = div.shadowRoot;
        if (!shadow) return "nothing";
        if (shadow.querySelector(".painmap-root .painmap")) return "widget";
        return shadow.querySelector(".pm-failed, .painmap-failed")?.textContent ?? "nothing";
      };
      window.outcome = (promise) =>
        promise.then(
          (handle) => ({ handle: typeof handle.destroy }),
          (error) => ({ name: error?.name, message: String(error?.message ?? error) }),
        );
    });
    return page;
  }

  test("a mount waits for the one before it on the element, and its then() handlers", async () => {
    const page = await plainPage();
    const result = await page.evaluate(async () => {
      const div = document.getElementById("target");
      // React StrictMode's order: mount, the cleanup marks it cancelled, mount again at once.
      let cancelled = false;
      const first = PainMap.mount(div, { lang: "en" }).then((handle) => {
        if (cancelled) handle.destroy();
        return handle;
      });
      cancelled = true;
      const second = await outcome(PainMap.mount(div, { lang: "en" }));
      await first;
      return { second };
    });
    assert.deepEqual(result, { second: { handle: "function" } });
    // The second widget draws itself just after its mount resolves (the first one, drawn and
    // destroyed, may already have said painmap:ready): wait for the widget itself.
    await page.waitForFunction(() => shown() === "widget", null, { timeout: 5000 });
    const roots = await page.evaluate(
      () => document.getElementById("target").shadowRoot.querySelectorAll(".painmap-root").length,
    );
    assert.equal(roots, 1, "one widget in the element, not two");
    // A widget still there refuses another, as before: the page must destroy() it first.
    const again = await page.evaluate(async () => {
      const refused = await outcome(PainMap.mount(document.getElementById("target"), { lang: "es" }));
      return { refused, shown: shown() };
    });
    assert.match(again.refused.message, /already shows a painmap/);
    assert.equal(again.shown, "widget", "the widget there carries on");
    await page.close();
  });

  test("an AbortSignal: aborted before the widget is live, nothing; after, the widget goes", async () => {
    const page = await plainPage();
    const result = await page.evaluate(async () => {
      const div = document.getElementById("target");
      const already = await outcome(PainMap.mount(div, { lang: "en" }, { signal: AbortSignal.abort() }));
      const alreadyShown = shown();
      // Aborted while it waits for the widget to start (on another element: no mount before
      // it to wait for). ready() resolves after every mount that was waiting for the wasm.
      const other = document.createElement("div");
      div.after(other);
      const controller = new AbortController();
      const pending = outcome(PainMap.mount(other, { lang: "en" }, { signal: controller.signal }));
      controller.abort();
      const whileLoading = await pending;
      await PainMap.ready();
      const loadingShown = other.shadowRoot ? "something" : "nothing";
      // Aborted once live: as destroy().
      const later = new AbortController();
      const drawn = new Promise((resolve) => div.addEventListener("painmap:ready", resolve, { once: true }));
      const handle = await PainMap.mount(div, { lang: "en" }, { signal: later.signal });
      await drawn;
      const liveShown = shown();
      later.abort();
      const afterShown = shown();
      handle.destroy(); // twice is harmless
      // A custom reason is the rejection.
      const custom = await outcome(PainMap.mount(div, {}, { signal: AbortSignal.abort(new Error("gone away")) }));
      return { already, alreadyShown, whileLoading, loadingShown, liveShown, afterShown, custom };
    });
    assert.equal(result.already.name, "AbortError");
    assert.equal(result.alreadyShown, "nothing");
    assert.equal(result.whileLoading.name, "AbortError");
    assert.equal(result.loadingShown, "nothing", "the aborted mount showed nothing when the wasm was there");
    assert.equal(result.liveShown, "widget");
    assert.equal(result.afterShown, "nothing");
    assert.equal(result.custom.message, "gone away");
    assert.deepEqual(page.problems, [], "an abort is not an error");
    await page.close();
  });

  test("a wrong option is refused with a readable message, in the element too", async () => {
    const page = await plainPage();
    const result = await page.evaluate(async () => {
      const div = document.getElementById("target");
      const typo = await outcome(PainMap.mount(div, { lang: "en" }, { singal: new AbortController().signal }));
      const typoShown = shown();
      const notSignal = await outcome(PainMap.mount(div, { lang: "en" }, { signal: "stop" }));
      return { typo, typoShown, notSignal };
    });
    assert.match(result.typo.message, /"singal" is not an option; expected \{ signal \}/);
    assert.match(result.typoShown, /"singal" is not an option; expected \{ signal \}/, "the box names the mistake");
    assert.match(result.notSignal.message, /options\.signal must be an AbortSignal/);
    await page.close();
  });
});

describe("esbuild", () => {
  test("bundling the loader leaves the wasm and the stylesheet behind: they 404 until copied beside the bundle", async () => {
    const out = outDir("esbuild");
    const entry = join(out.dir, "entry.js");
    writeFileSync(
      entry,
      `import { PainMap } from ${JSON.stringify(join(root, "pkg", "painmap-embed.js"))};\n` +
        "PainMap.mount(document.getElementById('root'), { lang: 'en' }).then(\n" +
        "  () => { document.title = 'mounted'; },\n" +
        "  (error) => { document.title = 'failed: ' + error.message; },\n" +
        ");\n",
    );
    await esbuild.build({ entryPoints: [entry], bundle: true, format: "esm", outfile: join(out.dir, "app.js"), logLevel: "error" });
    rmSync(entry);
    writeFileSync(join(out.dir, "index.html"), PAGE("painmap bundled by esbuild", "app.js"));
    assert.deepEqual(readdirSync(out.dir).sort(), ["app.js", "index.html"], "esbuild copied nothing else");
    assert.match(readFileSync(join(out.dir, "app.js"), "utf8"), /new URL\("painmap_bg\.wasm", ?import\.meta\.url\)/);

    const page = await phonePage(suite.browser);
    const missing = page.waitForResponse((response) => response.url().endsWith("/esbuild/painmap_bg.wasm"));
    await page.goto(`${out.url()}index.html`);
    assert.equal((await missing).status(), 404);
    await page.waitForFunction(() => document.title.startsWith("failed"));
    assert.match(await page.locator("#root .pm-failed").textContent(), /could not load/);

    // The wasm alone: the widget is live, but its stylesheet (painmap.css, beside the glue,
    // not in the wasm) is missing too, and its place says so rather than show it unstyled.
    copyFileSync(join(root, "pkg", "painmap_bg.wasm"), join(out.dir, "painmap_bg.wasm"));
    assert.ok(existsSync(join(out.dir, "painmap_bg.wasm")));
    await page.reload();
    await page.waitForFunction(() => document.title === "mounted");
    assert.match(
      await page.locator("#root .painmap-failed:not([hidden])").textContent(),
      /stylesheet could not load from [^ ]+\/esbuild\/painmap\.css/,
    );

    copyFileSync(join(root, "pkg", "painmap.css"), join(out.dir, "painmap.css"));
    await page.reload();
    await page.waitForFunction(() => document.title === "mounted");
    await mark(page.locator("#root"), "sacrum", 4);
    await page.close();
  });
});
