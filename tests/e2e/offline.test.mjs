// The standalone page as an installable, offline web app: once visited, it opens with the
// network off and keeps its journey across the reload; the browser finds it installable; the
// embed (loader, iframe page) never registers a service worker. Each test has a fresh browser
// context, so a worker registered here cannot reach another test.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { journeyDriver, LIVE, openWidget, phonePage, root, useBrowser } from "./support.mjs";

const suite = useBrowser();

/** The build's list for the service worker (pkg/sw-assets.js): { cache, files }. */
function offlineList() {
  const text = readFileSync(join(root, "pkg", "sw-assets.js"), "utf8");
  return JSON.parse(text.slice(text.indexOf("{"), text.lastIndexOf("}") + 1));
}

/** Resolves once a service worker is active and controls the page. */
const controlled = (page) =>
  page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
    }
    return navigator.serviceWorker.controller.scriptURL;
  });

describe("the standalone page offline", () => {
  test("after one visit, a reload with the network off opens the page with its journey", async () => {
    const page = await phonePage(suite.browser, { reducedMotion: "reduce" });
    const host = await openWidget(page, suite.server.url);
    assert.equal(await controlled(page), `${suite.server.url}sw.js`);

    const run = journeyDriver(page, host, "offline");
    await run.mark("lower_back_left", 6);
    await run.next();
    await run.at("emergency");

    assert.deepEqual(page.problems, []);
    await page.context().setOffline(true);
    // A file the worker does not cache: its failure proves the network is off (and is the one
    // console error expected from here on).
    const reported = page.waitForEvent("console", (message) => message.text().includes("ERR_INTERNET_DISCONNECTED"));
    const online = await page.evaluate(() => fetch("README.md").then(() => "online", () => "offline"));
    assert.equal(online, "offline", "the network really is off");
    await reported;
    page.problems.length = 0;

    await page.reload();
    await run.at("emergency");
    await run.shot("reload");
    await run.back();
    await run.at("map");
    assert.equal(await host.locator(".num").count(), 1, "the marked area is kept");
    assert.equal(await host.locator(".num").textContent(), "6");

    // The cache holds this build's files and nothing else: no answer, no other response.
    const { cache, files } = offlineList();
    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      const entries = {};
      for (const name of names) {
        entries[name] = (await (await caches.open(name)).keys()).map((request) => request.url).sort();
      }
      return entries;
    });
    assert.deepEqual(cached, { [cache]: files.map(([path]) => `${suite.server.url}${path}`).sort() });
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test("a new build (a new list of files) replaces the cache on the next visit; the old one goes", async () => {
    const page = await phonePage(suite.browser, { reducedMotion: "reduce" });
    await openWidget(page, suite.server.url);
    await controlled(page);
    const { cache } = offlineList();
    assert.deepEqual(await page.evaluate(() => caches.keys()), [cache]);

    // The next build, as the browser sees it: another cache name in pkg/sw-assets.js.
    const next = `${cache.slice(0, -4)}beef`;
    await page.context().route("**/pkg/sw-assets.js", async (route) => {
      const response = await route.fetch();
      route.fulfill({ response, body: (await response.text()).replace(cache, next) });
    });
    // The visit checks for an update: the new worker caches the files under the new name, takes
    // over, and deletes the old cache.
    await page.reload();
    await page.locator(`#painmap ${LIVE}`).waitFor();
    await page.waitForFunction((next) => caches.keys().then((keys) => keys.join() === next), next);
    await page.context().setOffline(true);
    await page.reload();
    await page.locator(`#painmap ${LIVE}`).waitFor();
    assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null), "served by the new worker");
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test("the embed registers no service worker: <pain-map> and the iframe page", async () => {
    for (const [name, live] of [
      ["clinic", (page) => page.locator("pain-map .painmap-root").first()],
      ["iframe", (page) => page.frameLocator("#painmap-frame").locator("#painmap .painmap-root")],
    ]) {
      const page = await phonePage(suite.browser);
      // Every call to register(), in the page and in its frames, from the first script on.
      await page.addInitScript(() => {
        const container = navigator.serviceWorker;
        if (!container) return;
        const register = container.register.bind(container);
        container.register = (...args) => {
          window.top.postMessage({ swRegister: String(args[0]) }, "*");
          return register(...args);
        };
      });
      await page.addInitScript(() => {
        window.swCalls = [];
        addEventListener("message", (event) => event.data?.swRegister && window.swCalls.push(event.data.swRegister));
      });
      await page.goto(`${suite.server.url}www/examples/${name}.html`);
      await live(page).waitFor();
      const registered = await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);
      assert.equal(registered, 0, `${name}.html registered a service worker`);
      assert.deepEqual(await page.evaluate(() => window.swCalls), [], `${name}.html asked for a service worker`);
      await page.context().close();
    }
    for (const file of ["painmap-embed.js", "embed.js", "embed.html", "painmap.js", "painmap-frame.js"]) {
      assert.ok(!readFileSync(join(root, "pkg", file), "utf8").includes("serviceWorker"), `pkg/${file}`);
    }
  });

  test("the manifest is valid, its icons load, and Chromium finds the page installable", async () => {
    const page = await phonePage(suite.browser);
    await openWidget(page, suite.server.url);
    await controlled(page);
    const href = await page.locator('link[rel="manifest"]').evaluate((link) => link.href);
    const response = await page.request.get(href);
    assert.equal(response.status(), 200);
    assert.match(response.headers()["content-type"], /^application\/manifest\+json/);
    const manifest = await response.json();
    assert.equal(new URL(manifest.start_url, href).href, suite.server.url, "opens the page");
    assert.equal(new URL(manifest.scope, href).href, suite.server.url);
    assert.equal(manifest.display, "standalone");
    assert.ok(manifest.name && manifest.short_name.length <= 12, "a name, and a short one for the home screen");
    const themeColour = await page.locator('meta[name="theme-color"]').getAttribute("content");
    assert.equal(manifest.theme_color, themeColour);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(background, "rgb(255, 255, 255)");
    assert.equal(manifest.background_color, "#ffffff");

    const pngs = manifest.icons.filter((icon) => icon.type === "image/png");
    for (const size of ["192x192", "512x512"]) {
      assert.ok(pngs.some((icon) => icon.sizes === size && icon.purpose !== "maskable"), `a ${size} PNG`);
    }
    assert.ok(pngs.some((icon) => icon.purpose === "maskable"), "a maskable PNG");
    for (const icon of manifest.icons) {
      const size = await page.evaluate(async (src) => {
        const image = new Image();
        image.src = src;
        await image.decode();
        return `${image.naturalWidth}x${image.naturalHeight}`;
      }, new URL(icon.src, href).href);
      if (icon.sizes !== "any") assert.equal(size, icon.sizes, icon.src);
    }

    // Chromium's own reading: no manifest error, and nothing stands in the way of installing.
    const cdp = await page.context().newCDPSession(page);
    const { errors } = await cdp.send("Page.getAppManifest");
    assert.deepEqual(errors, []);
    // (A test's browser context is incognito, where nothing installs: that one is the test's.)
    const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
    assert.deepEqual(installabilityErrors.filter((error) => error.errorId !== "in-incognito"), []);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
});
