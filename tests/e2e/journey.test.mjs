// The whole journey on a phone: the map, the emergency signs, about your pain, three short
// health screens, what the therapist must know, the advice and the summary, at 390×844 with
// touch, asserting what the person sees and hears, and counting their taps.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { ANSWER, DURATION, STEPS, WORDS, journeyDriver, openWidget, pdfPages, phonePage, useBrowser } from "./support.mjs";

const suite = useBrowser();
/** A fresh phone page showing the widget in `lang`. `options` go to the browser context. */
async function open(options = {}, lang = "en") {
  const page = await phonePage(suite.browser, { locale: WORDS[lang].locale, ...options });
  const host = await openWidget(page, suite.server.url);
  return journeyDriver(page, host, lang === "en" ? "journey" : "journey-es", lang);
}

/** The desk worker: neck and upper and lower back, chronic, nothing serious. */
const DESK = {
  regions: [["neck", 4], ["upper_back_left", 5], ["upper_back_right", 5], ["lower_back_left", 3], ["lower_back_right", 3]],
  about: { duration: DURATION.over3Months, onset: "Gradually", age: 34 },
  es: { duration: DURATION.over3Months, onset: "Poco a poco", age: 34 },
};

describe("the journey in English", () => {
  test("cauda equina signs: the emergency advice is two taps after the map, with a working tel: link", async () => {
    const u = await open();
    await u.at("map");
    await u.mark("lower_back_left", 6);
    u.taps = 0;
    await u.next();
    await u.at("emergency");
    await u.shot("2-emergency");
    await u.answer(/^New numbness or tingling around your genitals/, "Yes");

    // No need to finish the form: the advice is there at once, the heading focused.
    await u.at("advice");
    assert.ok(u.taps <= 4, `the emergency advice within 4 taps of the map, not ${u.taps}`);
    assert.equal(await u.level(), "emergency");
    assert.match(await u.banner().textContent(), /emergency/i);
    const call = u.host.locator("a.call");
    assert.equal(await call.getAttribute("href"), "tel:999", "en-GB dials 999");
    assert.match(await call.textContent(), /999/);
    assert.equal(await u.focused(), "title step-title");
    assert.match(await u.host.locator("[role=status]").last().textContent(), /emergency/i);
    assert.equal(await u.host.locator("[data-rule=E_CES_SADDLE]").count(), 1);
    assert.equal(await u.host.locator("[data-technique]").count(), 0, "no massage at an emergency");
    await u.shot("8-advice-emergency");

    // Back returns to the sign just answered, where a mistaken tap is undone.
    await u.back();
    await u.at("emergency");
    await u.answer(/^New numbness or tingling around your genitals/, "No");
    assert.equal(await u.step(), "emergency", "the form goes on from there");
    assert.deepEqual(u.page.problems, []);
    await u.page.close();
  });

  test("9/10 low back pain for 2 days: see a doctor first, within days, with the reason", async () => {
    const u = await open();
    await u.walk({
      regions: [["lower_back_left", 9], ["lower_back_right", 7]],
      about: { duration: DURATION.days1to3, onset: "Gradually", age: 38 },
    });
    assert.equal(await u.level(), "doctor_first");
    assert.equal(await u.banner().getAttribute("data-urgency"), "within_days");
    assert.match(await u.banner().textContent(), /See a doctor first/);
    const reason = u.host.locator("[data-rule=D_ACUTE_INTENSE]");
    assert.match(await reason.textContent(), /Lower back, left: 9 of 10/, "names the answer behind it");
    await reason.locator("summary").tap();
    assert.match(await reason.locator("details").textContent(), /NHS, Back pain/);
    assert.equal(await u.host.locator("[data-technique]").count(), 0);
    await u.page.close();
  });

  test("anticoagulants with chronic stiffness: a yes, then No to the rest; deep tissue avoided", async () => {
    const u = await open();
    await u.walk({
      regions: [["lower_back_left", 4], ["lower_back_right", 4]],
      about: { duration: DURATION.over3Months, onset: "Gradually", age: 44, chips: ["Stiffness"] },
      until: "therapist",
    });
    assert.equal(await u.host.locator("button.none-of").textContent(), "None of these");
    await u.answerId("anticoagulants", ANSWER.yes);
    assert.equal(await u.host.locator("button.none-of").textContent(), "No to the rest");
    await u.shot("7-therapist-one-yes");
    await u.noneOf();
    await u.at("advice");
    assert.equal(await u.level(), "massage_with_precautions");
    // Grouped by reason: the reason once, with the techniques it rules out.
    const avoid = u.host.locator(".avoid .plain > li", { has: u.page.locator("[data-technique=deep_tissue]") });
    assert.match(await avoid.textContent(), /Deep tissue/i);
    assert.match(await avoid.textContent(), /blood thinners/i, "with its reason");
    assert.equal(await avoid.locator(".avoid-why").count(), 1, "the reason once");
    assert.match(await u.host.locator(".precautions").textContent(), /light touch only/i);
    assert.equal(await u.host.locator(".techniques [data-technique=deep_tissue]").count(), 0);
    await u.page.close();
  });
});

