// The dark theme (a clinic's `theme: "dark"`, or `auto` on a dark system): every step and
// every advice level readable, checked by axe at WCAG 2.2 AA and photographed, and paper
// still black on white.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { DURATION, journeyDriver, mark, openWidget, phonePage, useBrowser } from "./support.mjs";

const suite = useBrowser();
const DARK_BG = "rgb(18, 22, 28)";

/** The dark example page (`theme` overrides its data-theme), on a phone. */
async function open(theme = "dark", options = {}) {
  const page = await phonePage(suite.browser, { locale: "en-GB", ...options });
  const query = theme === "dark" ? "" : `?theme=${theme}`;
  const host = await openWidget(page, `${suite.server.url}www/examples/dark.html${query}`);
  return journeyDriver(page, host, "dark");
}

/** Map and about steps, each checked and photographed; leaves the person at the safety check. */
async function mapAndAbout(u, regions, about, prefix = "") {
  await u.at("Where does it hurt?");
  assert.equal(await u.style(".painmap", "backgroundColor"), DARK_BG, "the dark palette is on");
  for (const [id, value] of regions) await mark(u.host, id, value);
  if (prefix === "") {
    await u.shot("1-map");
    await u.axe("the map step");
  }
  await u.tapButton("Next");
  await u.at("About your pain");
  await u.about(about);
  if (prefix === "") {
    await u.shot("2-about");
    await u.axe("the about step, chips ticked");
  }
  await u.tapButton("Next");
  await u.at("Safety check");
}

const DESK = {
  regions: [["neck", 4], ["upper_back_left", 5], ["upper_back_right", 5], ["shoulder_left", 3]],
  about: { duration: DURATION.over3Months, onset: "Gradually", age: 34, chips: ["Stiffness", "Knots in the muscle", "Help me relax"] },
};

describe("the dark theme", () => {
  test("massage is reasonable: map, about, safety and advice pass axe; paper stays black on white", async () => {
    const u = await open();
    await mapAndAbout(u, DESK.regions, DESK.about);
    await u.noneOf();
    await u.answer(/With the neck pain/, "No");
    await u.shot("3-safety");
    await u.axe("the safety step");
    await u.tapButton("See my advice");
    await u.at("Your advice");
    assert.equal(await u.level(), "massage_ok");
    assert.notEqual(await u.style(".banner", "backgroundColor"), "rgb(230, 244, 234)", "no light tint");
    await u.shot("4-advice");
    await u.axe("the advice step");

    await u.page.emulateMedia({ media: "print" });
    assert.equal(await u.style(".banner", "backgroundColor"), "rgb(255, 255, 255)");
    assert.equal(await u.style(".banner-text", "color"), "rgb(0, 0, 0)", "black text on paper");
    assert.equal(await u.style(".painmap", "backgroundColor"), "rgb(255, 255, 255)");
    assert.deepEqual(u.page.problems, []);
    await u.page.close();
  });

  test("an emergency: the banner and the Call button pass axe", async () => {
    const u = await open();
    await mapAndAbout(u, [["lower_back_left", 6]], { duration: DURATION.days1to3, onset: "Suddenly", age: 45 }, "e");
    await u.host.locator(".checklist").first().locator("label.check").first().tap();
    await u.at("Your advice");
    assert.equal(await u.level(), "emergency");
    const call = u.host.locator("a.call");
    assert.equal(await call.getAttribute("href"), "tel:999");
    assert.equal(await u.style("a.call", "color"), DARK_BG, "dark text on the light danger colour");
    await u.shot("4-advice-emergency");
    await u.axe("the emergency advice");
    await u.tapButton("Back");
    await u.at("Safety check");
    await u.shot("3-safety-ticked");
    await u.axe("the safety step with an emergency sign ticked");
    assert.deepEqual(u.page.problems, []);
    await u.page.close();
  });

  test("precautions and doctor first, in `auto` on a dark system: ticked item and banners pass axe", async () => {
    const u = await open("auto", { colorScheme: "dark" });
    await mapAndAbout(u, [["lower_back_left", 4], ["lower_back_right", 4]], {
      duration: DURATION.over3Months,
      onset: "Gradually",
      age: 44,
      chips: ["Stiffness"],
    }, "p");
    await u.noneOf([0, 1]);
    await u.tick("You take blood thinners");
    await u.shot("3-safety-precaution");
    await u.axe("the safety step with a precaution ticked");
    await u.tapButton("See my advice");
    await u.at("Your advice");
    assert.equal(await u.level(), "massage_with_precautions");
    await u.shot("4-advice-precautions");
    await u.axe("the precautions advice");
    await u.page.close();

    const d = await open("auto", { colorScheme: "dark" });
    await mapAndAbout(d, [["lower_back_left", 9], ["lower_back_right", 7]], { duration: DURATION.days1to3, onset: "Gradually", age: 38 }, "d");
    await d.noneOf();
    await d.tapButton("See my advice");
    await d.at("Your advice");
    assert.equal(await d.level(), "doctor_first");
    await d.shot("4-advice-doctor");
    await d.axe("the doctor-first advice");
    await d.page.close();
  });

  test("`auto` on a light system keeps the light palette", async () => {
    const u = await open("auto", { colorScheme: "light" });
    await u.at("Where does it hurt?");
    assert.equal(await u.style(".painmap", "backgroundColor"), "rgb(255, 255, 255)");
    await u.page.close();
  });
});
