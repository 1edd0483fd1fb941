// The safety check's questions that are asked only when they apply (clinical rules, version 2):
// the neck question with neck pain, the pregnancy questions, the calf and "before 45"
// questions, "did the massages help?" after two sessions; and the moments the advice appears
// at once. Each case in English and in Spanish, on a phone, as a person sees it.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { DURATION, journeyDriver, mark, openWidget, phonePage, useBrowser } from "./support.mjs";

const suite = useBrowser();

/** What a person reads, per language. */
const WORDS = {
  en: {
    locale: "en-GB",
    map: "Where does it hurt?",
    about: "About your pain",
    safety: "Safety check",
    advice: "Your advice",
    next: "Next",
    see: "See my advice",
    back: "Back",
    done: "Done",
    gradually: "Gradually",
    yes: "Yes",
    no: "No",
    optional: "Optional",
    neck: /With the neck pain/,
    chest: "Chest pain, pressure",
    saddle: "New numbness or tingling around your genitals",
    stiffness: "Back stiffness in the morning",
    before45: /first start before you were 45/,
    clot: "You have had a blood clot",
    calf: /Is one calf swollen/,
    pregnant: "You are pregnant",
    weeks: /How many weeks pregnant/,
    complications: /complicated or high-risk pregnancy/,
    warning: /bleeding, leaking fluid/,
    improved: /Did the massages help/,
    similar: /Have you had pain like this before/,
    needAnswer: /Choose Yes, No or Not sure/,
    today: /See a doctor today/,
    doctorFirst: /See a doctor first/,
  },
  es: {
    locale: "es-ES",
    map: "¿Dónde le duele?",
    about: "Sobre su dolor",
    safety: "Control de seguridad",
    advice: "Su recomendación",
    next: "Siguiente",
    see: "Ver mi recomendación",
    back: "Atrás",
    done: "Listo",
    gradually: "Poco a poco",
    yes: "Sí",
    no: "No",
    optional: "Opcional",
    neck: /Junto con el dolor de cuello/,
    chest: "Dolor, presión u opresión en el pecho",
    saddle: "Adormecimiento u hormigueo nuevo alrededor de los genitales",
    stiffness: "Rigidez de espalda por la mañana",
    before45: /empezó antes de que cumpliera 45/,
    clot: "Ha tenido un coágulo",
    calf: /pantorrilla/,
    pregnant: "Está embarazada",
    weeks: /De cuántas semanas está embarazada/,
    complications: /complicaciones o de alto riesgo/,
    warning: /sangrado, pérdida de líquido/,
    improved: /Le ayudaron los masajes/,
    similar: /Ha tenido antes un dolor como este/,
    needAnswer: /Elija Sí, No o No sé/,
    today: /Vea a un médico hoy/,
    doctorFirst: /Primero, vea a un médico/,
  },
};

/** A fresh phone page in the language's locale, with the words of that language. */
async function open(lang) {
  const page = await phonePage(suite.browser, { locale: WORDS[lang].locale });
  const host = await openWidget(page, suite.server.url);
  const u = journeyDriver(page, host, `follow-ups-${lang}`);
  u.w = WORDS[lang];
  return u;
}

/** Map and about steps; leaves the person at the safety check. */
async function toSafety(u, regions, about) {
  await u.at(u.w.map);
  for (const [id, value] of regions) await mark(u.host, id, value, u.w.done);
  await u.tapButton(u.w.next);
  await u.at(u.w.about);
  await u.about({ onset: u.w.gradually, ...about });
  await u.tapButton(u.w.next);
  await u.at(u.w.safety);
}

const ADULT = { duration: DURATION.days4to14, age: 40 };