describe("the desk worker", () => {
  test("five areas, nothing serious: the advice in at most 25 taps", async () => {
    const u = await open();
    await u.at("map");
    await u.walk({ regions: DESK.regions, about: DESK.about });
    // 5 areas × 2, Next, None of these, 5 taps on About and Next, None of these × 4.
    assert.ok(u.taps <= 25, `${u.taps} taps`);
    assert.equal(await u.level(), "massage_ok");
    assert.deepEqual(u.page.problems, []);
    await u.page.close();
  });

  test("touch, every screen checked by axe and photographed; the summary prints on one page", async () => {
    const u = await open();
    for (const [id, value] of DESK.regions) await u.mark(id, value);
    await u.shot("1-map");
    await u.axe("the map step");
    await u.next();
    await u.at("emergency");
    // The neck is marked: its warning signs are one more sign on this screen.
    const neck = u.question(/With the neck pain/);
    assert.equal(await neck.count(), 1);
    assert.equal(await u.host.locator(".check-item").last().locator("[role=radiogroup]").getAttribute("aria-labelledby"), "pm-q-neck_warning_signs-q");
    await u.shot("2-emergency");
    await u.axe("the emergency signs");
    await u.noneOf();
    await u.at("about");
    await u.about({ ...DESK.about, chips: ["Stiffness", "Knots in the muscle", "Help me relax"], sessions: 0, similar: ANSWER.no, seenDoctor: ANSWER.no });
    assert.equal(await u.host.getByText(/Optional/).count(), 0, "nothing is labelled optional");
    await u.shot("3-about");
    await u.axe("the about step");
    await u.next();
    for (const step of ["health1", "health2", "health3", "therapist"]) {
      await u.at(step);
      assert.match(await u.host.locator(".step-of").textContent(), new RegExp(`Step ${STEPS.indexOf(step) + 1} of 9`));
      await u.shot(`${STEPS.indexOf(step) + 1}-${step}`);
      await u.axe(step);
      await u.noneOf();
    }
    await u.at("advice");
    assert.equal(await u.level(), "massage_ok");
    await u.shot("8-advice");
    await u.axe("the advice step");
    await u.tapButton("Summary for my therapist");
    await u.at("summary");
    await u.shot("9-summary");
    await u.axe("the summary step");
    const rendered = await u.host.locator(".painmap").textContent();
    assert.doesNotMatch(rendered, /\?:/, "no question followed by a colon");

    const summary = await u.host.locator(".summary").textContent();
    assert.match(summary, /Neck: 4 of 10/);
    assert.match(summary, /Massage is reasonable/);
    const pdf = await u.page.pdf({ format: "A4", printBackground: true });
    const pages = await pdfPages(pdf);
    assert.equal(pages.length, 1, "one printed page");
    assert.match(pages.join("\n"), /Upper back,\s*left: 5 of 10/);
    assert.deepEqual(u.page.problems, []);
    await u.page.close();
  });

  test("keyboard only, from the first region to the advice", async () => {
    const u = await open({ hasTouch: false, isMobile: false });
    const k = u.page.keyboard;
    await u.at("map");
    for (const [name, value] of [["Neck", 4], ["Upper back, left", 5]]) {
      await tabTo(u, name);
      await k.press("Enter");
      await k.press(String(value));
      await k.press("Escape");
    }
    await tabTo(u, "Next");
    await k.press("Enter");
    await u.at("emergency");
    assert.equal(await u.focused(), "title step-title", "focus starts at the step's heading");
    // The first sign's radio group: the arrow keys answer it.
    await k.press("Tab");
    await k.press("ArrowRight");
    assert.ok(await u.host.locator('input[name="pm-q-saddle_numbness"]').nth(ANSWER.no).isChecked());
    await tabTo(u, "No to the rest");
    await k.press("Enter");
    await u.at("about");
    await tabTo(u, "Today");
    for (let i = 0; i < 5; i += 1) await k.press("ArrowDown");
    await tabTo(u, "Suddenly");
    await k.press("ArrowDown");
    await tabTo(u, "How old are you?");
    await k.type("34");
    await tabTo(u, "None");
    await k.press("Space");
    for (const id of ["similar_pain_before", "seen_doctor_for_this_pain"]) {
      await tabTo(u, "Yes");
      await k.press("ArrowRight");
      assert.ok(await u.host.locator(`input[name="pm-q-${id}"]`).nth(ANSWER.no).isChecked(), id);
    }
    await tabTo(u, "Next");
    await k.press("Enter");
    for (const step of ["health1", "health2", "health3", "therapist"]) {
      await u.at(step);
      await tabTo(u, "None of these");
      await k.press("Enter");
    }
    await u.at("advice");
    assert.equal(await u.level(), "massage_ok");
    assert.deepEqual(u.page.problems, []);
    await u.page.close();
  });

  test("in Spanish, from the browser's language, every screen checked by axe and photographed", async () => {
    const u = await open({}, "es");
    await u.at("map");
    for (const [id, value] of DESK.regions) await u.mark(id, value);
    await u.shot("1-map");
    await u.axe("el mapa");
    await u.next();
    for (const step of STEPS.slice(1, 7)) {
      await u.at(step);
      if (step === "about") {
        await u.about({ ...DESK.es, chips: ["Rigidez", "Relajarme"], sessions: 0, similar: ANSWER.no, seenDoctor: ANSWER.no });
      }
      await u.shot(`${STEPS.indexOf(step) + 1}-${step}`);
      await u.axe(step);
      if (step === "about") await u.next();
      else await u.noneOf();
    }
    await u.at("advice");
    assert.match(await u.banner().textContent(), /El masaje es razonable/);
    await u.shot("8-advice");
    await u.axe("su recomendación");
    await u.tapButton(u.w.toSummary);
    await u.at("summary");
    await u.shot("9-summary");
    await u.axe("resumen");
    assert.match(await u.host.locator(".summary").textContent(), /Cuello: 4 de 10/);
    assert.doesNotMatch(await u.host.locator(".painmap").textContent(), /Opcional/);

    // The switch changes the language in place, answers kept.
    await u.tapButton("English");
    await u.at(WORDS.en.titles.summary);
    assert.match(await u.host.locator(".summary").textContent(), /Neck: 4 of 10/);
    assert.deepEqual(u.page.problems, []);
    await u.page.close();
  });
});

