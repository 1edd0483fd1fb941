// The README's "Hosting" guide, tried as a clinic would: painmap's release on one origin (a
// CDN, another host) and the clinic's page on another, with the two-line snippet and its SRI
// hash, under the guide's Content Security Policy. The release is served with exactly the headers of the guide's `_headers` example,
// read from the README, so the guide and this test cannot drift apart. Without the CORS
// header the person still reads something in the widget's place, never an empty box.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";
import { after, before, describe, test } from "node:test";
import { LIVE, launch, mark, phonePage, root } from "./support.mjs";

/** The folder served as the release: pkg/ has the release's files, under unhashed names. */
const RELEASE = join(root, "pkg");

/** Where the guide's examples put the release on its host. */
const FOLDER = "/painmap/";

/** What a static host sends by itself, by extension (the guide adds to it). */
const TYPES = {
  ".js": "text/javascript",
  ".wasm": "application/wasm",
  ".html": "text/html; charset=utf-8",
  ".css": "text/css",
  ".json": "application/json",
};

const FALLBACK_EN = "The back pain map appears here. If it does not, please reload the page or try another browser.";
const FAILED_EN = "The back pain map could not load. Please reload the page, or try another browser.";

/**
 * The rules of the README's `_headers` example (the fenced block that starts with the comment
 * `# _headers`): [{ pattern, headers: [[name, value]] }], as Netlify and Cloudflare Pages read
 * them: a line starting with / opens a rule, an indented `Name: value` line adds a header.
 */
function guideRules() {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const block = readme.match(/```text\n(# _headers[^\n]*\n[\s\S]*?)```/)?.[1];
  assert.ok(block, "the README has a _headers example");
  const rules = [];
  for (const line of block.split("\n")) {
    if (line.trim() === "" || line.trim().startsWith("#")) continue;
    if (line.startsWith("/")) {
      rules.push({ pattern: line.trim(), headers: [] });
    } else {
      const [, name, value] = line.match(/^\s+([\w-]+):\s*(.*)$/) ?? [];
      assert.ok(name && rules.length, `a header line of a rule: ${line}`);
      rules.at(-1).headers.push([name, value]);
    }
  }
  return rules;
}

/** The headers the rules give `path`: every matching rule's (`*` matches anything); the same
 * header from two rules is joined with a comma, as those hosts do. */
function headersFor(rules, path) {
  const headers = {};
  for (const { pattern, headers: list } of rules) {
    const regex = new RegExp(`^${pattern.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`);
    if (!regex.test(path)) continue;
    for (const [name, value] of list) {
      const key = name.toLowerCase();
      headers[key] = headers[key] ? `${headers[key]}, ${value}` : value;
    }
  }
  return headers;
}

/** The README's snippet for another origin (the block with `integrity`), whose loader address
 * and hash the test fills in. */
function guideSnippet() {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const snippet = readme.match(/```html\n(<script[^\n]*\n[^\n]*integrity="sha384-…"[\s\S]*?)```/)?.[1];
  assert.ok(snippet, "the README has the snippet with integrity");
  return snippet;
}

/** The README's policy for a page with painmap on another origin (the example CDN's). */
function guidePolicy() {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const line = readme.match(/^Content-Security-Policy: (.*https:\/\/cdn\.clinic\.example.*)$/m)?.[1];
  assert.ok(line, "the README has the policy for painmap on another origin");
  return line;
}

/** The clinic page's own script (a file: the guide's policy allows no inline script): it
 * notes a script that could not be fetched (CORS, integrity), the widget's ready and error
 * events, and runs the page's own button. */
const CLINIC_JS = `
  window.heard = [];
  addEventListener("error", (event) => {
    if (event.target instanceof HTMLScriptElement) window.loaderFailed = true;
  }, true);
  for (const type of ["painmap:ready", "painmap:error"]) {
    document.addEventListener(type, (event) => {
      if (event.target.id === "back-pain") heard.push({ type, detail: event.detail });
    });
  }
  addEventListener("click", (event) => {
    if (event.target.id === "own") event.target.textContent = "The page works";
  });
`;

/** An HTTP server on 127.0.0.1 (its own port, so its own origin); `handle(request, response)`. */
function serve(handle) {
  return new Promise((resolve) => {
    const server = createServer(handle);
    server.listen(0, "127.0.0.1", () => {
      resolve({ origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() });
    });
  });
}

const rules = guideRules();
/** Which of the guide's headers the release's host leaves out, by path; set by each test. */
let omit = () => false;

const hosts = {};
let browser;

