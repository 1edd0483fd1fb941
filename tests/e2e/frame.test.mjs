// The host page's iframe helper (www/painmap-frame.js) on www/examples/iframe.html: the frame
// is never 0 px tall, from before it loads until after a step; it follows the widget's height;
// the widget's events arrive on the <iframe>; frames added later are looked after; and a
// message from any other window or origin, or with a value out of range, changes nothing.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { journeyDriver, phonePage, root, useBrowser } from "./support.mjs";

const suite = useBrowser();
const here = () => suite.server.url.replace(/\/$/, "");
const elsewhere = () => here().replace("127.0.0.1", "localhost");
const EXAMPLE = () => `${here()}/www/examples/iframe.html`;

/**
 * A phone page that records, from before any frame exists, every height each iframe is laid
 * out at (`window.frameHeights[id]`), and every message the page receives (`window.received`).
 */
async function recordingPage() {
  const page = await phonePage(suite.browser, { reducedMotion: "reduce" });
  await page.addInitScript(() => {
    window.frameHeights = {};
    window.received = [];
    addEventListener("message", (event) => window.received.push(event.data));
    const sizes = new ResizeObserver((entries) => {
      for (const entry of entries) {
        const id = entry.target.id || "(no id)";
        (window.frameHeights[id] ??= []).push(entry.borderBoxSize[0].blockSize);
      }
    });
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) if (node.tagName === "IFRAME") sizes.observe(node);
      }
    }).observe(document, { childList: true, subtree: true });
  });
  return page;
}

/** The frame's inner height and its content's, once they agree (the helper followed the widget). */
async function fitted(page, selector) {
  const handle = await page.waitForFunction((selector) => {
    const frame = document.querySelector(selector);
    const content = frame?.contentDocument?.documentElement;
    if (!content || !frame.contentDocument.querySelector("#painmap")?.shadowRoot?.querySelector(".painmap-root")) {
      return null;
    }
    const sizes = { frame: frame.clientHeight, content: Math.ceil(content.getBoundingClientRect().height) };
    return sizes.content >= 200 && Math.abs(sizes.frame - sizes.content) <= 1 ? sizes : null;
  }, selector);
  return handle.jsonValue();
}

/** Posts `data` to the page from `frame` (a Playwright Frame, or the page itself). */
function postFrom(frame, data) {
  return frame.evaluate((data) => window.parent.postMessage(data, "*"), data);
}

/** Resolves once the page has received the message marked `mark` (so the helper has seen it). */
function receivedMark(page, mark) {
  return page.waitForFunction((mark) => window.received.some((data) => data?.mark === mark), mark);
}

