// The languages a person does not use cost them nothing: the wasm carries English, and the
// words of any other language are downloaded, beside the wasm, when the widget needs them
// (the browser's language, the `lang` setting, or a tap on the switcher). Switching shows the
// new language once it has arrived; if it cannot arrive, the widget says so in the language
// it shows and stays usable.
import { test } from "node:test";
import assert from "node:assert/strict";
import { LIVE, openWidget, phonePage, useBrowser } from "./support.mjs";

const suite = useBrowser();
const TABLE = /\/painmap-[a-z]{2,3}\.[0-9a-f]{8}\.txt$/;

test("an English visitor downloads no other language; a tap on Español brings it", async () => {
  const page = await phonePage(suite.browser);
  const host = await openWidget(page, suite.server.url + "index.html");
  assert.equal(await host.locator(".step-title").textContent(), "Where does it hurt?");
  assert.deepEqual(page.requests.filter((url) => TABLE.test(url)), [], "no language table");

  await host.getByRole("button", { name: "Español", exact: true }).tap();
  await host.locator('.painmap[lang="es"]').waitFor();
  assert.equal(await host.locator(".step-title").textContent(), "¿Dónde le duele?");
  assert.equal(page.requests.filter((url) => TABLE.test(url)).length, 1, "one table, Spanish");
  // And back, with no download: English is the wasm's own.
  await host.getByRole("button", { name: "English", exact: true }).tap();
  await host.locator('.painmap[lang="en"]').waitFor();
  assert.equal(page.requests.filter((url) => TABLE.test(url)).length, 1);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("a browser in Spanish gets the live widget in Spanish", async () => {
  const page = await phonePage(suite.browser, { locale: "es-ES" });
  const host = await openWidget(page, suite.server.url + "index.html");
  await host.locator('.painmap[lang="es"]').waitFor();
  assert.equal(await host.locator(".step-title").textContent(), "¿Dónde le duele?");
  assert.equal(await host.locator(".nav-next").textContent(), "Siguiente");
  assert.deepEqual(page.problems, []);
  await page.close();
});

/**
 * A page in a Spanish browser whose wasm is held back until `page.release()` (`body`: the
 * page's HTML, else the server's page at `url`); `page.tables` lists the times the Spanish
 * table was asked for, `page.wasmSentAt` when the wasm went, and `window.blank` counts the
 * frames on which the live widget showed nothing, waiting for words.
 */
async function spanishPageWithWasmHeld(url, body = null) {
  // No service worker: it would serve the files from its cache, past the routes.
  const page = await phonePage(suite.browser, { locale: "es-ES", serviceWorkers: "block" });
  page.tables = [];
  page.on("request", (request) => {
    if (TABLE.test(request.url())) page.tables.push(Date.now());
  });
  const released = new Promise((resolve) => (page.release = resolve));
  page.wasmSentAt = null;
  await page.route("**/painmap_bg*.wasm", async (route) => {
    await released;
    page.wasmSentAt = Date.now();
    await route.continue();
  });
  await page.addInitScript(() => {
    window.blank = 0;
    const frame = () => {
      for (const host of document.querySelectorAll("#painmap, pain-map")) {
        if (host.shadowRoot?.querySelector(".painmap-loading")) window.blank += 1;
      }
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  if (body) await page.route(url, (route) => route.fulfill({ contentType: "text/html", body }));
  await page.goto(url, { waitUntil: "domcontentloaded" });
  return page;
}

/** Resolves once the page has asked for the Spanish table (or fails after 10 s). */
async function tableAskedFor(page) {
  for (let tries = 0; tries < 100 && !page.tables.length; tries += 1) await page.waitForTimeout(100);
  assert.equal(page.tables.length, 1, "the Spanish table is asked for while the wasm is held back");
}

/**
 * On a `spanishPageWithWasmHeld`: the table is asked for while the wasm is held back; once it
 * is let through, the live widget (not the prerendered Spanish first screen, which shows before
 * the wasm) speaks Spanish, from the one request made before the wasm went, with no frame
 * without words. Closes the page.
 */
async function liveInSpanishOnce(page, host) {
  await tableAskedFor(page);
  assert.equal(page.wasmSentAt, null);
  page.release();
  await host.locator(`${LIVE}[lang="es"] .step-title`, { hasText: "¿Dónde le duele?" }).waitFor();
  assert.equal(await host.locator(LIVE).getAttribute("lang"), "es");
  assert.equal(await host.locator(".step-title").textContent(), "¿Dónde le duele?");
  // Asked for while the wasm was held (checked above), so at the latest in the millisecond
  // the wasm was let go: a table already asked for is let go at once.
  assert.ok(page.tables[0] <= page.wasmSentAt, "the table is asked for before the wasm is sent");
  assert.equal(page.tables.length, 1, "once: the widget does not ask again");
  assert.equal(await page.evaluate(() => window.blank), 0, "never a frame without words");
  assert.deepEqual(page.problems, []);
  await page.close();
}

test("a browser in Spanish sees the map in Spanish before the wasm, and gets its words beside it", async () => {
  const page = await spanishPageWithWasmHeld(suite.server.url + "index.html");
  const host = page.locator("#painmap");
  const prerendered = host.locator(".painmap-root[data-prerendered]");
  await prerendered.locator(".step-title", { hasText: "¿Dónde le duele?" }).waitFor();
  assert.equal(await prerendered.locator('[aria-label="Zona lumbar, izquierda"]').count(), 1);
  await liveInSpanishOnce(page, host);
});

test("a saved journey in English keeps the English map for a browser in Spanish, and downloads nothing", async () => {
  const page = await phonePage(suite.browser, { locale: "es-ES" });
  const host = await openWidget(page, suite.server.url + "index.html");
  await host.getByRole("button", { name: "English", exact: true }).tap();
  await host.locator('.painmap[lang="en"]').waitFor();
  await host.locator('[data-region="neck"]').tap();
  await host.locator('.control button.pick[data-level="4"]').tap();
  await host.locator(".control").waitFor({ state: "detached" });
  page.requests.length = 0;
  await page.reload({ waitUntil: "domcontentloaded" });
  assert.equal(await host.locator(".step-title").first().textContent(), "Where does it hurt?");
  await host.locator(LIVE).waitFor();
  assert.equal(await host.locator(LIVE).getAttribute("lang"), "en");
  assert.deepEqual(await host.locator(".num").allTextContents(), ["4"]);
  assert.deepEqual(page.requests.filter((url) => TABLE.test(url)), [], "no language table");
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("the loader downloads a <pain-map>'s words beside the wasm", async () => {
  // The built loader (pkg/), which knows the build's tables.
  const page = await spanishPageWithWasmHeld(
    `${suite.server.url}pkg/spanish-loader.html`,
    `<!doctype html><meta charset="utf-8">
     <script type="module" src="painmap-embed.js"></script>
     <pain-map id="painmap" data-lang="es"></pain-map>`,
  );
  await liveInSpanishOnce(page, page.locator("#painmap"));
});

test("the iframe page downloads its words beside the wasm, for its setting or the browser's language", async () => {
  for (const query of ["?lang=es", ""]) {
    const page = await spanishPageWithWasmHeld(`${suite.server.url}pkg/embed.html${query}`);
    await liveInSpanishOnce(page, page.locator("#painmap"));
  }
});

test("when the words cannot be downloaded, the widget says so and stays in its language", async () => {
  // No service worker: the page's would serve the words from its cache, past the route.
  const page = await phonePage(suite.browser, { serviceWorkers: "block" });
  const host = await openWidget(page, suite.server.url + "index.html");
  let offline = true;
  await page.route(TABLE, (route) => (offline ? route.abort() : route.continue()));
  await host.getByRole("button", { name: "Español", exact: true }).tap();
  const alert = host.getByRole("alert").filter({ hasText: "Español" });
  await alert.waitFor();
  assert.equal(
    await alert.textContent(),
    "Español could not be downloaded. Check the connection, then choose it again.",
  );
  assert.equal(await host.locator(".painmap").getAttribute("lang"), "en");
  assert.equal(await host.locator(".step-title").textContent(), "Where does it hurt?");
  assert.equal(
    await host.getByRole("button", { name: "English", exact: true }).getAttribute("aria-pressed"),
    "true",
  );

  // Back online, the same tap works, and the message goes.
  offline = false;
  await host.getByRole("button", { name: "Español", exact: true }).tap();
  await host.locator('.painmap[lang="es"]').waitFor();
  assert.equal(await host.locator(".step-title").textContent(), "¿Dónde le duele?");
  assert.equal(await host.locator(".lang-failed").count(), 0);
  await page.close();
});
