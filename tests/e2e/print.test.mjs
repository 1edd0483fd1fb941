// Printing exactly the summary: from the plain page and from a clinic's page (its header, menu
// and footer around a <pain-map>), the Print button and the browser's own print give one A4
// or Letter page with the summary and nothing of the host page. The PDF is read with pdf.js.
import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { artifacts, pdfPages, phonePage, restoreJourney, root, useBrowser } from "./support.mjs";

const suite = useBrowser();

/** The summary of crates/painmap-core/tests/cases/`caseName`.json on the page at `path`, with window.print stubbed. */
async function atSummary(path, caseName, lang = "en") {
  const page = await phonePage(suite.browser);
  const host = await restoreJourney(page, suite.server.url + path, caseName, { lang });
  // window.print() would open the print dialog and hang the test: count the calls instead.
  await page.evaluate(() => {
    window.printed = 0;
    window.print = () => {
      window.printed += 1;
    };
  });
  return { page, host };
}

/** The text of each page of a PDF, its line breaks and spaces as one space. */
async function pdfText(buffer) {
  return (await pdfPages(buffer)).map((text) => text.replace(/\s+/g, " "));
}

/** Prints to PDF in `format`, keeps it in artifacts/, and returns its pages' text. */
async function printed(page, name, format) {
  const pdf = await page.pdf({ format, printBackground: true });
  writeFileSync(join(artifacts, `print-${name}-${format}.pdf`), pdf);
  return pdfText(pdf);
}

/** Text of the clinic page that must never reach the paper. */
const CLINIC_PAGE = ["Treatments", "Prices", "Before you book", "Questions? Call us", "Privacy"];
/** Text of the plain page around the widget. */
const PLAIN_PAGE = ["Mark where your back hurts and how much it hurts", "If you are worried, or it gets worse"];

/** Whether the widget's host carries the print mark, and how many elements do. */
const marks = (page) =>
  page.evaluate(() => ({
    host: document.querySelector("#painmap").getAttribute("data-painmap-print"),
    count: document.querySelectorAll("[data-painmap-print]").length,
    sheets: document.adoptedStyleSheets.length,
  }));

