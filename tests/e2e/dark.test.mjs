// The dark theme (a clinic's `theme: "dark"`, or `auto` on a dark system): every step and
// every advice level readable, checked by axe at WCAG 2.2 AA and photographed, and paper
// still black on white.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { ANSWER, DURATION, STEPS, journeyDriver, openWidget, phonePage, useBrowser } from "./support.mjs";

const suite = useBrowser();
const DARK_BG = "rgb(18, 22, 28)";

/** The dark example page (`theme` overrides its data-theme), on a phone. */
async function open(theme = "dark", options = {}) {
  const page = await phonePage(suite.browser, { locale: "en-GB", ...options });
  const query = theme === "dark" ? "" : `?theme=${theme}`;
  const host = await openWidget(page, `${suite.server.url}www/examples/dark.html${query}`);
  return journeyDriver(page, host, "dark");
}

const DESK = {
  regions: [["neck", 4], ["upper_back_left", 5], ["upper_back_right", 5], ["shoulder_left", 3]],
  about: { duration: DURATION.over3Months, onset: "Gradually", age: 34, chips: ["Stiffness", "Knots in the muscle", "Help me relax"] },
};

describe("the dark theme", () => {
  test("massage is reasonable: every screen passes axe and is photographed; paper stays black on white", async () => {
    const u = await open();
    await u.at("map");
    assert.equal(await u.style(".painmap", "backgroundColor"), DARK_BG, "the dark palette is on");
    for (const [id, value] of DESK.regions) await u.mark(id, value);
    for (const step of STEPS.slice(0, 7)) {
      await u.walk({ until: step });
      if (step === "about") await u.about(DESK.about);
      if (step === "therapist") await u.answerId("varicose_veins", ANSWER.unsure);
      await u.shot(`${STEPS.indexOf(step) + 1}-${step}`);
      await u.axe(`the ${step} step`);
    }
    await u.walk({ until: "advice" });
    assert.equal(await u.level(), "massage_with_precautions");
    assert.notEqual(await u.style(".banner", "backgroundColor"), "rgb(230, 244, 234)", "no light tint");
    await u.shot("8-advice");
    await u.axe("the advice step");

    await u.page.emulateMedia({ media: "print" });
    assert.equal(await u.style(".banner", "backgroundColor"), "rgb(255, 255, 255)");
    assert.equal(await u.style(".banner-text", "color"), "rgb(0, 0, 0)", "black text on paper");
    assert.equal(await u.style(".painmap", "backgroundColor"), "rgb(255, 255, 255)");
    assert.deepEqual(u.page.problems, []);
    await u.page.close();
  });

  test("in Spanish: every screen, the advice and the summary pass axe and are photographed", async () => {
    const page = await phonePage(suite.browser, { locale: "en-GB" });
    const host = await openWidget(page, `${suite.server.url}www/examples/dark.html`);
    await host.getByRole("button", { name: "Español", exact: true }).tap();
    // Spanish's words are downloaded: the widget switches once they are here.
    await host.locator('.painmap[lang="es"]').waitFor();
    const u = journeyDriver(page, host, "dark-es", "es");
    await u.at("map");
    for (const [id, value] of DESK.regions) await u.mark(id, value);
    for (const step of STEPS.slice(0, 7)) {
      await u.walk({ until: step });
      if (step === "about") await u.about({ ...DESK.about, onset: 1, chips: ["Rigidez"] });
      await u.shot(`${STEPS.indexOf(step) + 1}-${step}`);
      await u.axe(`el paso ${step}`);
    }
    await u.walk({ until: "summary" });
    await u.shot("9-summary");
    await u.axe("el resumen");
    assert.deepEqual(u.page.problems, []);
    await u.page.close();
  });

  test("an emergency: the banner and the Call button pass axe, and the sign answered yes", async () => {
    const u = await open();
    await u.walk({ regions: [["lower_back_left", 6]], until: "emergency" });
    await u.answerId("saddle_numbness", ANSWER.yes);
    await u.at("advice");
    assert.equal(await u.level(), "emergency");
    const call = u.host.locator("a.call");
    assert.equal(await call.getAttribute("href"), "tel:999");
    assert.equal(await u.style("a.call", "color"), DARK_BG, "dark text on the light danger colour");
    await u.shot("8-advice-emergency");
    await u.axe("the emergency advice");
    await u.back();
    await u.at("emergency");
    await u.shot("2-emergency-yes");
    await u.axe("the emergency signs with a yes");
    await u.next();
    await u.at("about");
    await u.next();
    await u.at("health1");
    await u.shot("4-health1-unanswered");
    await u.axe("a health screen left open after an emergency");
    assert.deepEqual(u.page.problems, []);
    await u.page.close();
  });

  test("precautions and doctor first, in `auto` on a dark system: a yes, a refused Next and banners pass axe", async () => {
    const u = await open("auto", { colorScheme: "dark" });
    await u.walk({
      regions: [["lower_back_left", 4], ["lower_back_right", 4]],
      about: { duration: DURATION.over3Months, onset: "Gradually", age: 44, chips: ["Stiffness"] },
      until: "therapist",
    });
    await u.answerId("anticoagulants", ANSWER.yes);
    await u.next();
    await u.host.locator(".needs").waitFor();
    await u.shot("7-therapist-needed");
    await u.axe("the therapist screen with a yes and missing answers");
    await u.noneOf();
    await u.at("advice");
    assert.equal(await u.level(), "massage_with_precautions");
    await u.shot("8-advice-precautions");
    await u.axe("the precautions advice");
    await u.page.close();

    const d = await open("auto", { colorScheme: "dark" });
    await d.walk({
      regions: [["lower_back_left", 9], ["lower_back_right", 7]],
      about: { duration: DURATION.days1to3, onset: "Gradually", age: 38 },
    });
    assert.equal(await d.level(), "doctor_first");
    await d.shot("8-advice-doctor");
    await d.axe("the doctor-first advice");
    await d.page.close();
  });

  test("`auto` on a light system keeps the light palette", async () => {
    const u = await open("auto", { colorScheme: "light" });
    await u.at("map");
    assert.equal(await u.style(".painmap", "backgroundColor"), "rgb(255, 255, 255)");
    await u.page.close();
  });
});
