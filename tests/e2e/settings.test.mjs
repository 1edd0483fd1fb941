// Where a setting comes from, and where a journey is kept: the glue's mount(element, config,
// source, trusted) as the <pain-map> loader, a page's script and the iframe page call it.
// Each widget keeps its own journey for a reload under its id or `key` and nowhere else; a
// host page's own data- attributes are warnings, not a broken widget; the query string cannot
// set the number a person calls or the page Book opens.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { ANSWER, journeyDriver, mark, phonePage, useBrowser } from "./support.mjs";

const suite = useBrowser();

/** A page in pkg/ that loads the glue and leaves the mounting to the test, like a clinic's
 * own script would; it records the console's warnings. */
async function open(options = {}) {
  const page = await phonePage(suite.browser, { locale: "en-GB", ...options });
  page.warnings = [];
  page.on("console", (message) => {
    if (message.type() === "warning") page.warnings.push(message.text());
  });
  const url = `${suite.server.url}pkg/settings-test.html`;
  await page.route(url, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><meta charset="utf-8"><meta name="viewport" content="width=device-width">
        <body><script type="module">
          import init, { mount } from "./painmap.js";
          await init();
          window.glue = { mount };
        </script></body>`,
    }),
  );
  page.load = async () => {
    await page.goto(url);
    await page.waitForFunction(() => window.glue);
  };
  await page.load();
  return page;
}

/**
 * Adds one div per entry of `hosts` ({ id, config, source, trusted }), in order, and mounts
 * them from the last to the first (a page's scripts run in any order). Resolves when every
 * widget has drawn its map; the handles are on `window.handles`, by position.
 */
async function mountAll(page, hosts) {
  await page.evaluate((hosts) => {
    const divs = hosts.map(({ id }) => {
      const div = document.createElement("div");
      div.className = "host";
      if (id) div.id = id;
      document.body.append(div);
      return div;
    });
    window.handles = [];
    for (let i = hosts.length - 1; i >= 0; i -= 1) {
      const { config, source, trusted } = hosts[i];
      window.handles[i] = window.glue.mount(divs[i], config ?? {}, source, trusted);
    }
  }, hosts);
  const widgets = page.locator("div.host");
  for (let i = 0; i < hosts.length; i += 1) {
    await widgets.nth(i).locator(".painmap-root svg").waitFor();
  }
  return hosts.map((_, i) => widgets.nth(i));
}

/** The areas a widget shows as marked, with their pain: { neck: "3" }. */
const marked = (host) =>
  host
    .locator(".num[data-for]")
    .evaluateAll((els) => Object.fromEntries(els.map((el) => [el.dataset.for, el.textContent])));

const savedKeys = (page) =>
  page.evaluate(() => Object.keys(sessionStorage).filter((key) => key.startsWith("painmap:")).sort());

describe("a journey kept for a reload", () => {
  test("two widgets without an id share nothing: both work, nothing is saved, one warning says how", async () => {
    const page = await open();
    let [first, second] = await mountAll(page, [{ source: "attributes" }, { source: "attributes" }]);
    await mark(first, "lower_back_left", 6);
    await mark(second, "neck", 3);
    assert.deepEqual(await marked(first), { lower_back_left: "6" });
    assert.deepEqual(await marked(second), { neck: "3" });
    assert.deepEqual(await savedKeys(page), [], "no key is sure to be theirs, so nothing is kept");
    const how = page.warnings.filter((w) => /keeps nothing across a reload/.test(w));
    assert.equal(how.length, 1, `one warning for the page: ${page.warnings}`);
    assert.match(how[0], /id.*data-key/);

    await page.reload();
    await page.waitForFunction(() => window.glue);
    [first, second] = await mountAll(page, [{ source: "attributes" }, { source: "attributes" }]);
    assert.deepEqual(await marked(first), {}, "neither shows the other's map after a reload");
    assert.deepEqual(await marked(second), {});
    await mark(second, "hip_right", 2);
    assert.deepEqual(await marked(second), { hip_right: "2" }, "and both still work");
    assert.deepEqual(page.problems, []);
    await page.close();
  });

  test("widgets with ids keep their own journeys, whatever is added above them; destroy() forgets only its own", async () => {
    const page = await open();
    const hosts = [{ id: "first" }, { id: "second", source: "attributes" }];
    let [first, second] = await mountAll(page, hosts);
    await mark(first, "lower_back_left", 6);
    await mark(second, "neck", 3);
    assert.equal((await savedKeys(page)).length, 2, "one journey each");

    // After the reload the page has a shadow host above both (a chat bubble, another widget).
    await page.reload();
    await page.waitForFunction(() => window.glue);
    await page.evaluate(() => {
      const bubble = document.createElement("div");
      bubble.attachShadow({ mode: "open" }).textContent = "Chat with us";
      document.body.prepend(bubble);
    });
    [first, second] = await mountAll(page, hosts);
    assert.deepEqual(await marked(first), { lower_back_left: "6" });
    assert.deepEqual(await marked(second), { neck: "3" });

    await page.evaluate(() => window.handles[0].destroy());
    await page.reload();
    await page.waitForFunction(() => window.glue);
    [first, second] = await mountAll(page, hosts);
    assert.deepEqual(await marked(first), {}, "the destroyed widget's journey is gone");
    assert.deepEqual(await marked(second), { neck: "3" }, "the other's is not");
    assert.deepEqual(page.problems, []);
    await page.close();
  });

  test("the same id twice: the second widget keeps nothing, and destroying it leaves the first's journey", async () => {
    const page = await open();
    const hosts = [{ id: "painmap" }, { id: "painmap" }];
    let [first, second] = await mountAll(page, hosts);
    // Mounted last to first: the second widget holds the key, the first keeps nothing.
    assert.ok(page.warnings.some((w) => /another widget on this page already saves its journey as "painmap:id:painmap"/.test(w)), `${page.warnings}`);
    await mark(second, "neck", 3);
    await mark(first, "lower_back_left", 6);
    await page.evaluate(() => window.handles[0].destroy());
    assert.deepEqual(await savedKeys(page), ["painmap:id:painmap"]);
    assert.match(await page.evaluate(() => sessionStorage.getItem("painmap:id:painmap")), /neck/);

    await page.reload();
    await page.waitForFunction(() => window.glue);
    [first, second] = await mountAll(page, hosts);
    assert.deepEqual(await marked(second), { neck: "3" });
    assert.deepEqual(await marked(first), {});
    assert.deepEqual(page.problems, []);
    await page.close();
  });

  test("a `key` keeps the journey of a widget without an id", async () => {
    const page = await open();
    const hosts = [{ config: { key: "back-pain" }, source: "attributes" }];
    let [widget] = await mountAll(page, hosts);
    await mark(widget, "sacrum", 5);
    assert.deepEqual(await savedKeys(page), ["painmap:key:back-pain"]);
    await page.reload();
    await page.waitForFunction(() => window.glue);
    [widget] = await mountAll(page, hosts);
    assert.deepEqual(await marked(widget), { sacrum: "5" });
    assert.deepEqual(page.warnings, [], "a widget with a key needs no warning");

    const refused = await page.evaluate(() => {
      const div = document.createElement("div");
      document.body.append(div);
      try {
        window.glue.mount(div, { key: "back pain" });
        return null;
      } catch (error) {
        return error.message;
      }
    });
    assert.match(refused, /key "back pain" is not a storage key; expected 1 to 64 letters, digits, - or _/);
    await page.close();
  });
});

describe("where a setting comes from", () => {
  test("a host page's own data- attribute is a warning, not an error box", async () => {
    const page = await open();
    const [widget] = await mountAll(page, [
      { config: { lang: "en", analyticsId: "UA-1", lnag: "es" }, source: "attributes" },
    ]);
    assert.equal(await widget.getByRole("alert").count(), 0);
    await mark(widget, "neck", 2);
    assert.deepEqual(page.warnings.filter((w) => /is not a painmap setting/.test(w)), [
      "painmap config: attribute data-analytics-id is not a painmap setting and is ignored",
      "painmap config: attribute data-lnag is not a painmap setting and is ignored; did you mean data-lang?",
    ]);
    assert.deepEqual(page.problems, [], "nothing is logged as an error");

    // From a page's own script the same key is a bug to show.
    const error = await page.evaluate(() => {
      const div = document.createElement("div");
      div.id = "scripted";
      document.body.append(div);
      try {
        window.glue.mount(div, { analyticsId: "UA-1" });
      } catch (error) {
        return error.message;
      }
    });
    assert.match(error, /unknown setting "analyticsId"/);
    assert.match(await page.locator("#scripted").getByRole("alert").textContent(), /analyticsId/);
    await page.close();
  });

  test("the query string cannot set the emergency number, phone or booking link; the page's own settings can", async () => {
    const page = await open({ locale: "en-US" });
    const query = {
      lang: "en",
      emergencyNumber: "99",
      phone: "+1 555 0100",
      bookingUrl: "https://evil.example/pay",
    };
    const [fromQuery, withTrusted] = await mountAll(page, [
      { id: "query", config: query, source: "query" },
      { id: "trusted", config: query, source: "query", trusted: { emergencyNumber: "999" } },
    ]);
    const ignored = page.warnings.filter((w) => /never read from its address/.test(w));
    assert.equal(ignored.length, 5, `three for the first widget, two for the second: ${page.warnings}`);
    assert.ok(page.warnings.some((w) => /query parameter emergency-number is ignored: the page's own settings set it/.test(w)));

    for (const [widget, number] of [[fromQuery, "911"], [withTrusted, "999"]]) {
      const u = journeyDriver(page, widget, "settings");
      await u.walk({ regions: [["lower_back_left", 6]], until: "emergency" });
      await u.answerId("saddle_numbness", ANSWER.yes);
      await u.at("advice");
      assert.equal(await widget.locator("a.call").getAttribute("href"), `tel:${number}`);
      assert.doesNotMatch(await widget.textContent(), /Call 99\b|555 0100|evil\.example/);
    }
    assert.deepEqual(page.problems, []);
    await page.close();
  });

  test("a source that is not one of the three is refused with a readable message", async () => {
    const page = await open();
    const message = await page.evaluate(() => {
      const div = document.createElement("div");
      div.id = "odd";
      document.body.append(div);
      try {
        window.glue.mount(div, {}, "url");
      } catch (error) {
        return error.message;
      }
    });
    assert.equal(message, "painmap config: mount's third argument must be one of: script, attributes, query");
    await page.close();
  });
});