for (const lang of ["en", "es"]) {
  describe(`questions that apply, in ${lang === "en" ? "English" : "Spanish"}`, () => {
    test("neck pain: the neck question stands on its own, and a yes shows the emergency advice at once", async () => {
      const u = await open(lang);
      await toSafety(u, [["neck", 4]], ADULT);
      const neck = u.question(u.w.neck);
      assert.equal(await neck.count(), 1, "asked, because the neck is marked");
      assert.equal(await neck.evaluate((el) => el.closest(".check-item") === null), true, "not a checklist item");
      const emergencyList = u.host.locator(".checklist").first();
      assert.equal(await emergencyList.locator(`[role=radiogroup]`).count(), 1, "on the emergency list");
      await neck.scrollIntoViewIfNeeded();
      await u.shot("3-safety-neck");
      await u.axe("the safety step with the neck question");

      await u.answer(u.w.neck, u.w.yes);
      await u.at(u.w.advice);
      assert.equal(await u.level(), "emergency");
      assert.equal(await u.host.locator("[data-rule=E_NECK]").count(), 1);
      assert.match(await u.host.locator("a.call").getAttribute("href"), /^tel:\d+$/);
      assert.equal(await u.host.locator("[data-technique]").count(), 0);
      await u.shot("4-advice-neck");
      await u.axe("the neck emergency advice");
      assert.deepEqual(u.page.problems, []);
      await u.page.close();
    });

    test("no neck pain: no neck question; taking the neck off the map takes the question away", async () => {
      const u = await open(lang);
      await toSafety(u, [["lower_back_left", 4]], ADULT);
      assert.equal(await u.question(u.w.neck).count(), 0, "not asked without neck pain");
      await u.tapButton(u.w.back);
      await u.tapButton(u.w.back);
      await u.at(u.w.map);
      await mark(u.host, "neck", 3, u.w.done);
      await u.tapButton(u.w.next);
      await u.tapButton(u.w.next);
      await u.at(u.w.safety);
      await u.answer(u.w.neck, u.w.no);
      await u.tapButton(u.w.back);
      await u.tapButton(u.w.back);
      await u.at(u.w.map);
      await mark(u.host, "neck", 0, u.w.done);
      await u.tapButton(u.w.next);
      await u.tapButton(u.w.next);
      await u.at(u.w.safety);
      assert.equal(await u.question(u.w.neck).count(), 0, "gone with the neck pain");
      await u.noneOf();
      await u.tapButton(u.w.see);
      await u.at(u.w.advice);
      assert.equal(await u.level(), "massage_ok");
      const saved = await u.page.evaluate(() => Object.values(sessionStorage).join(""));
      assert.doesNotMatch(saved, /neck_warning_signs/, "and its answer is forgotten");
      await u.page.close();
    });

    test("pregnant: its questions open under the item; warning signs mean a doctor today", async () => {
      const u = await open(lang);
      await toSafety(u, [["lower_back_left", 4]], ADULT);
      await u.noneOf();
      await u.tick(u.w.pregnant);
      const item = u.host.locator(".check-item", { has: u.page.locator("label.check", { hasText: u.w.pregnant }) });
      for (const words of [u.w.complications, u.w.warning]) {
        assert.equal(await item.getByRole("radiogroup", { name: words }).count(), 1, `${words} under the item`);
      }
      assert.equal(await item.getByRole("textbox", { name: u.w.weeks }).count(), 1, "the weeks, optional");
      await u.tapButton(u.w.see);
      assert.equal(await u.title(), u.w.safety, "both questions must be answered first");
      const needs = await u.host.locator(".needs").textContent();
      assert.match(needs, u.w.complications);
      assert.match(needs, u.w.warning);
      assert.match(needs, u.w.needAnswer);
      await item.scrollIntoViewIfNeeded();
      await u.shot("3-safety-pregnant-needed");
      await u.axe("the pregnancy questions, needed");

      await item.getByRole("textbox", { name: u.w.weeks }).fill("24");
      await u.answer(u.w.complications, u.w.no);
      await u.answer(u.w.warning, u.w.yes);
      await u.shot("3-safety-pregnant");
      await u.tapButton(u.w.see);
      await u.at(u.w.advice);
      assert.equal(await u.level(), "doctor_first");
      assert.equal(await u.banner().getAttribute("data-urgency"), "same_day");
      assert.match(await u.banner().textContent(), u.w.today);
      assert.equal(await u.host.locator("[data-rule=D_PREGNANCY_WARNING]").count(), 1);
      await u.shot("4-advice-pregnancy-warning");
      await u.axe("the pregnancy warning advice");
      assert.deepEqual(u.page.problems, []);
      await u.page.close();
    });

    test("every follow-up at once: each where it belongs, each needed before the advice", async () => {
      const u = await open(lang);
      await toSafety(u, [["neck", 3], ["calf_left", 3], ["lower_back_left", 3]], {
        duration: DURATION.over3Months,
        age: 50,
      });
      await u.noneOf();
      await u.tick(u.w.stiffness);
      await u.tick(u.w.pregnant);
      const [emergency, doctor] = [u.host.locator(".checklist").nth(0), u.host.locator(".checklist").nth(1)];
      const inItem = (group) => group.evaluate((el) => el.closest(".check-item")?.querySelector("label.check")?.textContent ?? null);
      assert.equal(await inItem(emergency.getByRole("radiogroup", { name: u.w.neck })), null);
      assert.match(await inItem(doctor.getByRole("radiogroup", { name: u.w.before45 })), new RegExp(u.w.stiffness));
      assert.equal(await inItem(doctor.getByRole("radiogroup", { name: u.w.calf })), null, "the calf question on its own");
      assert.match(await inItem(doctor.getByRole("radiogroup", { name: u.w.warning })), new RegExp(u.w.pregnant));

      await u.tapButton(u.w.see);
      assert.equal(await u.title(), u.w.safety);
      assert.equal(await u.host.locator(".needs li").count(), 5, "neck, before 45, calf and two pregnancy questions");
      await u.page.evaluate(() => window.scrollTo(0, 0));
      await u.shot("3-safety-all-follow-ups");
      await u.axe("every follow-up open");

      // A clot in the past moves the calf question under that item, where it is read with it.
      await u.tick(u.w.clot);
      assert.match(await inItem(doctor.getByRole("radiogroup", { name: u.w.calf })), new RegExp(u.w.clot));
      for (const words of [u.w.neck, u.w.before45, u.w.calf, u.w.complications, u.w.warning]) {
        await u.answer(words, u.w.no);
      }
      await u.tapButton(u.w.see);
      await u.at(u.w.advice);
      assert.equal(await u.level(), "doctor_first", "a past clot is for a doctor");
      assert.equal(await u.host.locator("[data-rule=U_INCOMPLETE_SCREEN]").count(), 0, "the check is complete");
      await u.page.close();
    });

    test("not sure about chest pain shows the emergency advice at once; not sure about numbness does not", async () => {
      const u = await open(lang);
      await toSafety(u, [["mid_back_left", 5]], ADULT);
      await u.unsure(u.w.saddle);
      assert.equal(await u.title(), u.w.safety, "a doubt about numbness: the form goes on");
      await u.unsure(u.w.chest);
      await u.at(u.w.advice);
      assert.equal(await u.level(), "emergency");
      assert.equal(await u.host.locator("[data-rule=E_CHEST]").count(), 1);
      await u.shot("4-advice-unsure-chest");
      await u.axe("the emergency advice after a doubt about chest pain");
      await u.page.close();
    });

    test("did the massages help? is asked after two, and a no means a doctor first", async () => {
      const u = await open(lang);
      await u.at(u.w.map);
      await mark(u.host, "lower_back_left", 3, u.w.done);
      await u.tapButton(u.w.next);
      await u.at(u.w.about);
      await u.about({ duration: DURATION.over3Months, onset: u.w.gradually, age: 40, sessions: "1" });
      assert.equal(await u.question(u.w.improved).count(), 0, "not after one massage");
      await u.about({ duration: DURATION.over3Months, onset: u.w.gradually, age: 40, sessions: "2" });
      // Its answer changes the advice, so it is asked, not optional: Next names it.
      assert.doesNotMatch(await u.question(u.w.improved).textContent(), new RegExp(u.w.optional));
      await u.tapButton(u.w.next);
      await u.at(u.w.about);
      assert.match(await u.host.locator(".needs").textContent(), new RegExp(u.w.improved));
      await u.answer(u.w.improved, u.w.no);
      await u.shot("2-about-improved");
      await u.axe("the about step with did it help");
      await u.tapButton(u.w.next);
      await u.at(u.w.safety);
      await u.noneOf();
      await u.tapButton(u.w.see);
      await u.at(u.w.advice);
      assert.equal(await u.level(), "doctor_first");
      assert.match(await u.banner().textContent(), u.w.doctorFirst);
      assert.equal(await u.host.locator("[data-rule=D_NO_IMPROVEMENT]").count(), 1);

      await u.tapButton(u.w.back);
      await u.tapButton(u.w.back);
      await u.at(u.w.about);
      await u.answer(u.w.improved, u.w.yes);
      await u.tapButton(u.w.next);
      await u.tapButton(u.w.see);
      await u.at(u.w.advice);
      assert.equal(await u.level(), "massage_ok");
      assert.equal(await u.host.locator("[data-rule=D_NO_IMPROVEMENT]").count(), 0);
      assert.deepEqual(u.page.problems, []);
      await u.page.close();
    });

    test("an optional question changes the advice: a first episode at 55 is checked, a familiar pain is not", async () => {
      const u = await open(lang);
      await toSafety(u, [["lower_back_left", 3]], { duration: DURATION.days4to14, age: 55 });
      await u.noneOf();
      await u.tapButton(u.w.see);
      await u.at(u.w.advice);
      // Left out, "pain like this before?" reads as no: a first episode at 50 or over.
      assert.equal(await u.level(), "doctor_first");
      assert.equal(await u.host.locator("[data-rule=D_AGE50_NEW]").count(), 1);

      await u.tapButton(u.w.back);
      await u.tapButton(u.w.back);
      await u.at(u.w.about);
      assert.match(await u.question(u.w.similar).textContent(), new RegExp(u.w.optional));
      await u.answer(u.w.similar, u.w.yes);
      await u.tapButton(u.w.next);
      await u.tapButton(u.w.see);
      await u.at(u.w.advice);
      assert.equal(await u.level(), "massage_ok");
      assert.equal(await u.host.locator("[data-rule=D_AGE50_NEW]").count(), 0);
      assert.deepEqual(u.page.problems, []);
      await u.page.close();
    });
  });
}
