// The whole journey on a phone: map, about your pain, safety check, advice and the
// summary, at 390×844 with touch, asserting what the person sees and hears.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { DURATION, journeyDriver, mark, openWidget, phonePage, useBrowser } from "./support.mjs";

const suite = useBrowser();
/** A fresh phone page showing the widget. `options` go to the browser context (locale…). */
async function open(options = {}) {
  const page = await phonePage(suite.browser, { locale: "en-GB", ...options });
  const host = await openWidget(page, suite.server.url);
  return journeyDriver(page, host, "journey");
}

/** Step 1: mark regions, then Next. */
async function mapStep(u, regions) {
  await u.at("Where does it hurt?");
  for (const [id, value] of regions) await mark(u.host, id, value);
  await u.tapButton("Next");
  await u.at("About your pain");
}

/** Step 2: the answers that matter (see the driver's `about`), then Next. */
async function aboutStep(u, answers) {
  await u.about(answers);
  await u.tapButton("Next");
  await u.at("Safety check");
}

describe("the journey in English", () => {
  test("cauda equina signs: the emergency advice appears at once with a working tel: link", async () => {
    const u = await open();
    await mapStep(u, [["lower_back_left", 6]]);
    await aboutStep(u, { duration: DURATION.days1to3, onset: "Suddenly", age: 45 });
    await u.shot("3-safety");
    await u.tick("New numbness or tingling around your genitals");

    // No need to finish the form: the advice is there at once, the heading focused.
    await u.at("Your advice");
    assert.equal(await u.level(), "emergency");
    assert.match(await u.banner().textContent(), /emergency/i);
    const call = u.host.locator("a.call");
    assert.equal(await call.getAttribute("href"), "tel:999", "en-GB dials 999");
    assert.match(await call.textContent(), /999/);
    assert.equal(await u.focused(), "title step-title");
    assert.match(await u.host.locator("[role=status]").last().textContent(), /emergency/i);
    assert.equal(await u.host.locator("[data-rule=E_CES_SADDLE]").count(), 1);
    assert.equal(await u.host.locator("[data-technique]").count(), 0, "no massage at an emergency");
    assert.equal(await u.host.locator("[data-rule=P_ACUTE_MODERATE]").count(), 0, "nor massage precautions");
    await u.shot("4-advice-emergency");
    assert.deepEqual(u.page.problems, []);
    await u.page.close();
  });

  test("9/10 low back pain for 2 days: see a doctor first, within days, with the reason", async () => {
    const u = await open();
    await mapStep(u, [["lower_back_left", 9], ["lower_back_right", 7]]);
    await aboutStep(u, { duration: DURATION.days1to3, onset: "Gradually", age: 38 });
    await u.noneOf();
    await u.tapButton("See my advice");
    await u.at("Your advice");
    assert.equal(await u.level(), "doctor_first");
    assert.equal(await u.banner().getAttribute("data-urgency"), "within_days");
    assert.match(await u.banner().textContent(), /See a doctor first/);
    assert.match(await u.banner().textContent(), /within the next few days/);
    const reason = u.host.locator("[data-rule=D_ACUTE_INTENSE]");
    assert.match(await reason.textContent(), /Lower back, left: 9 of 10/, "names the answer behind it");
    await reason.locator("summary").tap();
    assert.match(await reason.locator("details").textContent(), /NHS, Back pain/);
    assert.match(await reason.locator("details a").first().getAttribute("href"), /^https:\/\/www\.nhs\.uk\//);
    assert.equal(await u.host.locator("[data-technique]").count(), 0);
    await u.page.close();
  });

  test("anticoagulants with chronic stiffness: precautions, light pressure, deep tissue avoided", async () => {
    const u = await open();
    await mapStep(u, [["lower_back_left", 4], ["lower_back_right", 4]]);
    await aboutStep(u, { duration: DURATION.over3Months, onset: "Gradually", age: 44, chips: ["Stiffness"] });
    await u.noneOf([0, 1]);
    await u.tick("You take blood thinners");
    await u.tapButton("See my advice");
    await u.at("Your advice");
    assert.equal(await u.level(), "massage_with_precautions");
    const avoid = u.host.locator(".avoid [data-technique=deep_tissue]");
    assert.match(await avoid.textContent(), /Deep tissue/i);
    assert.match(await avoid.textContent(), /blood thinners/i, "with its reason");
    assert.match(await u.host.locator(".precautions").textContent(), /light touch only/i);
    assert.equal(await u.host.locator(".techniques [data-technique=deep_tissue]").count(), 0);
    await u.shot("4-advice-precautions");
    await u.page.close();
  });
});

/** The desk worker: chronic neck and shoulder tension, nothing serious. */
const DESK = {
  regions: [["neck", 4], ["upper_back_left", 5], ["upper_back_right", 5], ["shoulder_left", 3]],
  en: {
    about: { duration: DURATION.over3Months, onset: "Gradually", age: 34, chips: ["Stiffness", "Knots in the muscle", "Help me relax"] },
  },
  es: {
    about: { duration: DURATION.over3Months, onset: "Poco a poco", age: 34, chips: ["Rigidez", "Nudos en el músculo", "Relajarme"] },
  },
};

/** Asserts the desk worker's advice: massage ok, each technique with its reasons. */
async function assertMassageOk(u, whyForYou) {
  assert.equal(await u.level(), "massage_ok");
  const techniques = u.host.locator(".techniques [data-technique]");
  assert.ok((await techniques.count()) >= 1, "at least one technique is suggested");
  for (let i = 0; i < (await techniques.count()); i += 1) {
    const text = await techniques.nth(i).textContent();
    assert.ok(text.includes(whyForYou), `technique ${i} says why: ${text}`);
  }
  assert.equal(await u.host.locator(".techniques [data-technique=trigger_point]").count(), 1, "knots with a referred pattern");
}

describe("the desk worker", () => {
  test("touch, every step checked by axe and photographed; the summary prints on one page", async () => {
    const u = await open();
    await u.at("Where does it hurt?");
    for (const [id, value] of DESK.regions) await mark(u.host, id, value);
    await u.shot("1-map");
    await u.axe("the map step");
    await u.tapButton("Next");
    await u.at("About your pain");
    await u.about(DESK.en.about);
    await u.shot("2-about");
    await u.axe("the about step");
    await u.tapButton("Next");
    await u.at("Safety check");
    await u.noneOf();
    // The neck is marked: its own question stands under the emergency list, and "None of
    // these" does not answer it.
    await u.tapButton("See my advice");
    assert.equal(await u.title(), "Safety check");
    assert.match(await u.host.locator(".needs").textContent(), /With the neck pain.*Choose Yes, No or Not sure/);
    await u.shot("3-safety-neck-needed");
    await u.axe("the safety step, the neck question needed");
    await u.answer(/With the neck pain/, "No");
    await u.shot("3-safety");
    await u.axe("the safety step");
    await u.tapButton("See my advice");
    await u.at("Your advice");
    await assertMassageOk(u, "Why for you");
    await u.shot("4-advice");
    await u.axe("the advice step");
    await u.tapButton("Summary for my therapist");
    await u.at("Summary for your therapist");
    await u.shot("5-summary");
    await u.axe("the summary step");

    const summary = await u.host.locator(".summary").textContent();
    assert.match(summary, /Neck: 4 of 10/);
    assert.match(summary, /Massage is reasonable/);

    const pdf = await u.page.pdf({ format: "A4", printBackground: true });
    const pages = await pdfText(pdf);
    assert.equal(pages.length, 1, "one printed page");
    const printed = pages.join("\n");
    assert.match(printed, /Summary for your therapist/);
    assert.match(printed, /Upper back, left: 5 of 10/, "the map's regions and intensities");
    assert.match(printed, /Massage is reasonable/, "the advice");
    assert.doesNotMatch(printed, /Copy the summary|Start over/, "no buttons on paper");
    const map = u.host.locator(".summary svg");
    assert.ok(await map.isVisible(), "the map is on the summary");
    await u.page.emulateMedia({ media: "print" });
    assert.ok(await map.isVisible(), "and on the printed page");
    assert.deepEqual(u.page.problems, []);
    await u.page.close();
  });

  test("keyboard only, from the first region to the advice", async () => {
    const u = await open({ hasTouch: false, isMobile: false });
    const k = u.page.keyboard;
    await u.at("Where does it hurt?");
    for (const [name, value] of [["Neck", 4], ["Upper back, left", 5], ["Shoulder, left", 3]]) {
      await tabTo(u, name);
      await k.press("Enter");
      await k.press(String(value));
      await k.press("Escape");
    }
    await tabTo(u, "Next");
    await k.press("Enter");
    await u.at("About your pain");
    assert.equal(await u.focused(), "title step-title", "focus starts at the step's heading");

    await tabTo(u, "Today");
    for (let i = 0; i < 5; i += 1) await k.press("ArrowDown");
    await tabTo(u, "Suddenly");
    await k.press("ArrowDown");
    await tabTo(u, "How old are you?");
    await k.type("34");
    for (const chip of ["Stiffness", "Knots in the muscle", "Help me relax"]) {
      await tabTo(u, chip);
      await k.press("Space");
    }
    await tabTo(u, "Next");
    await k.press("Enter");
    await u.at("Safety check");
    await tabTo(u, "None of these");
    await k.press("Enter");
    // Next comes the neck question, on its own: the arrow keys answer it.
    await k.press("Tab");
    await k.press("ArrowDown");
    assert.ok(await u.question(/With the neck pain/).getByRole("radio", { name: "No", exact: true }).isChecked());
    for (let i = 0; i < 2; i += 1) {
      await tabTo(u, "None of these");
      await k.press("Enter");
    }
    await tabTo(u, "See my advice");
    await k.press("Enter");
    await u.at("Your advice");
    await assertMassageOk(u, "Why for you");
    assert.deepEqual(u.page.problems, []);
    await u.page.close();
  });

  test("in Spanish, from the browser's language, with every step checked by axe", async () => {
    const u = await open({ locale: "es-ES" });
    await u.at("¿Dónde le duele?");
    for (const [id, value] of DESK.regions) await mark(u.host, id, value);
    await u.shot("es-1-map");
    await u.axe("el mapa");
    await u.tapButton("Siguiente");
    await u.at("Sobre su dolor");
    await u.about(DESK.es.about);
    await u.shot("es-2-about");
    await u.axe("sobre su dolor");
    await u.tapButton("Siguiente");
    await u.at("Control de seguridad");
    await u.noneOf();
    await u.answer(/Junto con el dolor de cuello/, "No");
    await u.shot("es-3-safety");
    await u.axe("control de seguridad");
    await u.tapButton("Ver mi recomendación");
    await u.at("Su recomendación");
    await assertMassageOk(u, "");
    assert.match(await u.banner().textContent(), /El masaje es razonable/);
    await u.shot("es-4-advice");
    await u.axe("su recomendación");
    await u.tapButton("Resumen para mi terapeuta");
    await u.at("Resumen para su terapeuta");
    await u.shot("es-5-summary");
    await u.axe("resumen");
    assert.match(await u.host.locator(".summary").textContent(), /Cuello: 4 de 10/);

    // The switch changes the language in place, answers kept.
    await u.tapButton("English");
    await u.at("Summary for your therapist");
    assert.match(await u.host.locator(".summary").textContent(), /Neck: 4 of 10/);
    assert.deepEqual(u.page.problems, []);
    await u.page.close();
  });
});

describe("the answers", () => {
  test("survive a reload mid-journey; Start over clears them", async () => {
    const u = await open();
    await mapStep(u, [["lower_back_left", 6]]);
    await aboutStep(u, { duration: DURATION.days4to14, onset: "Gradually", age: 52 });
    await u.page.reload();
    await u.at("Safety check");
    await u.tapButton("Back");
    await u.at("About your pain");
    assert.equal(await u.host.getByRole("textbox", { name: /How old are you/ }).inputValue(), "52");
    assert.ok(await u.host.locator('input[name="pm-duration"]').nth(DURATION.days4to14).isChecked());

    await u.tapButton("Start over");
    await u.tapButton("Yes, start over");
    await u.at("Where does it hurt?");
    assert.equal(await u.host.locator(".num").count(), 0, "the map is empty");
    await u.page.reload();
    await u.at("Where does it hurt?");
    assert.equal(await u.host.locator(".num").count(), 0, "and stays empty after a reload");
    assert.deepEqual(
      await u.page.evaluate(() => Object.keys(sessionStorage)),
      [],
      "nothing is kept once the person starts over",
    );
    await u.page.close();
  });

  test("Next says what is missing, and editing an earlier answer updates the advice", async () => {
    const u = await open();
    await u.tapButton("Next");
    assert.match(await u.host.locator(".needs").textContent(), /painful area/i);
    await mapStep(u, [["lower_back_left", 4]]);
    await u.tapButton("Next");
    assert.equal(await u.title(), "About your pain", "does not move on without answers");
    assert.ok((await u.host.locator(".needs li").count()) >= 3);
    await u.about({ duration: DURATION.over3Months, onset: "Gradually", age: 40 });
    await u.tapButton("Next");
    await u.noneOf();
    await u.tapButton("See my advice");
    await u.at("Your advice");
    assert.equal(await u.level(), "massage_ok");

    await u.tapButton("Back");
    await u.at("Safety check");
    await u.tick("A high temperature");
    await u.tapButton("See my advice");
    await u.at("Your advice");
    assert.equal(await u.level(), "doctor_first");
    assert.equal(await u.banner().getAttribute("data-urgency"), "same_day");
    await u.page.close();
  });

  test("ages from 0 to 110 are taken; a child is sent to a doctor first", async () => {
    const u = await open();
    await mapStep(u, [["lower_back_left", 3]]);
    const age = u.host.getByRole("textbox", { name: /How old are you/ });
    await u.about({ duration: DURATION.days4to14, onset: "Gradually", age: 111 });
    assert.equal(await age.getAttribute("aria-invalid"), "true", "111 is not an age the rules know");
    for (const ok of ["0", "110", "12"]) {
      await age.fill(ok);
      assert.equal(await age.getAttribute("aria-invalid"), null, `${ok} is an age`);
    }
    await u.tapButton("Next");
    await u.at("Safety check");
    await u.noneOf();
    await u.tapButton("See my advice");
    await u.at("Your advice");
    assert.equal(await u.level(), "doctor_first");
    assert.equal(await u.host.locator("[data-rule=D_UNDER_16]").count(), 1);
    await u.page.close();
  });

  test("text at 200% zoom loses nothing on any step", async () => {
    // A 390 px phone zoomed to 200% lays out like a 195 px wide screen.
    const u = await open({ viewport: { width: 195, height: 422 }, deviceScaleFactor: 4 });
    const fits = () =>
      u.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);
    await mapStep(u, [["lower_back_left", 5]]);
    assert.ok(await fits(), "about step fits");
    await aboutStep(u, { duration: DURATION.days4to14, onset: "Gradually", age: 30 });
    assert.ok(await fits(), "safety step fits");
    await u.noneOf();
    await u.tapButton("See my advice");
    await u.at("Your advice");
    assert.ok(await fits(), "advice fits");
    await u.tapButton("Summary for my therapist");
    await u.at("Summary for your therapist");
    assert.ok(await fits(), "summary fits");
    await u.shot("zoom-200-summary");
    await u.page.close();
  });
});

/** Presses Tab until the focused control's name contains `name` (at most 120 times). */
async function tabTo(u, name) {
  for (let i = 0; i < 120; i += 1) {
    await u.page.keyboard.press("Tab");
    const current = await u.page.evaluate(() => {
      const active = document.querySelector("#painmap").shadowRoot.activeElement;
      if (!active) return "";
      const label = active.labels?.[0]?.textContent ?? "";
      return `${active.getAttribute("aria-label") ?? ""} ${label} ${active.textContent ?? ""}`;
    });
    if (current.includes(name)) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

/** The text of each page of a PDF, read with pdf.js. */
async function pdfText(buffer) {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await pdfjs.getDocument({ data: new Uint8Array(buffer), useSystemFonts: true }).promise;
  const pages = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => item.str + (item.hasEOL ? "\n" : "")).join(""));
  }
  return pages;
}