describe("print exactly the summary", () => {
  test("a page that takes the widget out while printing gets its own print back", async () => {
    const { page, host } = await atSummary("www/examples/clinic.html", "05_pregnancy_20_weeks");
    await host.getByRole("button", { name: "Print", exact: true }).tap();
    assert.ok((await page.evaluate(() => document.querySelectorAll("[data-painmap-print]").length)) >= 4);
    // No afterprint: the page removes the widget's element instead.
    await page.evaluate(() => document.querySelector("#painmap").remove());
    await page.waitForFunction(() => document.adoptedStyleSheets.length === 0);
    assert.equal(await page.evaluate(() => document.querySelectorAll("[data-painmap-print]").length), 0, "no ancestor left marked");
    const pages = await printed(page, "clinic-widget-removed", "A4");
    assert.ok(pages.join(" ").includes(CLINIC_PAGE[0]), "the clinic page prints as itself");
    await page.close();
  });

  test("clinic page, Print button: one A4 and one Letter page, no clinic header, menu or footer", async () => {
    const { page, host } = await atSummary("www/examples/clinic.html", "05_pregnancy_20_weeks");
    // Before printing, the page is the clinic's: its menu is there, unmarked.
    assert.deepEqual(await marks(page), { host: null, count: 0, sheets: 0 });
    await host.getByRole("button", { name: "Print", exact: true }).tap();
    assert.equal(await page.evaluate(() => window.printed), 1, "the browser's print was asked for");
    const marked = await marks(page);
    assert.equal(marked.host, "host", "the widget's host is marked");
    assert.ok(marked.count >= 4, "and its ancestors up to <html>");
    assert.equal(marked.sheets, 1, "the print sheet is adopted by the page");

    for (const format of ["A4", "Letter"]) {
      const pages = await printed(page, "clinic", format);
      assert.equal(pages.length, 1, `one ${format} page`);
      const text = pages[0];
      assert.match(text, /Summary for your therapist/, "the summary's heading");
      assert.match(text, /Massage, with precautions/, "the advice");
      assert.match(text, /In pregnancy, only massage adapted to pregnancy is suggested/, "why some are avoided");
      assert.match(text, /Buttock, right: 3 of 10/, "where it hurts, and how much");
      for (const words of CLINIC_PAGE) assert.ok(!text.includes(words), `no "${words}" from the clinic page`);
      assert.doesNotMatch(text, /Copy the summary|Start over|Print/, "no buttons on paper");
    }

    // After printing, the page is the clinic's again.
    await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
    assert.deepEqual(await marks(page), { host: null, count: 0, sheets: 0 });
    await page.close();
  });

  test("clinic page, the browser's own print while the summary is shown; an emergency leads", async () => {
    // Printing to PDF fires beforeprint and afterprint, as the browser's Print menu does.
    const { page, host } = await atSummary("www/examples/clinic.html", "55_neck_thunderclap_headache");
    for (const format of ["A4", "Letter"]) {
      const pages = await printed(page, "clinic-emergency", format);
      assert.equal(pages.length, 1, `one ${format} page, 28 open questions included`);
      const text = pages[0];
      for (const words of CLINIC_PAGE) assert.ok(!text.includes(words), `no "${words}"`);
      const advice = text.indexOf("Get emergency help now");
      assert.ok(advice >= 0, "the emergency advice");
      assert.ok(advice < text.indexOf("Where it hurts"), "before what the person said");
      assert.ok(advice < text.indexOf("the check stopped at the emergency answer"), "open questions after it");
      assert.doesNotMatch(text, /worth a check with your doctor|See a doctor first/, "only the emergency");
    }
    assert.equal((await marks(page)).count, 0, "afterprint took the marks away");
    // Away from the summary the page prints as the clinic made it: the marks do the work.
    await host.getByRole("button", { name: "Back", exact: true }).tap();
    await host.locator(".summary").waitFor({ state: "detached" });
    const unmarked = (await printed(page, "clinic-advice", "A4")).join(" ");
    assert.match(unmarked, /Treatments/, "the clinic's menu");
    assert.equal((await marks(page)).count, 0);
    await page.close();
  });

  test("plain page, in Spanish: one page with the summary and nothing around it", async () => {
    const { page, host } = await atSummary("index.html", "36_clot_history", "es");
    // The summary map's sides, as on the map, apart on screen and on paper.
    const sides = async () => {
      const [left, right] = await host.locator(".summary-sides span").evaluateAll((spans) =>
        spans.map((span) => span.getBoundingClientRect().toJSON()),
      );
      return { left, right };
    };
    assert.deepEqual(await host.locator(".summary-sides span").allTextContents(), ["Izquierda", "Derecha"]);
    for (const media of ["screen", "print"]) {
      await page.emulateMedia({ media });
      const { left, right } = await sides();
      assert.ok(left.right + 8 <= right.left, `${media}: "Izquierda" ends 8 px before "Derecha" starts`);
      assert.equal(Math.round(left.top), Math.round(right.top), `${media}: on one line`);
    }
    await page.emulateMedia({ media: null });
    await host.getByRole("button", { name: "Imprimir", exact: true }).tap();
    for (const format of ["A4", "Letter"]) {
      const pages = await printed(page, "plain-es", format);
      assert.equal(pages.length, 1, `one ${format} page`);
      const text = pages[0];
      assert.match(text, /Resumen para su terapeuta/);
      assert.match(text, /Primero, vea a un médico/);
      for (const words of PLAIN_PAGE) assert.ok(!text.includes(words), `no "${words}"`);
    }
    assert.deepEqual(page.problems, []);
    await page.close();
  });

  test("two widgets on a page: only the one whose Print was pressed is printed", async () => {
    const page = await phonePage(suite.browser);
    const url = suite.server.url + "www/examples/two-widgets.html";
    await page.goto(url);
    await page.locator("#second .painmap").waitFor();
    // The summary is the last step (see restoreJourney).
    const progress = await page.locator("#second .step-of").textContent();
    const last = Number(progress.match(/(\d+)\D+(\d+)/)?.[2] ?? 5);
    const intake = (name) => {
      const intake = JSON.parse(readFileSync(join(root, "crates", "painmap-core", "tests", "cases", `${name}.json`), "utf8")).intake;
      intake.massage_sessions_for_this_pain ??= 0; // as in restoreJourney
      return intake;
    };
    await page.evaluate(
      ([first, second, step]) => {
        for (const [id, intake] of [["first", first], ["second", second]]) {
          sessionStorage.setItem(`painmap:id:${id}`, JSON.stringify({ v: 2, lang: "en", step, intake }));
        }
      },
      [intake("05_pregnancy_20_weeks"), intake("36_clot_history"), last],
    );
    await page.reload();
    const first = page.locator("#first");
    const second = page.locator("#second");
    await first.locator(".summary").waitFor();
    await second.locator(".summary").waitFor();
    await page.evaluate(() => {
      window.print = () => {};
    });
    await second.getByRole("button", { name: "Print", exact: true }).tap();
    const hosts = () =>
      page.evaluate(() => ["first", "second"].map((id) => document.getElementById(id).getAttribute("data-painmap-print")));
    assert.deepEqual(await hosts(), [null, "host"]);
    // Printing fires beforeprint: the first widget's summary does not claim the print too.
    const pages = await printed(page, "two-widgets", "A4");
    assert.equal(pages.length, 1);
    assert.match(pages[0], /Lower back, left: 3 of 10/, "the second widget's summary");
    assert.doesNotMatch(pages[0], /Buttock/, "not the first's");
    assert.equal(pages[0].match(/Filled in on/g)?.length, 1, "one summary");
    assert.deepEqual(await hosts(), [null, null], "afterprint unmarked it");
    await page.close();
  });
});