describe("painmap-frame.js, the host page's iframe helper", () => {
  test("the frame is never 0 px tall and follows the widget's height, before and after a step", async () => {
    const page = await recordingPage();
    await page.goto(EXAMPLE());
    const host = page.frameLocator("#painmap-frame").locator("#painmap");
    const first = await fitted(page, "#painmap-frame");
    assert.ok(first.frame > 300, `the map's height: ${JSON.stringify(first)}`);

    const run = journeyDriver(page, host, "frame");
    await run.mark("lower_back_left", 6);
    await run.next();
    await run.at("emergency");
    await page.waitForFunction((before) => {
      const frame = document.querySelector("#painmap-frame");
      const content = Math.ceil(frame.contentDocument.documentElement.getBoundingClientRect().height);
      return content !== before && Math.abs(frame.getBoundingClientRect().height - content) <= 1;
    }, first.content);
    const after = await fitted(page, "#painmap-frame");
    assert.notEqual(after.frame, first.frame, "the step changed the widget's height, and the frame's");

    const heights = await page.evaluate(() => window.frameHeights["painmap-frame"]);
    assert.ok(heights.length >= 2, `heights recorded: ${heights}`);
    assert.ok(heights.every((height) => height >= 200), `never collapsed: ${heights}`);
    // At the source too: embed.html sends no height before the widget is drawn.
    const sent = await page.evaluate(() =>
      window.received.filter((data) => data?.type === "painmap:height").map((data) => data.height),
    );
    assert.ok(sent.length > 0 && sent.every((height) => height > 0), `heights sent: ${sent}`);
    assert.deepEqual(page.problems, []);
    await page.close();
  });

  test("the widget's events arrive on the <iframe> element as DOM events, with their detail", async () => {
    const page = await recordingPage();
    await page.goto(EXAMPLE());
    await fitted(page, "#painmap-frame");
    // The widget says it is live, across the frame, with its version.
    const ready = await page.waitForFunction(() => window.painmapMessages.find((m) => m.type === "painmap:ready"));
    assert.match((await ready.jsonValue()).detail.version, /^\d+\.\d+\.\d+/);
    const change = page.evaluate(
      () =>
        new Promise((resolve) =>
          document.addEventListener("painmap:change", (event) =>
            resolve({ target: event.target.id, regions: event.detail.intake.regions }),
          ),
        ),
    );
    await journeyDriver(page, page.frameLocator("#painmap-frame").locator("#painmap"), "frame").mark("neck", 3);
    assert.deepEqual(await change, { target: "painmap-frame", regions: { neck: 3 } });
    assert.equal(await page.locator("#last-event").textContent(), "Last event: painmap:change");
    await page.close();
  });

  test("frames added later are sized: [data-painmap], and PainMapFrame.attach(frame)", async () => {
    const page = await recordingPage();
    await page.goto(EXAMPLE());
    await fitted(page, "#painmap-frame");
    await page.evaluate(() => {
      for (const [id, marked] of [["later", true], ["attached", false]]) {
        const frame = document.createElement("iframe");
        frame.id = id;
        frame.title = "Back pain map";
        frame.style.cssText = "display:block;width:100%;height:700px;border:0";
        if (marked) frame.dataset.painmap = "";
        frame.src = `../embed.html?lang=${marked ? "es" : "en"}`;
        document.querySelector("main").append(frame);
        if (!marked) window.PainMapFrame.attach(frame);
      }
    });
    for (const id of ["later", "attached"]) {
      const sizes = await fitted(page, `#${id}`);
      assert.notEqual(sizes.frame, 700, `#${id} is sized to its widget`);
    }
    const heights = await page.evaluate(() => window.frameHeights);
    assert.ok(Object.values(heights).flat().every((height) => height >= 200), JSON.stringify(heights));
    assert.deepEqual(page.problems, []);
    await page.close();
  });

  test("a helper that starts after the frame has sent its height asks for it again", async () => {
    // A page that loads the helper late (at the end, from a slow server, or a framework that
    // adds it later): the frame already showed its widget and sent its height. The frame on
    // another origin (painmap on a CDN) is the clinic's copy of embed.html listing the page.
    const body = readFileSync(join(root, "pkg", "embed.html"), "utf8").replace('data-origins=""', `data-origins="${here()}"`);
    for (const origin of [here(), elsewhere()]) {
      const page = await recordingPage();
      const copy = `${origin}/pkg/clinic-embed.html?lang=en`;
      await page.route(copy, (route) => route.fulfill({ contentType: "text/html", body }));
      await page.goto(`${here()}/docs/`);
      await page.evaluate((src) => {
        document.body.innerHTML = `<iframe id="late" data-painmap title="Back pain map" style="width:100%;height:700px;border:0"></iframe>`;
        document.getElementById("late").src = src;
      }, copy);
      await page.waitForFunction(() => window.received.some((data) => data?.type === "painmap:height"));
      await page.evaluate(() => {
        const script = document.createElement("script");
        script.src = "/pkg/painmap-frame.js";
        document.head.append(script);
      });
      const height = await page.waitForFunction(() => {
        const frame = document.getElementById("late");
        const sent = window.received.filter((data) => data?.type === "painmap:height").at(-1).height;
        return frame.clientHeight !== 700 && frame.clientHeight === sent && sent;
      });
      assert.ok((await height.jsonValue()) > 300, origin);
      assert.deepEqual(page.problems, [], origin);
      await page.close();
    }
  });

  test("the release's minified helper (pkg/) sizes the frame under a strict CSP", async () => {
    const page = await recordingPage();
    await page.addInitScript(() => {
      window.cspViolations = [];
      document.addEventListener("securitypolicyviolation", (event) =>
        window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    const url = `${here()}/pkg/frame-csp.html`;
    await page.route(url, (route) =>
      route.fulfill({
        contentType: "text/html",
        body: `<!doctype html><meta charset="utf-8"><meta name="viewport" content="width=device-width">
          <meta http-equiv="Content-Security-Policy"
                content="default-src 'self'; script-src 'self'; style-src 'self'; frame-src 'self'">
          <script src="painmap-frame.js"></script>
          <iframe id="csp-frame" data-painmap title="Back pain map" src="embed.html?lang=en"></iframe>`,
      }),
    );
    await page.goto(url);
    const sizes = await fitted(page, "#csp-frame");
    assert.ok(sizes.frame > 300, JSON.stringify(sizes));
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    assert.deepEqual(page.problems, []);
    await page.close();
  });

  test("messages from another window or origin, and heights out of range, change nothing", async () => {
    const page = await recordingPage();
    await page.goto(EXAMPLE());
    const { frame: height } = await fitted(page, "#painmap-frame");
    const resized = [];
    await page.exposeFunction("resized", (h) => resized.push(h));
    await page.evaluate(() =>
      document.querySelector("#painmap-frame").addEventListener("painmap:height", (event) => window.resized(event.detail.height)),
    );
    const frameHeight = () => page.locator("#painmap-frame").evaluate((frame) => frame.getBoundingClientRect().height);
    const forged = (mark, extra = {}) => ({ type: "painmap:height", height: 5000, mark, ...extra });

    // The page itself (its own window, its own origin) is not the frame.
    await postFrom(page, forged("parent"));
    await receivedMark(page, "parent");

    // Two more frames: one on the page's origin, one on another, neither a painmap frame.
    await page.evaluate(
      ([same, other]) => {
        for (const [id, src] of [["same", same], ["other", other]]) {
          const frame = document.createElement("iframe");
          frame.id = id;
          frame.src = src;
          document.body.append(frame);
        }
      },
      [`${here()}/docs/`, `${elsewhere()}/docs/`],
    );
    for (const id of ["same", "other"]) {
      const frame = await (await page.waitForSelector(`#${id}`)).contentFrame();
      await frame.waitForLoadState();
      await postFrom(frame, forged(id));
      await receivedMark(page, id);
    }

    // The painmap frame's own window, out of range: no height, 0, a string, NaN, negative.
    const widget = await (await page.$("#painmap-frame")).contentFrame();
    for (const [mark, value] of [["zero", 0], ["small", 150], ["text", "5000"], ["nan", Number.NaN], ["minus", -5000]]) {
      await postFrom(widget, forged(mark, { height: value }));
      await receivedMark(page, mark);
    }
    assert.equal(await frameHeight(), height, "the frame kept the widget's height");
    assert.deepEqual(resized, [], "the helper set no height");

    // A huge height is capped; and a frame whose window went to another origin is not heard,
    // though its element and window are the same.
    await postFrom(widget, forged("huge", { height: 1e9 }));
    await receivedMark(page, "huge");
    assert.equal(await frameHeight(), 20000);
    const away = page.waitForEvent("framenavigated", (frame) => frame.url().startsWith(elsewhere()) && frame === widget);
    await widget.evaluate((url) => location.assign(url), `${elsewhere()}/docs/`);
    const navigated = await away;
    await navigated.waitForLoadState();
    await postFrom(navigated, forged("moved", { height: 900 }));
    await receivedMark(page, "moved");
    assert.equal(await frameHeight(), 20000, "a message from another origin in the frame is ignored");
    assert.deepEqual(resized, [20000]);
    await page.close();
  });
});
