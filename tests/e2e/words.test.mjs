// The words of the advice and the summary, as a person reads them at 390×844, in English and
// Spanish: the techniques to avoid grouped by reason, an emergency that shows the emergency
// alone, a doctor-first result that says what to do next, one list of open questions, and an
// emergency summary that leads with the advice. Each screen is photographed and checked by
// axe-core.
import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { journeyDriver, phonePage, restoreJourney, useBrowser } from "./support.mjs";

const suite = useBrowser();

/** The advice (fromEnd 1) or the summary (0) of a case, as a journey driver. */
async function open(caseName, lang, fromEnd) {
  const page = await phonePage(suite.browser);
  const host = await restoreJourney(page, suite.server.url + "index.html", caseName, { lang, fromEnd });
  return journeyDriver(page, host, `words-${lang}`);
}

const WORDS = {
  en: {
    pregnancy: "In pregnancy, only massage adapted to pregnancy is suggested",
    next: "What to do next",
    take: /Take your summary with you/,
    clot: /You have had a blood clot in a leg \(DVT\) or in the lungs: Yes/,
    stopped: /^Not answered, as the check stopped at the emergency answer: .+; .+/,
  },
  es: {
    pregnancy: "En el embarazo solo se sugiere masaje adaptado al embarazo",
    next: "Qué hacer ahora",
    take: /Lleve su resumen consigo/,
    clot: /Ha tenido un coágulo de sangre en una pierna \(trombosis venosa\) o en los pulmones: Sí/,
    stopped: /^Sin respuesta, porque la revisión se detuvo en la respuesta de urgencia: .+; .+/,
  },
};

for (const lang of ["en", "es"]) {
  const words = WORDS[lang];
  describe(`the advice and the summary in ${lang}`, () => {
    test("pregnancy: the reason to avoid given once, with the eight techniques it rules out", async () => {
      const u = await open("05_pregnancy_20_weeks", lang, 1);
      const groups = u.host.locator(".avoid .plain > li");
      assert.equal(await groups.count(), 1, "one reason");
      assert.equal(await groups.locator(".avoid-why").textContent(), words.pregnancy);
      assert.equal(await groups.locator("[data-technique]").count(), 8, "eight techniques under it");
      await u.shot("advice-massage");
      await u.axe(`massage advice (${lang})`);
      await u.page.close();
    });

    test("doctor first: what to do next, what to tell the doctor, the summary to take", async () => {
      const u = await open("36_clot_history", lang, 1);
      assert.equal(await u.level(), "doctor_first");
      const next = u.host.locator(".next-steps");
      assert.equal(await next.locator("h3").textContent(), words.next);
      const told = await next.locator(".facts li").allTextContents();
      assert.equal(told.length, 1, "the yes, not the no to the calf question");
      assert.match(told[0], words.clot);
      assert.match(await next.textContent(), words.take);
      assert.equal(await u.host.locator(".techniques, .avoid, .guidance").count(), 0, "no massage");
      await u.shot("advice-doctor");
      await u.axe(`doctor-first advice (${lang})`);
      await u.page.close();
    });

    test("emergency: the call and the emergency's reasons, nothing else", async () => {
      const u = await open("53_tearing_pain", lang, 1);
      assert.equal(await u.level(), "emergency");
      assert.ok(await u.host.locator(".banner .call").isVisible(), "the call button");
      // Four doctor rules fired as well (age, new thoracic pain…): none is shown.
      const rules = await u.host.locator(".why [data-rule]").evaluateAll((els) => els.map((el) => el.dataset.rule));
      assert.deepEqual(rules, ["E_TEARING"]);
      assert.equal(await u.host.locator(".next-steps, .unanswered, .techniques, .avoid").count(), 0);
      await u.shot("advice-emergency");
      await u.axe(`emergency advice (${lang})`);
      await u.page.close();
    });

    test("emergency summary: the advice first, the questions it cut short in one line after", async () => {
      const u = await open("55_neck_thunderclap_headache", lang, 0);
      const order = await u.host
        .locator(".summary > section")
        .evaluateAll((els) => els.map((el) => el.classList[1]));
      assert.deepEqual(order.slice(0, 2), ["summary-advice", "summary-where"], "advice first");
      const stopped = u.host.locator(".summary-stopped");
      assert.equal(await stopped.count(), 1, "one line");
      assert.match(await stopped.textContent(), words.stopped);
      assert.equal(await u.host.locator(".summary-answers li").count(), 1, "only the answer given");
      await u.shot("summary-emergency");
      await u.axe(`emergency summary (${lang})`);
      await u.page.close();
    });

    test("summary: Left and Right over the small map, and the massage advice", async () => {
      const u = await open("05_pregnancy_20_weeks", lang, 0);
      const sides = await u.host.locator(".summary-sides span").allTextContents();
      assert.deepEqual(sides, lang === "en" ? ["Left", "Right"] : ["Izquierda", "Derecha"]);
      assert.match(await u.host.locator(".summary-advice").textContent(), new RegExp(words.pregnancy));
      await u.shot("summary-massage");
      await u.axe(`summary (${lang})`);
      await u.page.close();
    });
  });
}
