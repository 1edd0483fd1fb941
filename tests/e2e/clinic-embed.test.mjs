// The widget on clinics' pages, as a clinic embeds it: the <pain-map> loader, the hostile
// theme, a strict CSP, events, a misspelt setting, the iframe mode, two widgets, and not one
// request to another origin.
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { artifacts, journeyDriver, mark, phonePage, root, useBrowser } from "./support.mjs";

const suite = useBrowser();
/** The one version number, Cargo.toml's, which the advice and the summary must name. */
const VERSION = readFileSync(join(root, "Cargo.toml"), "utf8").match(/^version\s*=\s*"([^"]+)"/m)[1];
const example = (name) => `${suite.server.url}www/examples/${name}.html`;

/** A phone page that also records CSP violations and unhandled rejections. */
async function watchedPage(options) {
  const page = await phonePage(suite.browser, { reducedMotion: "reduce", ...options });
  page.consoleLines = [];
  page.on("console", (message) => page.consoleLines.push(`${message.type()}: ${message.text()}`));
  await page.addInitScript(() => {
    window.cspViolations = [];
    window.rejections = [];
    document.addEventListener("securitypolicyviolation", (event) =>
      window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
    window.addEventListener("unhandledrejection", (event) =>
      window.rejections.push(String(event.reason?.message ?? event.reason)),
    );
  });
  return page;
}

/** Every URL the page (and its frames) requested that is not on the test server. */
const foreign = (page) =>
  page.requests.filter((url) => new URL(url).origin !== new URL(suite.server.url).origin && !url.startsWith("data:"));

/** The widget's rendered map in `host` (a locator on the page or in a frame). */
const mapOf = (host) => host.locator(".painmap-root").first();

describe("the widget on clinic pages", () => {
  for (const name of ["clinic", "plain", "strict-csp", "two-widgets"]) {
    test(`${name}.html: the widget mounts, quietly and locally`, async () => {
      const page = await watchedPage();
      await page.goto(example(name));
      for (const host of await page.locator("pain-map, #second").all()) {
        await mapOf(host).waitFor();
      }
      await mark(page.locator("pain-map").first(), "lower_back_left", 5);
      assert.deepEqual(foreign(page), [], "no request to another origin");
      assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
      assert.deepEqual(await page.evaluate(() => window.rejections), []);
      assert.deepEqual(page.problems, []);
      await page.close();
    });
  }

  test("the hostile clinic theme changes nothing in the widget: same pixels as on a plain page", async () => {
    const shots = {};
    for (const name of ["plain", "clinic"]) {
      const page = await watchedPage();
      await page.goto(example(name));
      const host = page.locator("#painmap");
      await mapOf(host).waitFor();
      await page.evaluate(() => document.fonts.ready);
      shots[name] = {
        png: await host.screenshot({ animations: "disabled", caret: "hide" }),
        box: await host.boundingBox(),
      };
      writeFileSync(join(artifacts, `embed-${name}.png`), shots[name].png);
      // The theme still applies to the page itself: the widget's styles did not leak out.
      if (name === "clinic") {
        const h1 = await page.locator("h1").evaluate((el) => getComputedStyle(el).fontFamily);
        assert.match(h1, /Georgia/);
      }
      await page.close();
    }
    assert.equal(shots.clinic.box.width, shots.plain.box.width, "same width on both pages");
    assert.equal(shots.clinic.box.height, shots.plain.box.height, "same height on both pages");
    if (shots.clinic.png.equals(shots.plain.png)) return;

    // Not byte-identical: compare decoded pixels, allowing only antialiasing noise.
    const page = await watchedPage();
    const diff = await page.evaluate(
      async ([a, b]) => {
        const decode = async (base64) => {
          const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
          const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
          const context = canvas.getContext("2d");
          context.drawImage(bitmap, 0, 0);
          return context.getImageData(0, 0, bitmap.width, bitmap.height);
        };
        const [x, y] = await Promise.all([decode(a), decode(b)]);
        let different = 0;
        for (let i = 0; i < x.data.length; i += 4) {
          const delta = Math.max(
            Math.abs(x.data[i] - y.data[i]),
            Math.abs(x.data[i + 1] - y.data[i + 1]),
            Math.abs(x.data[i + 2] - y.data[i + 2]),
          );
          if (delta > 24) different += 1;
        }
        return { different, total: x.width * x.height };
      },
      [shots.plain.png.toString("base64"), shots.clinic.png.toString("base64")],
    );
    await page.close();
    assert.ok(
      diff.different <= diff.total / 2000,
      `${diff.different} of ${diff.total} pixels differ (see artifacts/embed-plain.png, embed-clinic.png)`,
    );
  });

  test("while the wasm loads, the element already takes the map's height (no jump)", async () => {
    const page = await watchedPage();
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route("**/pkg/painmap_bg.wasm", async (route) => {
      await held;
      await route.continue();
    });
    // The prerendered map would take the box's place at once (embed-prerender.test.mjs): this
    // is the box a page sees when the first screen is slow or cannot come.
    await page.route("**/pkg/painmap-first-*.html", (route) => route.abort());
    await page.goto(example("plain"));
    const host = page.locator("#painmap");
    await host.locator(".pm-loading").waitFor({ state: "attached" });
    const loading = (await host.boundingBox()).height;
    release();
    await mapOf(host).waitFor();
    const loaded = (await host.boundingBox()).height;
    assert.ok(Math.abs(loading - loaded) <= 24, `placeholder ${loading}px, map ${loaded}px`);
    assert.equal(await host.locator(".pm-loading").count(), 0, "the placeholder went");
    await page.close();
  });

  test("the strict-CSP page logs no violation", async () => {
    const page = await watchedPage();
    await page.goto(example("strict-csp"));
    await mapOf(page.locator("#painmap")).waitFor();
    await mark(page.locator("#painmap"), "neck", 3);
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    const csp = page.consoleLines.filter((line) => /Content Security Policy|Refused to/i.test(line));
    assert.deepEqual(csp, []);
    assert.deepEqual(page.problems, []);
    await page.close();
  });

  test("events reach the page with their details, and a changed attribute remounts", async () => {
    const page = await watchedPage();
    await page.addInitScript(() => {
      window.painmapEvents = [];
      for (const type of ["painmap:change", "painmap:advice", "painmap:book"]) {
        // On document: the events bubble out of the element.
        document.addEventListener(type, (event) =>
          window.painmapEvents.push({
            type,
            target: event.target.id,
            bubbles: event.bubbles,
            composed: event.composed,
            detail: JSON.parse(JSON.stringify(event.detail)),
          }),
        );
      }
    });
    await page.goto(example("plain"));
    const host = page.locator("#painmap");
    await mapOf(host).waitFor();
    await host.locator('[data-region="lower_back_left"]').tap();
    await host.getByRole("button", { name: "More pain" }).tap();
    await host.getByRole("button", { name: "More pain" }).tap();
    await host.getByRole("button", { name: "Done" }).tap();

    const changes = await page.evaluate(() => window.painmapEvents.filter((e) => e.type === "painmap:change"));
    assert.ok(changes.length > 0, "painmap:change fired");
    const last = changes.at(-1);
    assert.equal(last.target, "painmap");
    assert.equal(last.bubbles, true);
    assert.equal(last.composed, true);
    assert.equal(typeof last.detail.step, "number");
    const regions = last.detail.intake.regions;
    const value = Array.isArray(regions)
      ? regions.find((r) => (r.region ?? r.id ?? r[0]) === "lower_back_left")
      : regions.lower_back_left;
    assert.ok(value !== undefined, `intake.regions has lower_back_left: ${JSON.stringify(regions)}`);
    assert.match(JSON.stringify(value), /2/);

    // A page's script changes a setting: the widget shows again with it, the map kept.
    const before = await host.evaluateHandle((el) => el.shadowRoot.querySelector(".painmap-root"));
    await host.evaluate((el) => el.setAttribute("data-accent", "#1d4ed8"));
    await page.waitForFunction(
      (el) => el.painmap && el.shadowRoot.querySelector(".painmap-root"),
      await host.elementHandle(),
    );
    const same = await host.evaluate((el, old) => el.shadowRoot.querySelector(".painmap-root") === old, before);
    assert.equal(same, false, "a new widget after the attribute changed");
    assert.equal(await host.locator('.num[data-for="lower_back_left"]').textContent(), "2");
    assert.deepEqual(await page.evaluate(() => window.rejections), []);
    assert.deepEqual(page.problems, []);
    await page.close();
  });

  test("the page hears each change once it is drawn, and one made just before destroy() all the same", async () => {
    const page = await watchedPage();
    await page.goto(example("plain"));
    const host = page.locator("#painmap");
    await host.locator(".painmap-root:not([data-prerendered]) .painmap").waitFor();
    const heard = await host.evaluate(async (element) => {
      const live = element.shadowRoot.querySelector(".painmap-root:not([data-prerendered])");
      const changes = [];
      element.addEventListener("painmap:change", (event) => changes.push(event.detail.intake.regions));
      const click = (selector) =>
        live.querySelector(selector).dispatchEvent(new MouseEvent("click", { bubbles: true, composed: true }));
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      click('[data-region="neck"]');
      await frame();
      click("button.step:last-of-type"); // More pain: the neck at 1
      await frame();
      await frame();
      const drawn = changes.length;
      // Another step, drawn in this task's microtasks; the widget goes before the next frame.
      click("button.step:last-of-type");
      await Promise.resolve();
      await Promise.resolve();
      const drawnBeforeDestroy = live.querySelector(".reading-num")?.textContent;
      element.painmap.destroy();
      return { drawn, drawnBeforeDestroy, changes };
    });
    assert.equal(heard.drawn, 1, JSON.stringify(heard));
    assert.equal(heard.drawnBeforeDestroy, "2", "the second step was drawn before destroy()");
    assert.deepEqual(heard.changes, [{ neck: 1 }, { neck: 2 }], "each change heard once, the last one too");
    assert.deepEqual(page.problems, []);
    await page.close();
  });

  test("the clinic's journey: its techniques marked, painmap:advice, a Book button that tells the page first", async () => {
    const page = await watchedPage();
    await page.addInitScript(() => {
      window.painmapEvents = [];
      for (const type of ["painmap:advice", "painmap:book"]) {
        document.addEventListener(type, (event) => {
          window.painmapEvents.push({ type, detail: JSON.parse(JSON.stringify(event.detail)) });
          // The clinic handles booking itself: the link must then not open.
          if (type === "painmap:book") event.preventDefault();
        });
      }
    });
    await page.goto(example("plain"));
    const host = page.locator("#painmap");
    await mapOf(host).waitFor();
    const u = journeyDriver(page, host, "clinic-embed");
    await u.walk({
      regions: [["neck", 4], ["upper_back_left", 5]],
      about: { duration: 5, onset: "Gradually", age: 36, chips: ["Stiffness", "Help me relax"] },
    });

    const advice = await page.evaluate(() => window.painmapEvents.filter((e) => e.type === "painmap:advice"));
    assert.equal(advice.at(-1)?.detail.level, "massage_ok", "the page hears the advice");
    assert.equal(advice.at(-1)?.detail.rules_version, 2, "and which rules gave it");
    assert.equal(advice.at(-1)?.detail.painmap_version, VERSION, "and which release");
    const swedish = host.locator(".techniques [data-technique=swedish]");
    assert.match(await swedish.textContent(), /Offered here/);
    const offeredOrNot = await host.locator(".techniques [data-technique]").allTextContents();
    assert.ok(offeredOrNot.every((text) => /Offered here|Ask us/.test(text)), "every suggestion says where it stands");

    const book = host.getByRole("link", { name: /Riverside Massage Clinic/ });
    assert.equal(await book.getAttribute("href"), "https://riverside-massage.example/book");
    const call = host.getByRole("link", { name: /Call us/ });
    assert.equal(await call.getAttribute("href"), "tel:+442079460000", "the clinic's phone, dialable");
    const pagesBefore = page.context().pages().length;
    await book.tap();
    const booked = await page.evaluate(() => window.painmapEvents.filter((e) => e.type === "painmap:book"));
    assert.equal(booked.length, 1);
    assert.equal(booked[0].detail.level, "massage_ok");
    assert.equal(booked[0].detail.bookingUrl, "https://riverside-massage.example/book");
    assert.deepEqual(
      booked[0].detail.techniques,
      await host.locator(".techniques [data-technique]").evaluateAll((els) => els.map((el) => el.dataset.technique)),
    );
    assert.equal(page.context().pages().length, pagesBefore, "the page cancelled it, so no tab opened");
    assert.deepEqual(foreign(page), [], "and nothing went to another origin");

    const summary = await host.evaluate((el) => el.painmap.summary());
    assert.match(summary, /Neck: 4 of 10/);
    assert.match(summary, /Massage is reasonable/);
    assert.ok(
      summary.includes(`painmap ${VERSION}, rules version 2`),
      `a printed summary tells which release and rules gave it: ${summary}`,
    );
    assert.deepEqual(await page.evaluate(() => window.rejections), []);
    assert.deepEqual(page.problems, []);
    await page.close();
  });

  test("a misspelt setting is explained in the widget's box, and the page keeps working", async () => {
    const page = await watchedPage();
    const pageErrors = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await page.goto(example("broken-setting"));
    const alert = page.locator("#painmap").getByRole("alert");
    await alert.waitFor();
    const text = await alert.textContent();
    assert.match(text, /teal-ish|accent/);
    assert.equal(await page.locator("#painmap .painmap-root").count(), 0, "no half-made widget");
    // data-lnag is not a setting: the console names it, with the setting it resembles.
    assert.ok(page.consoleLines.some((line) => /lnag/.test(line) && /lang/.test(line)));

    await page.locator("#counter").tap();
    await page.locator("#counter").tap();
    assert.equal(await page.locator("#counter").textContent(), "Clicked 2 times");
    assert.deepEqual(pageErrors, [], "no uncaught exception");
    const logged = page.problems.filter((line) => line.startsWith("console:"));
    assert.equal(logged.length, 1, `the console says it once: ${logged}`);
    assert.match(logged[0], /teal-ish|accent/);
    assert.deepEqual(await page.evaluate(() => window.rejections), [], "no unhandled rejection");

    // Fixing the attributes from a script brings the widget up.
    await page.locator("#painmap").evaluate((el) => {
      el.removeAttribute("data-lnag");
      el.setAttribute("data-accent", "#0b6e69");
      el.setAttribute("data-lang", "en");
    });
    await mapOf(page.locator("#painmap")).waitFor();
    assert.equal(await page.locator("#painmap").getByRole("alert").count(), 0, "the message went");
    assert.deepEqual(foreign(page), []);
    await page.close();
  });

  test("iframe mode: the parent gets painmap:height and the widget's events, from its frame only", async () => {
    const page = await watchedPage();
    await page.goto(example("iframe"));
    const frame = page.frameLocator("#painmap-frame");
    const host = frame.locator("#painmap");
    await mapOf(host).waitFor();
    await page.waitForFunction(() => window.painmapMessages.some((m) => m.type === "painmap:height"));
    const height = await page.evaluate(
      () => window.painmapMessages.filter((m) => m.type === "painmap:height").at(-1).height,
    );
    assert.ok(height > 300, `a real height: ${height}`);
    // The frame has the widget's height, so it does not scroll inside.
    const sizes = await page.locator("#painmap-frame").evaluate((iframe) => ({
      frame: iframe.getBoundingClientRect().height,
      content: iframe.contentDocument.documentElement.scrollHeight,
    }));
    assert.ok(Math.abs(sizes.frame - height) <= 1, `frame ${sizes.frame}px for ${height}px`);
    assert.ok(sizes.content <= sizes.frame + 1, `no scroll inside: ${JSON.stringify(sizes)}`);

    await mark(host, "lower_back_left", 6);
    await page.waitForFunction(() =>
      window.painmapMessages.some((m) => m.type === "painmap:change" && JSON.stringify(m.detail).includes("lower_back_left")),
    );
    assert.deepEqual(foreign(page), []);
    assert.deepEqual(page.problems, []);
    await page.close();
  });

  test("iframe mode: an `origin` parameter changes nothing; the frame's own origin still hears it", async () => {
    // Who hears the frame is the clinic's choice, in its copy of embed.html (trust.test.mjs);
    // an address anyone can write neither redirects nor widens it.
    const page = await watchedPage();
    await page.goto(example("iframe"));
    await mapOf(page.frameLocator("#painmap-frame").locator("#painmap")).waitFor();
    const navigated = page.waitForEvent("framenavigated", (f) => f.url().includes("other.example"));
    await page.locator("#painmap-frame").evaluate((iframe) => {
      iframe.src = `${iframe.src}&origin=https://other.example`;
    });
    await navigated;
    await page.evaluate(() => (window.painmapMessages.length = 0));
    const frame = page.frameLocator("#painmap-frame");
    await mapOf(frame.locator("#painmap")).waitFor();
    await mark(frame.locator("#painmap"), "neck", 2);
    await page.waitForFunction(() =>
      window.painmapMessages.some((m) => m.type === "painmap:change" && JSON.stringify(m.detail).includes("neck")),
    );
    assert.ok(page.consoleLines.some((line) => line.startsWith("warning:") && /origin parameter is not used/.test(line)));
    await page.close();
  });

  test("two widgets on one page are independent", async () => {
    const page = await watchedPage();
    await page.goto(example("two-widgets"));
    const first = page.locator("#first");
    const second = page.locator("#second");
    await mapOf(first).waitFor();
    await mapOf(second).waitFor();
    await page.waitForFunction(() => window.painmapHandles?.second);

    await mark(first, "neck", 6);
    assert.equal(await first.locator(".num").count(), 1);
    assert.equal(await second.locator(".num").count(), 0);
    await mark(second, "calf_left", 2);
    await mark(second, "hip_right", 3);
    assert.equal(await first.locator(".num").count(), 1);
    assert.equal(await second.locator(".num").count(), 2);

    // Removing the element destroys its widget; the other carries on.
    await first.evaluate((el) => el.remove());
    await mark(second, "sacrum", 4);
    assert.equal(await second.locator(".num").count(), 3);
    await page.evaluate(() => window.painmapHandles.second.destroy());
    assert.equal(await second.locator(".painmap-root").count(), 0, "destroy() removes the widget");
    assert.deepEqual(foreign(page), []);
    assert.deepEqual(page.problems, []);
    await page.close();
  });

  test("pkg/ alone (the folder a clinic copies, the npm package) works: loader and iframe page", async () => {
    const page = await watchedPage();
    const url = `${suite.server.url}pkg/test-page.html`;
    await page.route(url, (route) =>
      route.fulfill({
        contentType: "text/html",
        body: `<!doctype html><meta charset="utf-8"><meta name="viewport" content="width=device-width">
          <script type="module" src="painmap-embed.js"></script>
          <pain-map id="painmap" data-lang="en"></pain-map>
          <iframe id="frame" src="embed.html?lang=en" style="width:100%;height:600px"></iframe>`,
      }),
    );
    await page.goto(url);
    await mapOf(page.locator("#painmap")).waitFor();
    await mapOf(page.frameLocator("#frame").locator("#painmap")).waitFor();
    assert.equal(await page.evaluate(() => typeof window.PainMap?.mount), "function");
    const loaded = page.requests.filter((u) => /painmap|embed/.test(u)).map((u) => new URL(u).pathname);
    assert.ok(loaded.every((path) => path.startsWith("/pkg/")), `only pkg/ files: ${loaded}`);
    assert.deepEqual(foreign(page), []);
    assert.deepEqual(page.problems, []);
    await page.close();
  });
});