/** The first control that still needs an answer, its box, and whether focus is inside it. */
async function firstNeed(u) {
  return u.page.evaluate(() => {
    const root = document.querySelector("#painmap").shadowRoot;
    const need = root.querySelector(".step-body [data-need]");
    if (!need) return null;
    const box = need.getBoundingClientRect();
    return {
      top: box.top,
      bottom: box.bottom,
      height: window.innerHeight,
      // Inside it, or (the map's message) on the first region after it.
      focused: need.contains(root.activeElement) || root.activeElement?.hasAttribute("data-region"),
      message: (need.matches(".field-need") ? need : need.querySelector(".field-need"))?.textContent ?? "",
    };
  });
}

/** Next with something missing: the first missing answer in view, focused, and said. */
async function assertRefused(u, step, message) {
  await u.next();
  await u.host.locator(".needs").waitFor();
  assert.equal(await u.step(), step, "does not move on");
  // The scroll is smooth on some browsers: wait for it to settle rather than for a time.
  await u.page.waitForFunction(() => {
    const need = document.querySelector("#painmap").shadowRoot.querySelector(".step-body [data-need]");
    const box = need?.getBoundingClientRect();
    return box && box.top >= 0 && (box.bottom <= window.innerHeight || box.top < 1);
  });
  const need = await firstNeed(u);
  assert.ok(need.top >= 0 && need.top < need.height / 2, `${step}: in view ${JSON.stringify(need)}`);
  assert.ok(need.focused, `${step}: focus inside the missing answer`);
  assert.match(need.message, message, `${step}: its own message beside it`);
  assert.equal(await u.host.locator(".needs").getAttribute("role"), "alert", "what is missing is announced");
}

