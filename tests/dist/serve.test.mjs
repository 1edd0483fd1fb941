// scripts/serve.py as a host for the release: CORS on every response (and none with
// --no-cors), preflights answered, and the release's precompressed .br / .gz files served
// when the browser accepts them. Raw HTTP (node:http), since fetch() would decompress and
// hide the Content-Encoding.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { after, before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, brotliDecompressSync, gunzipSync } from "node:zlib";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const SCRIPT = "export const widget = 'painmap';\n".repeat(40);
const PAGE = "<!doctype html><title>painmap</title>\n".repeat(40);

/** Starts serve.py on a free port over `folder`; resolves to { url, stop }. */
function serve(folder, ...flags) {
  const server = spawn("python3", [join(root, "scripts", "serve.py"), "--port", "0", "--quiet", "--root", folder, ...flags], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolvePromise, reject) => {
    server.on("error", reject);
    server.on("exit", (code) => reject(new Error(`serve.py exited with ${code}`)));
    server.stdout.on("data", (chunk) => {
      const url = String(chunk).match(/http:\/\/[^\s]+/)?.[0];
      if (url) resolvePromise({ url, stop: () => server.kill() });
    });
  });
}

function get(url, headers = {}, method = "GET") {
  return new Promise((resolvePromise, reject) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks = [];
      res.on("data", (chunk) => chunks.push(chunk));
      res.on("end", () => resolvePromise({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("serve.py", () => {
  let folder;
  let server;
  let bare;
  before(async () => {
    folder = mkdtempSync(join(tmpdir(), "painmap-serve-"));
    writeFileSync(join(folder, "painmap.js"), SCRIPT);
    writeFileSync(join(folder, "painmap.js.br"), brotliCompressSync(Buffer.from(SCRIPT)));
    writeFileSync(join(folder, "embed.css"), "body { margin: 0 }\n".repeat(20));
    writeFileSync(join(folder, "index.html"), PAGE);
    writeFileSync(join(folder, "index.html.br"), brotliCompressSync(Buffer.from(PAGE)));
    // A copy made before its file was last edited: what a source edited since the build has.
    writeFileSync(join(folder, "boot.js"), SCRIPT);
    writeFileSync(join(folder, "boot.js.br"), brotliCompressSync(Buffer.from("export const stale = 1;\n")));
    const past = new Date(Date.now() - 60_000);
    utimesSync(join(folder, "boot.js.br"), past, past);
    for (const dir of [".git", "target"]) mkdirSync(join(folder, dir));
    writeFileSync(join(folder, ".git", "config"), "[remote]\n");
    writeFileSync(join(folder, "target", "painmap.wasm"), "wasm");
    writeFileSync(join(folder, ".env"), "SECRET=1\n");
    [server, bare] = await Promise.all([serve(folder), serve(folder, "--no-cors")]);
  });
  after(() => {
    server?.stop();
    bare?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  test("lets any origin read every file, and answers a preflight", async () => {
    const file = await get(`${server.url}painmap.js`);
    assert.equal(file.status, 200);
    assert.equal(file.headers["access-control-allow-origin"], "*");
    const missing = await get(`${server.url}nothing-here.js`);
    assert.equal(missing.status, 404);
    assert.equal(missing.headers["access-control-allow-origin"], "*", "a 404 is readable too");
    const preflight = await get(
      `${server.url}painmap.js`,
      { Origin: "https://clinic.example", "Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "x-test" },
      "OPTIONS",
    );
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers["access-control-allow-origin"], "*");
    assert.match(preflight.headers["access-control-allow-methods"], /\bGET\b/);
    assert.equal(preflight.headers["access-control-allow-headers"], "x-test");
  });

  test("never serves hidden files or the build's caches, which any origin could then read", async () => {
    for (const path of [".git/config", ".env", "target/painmap.wasm", "%2Egit/config", "www/../.git/config"]) {
      assert.equal((await get(`${server.url}${path}`)).status, 404, path);
    }
    assert.equal((await get(`${server.url}embed.css`)).status, 200);
  });

  test("--no-cors sends no Access-Control-Allow-Origin, as a host that forgot it", async () => {
    const file = await get(`${bare.url}painmap.js`, { Origin: "https://clinic.example" });
    assert.equal(file.status, 200);
    assert.equal(file.headers["access-control-allow-origin"], undefined);
    const preflight = await get(`${bare.url}painmap.js`, { Origin: "https://clinic.example" }, "OPTIONS");
    assert.equal(preflight.headers["access-control-allow-origin"], undefined);
  });

  test("serves the .br beside a file to a browser that accepts brotli", async () => {
    const file = await get(`${server.url}painmap.js`, { "Accept-Encoding": "gzip, deflate, br" });
    assert.equal(file.headers["content-encoding"], "br");
    assert.equal(file.headers["content-type"], "text/javascript");
    assert.match(file.headers.vary, /Accept-Encoding/);
    assert.equal(brotliDecompressSync(file.body).toString(), SCRIPT);
  });

  test("a folder's address gets its index.html, compressed like the file itself", async () => {
    const page = await get(server.url, { "Accept-Encoding": "gzip, br" });
    assert.equal(page.status, 200);
    assert.equal(page.headers["content-encoding"], "br");
    assert.equal(page.headers["content-type"], "text/html");
    assert.equal(brotliDecompressSync(page.body).toString(), PAGE);
    const plain = await get(server.url, { "Accept-Encoding": "identity" });
    assert.equal(plain.body.toString(), PAGE);
  });

  test("without brotli (or with br;q=0), gzip; with neither, the file as it is", async () => {
    for (const accept of ["gzip", "br;q=0, gzip"]) {
      const file = await get(`${server.url}painmap.js`, { "Accept-Encoding": accept });
      assert.equal(file.headers["content-encoding"], "gzip", accept);
      assert.equal(gunzipSync(file.body).toString(), SCRIPT);
    }
    const plain = await get(`${server.url}painmap.js`);
    assert.equal(plain.headers["content-encoding"], undefined);
    assert.equal(plain.body.toString(), SCRIPT);
    assert.match(plain.headers.vary, /Accept-Encoding/, "a cache must not give this to a brotli browser");
    // No .br beside it: gzip made on the fly, never a brotli the server does not have.
    const css = await get(`${server.url}embed.css`, { "Accept-Encoding": "br, gzip" });
    assert.equal(css.headers["content-encoding"], "gzip");
  });

  test("the coding the browser rates highest, brotli on a tie; `*` stands for the others", async () => {
    for (const [accept, coding] of [
      ["gzip;q=1, br;q=0.5", "gzip"],
      ["br;q=0.8, gzip;q=0.8", "br"],
      ["*", "br"],
      ["br;q=0, *", "gzip"],
      ["gzip;q=0, *;q=0.5", "br"],
      ["identity", undefined],
      ["br;q=0, gzip;q=0", undefined],
      ["deflate", undefined],
    ]) {
      const file = await get(`${server.url}painmap.js`, { "Accept-Encoding": accept });
      assert.equal(file.headers["content-encoding"], coding, accept);
      assert.equal(Number(file.headers["content-length"]), file.body.length, accept);
      const body = coding === "br" ? brotliDecompressSync(file.body) : coding === "gzip" ? gunzipSync(file.body) : file.body;
      assert.equal(body.toString(), SCRIPT, accept);
    }
  });

  test("HEAD says what GET would send, without the body", async () => {
    const full = await get(`${server.url}painmap.js`, { "Accept-Encoding": "br" });
    const head = await get(`${server.url}painmap.js`, { "Accept-Encoding": "br" }, "HEAD");
    assert.equal(head.status, 200);
    assert.equal(head.headers["content-encoding"], "br");
    assert.equal(head.headers["content-length"], String(full.body.length));
    assert.equal(head.body.length, 0);
  });

  test("a copy older than its file (edited since the build) is never served", async () => {
    const file = await get(`${server.url}boot.js`, { "Accept-Encoding": "br, gzip" });
    assert.equal(file.headers["content-encoding"], "gzip", "made on the fly from the file as it is");
    assert.equal(gunzipSync(file.body).toString(), SCRIPT);
  });
});

describe("serve.py on the built repository", () => {
  let server;
  before(async () => {
    server = await serve(root);
  });
  after(() => server?.stop());

  // `make build` writes the copies (scripts/compress.mjs): a brotli browser gets them.
  for (const [path, type] of [
    ["pkg/painmap_bg.wasm", "application/wasm"],
    ["pkg/painmap.js", "text/javascript"],
    ["pkg/painmap-embed.js", "text/javascript"],
    ["pkg/boot.js", "text/javascript"],
    ["index.html", "text/html"],
    ["sw.js", "text/javascript"],
  ]) {
    test(`${path}: brotli, gzip or the file itself, as the browser asks`, async () => {
      const original = readFileSync(join(root, path));
      const br = await get(`${server.url}${path}`, { "Accept-Encoding": "gzip, deflate, br, zstd" });
      assert.equal(br.status, 200);
      assert.equal(br.headers["content-encoding"], "br");
      assert.equal(br.headers["content-type"], type);
      assert.equal(br.headers["content-length"], String(br.body.length));
      assert.ok(brotliDecompressSync(br.body).equals(original));
      assert.ok(br.body.length < original.length / 2, `${br.body.length} of ${original.length} bytes`);
      const gz = await get(`${server.url}${path}`, { "Accept-Encoding": "gzip" });
      assert.equal(gz.headers["content-encoding"], "gzip");
      assert.ok(gunzipSync(gz.body).equals(original));
      const plain = await get(`${server.url}${path}`, { "Accept-Encoding": "identity" });
      assert.equal(plain.headers["content-encoding"], undefined);
      assert.ok(plain.body.equals(original));
    });
  }
});
