// Every phone: from 195 CSS px wide (a 390 px phone at 200% zoom) to landscape, at the
// browser's default font size and at twice it. Nothing is cut off or pushed sideways, the text
// follows the person's font-size setting (not the host page's), the language buttons stay put
// and reduced motion stops every transition.
import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, test } from "node:test";
import { DURATION, artifacts, journeyDriver, openWidget, phonePage, useBrowser } from "./support.mjs";

const suite = useBrowser();

const SCREENS = {
  zoom200: { width: 195, height: 422 },
  small: { width: 320, height: 568 },
  phone: { width: 390, height: 844 },
  landscape: { width: 844, height: 390 },
};

/** What the walk taps and waits for, in each language. */
const WORDS = {
  en: {
    locale: "en-GB",
    done: "Done",
    list: "List",
    mapView: "Map",
    answers: { duration: DURATION.over3Months, onset: "Gradually", age: 34, chips: ["Stiffness", "Knots in the muscle"] },
  },
  es: {
    locale: "es-ES",
    done: "Listo",
    list: "Lista",
    mapView: "Mapa",
    answers: { duration: DURATION.over3Months, onset: "Poco a poco", age: 34, chips: ["Rigidez", "Nudos en el músculo"] },
  },
};

/**
 * The browser's default font size, as a person sets it in the browser's settings (not the
 * page's zoom): Chromium's `Page.setFontSizes`. It lasts as long as the DevTools session, so
 * the session stays open with the page.
 */
async function setDefaultFontSize(page, px) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Page.setFontSizes", { fontSizes: { standard: px } });
  const probe = await page.evaluate(() => {
    const probe = document.createElement("div");
    probe.style.fontSize = "medium";
    document.documentElement.append(probe);
    const size = getComputedStyle(probe).fontSize;
    probe.remove();
    return size;
  });
  assert.equal(probe, `${px}px`, "the browser's default font size is set");
}

/** A page of `size` showing the widget in `lang`, at the browser's font size `fontPx`. */
async function open({ size = SCREENS.phone, lang = "en", fontPx = 16, url = "" } = {}) {
  const page = await phonePage(suite.browser, { viewport: size, locale: WORDS[lang].locale });
  if (fontPx !== 16) await setDefaultFontSize(page, fontPx);
  const host = await openWidget(page, `${suite.server.url}${url}`);
  return journeyDriver(page, host, "fit", lang);
}

/**
 * The whole journey, calling `look(name)` on each screen: the map, its control open, the
 * List view, each question step with what is missing and answered, the advice (every
 * disclosure open) and the summary. The steps' order lives here and in support.mjs' `walk`.
 */
async function walk(u, w, look) {
  await u.at("map");
  await look("1-map");
  await u.host.locator('[data-region="lower_back_left"]').tap();
  await look("1-map-control");
  await u.host.locator(".slider").fill("6");
  await u.tapButton(w.done);
  await u.mark("neck", 4);
  await u.tapButton(w.list);
  await look("1-list");
  await u.tapButton(w.mapView);
  await u.next();
  await u.at("emergency");
  await u.next();
  await look("2-emergency-missing");
  await u.noneOf();
  await u.at("about");
  await u.next();
  await look("3-about-missing");
  await u.about(w.answers);
  await u.about(await u.aboutDefaults());
  await look("3-about");
  await u.next();
  await u.at("health1");
  await u.next();
  await look("4-health1-missing");
  await u.noneOf();
  for (const step of ["health2", "health3"]) {
    await u.at(step);
    await look(`5-${step}`);
    await u.noneOf();
  }
  await u.at("therapist");
  await u.answerId("anticoagulants", 0);
  await look("7-therapist");
  await u.noneOf();
  await u.at("advice");
  await u.host.locator("details").evaluateAll((all) => all.forEach((d) => (d.open = true)));
  await look("8-advice");
  await u.next();
  await u.at("summary");
  await look("9-summary");
}

/**
 * What is cut off or sticks out sideways on the current screen: each visible element with
 * its own text, and each control, must not scroll inside itself nor stick out of the widget's
 * box; and neither the widget nor the page scrolls sideways.
 */