describe("the answers", () => {
  test("Next with a missing answer, on every step, brings it into view with focus", async () => {
    const u = await open();
    await assertRefused(u, "map", /Tap at least one painful area/);
    await u.shot("1-map-needed");
    await u.axe("the map, needed");
    await u.mark("lower_back_left", 4);
    await u.next();
    await u.at("emergency");
    await u.answerId("saddle_numbness", ANSWER.no);
    await assertRefused(u, "emergency", /Please answer: Yes, No or Not sure/);
    const needs = await u.host.locator(".needs").textContent();
    assert.match(needs, /9 questions still need an answer: Yes, No or Not sure/, "counted, not all listed");
    assert.equal(
      await u.page.evaluate(() => document.querySelector("#painmap").shadowRoot.activeElement.name),
      "pm-q-bladder_or_bowel_change",
      "the first open sign",
    );
    await u.shot("2-emergency-needed");
    await u.axe("the emergency signs, needed");
    // A second refusal scrolls there again, from wherever the person had gone.
    await u.page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await assertRefused(u, "emergency", /Please answer/);
    await u.noneOf();
    await u.at("about");
    await u.about({ duration: DURATION.days4to14 });
    await assertRefused(u, "about", /Choose how the pain started/);
    await u.shot("3-about-needed");
    await u.axe("the about step, needed");
    await u.about({ onset: "Gradually", age: 40, sessions: 2, similar: ANSWER.no, seenDoctor: ANSWER.no });
    // Two massages: whether they helped changes the advice, so it is asked.
    await assertRefused(u, "about", /Please answer/);
    assert.match(await u.host.locator(".needs").textContent(), /Did the massages help/);
    await u.answer(/Did the massages help/, "Yes");
    await u.next();
    await u.at("health1");
    for (const id of ["fever", "urinary_symptoms", "unexplained_weight_loss", "night_pain_unrelieved_by_rest"]) {
      await u.answerId(id, ANSWER.no);
    }
    await assertRefused(u, "health1", /Please answer/);
    const few = await u.host.locator(".needs").textContent();
    assert.match(few, /Answer Yes, No or Not sure to:.*Pain that gets much worse when you cough/, "a few are named");
    assert.doesNotMatch(few, /A high temperature/, "not the answered ones");
    await u.shot("4-health1-needed");
    assert.equal(await u.host.locator("button.none-of").textContent(), "No to the rest");
    await u.noneOf();
    await u.at("health2");
    assert.deepEqual(u.page.problems, []);
    await u.page.close();
  });

  test("Back reaches every step, and the advice follows a changed answer", async () => {
    const u = await open();
    await u.walk({ regions: [["lower_back_left", 4]], about: { duration: DURATION.over3Months, onset: "Gradually", age: 40 }, until: "summary" });
    for (let at = STEPS.length - 1; at > 0; at -= 1) {
      await u.back();
      await u.at(STEPS[at - 1]);
      assert.equal(await u.host.locator(".steps li[data-current=true]").count(), 1);
    }
    assert.equal(await u.host.locator("button.nav-back").count(), 0, "no Back on the first step");
    await u.walk({ until: "health1" });
    await u.answerId("fever", ANSWER.yes);
    await u.walk({ until: "advice" });
    assert.equal(await u.level(), "doctor_first");
    assert.equal(await u.banner().getAttribute("data-urgency"), "same_day");
    await u.page.close();
  });

  test("survive a reload mid-journey; Start over clears them and keeps the language", async () => {
    const u = await open();
    await u.walk({
      regions: [["lower_back_left", 6]],
      about: { duration: DURATION.days4to14, onset: "Gradually", age: 52 },
      until: "health2",
    });
    const saved = await u.page.evaluate(() => JSON.parse(Object.values(sessionStorage)[0]));
    assert.equal(saved.v, 2, "the nine-step journey saves as version 2");
    assert.equal(saved.step, 5);
    await u.page.reload();
    await u.at("health2");
    await u.back();
    await u.at("health1");
    await u.back();
    await u.at("about");
    assert.equal(await u.host.getByRole("textbox", { name: /How old are you/ }).inputValue(), "52");
    assert.ok(await u.host.locator('input[name="pm-duration"]').nth(DURATION.days4to14).isChecked());

    // A version 1 entry (five steps) is ignored, not misread.
    await u.page.evaluate(() => {
      const key = Object.keys(sessionStorage)[0];
      const old = JSON.parse(sessionStorage.getItem(key));
      sessionStorage.setItem(key, JSON.stringify({ ...old, v: 1, step: 3 }));
    });
    await u.page.reload();
    await u.at("map");
    assert.equal(await u.host.locator(".num").count(), 0, "a fresh start");

    await u.walk({ regions: [["lower_back_left", 6]], until: "emergency" });
    // In Spanish, not the language the page opened in, so that keeping it shows.
    await u.tapButton("Español");
    await u.at(WORDS.es.titles.emergency);
    await u.tapButton("Empezar de nuevo");
    await u.tapButton("Sí, empezar de nuevo");
    await u.at(WORDS.es.titles.map);
    assert.equal(await u.host.locator(".painmap").getAttribute("lang"), "es", "Start over keeps the language");
    assert.equal(await u.host.locator(".num").count(), 0, "Start over clears the map");
    await u.page.reload();
    await u.at("map");
    assert.equal(await u.host.locator(".num").count(), 0, "and stays empty after a reload");
    assert.deepEqual(await u.page.evaluate(() => Object.keys(sessionStorage)), []);
    await u.page.close();
  });

  test("ages from 0 to 110 are taken; a child is sent to a doctor first", async () => {
    const u = await open();
    await u.walk({ regions: [["lower_back_left", 3]], until: "about" });
    const age = u.host.getByRole("textbox", { name: /How old are you/ });
    await u.about({ duration: DURATION.days4to14, onset: "Gradually", age: 111 });
    assert.equal(await age.getAttribute("aria-invalid"), "true", "111 is not an age the rules know");
    for (const ok of ["0", "110", "12"]) {
      await age.fill(ok);
      assert.equal(await age.getAttribute("aria-invalid"), null, `${ok} is an age`);
    }
    await u.walk({ until: "advice" });
    assert.equal(await u.level(), "doctor_first");
    assert.equal(await u.host.locator("[data-rule=D_UNDER_16]").count(), 1);
    await u.page.close();
  });

  test("text at 200% zoom loses nothing on any step", async () => {
    // A 390 px phone zoomed to 200% lays out like a 195 px wide screen.
    const u = await open({ viewport: { width: 195, height: 422 }, deviceScaleFactor: 4 });
    const fits = () => u.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);
    await u.mark("lower_back_left", 5);
    for (const step of STEPS.slice(1)) {
      await u.walk({ about: { duration: DURATION.days4to14, onset: "Gradually", age: 30 }, until: step });
      assert.ok(await fits(), `${step} fits`);
    }
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

