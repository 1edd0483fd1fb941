// The languages a person does not use cost them nothing: the wasm carries English, and the
// words of any other language are downloaded, beside the wasm, when the widget needs them
// (the browser's language, the `lang` setting, or a tap on the switcher). Switching shows the
// new language once it has arrived; if it cannot arrive, the widget says so in the language
// it shows and stays usable.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openWidget, phonePage, useBrowser } from "./support.mjs";

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
