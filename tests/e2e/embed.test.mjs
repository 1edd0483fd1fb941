// The widget on other people's pages, through the wasm glue directly: a strict Content Security
// Policy, a broken setting that must not break the host page, and the stylesheet a page's own
// script does not give (the widget links it beside the glue). (The loader, the examples and
// two widgets on one page: clinic-embed.test.mjs.)
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { LIVE, mark, openWidget, phonePage, useBrowser } from "./support.mjs";

const suite = useBrowser();

/** Marks an area 7 and opens its control, then reads what only the widget's stylesheet gives:
 * the area's fill for a severe pain, the control's position and the stepper's round buttons. */
async function styledAfterMarking(host) {
  await mark(host, "lower_back_right", 7);
  await host.locator('[data-region="lower_back_right"]').tap();
  return host.evaluate((element) => {
    const shadow = element.shadowRoot;
    const css = (selector, property) => getComputedStyle(shadow.querySelector(selector))[property];
    return {
      fill: css('[data-region="lower_back_right"] .shape', "fill"),
      control: css(".control", "position"),
      step: css(".step", "border-radius"),
    };
  });
}

const STYLED = { fill: "rgb(201, 60, 34)", control: "sticky", step: "50%" };

describe("embedding", () => {
  test("a page with a strict CSP (style-src 'self') shows the styled widget with no violation", async () => {
    // Reduced motion: no colour fade, so the fill read below is the final one.
    const page = await phonePage(suite.browser, { reducedMotion: "reduce" });
    await page.addInitScript(() => {
      window.cspViolations = [];
      document.addEventListener("securitypolicyviolation", (event) =>
        window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    const host = await openWidget(page, `${suite.server.url}www/examples/strict-csp.html`);
    assert.deepEqual(await styledAfterMarking(host), STYLED);
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    assert.deepEqual(page.problems, []);
    await page.close();
  });

  test("a misspelled setting throws a readable error and the page keeps working", async () => {
    const page = await phonePage(suite.browser);
    const host = await openWidget(page, suite.server.url);
    const message = await page.evaluate(async () => {
      const { mount } = await import("/pkg/painmap.js");
      const element = document.createElement("div");
      document.body.append(element);
      try {
        mount(element, { lnag: "en" });
        return "no error";
      } catch (error) {
        return `${error.constructor.name} ${error.kind} ${error.path}: ${error.message}`;
      }
    });
    // A program reads what is wrong from kind and path; a person from the message.
    assert.match(message, /^Error unknown_field lnag: painmap config: unknown setting "lnag"; did you mean "lang"\?/);
    await mark(host, "neck", 3);
    assert.equal(await host.locator(".count").textContent(), "1 painful area marked.");
    // The widget tells the webmaster in the console too; nothing else may be there.
    assert.deepEqual(page.problems.filter((line) => !line.includes('"lnag"')), []);
    await page.close();
  });

  /** A page in pkg/ whose own script imports the glue and mounts a widget with no stylesheet
   * (the wasm has none), with `painmap.css` held back until `release()`, or answered 404. */
  async function ownScript({ missing = false } = {}) {
    const page = await phonePage(suite.browser, { reducedMotion: "reduce" });
    let release;
    const held = new Promise((resolve) => (release = resolve));
    page.release = release;
    page.sheets = 0;
    await page.route("**/pkg/painmap.css", async (route) => {
      page.sheets += 1;
      if (missing) return route.fulfill({ status: 404, body: "" });
      await held;
      return route.continue();
    });
    const url = `${suite.server.url}pkg/own-script-test.html`;
    await page.route(url, (route) =>
      route.fulfill({
        contentType: "text/html",
        body: `<!doctype html><meta charset="utf-8"><meta name="viewport" content="width=device-width">
          <body><p id="page">The clinic's page.</p><div id="painmap"></div><script type="module">
            import init, { mount } from "./painmap.js";
            await init();
            window.handle = mount(document.getElementById("painmap"), { lang: "en" });
          </script></body>`,
      }),
    );
    await page.goto(url);
    await page.waitForFunction(() => window.handle);
    return page;
  }

  test("a page's own script that gives no stylesheet gets painmap.css beside the glue, and no unstyled widget", async () => {
    const page = await ownScript();
    const host = page.locator("#painmap");
    // Drawn, but no box while the sheet is on its way: nothing unstyled shows, nothing moves later.
    await page.waitForFunction(() => document.querySelector("#painmap").shadowRoot?.querySelector(".painmap svg"));
    await page.waitForTimeout(300);
    const waiting = await host.evaluate((element) => ({
      height: element.getBoundingClientRect().height,
      links: [...element.shadowRoot.querySelectorAll("link[rel=stylesheet]")].map((link) => new URL(link.href).pathname),
      shown: element.shadowRoot.querySelectorAll(".painmap-failed:not([hidden])").length,
    }));
    assert.deepEqual(waiting, { height: 0, links: ["/pkg/painmap.css"], shown: 0 });

    page.release();
    await host.locator(`${LIVE} svg`).waitFor();
    assert.deepEqual(await styledAfterMarking(host), STYLED);
    assert.equal(await host.locator(".painmap-failed").count(), 0);
    assert.equal(page.sheets, 1, "one request for the sheet");
    assert.deepEqual(page.problems, []);
    await page.close();
  });

  test("a stylesheet that cannot load is explained in the widget's place, and the page keeps working", async () => {
    const page = await ownScript({ missing: true });
    const box = page.locator("#painmap .painmap-failed:not([hidden])");
    await box.waitFor();
    assert.match(await box.textContent(), /could not load from http:\/\/[^ ]+\/pkg\/painmap\.css; serve painmap\.css/);
    assert.equal(await page.locator("#painmap .painmap-root").evaluate((root) => root.getBoundingClientRect().height), 0);
    assert.equal(await page.locator("#page").textContent(), "The clinic's page.");
    // The console says it too (and the browser, for the failed request); nothing else.
    assert.deepEqual(page.problems.filter((line) => !/painmap\.css|Failed to load resource.*404/.test(line)), []);
    assert.ok(page.problems.some((line) => /painmap: the widget's stylesheet could not load/.test(line)));
    await page.close();
  });
});