before(async () => {
  hosts.release = await serve((request, response) => {
    const path = decodeURIComponent(new URL(request.url, "http://x").pathname);
    const file = normalize(join(RELEASE, path.slice(FOLDER.length)));
    let found = false;
    try {
      found = path.startsWith(FOLDER) && file.startsWith(RELEASE) && statSync(file).isFile();
    } catch {
      // No such file.
    }
    if (!found) {
      response.writeHead(404, { "content-type": "text/plain" }).end("Not found");
      return;
    }
    const headers = { "content-type": TYPES[extname(file)] ?? "application/octet-stream" };
    for (const [name, value] of Object.entries(headersFor(rules, path))) {
      if (!omit(path, name)) headers[name] = value;
    }
    response.writeHead(200, headers).end(readFileSync(file));
  });
  // The clinic's page, under the guide's policy with the release's origin for the CDN's.
  hosts.page = await serve((request, response) => {
    if (request.url === "/clinic.js") {
      response.writeHead(200, { "content-type": "text/javascript" }).end(CLINIC_JS);
      return;
    }
    const policy = guidePolicy().replaceAll("https://cdn.clinic.example", hosts.release.origin);
    response
      .writeHead(200, { "content-type": "text/html; charset=utf-8", "content-security-policy": policy })
      .end(hosts.html);
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  hosts.release?.close();
  hosts.page?.close();
});

/** The clinic's page: the README's snippet with the loader on the release's origin and its
 * SRI hash, and a button of the page's own, to show that the page keeps working. */
function clinicPage() {
  const loader = readFileSync(join(RELEASE, "painmap-embed.js"));
  const integrity = `sha384-${createHash("sha384").update(loader).digest("base64")}`;
  const snippet = guideSnippet()
    .replace(/src="[^"]*"/, `src="${hosts.release.origin}${FOLDER}painmap-embed.js"`)
    .replace("sha384-…", integrity);
  return `<!doctype html><html lang="en"><meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Riverside Massage Clinic</title>
    <script src="/clinic.js"></script>
    <h1>Back pain? Check before you book</h1>
    <button id="own">The page's own button</button>
    ${snippet}`;
}

async function open() {
  hosts.html = clinicPage();
  const page = await phonePage(browser, { locale: "en-GB", reducedMotion: "reduce" });
  page.consoleLines = [];
  page.on("console", (message) => page.consoleLines.push(`${message.type()}: ${message.text()}`));
  page.responses = [];
  page.on("response", (response) => page.responses.push(response));
  await page.goto(`${hosts.page.origin}/`);
  return page;
}

/** Whether the person sees the snippet's own words: the text inside <pain-map> is drawn
 * (not a child the widget's shadow root leaves out). */
const fallbackShown = (page) =>
  page.locator("pain-map").evaluate((element, words) => {
    const text = [...element.childNodes].find((node) => node.nodeType === 3 && node.data.includes(words));
    if (!text) return false;
    const range = document.createRange();
    range.selectNodeContents(text);
    return [...range.getClientRects()].some((rect) => rect.width > 0 && rect.height > 0);
  }, FALLBACK_EN);

/** The page still answers: its own button works. */
async function pageWorks(page) {
  await page.locator("#own").tap();
  assert.equal(await page.locator("#own").textContent(), "The page works");
}

describe("painmap's release on another origin than the page", () => {
  test("with the guide's headers, the snippet runs the widget: mark an area, go on", async () => {
    omit = () => false;
    const page = await open();
    const host = page.locator("pain-map");
    await host.locator(LIVE).waitFor();
    await mark(host, "lower_back_left", 6);
    await host.locator("button.nav-next").tap();
    await host.locator(".step-title", { hasText: "Urgent warning signs" }).waitFor();

    // Its files came from the release's origin, with the guide's CORS header.
    const files = page.responses.filter((response) => /\/painmap(_bg|-embed)?\.(js|wasm)$/.test(response.url()));
    assert.equal(files.length, 3, files.map((response) => response.url()).join());
    for (const response of files) {
      assert.ok(response.url().startsWith(hosts.release.origin), response.url());
      assert.equal(response.headers()["access-control-allow-origin"], "*", response.url());
    }
    // The fallback words were only for while it loaded: the widget covers them.
    assert.equal(await fallbackShown(page), false);
    assert.equal((await page.evaluate(() => heard))[0].type, "painmap:ready");
    await pageWorks(page);
    assert.deepEqual(page.problems, [], "no error, no policy violation");
    await page.close();
  });

  test("no CORS header at all: the loader cannot run, and the snippet's own words fill the box", async () => {
    omit = (_path, name) => name.toLowerCase() === "access-control-allow-origin";
    const page = await open();
    await page.waitForFunction(() => window.loaderFailed);
    const host = page.locator("pain-map");
    assert.equal(await fallbackShown(page), true);
    const box = await host.boundingBox();
    assert.ok(box.height > 0, `not an empty box: ${box.height}px`);
    await host.screenshot({ path: join(root, "tests", "e2e", "artifacts", "hosting-no-cors.png") });
    await pageWorks(page);
    await page.close();
  });

  test("the loader allowed but not its files: the loader's message in the box, the console names CORS and the folder", async () => {
    omit = (path, name) => name.toLowerCase() === "access-control-allow-origin" && !path.endsWith("/painmap-embed.js");
    const page = await open();
    const host = page.locator("pain-map");
    const alert = host.getByRole("alert");
    await alert.waitFor();
    assert.equal((await alert.textContent()).trim(), FAILED_EN);
    assert.ok((await host.boundingBox()).height > 0);
    assert.equal(await fallbackShown(page), false, "one message, not two");
    const [event] = await page.evaluate(() => heard);
    assert.equal(event.type, "painmap:error");
    assert.equal(event.detail.kind, "load");
    assert.ok(
      page.consoleLines.some(
        (line) => line.includes(`${hosts.release.origin}${FOLDER}`) && line.includes("Access-Control-Allow-Origin"),
      ),
      page.consoleLines.join("\n"),
    );
    await host.screenshot({ path: join(root, "tests", "e2e", "artifacts", "hosting-no-cors-files.png") });
    await pageWorks(page);
    await page.close();
  });
});
