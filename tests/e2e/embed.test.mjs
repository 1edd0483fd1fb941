// The widget on other people's pages, through the wasm glue directly: a strict Content Security
// Policy, and a broken setting that must not break the host page. (The loader, the examples and
// two widgets on one page: clinic-embed.test.mjs.)
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { mark, openWidget, phonePage, useBrowser } from "./support.mjs";

const suite = useBrowser();

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
    await mark(host, "lower_back_right", 7);
    await host.locator('[data-region="lower_back_right"]').tap();

    const styled = await host.evaluate((element) => {
      const shadow = element.shadowRoot;
      const css = (selector, property) => getComputedStyle(shadow.querySelector(selector))[property];
      return {
        fill: css('[data-region="lower_back_right"] .shape', "fill"),
        control: css(".control", "position"),
        step: css(".step", "border-radius"),
      };
    });
    assert.deepEqual(styled, { fill: "rgb(201, 60, 34)", control: "sticky", step: "50%" });
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
});
