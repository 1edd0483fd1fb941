// The questions that are asked only when they apply (clinical rules, version 2): the neck
// signs with neck pain, on the emergency screen; the pregnancy questions, the calf and "before
// 45" questions on the health screens, each under the question that asks it; "did the massages
// help?" after two sessions; and the moments the advice appears at once. Each case in English
// and in Spanish, on a phone, as a person sees it.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { ANSWER, DURATION, WORDS, journeyDriver, openWidget, phonePage, useBrowser } from "./support.mjs";

const suite = useBrowser();

/** The questions' words, per language (the steps' and buttons' words are in support.mjs). */
const QUESTIONS = {
  en: {
    gradually: "Gradually",
    neck: /With the neck pain/,
    chest: /^Chest pain, pressure/,
    saddle: /^New numbness or tingling around your genitals/,
    stiffness: /^Back stiffness in the morning/,
    before45: /first start before you were 45/,
    clot: /^You have had a blood clot/,
    calf: /Is one calf swollen/,
    pregnant: /^You are pregnant/,
    weeks: /How many weeks pregnant/,
    complications: /complicated or high-risk pregnancy/,
    warning: /bleeding, leaking fluid/,
    improved: /Did the massages help/,
    similar: /Have you had pain like this before/,
    today: /See a doctor today/,
    doctorFirst: /See a doctor first/,
    optional: /Optional/,
  },
  es: {
    gradually: "Poco a poco",
    neck: /Junto con el dolor de cuello/,
    chest: /^Dolor, presión u opresión en el pecho/,
    saddle: /^Adormecimiento u hormigueo nuevo alrededor de los genitales/,
    stiffness: /^Rigidez de espalda por la mañana/,
    before45: /empezó antes de que cumpliera 45/,
    clot: /^Ha tenido un coágulo/,
    calf: /pantorrilla/,
    pregnant: /^Está embarazada/,
    weeks: /De cuántas semanas está embarazada/,
    complications: /complicaciones o de alto riesgo/,
    warning: /sangrado, pérdida de líquido/,
    improved: /Le ayudaron los masajes/,
    similar: /Ha tenido antes un dolor como este/,
    today: /Vea a un médico hoy/,
    doctorFirst: /Primero, vea a un médico/,
    optional: /Opcional/,
  },
};

/** A fresh phone page in the language's locale, with the words of that language. */
async function open(lang) {
  const page = await phonePage(suite.browser, { locale: WORDS[lang].locale });
  const host = await openWidget(page, suite.server.url);
  const u = journeyDriver(page, host, `follow-ups-${lang}`, lang);
  u.q = QUESTIONS[lang];
  return u;
}

const ADULT = { duration: DURATION.days4to14, age: 40 };

/** The question card (`.check-item`) that holds the radio group named `words`. */
const cardOf = (u, words) => u.question(words).locator("xpath=ancestor::li[contains(@class,'check-item')][1]");
/** The name of the first question in the card that holds `words`: its own, or its parent's. */
const parentOf = (u, words) =>
  cardOf(u, words).evaluate((li) => li.querySelector("legend").textContent);