function clipped(host) {
  return host.evaluate((el) => {
    const widget = el.shadowRoot.querySelector(".painmap");
    const frame = widget.getBoundingClientRect();
    const found = [];
    const name = (node) =>
      `${node.tagName.toLowerCase()}.${[...node.classList].join(".")} "${(node.textContent ?? "").trim().slice(0, 40)}"`;
    for (const node of widget.querySelectorAll("*")) {
      if (node.closest(".sr-only") || node.closest("svg")) continue;
      const style = getComputedStyle(node);
      if (style.display === "contents" || style.display === "inline" || style.visibility === "hidden") continue;
      const box = node.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      // A box that clips what it holds (a fixed-size reading, overflow: hidden) hides text.
      // A box that scrolls up and down (the control docked beside the map, as tall as the
      // screen) keeps its content reachable; sideways scrolling is never wanted.
      const contained = /paint|strict|content/.test(style.contain);
      const wide = node.scrollWidth > node.clientWidth + 1;
      const tall = node.scrollHeight > node.clientHeight + 1;
      const scrolls = style.overflowY === "auto" || style.overflowY === "scroll";
      const hidesTall = style.overflowY === "hidden" || style.overflowY === "clip" || (contained && !scrolls);
      if ((wide && (style.overflowX !== "visible" || contained)) || (tall && hidesTall)) {
        found.push(`${name(node)} clips: ${node.scrollWidth}×${node.scrollHeight} px in ${node.clientWidth}×${node.clientHeight} px`);
      }
      const ownText = [...node.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
      if (!ownText && !node.matches("button, a, input, label, summary, legend")) continue;
      if (box.left < frame.left - 1 || box.right > frame.right + 1) {
        found.push(`${name(node)} sticks out: ${Math.round(box.left)}–${Math.round(box.right)} of ${Math.round(frame.left)}–${Math.round(frame.right)}`);
      }
      if (node.scrollWidth > node.clientWidth + 1) {
        found.push(`${name(node)} is cut: ${node.scrollWidth} px of text in ${node.clientWidth} px`);
      }
    }
    if (widget.scrollWidth > widget.clientWidth + 1) found.push(`the widget scrolls sideways: ${widget.scrollWidth} in ${widget.clientWidth}`);
    const page = document.documentElement;
    if (page.scrollWidth > window.innerWidth + 1) found.push(`the page scrolls sideways: ${page.scrollWidth} in ${window.innerWidth}`);
    return found;
  });
}

describe("every screen fits, nothing cut off", () => {
  for (const [sizeName, size] of Object.entries(SCREENS)) {
    for (const lang of ["en", "es"]) {
      for (const fontPx of [16, 32]) {
        test(`${size.width}×${size.height}, ${lang}, browser font ${fontPx} px`, async () => {
          const u = await open({ size, lang, fontPx });
          const problems = [];
          await walk(u, WORDS[lang], async (screen) => {
            for (const problem of await clipped(u.host)) problems.push(`${screen}: ${problem}`);
            if (fontPx === 16) {
              await u.host.screenshot({ path: join(artifacts, `fit-${size.width}-${lang}-${screen}.png`) });
            }
          });
          assert.deepEqual(problems, []);
          assert.deepEqual(u.page.problems, []);
          await u.page.close();
        });
      }
    }
  }
});

/** The computed font size, in CSS px, of the first element matching `selector`. */
const fontSize = (u, selector) => u.style(selector, "fontSize").then(parseFloat);

describe("text follows the browser's font size", () => {
  test("twice the browser's default size gives text twice as big", async () => {
    // Landscape: wide enough at both sizes for the same layout (a narrow one has smaller
    // headings); on the phone upright, the body text.
    for (const [size, selectors] of [
      [SCREENS.landscape, [".hint", ".step-title", ".lang-option", ".seg", ".nav-next"]],
      [SCREENS.phone, [".hint", ".nav-next"]],
    ]) {
      const normal = await open({ size });
      const big = await open({ size, fontPx: 32 });
      for (const selector of selectors) {
        const ratio = (await fontSize(big, selector)) / (await fontSize(normal, selector));
        assert.ok(Math.abs(ratio - 2) < 0.05, `${selector} at ${size.width} px: ${ratio}× at 32 px`);
      }
      assert.ok((await fontSize(normal, ".hint")) >= 16, "body text at least the browser's default");
      await normal.page.close();
      await big.page.close();
    }
  });

  test("a host page's small root font size does not shrink the widget", async () => {
    const u = await open();
    const selectors = [".hint", ".step-title", ".lang-option", ".nav-next"];
    const before = await Promise.all(selectors.map((s) => fontSize(u, s)));
    await u.page.addStyleTag({ content: "html { font-size: 10px !important } body { font-size: 1rem !important }" });
    assert.equal(await u.page.evaluate(() => getComputedStyle(document.body).fontSize), "10px", "the host page shrank");
    assert.deepEqual(await Promise.all(selectors.map((s) => fontSize(u, s))), before);
    await u.page.close();
  });
});

describe("the header row", () => {
  test("the language buttons keep their place and size when the language changes", async () => {
    for (const size of [SCREENS.zoom200, SCREENS.small, SCREENS.phone]) {
      const u = await open({ size });
      const boxes = () =>
        u.host.locator(".lang-option").evaluateAll((buttons) =>
          buttons.map((b) => {
            const r = b.getBoundingClientRect();
            return [r.x, r.y, r.width, r.height].map(Math.round);
          }),
        );
      const english = await boxes();
      await u.tapButton("Español");
      await u.at("¿Dónde le duele?");
      assert.deepEqual(await boxes(), english, `at ${size.width} px`);
      await u.tapButton("English");
      await u.at("Where does it hurt?");
      assert.deepEqual(await boxes(), english, `back to English at ${size.width} px`);
      await u.page.close();
    }
  });
});

describe("reduced motion", () => {
  test("a tap is answered without animation, and under prefers-reduced-motion nothing moves at all", async () => {
    const u = await open();
    await u.page.emulateMedia({ reducedMotion: "no-preference" });
    // A tap's answer is drawn in one frame even with motion allowed: an easing colour kept the
    // main thread busy for several frames after every step.
    await u.host.locator('[data-region="lower_back_left"]').tap();
    await u.host.locator(".step").last().tap();
    assert.equal(await u.host.locator('[data-region="lower_back_left"]').getAttribute("data-level"), "1");
    assert.deepEqual(
      await u.host.evaluate((el) => el.shadowRoot.getAnimations().map((a) => a.transitionProperty ?? a.animationName)),
      [],
      "nothing animates after a tap",
    );
    await u.host.locator(".control button.primary").tap();
    await u.host.locator(".control").waitFor({ state: "detached" });
    await u.page.emulateMedia({ reducedMotion: "reduce" });
    // A transition someone adds later without a reduced-motion guard is stopped too.
    await u.host.evaluate((el) => {
      const late = new CSSStyleSheet();
      late.replaceSync(".control, .banner, button { transition: transform 0.3s, opacity 0.2s; animation: pm-late 1s infinite; }");
      el.shadowRoot.adoptedStyleSheets = [...el.shadowRoot.adoptedStyleSheets, late];
    });
    await u.host.locator('[data-region="lower_back_left"]').tap();
    const moving = await u.host.evaluate((el) =>
      [...el.shadowRoot.querySelectorAll(".painmap, .painmap *")]
        .map((node) => [node, getComputedStyle(node)])
        .filter(([, s]) => s.transitionDuration.split(",").some((d) => parseFloat(d) > 0) ||
          s.animationDuration.split(",").some((d) => parseFloat(d) > 0))
        .map(([node]) => `${node.tagName.toLowerCase()}.${[...node.classList].join(".")}`),
    );
    assert.deepEqual(moving, []);
    assert.equal(await u.style(".region .shape", "transitionDuration"), "0s");
    assert.equal(await u.style(".control", "transitionDuration"), "0s");
    await u.page.close();
  });
});
