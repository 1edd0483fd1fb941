// The release (`make dist`) as a clinic hosts it: on another origin than its page (a CDN or a
// static host), put on the page with the two-line snippet of the release's README, integrity
// included. The hashed glue and wasm load under their hashed names, the widget works (and
// restarts after a crash, from a fresh copy of the hashed glue), the loader says which version
// it is, and the iframe page preloads the hashed glue.
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { cargoVersion } from "../../scripts/dist.mjs";
import { LIVE, crashWidget, launch, mark, phonePage, root } from "./support.mjs";

const VERSION = cargoVersion();

/** scripts/serve.py over `folder` on a free port. The clinic's page is a real file on a
 * server too: Chromium refuses a page fulfilled by the test (no address) access to loopback. */
function serveFolder(folder) {
  const server = spawn("python3", [join(root, "scripts", "serve.py"), "--port", "0", "--quiet", "--root", folder], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    server.on("error", reject);
    server.stdout.on("data", (chunk) => {
      const url = String(chunk).match(/http:\/\/[^\s]+/)?.[0];
      if (url) resolve({ url, stop: () => server.kill() });
    });
  });
}

describe("the release from another origin", () => {
  let out;
  let cdn;
  let site;
  let browser;
  let manifest;
  let readme;
  before(async () => {
    out = mkdtempSync(join(tmpdir(), "painmap-release-"));
    execFileSync("node", [join(root, "scripts", "dist.mjs"), "--out", out], { stdio: "pipe" });
    const folder = join(out, `painmap-${VERSION}`);
    manifest = JSON.parse(readFileSync(join(folder, "manifest.json"), "utf8"));
    readme = readFileSync(join(folder, "README.md"), "utf8");
    mkdirSync(join(out, "site"));
    [cdn, site, browser] = await Promise.all([serveFolder(folder), serveFolder(join(out, "site")), launch()]);
  });
  after(async () => {
    await browser?.close();
    cdn?.stop();
    site?.stop();
    rmSync(out, { recursive: true, force: true });
  });

  /** The clinic's page on its own origin, around `body`. */
  function clinicPage(name, body) {
    writeFileSync(
      join(out, "site", name),
      `<!doctype html><meta charset="utf-8"><meta name="viewport" content="width=device-width"><link rel="icon" href="data:,">${body}`,
    );
    return `${site.url}${name}`;
  }

  test("the README's snippet, integrity included, shows a working widget", async () => {
    // The snippet as the README writes it, with the folder's address on the "CDN".
    const snippet = readme.match(/```html\n([\s\S]*?)```/)[1].replaceAll(`/painmap-${VERSION}/`, cdn.url);
    assert.match(snippet, /integrity="sha384-[^"]+" crossorigin="anonymous"/);
    const page = await phonePage(browser, { reducedMotion: "reduce" });
    await page.goto(
      clinicPage(
        "clinic.html",
        `<h1>Riverside Massage Clinic</h1>${snippet}
         <iframe id="frame" src="${cdn.url}embed.html?lang=en" style="width:100%;height:600px"></iframe>`,
      ),
    );
    const host = page.locator("pain-map");
    await host.locator(LIVE).waitFor();
    await mark(host, "lower_back_left", 7);
    assert.equal(await host.locator(".num").count(), 1, "the area is marked");
    assert.equal(await page.evaluate(() => window.PainMap.version), VERSION);

    const frame = page.frameLocator("#frame");
    await frame.locator(`#painmap ${LIVE}`).waitFor();

    const fromCdn = page.requests.filter((request) => request.startsWith(cdn.url)).map((r) => r.slice(cdn.url.length));
    const { glue, wasm } = manifest.entry;
    for (const file of ["painmap-embed.js", glue, wasm, "embed.html"]) {
      assert.ok(fromCdn.some((path) => path === file || path.startsWith(`${file}?`)), `${file} was loaded: ${fromCdn}`);
    }
    assert.ok(
      fromCdn.every((path) => !/^painmap\.js|^painmap_bg\.wasm/.test(path)),
      `no unhashed name was asked for: ${fromCdn}`,
    );
    assert.deepEqual(page.problems, []);
    await page.close();
  });

  test("after a crash the loader starts a fresh copy of the hashed glue, answers kept", async () => {
    const snippet = readme.match(/```html\n([\s\S]*?)```/)[1].replaceAll(`/painmap-${VERSION}/`, cdn.url);
    const page = await phonePage(browser, { reducedMotion: "reduce" });
    await page.goto(clinicPage("crash.html", snippet));
    const host = page.locator("pain-map");
    await host.locator(LIVE).waitFor();
    await mark(host, "neck", 6);
    await crashWidget(host);
    await host.locator(".pm-note").waitFor();
    assert.equal(await host.locator(".pm-note").textContent(), "Something went wrong; the map restarted. Your answers are kept.");
    assert.deepEqual(await host.locator(".num").allTextContents(), ["6"]);
    const fresh = `${cdn.url}${manifest.entry.glue}?instance=2`;
    assert.ok(page.requests.includes(fresh), `the restart imported ${fresh}: ${page.requests}`);
    await page.close();
  });

  test("a loader that is not the release's is refused by the integrity check", async () => {
    const snippet = readme
      .match(/```html\n([\s\S]*?)```/)[1]
      .replaceAll(`/painmap-${VERSION}/`, cdn.url)
      .replace(/integrity="sha384-[^"]+"/, `integrity="${manifest.files["embed.js"].integrity}"`);
    const page = await phonePage(browser);
    const refused = page.waitForEvent("console", (message) => /integrity/i.test(message.text()));
    await page.goto(clinicPage("tampered.html", snippet));
    await refused;
    assert.equal(await page.evaluate(() => typeof window.PainMap), "undefined", "the wrong loader did not run");
    // The person reads the snippet's words, not an empty box.
    const box = await page.locator("pain-map").boundingBox();
    assert.ok(box.height > 0, "the element is not an empty box");
    assert.match(await page.locator("pain-map").innerText(), /The back pain map appears here/);
    await page.close();
  });
});