for (const lang of ["en", "es"]) {
  describe(`questions that apply, in ${lang === "en" ? "English" : "Spanish"}`, () => {
    test("neck pain: the neck signs are one more sign on the emergency screen, and a yes shows the emergency advice at once", async () => {
      const u = await open(lang);
      await u.walk({ regions: [["neck", 4]], until: "emergency" });
      const neck = u.question(u.q.neck);
      assert.equal(await neck.count(), 1, "asked, because the neck is marked");
      assert.match(await parentOf(u, u.q.neck), u.q.neck, "a sign of its own, the last");
      assert.match(await u.host.locator(".check-item").last().textContent(), u.q.neck);
      await neck.scrollIntoViewIfNeeded();
      await u.shot("2-emergency-neck");
      await u.axe("the emergency signs with the neck");

      await u.answer(u.q.neck, u.w.yes);
      await u.at("advice");
      assert.equal(await u.level(), "emergency");
      assert.equal(await u.host.locator("[data-rule=E_NECK]").count(), 1);
      assert.match(await u.host.locator("a.call").getAttribute("href"), /^tel:\d+$/);
      assert.equal(await u.host.locator("[data-technique]").count(), 0);
      await u.shot("8-advice-neck");
      await u.axe("the neck emergency advice");
      assert.deepEqual(u.page.problems, []);
      await u.page.close();
    });

    test("no neck pain: no neck signs; marking the neck later asks them, taking it off forgets them", async () => {
      const u = await open(lang);
      await u.walk({ regions: [["lower_back_left", 4]], until: "emergency" });
      assert.equal(await u.question(u.q.neck).count(), 0, "not asked without neck pain");
      await u.back();
      await u.at("map");
      await u.mark("neck", 3);
      await u.next();
      await u.at("emergency");
      await u.answer(u.q.neck, u.w.no);
      await u.back();
      await u.at("map");
      await u.mark("neck", 0);
      await u.next();
      await u.at("emergency");
      assert.equal(await u.question(u.q.neck).count(), 0, "gone with the neck pain");
      await u.walk({ about: ADULT, until: "advice" });
      assert.equal(await u.level(), "massage_ok");
      const saved = await u.page.evaluate(() => Object.values(sessionStorage).join(""));
      assert.doesNotMatch(saved, /neck_warning_signs/, "and its answer is forgotten");
      await u.page.close();
    });

    test("pregnant: its questions open under it; warning signs mean a doctor today", async () => {
      const u = await open(lang);
      await u.walk({ regions: [["lower_back_left", 4]], about: ADULT, until: "health3" });
      for (const id of ["minor_fall_or_blow", "back_lump_or_deformity", "recent_surgery", "recent_fracture", "cancer_treatment_now", "uncontrolled_high_blood_pressure"]) {
        await u.answerId(id, ANSWER.no);
      }
      await u.answer(u.q.pregnant, u.w.yes);
      const card = cardOf(u, u.q.pregnant);
      for (const words of [u.q.complications, u.q.warning]) {
        assert.equal(await card.getByRole("radiogroup", { name: words }).count(), 1, `${words} under it`);
      }
      assert.equal(await card.getByRole("textbox", { name: u.q.weeks }).count(), 1, "the weeks too");
      assert.doesNotMatch(await card.textContent(), u.q.optional);
      await u.next();
      assert.equal(await u.step(), "health3", "both questions must be answered first");
      const needs = await u.host.locator(".needs").textContent();
      assert.match(needs, u.q.complications);
      assert.match(needs, u.q.warning);
      await card.scrollIntoViewIfNeeded();
      await u.shot("6-health3-pregnant-needed");
      await u.axe("the pregnancy questions, needed");

      await card.getByRole("textbox", { name: u.q.weeks }).fill("24");
      await u.answer(u.q.complications, u.w.no);
      await u.answer(u.q.warning, u.w.yes);
      await u.shot("6-health3-pregnant");
      await u.next();
      await u.walk({ until: "advice" });
      assert.equal(await u.level(), "doctor_first");
      assert.equal(await u.banner().getAttribute("data-urgency"), "same_day");
      assert.match(await u.banner().textContent(), u.q.today);
      assert.equal(await u.host.locator("[data-rule=D_PREGNANCY_WARNING]").count(), 1);
      await u.shot("8-advice-pregnancy-warning");
      await u.axe("the pregnancy warning advice");
      assert.deepEqual(u.page.problems, []);
      await u.page.close();
    });

    test("every follow-up: each on the screen and under the question that asks it, each needed", async () => {
      const u = await open(lang);
      await u.walk({
        regions: [["neck", 3], ["calf_left", 3], ["lower_back_left", 3]],
        until: "emergency",
      });
      assert.match(await parentOf(u, u.q.neck), u.q.neck, "the neck signs on their own");
      await u.walk({ about: { duration: DURATION.over3Months, age: 50 }, until: "health2" });
      await u.answer(u.q.stiffness, u.w.yes);
      assert.match(await parentOf(u, u.q.before45), u.q.stiffness);
      assert.match(await parentOf(u, u.q.calf), u.q.calf, "the calf question on its own, for the marked calf");
      assert.match(await u.host.locator(".check-item").last().textContent(), u.q.calf, "last on the clot's screen");

      await u.next();
      assert.equal(await u.step(), "health2");
      assert.match(await u.host.locator(".needs").textContent(), /7/, "seven still to answer, counted");
      await u.page.evaluate(() => window.scrollTo(0, 0));
      await u.shot("5-health2-follow-ups");
      await u.axe("the follow-ups open");

      // A clot in the past moves the calf question under it, where it is read with it.
      await u.answer(u.q.clot, u.w.yes);
      assert.match(await parentOf(u, u.q.calf), u.q.clot);
      await u.answer(u.q.before45, u.w.no);
      await u.answer(u.q.calf, u.w.no);
      await u.noneOf();
      await u.at("health3");
      await u.answer(u.q.pregnant, u.w.yes);
      assert.match(await parentOf(u, u.q.warning), u.q.pregnant);
      await u.walk({ until: "advice" });
      assert.equal(await u.level(), "doctor_first", "a past clot is for a doctor");
      assert.equal(await u.host.locator("[data-rule=U_INCOMPLETE_SCREEN]").count(), 0, "the check is complete");
      await u.page.close();
    });

    test("not sure about chest pain shows the emergency advice at once; not sure about numbness does not", async () => {
      const u = await open(lang);
      await u.walk({ regions: [["mid_back_left", 5]], until: "emergency" });
      await u.answer(u.q.saddle, u.w.unsure);
      assert.equal(await u.step(), "emergency", "a doubt about numbness: the form goes on");
      await u.answer(u.q.chest, u.w.unsure);
      await u.at("advice");
      assert.equal(await u.level(), "emergency");
      assert.equal(await u.host.locator("[data-rule=E_CHEST]").count(), 1);
      await u.shot("8-advice-unsure-chest");
      await u.axe("the emergency advice after a doubt about chest pain");
      await u.page.close();
    });

    test("did the massages help? is asked after two, and a no means a doctor first", async () => {
      const u = await open(lang);
      await u.walk({ regions: [["lower_back_left", 3]], until: "about" });
      await u.about({ duration: DURATION.over3Months, onset: u.q.gradually, age: 40, sessions: 1, similar: ANSWER.no, seenDoctor: ANSWER.no });
      assert.equal(await u.question(u.q.improved).count(), 0, "not after one massage");
      await u.about({ sessions: 2 });
      // Its answer changes the advice, so it is asked, not optional: Next names it.
      assert.doesNotMatch(await u.question(u.q.improved).textContent(), u.q.optional);
      await u.next();
      assert.equal(await u.step(), "about");
      assert.match(await u.host.locator(".needs").textContent(), u.q.improved);
      await u.answer(u.q.improved, u.w.no);
      await u.shot("3-about-improved");
      await u.axe("the about step with did it help");
      await u.walk({ until: "advice" });
      assert.equal(await u.level(), "doctor_first");
      assert.match(await u.banner().textContent(), u.q.doctorFirst);
      assert.equal(await u.host.locator("[data-rule=D_NO_IMPROVEMENT]").count(), 1);

      for (const step of ["therapist", "health3", "health2", "health1", "about"]) {
        await u.back();
        await u.at(step);
      }
      await u.answer(u.q.improved, u.w.yes);
      await u.walk({ until: "advice" });
      assert.equal(await u.level(), "massage_ok");
      assert.equal(await u.host.locator("[data-rule=D_NO_IMPROVEMENT]").count(), 0);
      assert.deepEqual(u.page.problems, []);
      await u.page.close();
    });

    test("pain like this before? changes the advice, so it is asked: a first episode at 55 is checked", async () => {
      const u = await open(lang);
      await u.walk({ regions: [["lower_back_left", 3]], about: { duration: DURATION.days4to14, age: 55, onset: u.q.gradually } });
      // "No": a first episode at 50 or over.
      assert.equal(await u.level(), "doctor_first");
      assert.equal(await u.host.locator("[data-rule=D_AGE50_NEW]").count(), 1);

      for (const step of ["therapist", "health3", "health2", "health1", "about"]) {
        await u.back();
        await u.at(step);
      }
      assert.doesNotMatch(await u.question(u.q.similar).textContent(), u.q.optional);
      await u.answer(u.q.similar, u.w.yes);
      await u.walk({ until: "advice" });
      assert.equal(await u.level(), "massage_ok");
      assert.equal(await u.host.locator("[data-rule=D_AGE50_NEW]").count(), 0);
      assert.deepEqual(u.page.problems, []);
      await u.page.close();
    });
  });
}
