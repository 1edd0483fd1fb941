// The release `make dist` writes, as a clinic (or its web host) receives it: the zip holds
// every file of the manifest with the SRI hash the manifest gives, the hashed names are the
// content's hash and every reference points at one of them, the loader carries Cargo.toml's
// version, the same build gives the same zip, and the npm package in pkg/ packs every file
// its exports map names. `make test-dist` runs `make dist` first.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { describe, test } from "node:test";
import { fileURLToPath, pathToFileURL } from "node:url";
import { brotliDecompressSync, gunzipSync, inflateRawSync } from "node:zlib";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const VERSION = readFileSync(join(root, "Cargo.toml"), "utf8")
  .split(/^\[/m)
  .find((s) => s.startsWith("workspace.package]"))
  .match(/^version\s*=\s*"([^"]+)"/m)[1];
const FOLDER = `painmap-${VERSION}`;
const DIR = join(root, "dist", FOLDER);
const ZIP = join(root, "dist", `${FOLDER}.zip`);

/** The entries of a zip, read through its central directory: name → bytes. */
function unzip(archive) {
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(end >= 0, "the zip has an end of central directory");
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  const entries = new Map();
  for (let i = 0; i < count; i += 1) {
    assert.equal(archive.readUInt32LE(at), 0x02014b50, "a central directory entry");
    const method = archive.readUInt16LE(at + 10);
    const crcSize = archive.readUInt32LE(at + 20);
    const nameLength = archive.readUInt16LE(at + 28);
    const extra = archive.readUInt16LE(at + 30);
    const comment = archive.readUInt16LE(at + 32);
    const local = archive.readUInt32LE(at + 42);
    const name = archive.toString("utf8", at + 46, at + 46 + nameLength);
    const start = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    const body = archive.subarray(start, start + crcSize);
    entries.set(name, method === 8 ? inflateRawSync(body) : Buffer.from(body));
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

const sri = (bytes) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;
const hash8 = (bytes) => createHash("sha256").update(bytes).digest("hex").slice(0, 8);

function release() {
  assert.ok(existsSync(ZIP), `${ZIP} is missing: run \`make dist\``);
  const entries = unzip(readFileSync(ZIP));
  const files = new Map();
  for (const [name, bytes] of entries) {
    assert.ok(name.startsWith(`${FOLDER}/`), `${name} is inside ${FOLDER}/`);
    files.set(name.slice(FOLDER.length + 1), bytes);
  }
  const manifest = JSON.parse(files.get("manifest.json"));
  const text = (name) => files.get(name).toString("utf8");
  return { files, manifest, text };
}

describe("make dist", () => {
  test("the zip holds every file of the manifest, with its size and SRI hash, and nothing else", () => {
    const { files, manifest } = release();
    assert.equal(manifest.version, VERSION);
    const listed = Object.keys(manifest.files);
    assert.deepEqual([...files.keys()].sort(), [...listed, "manifest.json"].sort());
    for (const [name, entry] of Object.entries(manifest.files)) {
      assert.equal(files.get(name).length, entry.size, `${name}: size`);
      assert.equal(entry.integrity, sri(files.get(name)), `${name}: integrity`);
    }
    // The folder beside the zip is the same release.
    assert.deepEqual(readdirSync(DIR).sort(), [...files.keys()].sort());
    for (const [name, bytes] of files) assert.ok(readFileSync(join(DIR, name)).equals(bytes), `${name} on disk`);
  });

  test("the release has what a clinic needs, and every .br and .gz is its file", () => {
    const { files, manifest } = release();
    for (const name of ["painmap-embed.js", "embed.html", "embed.js", "embed.css", "painmap.d.ts", "README.md",
      "LICENSE-MIT", "LICENSE-APACHE", "CHANGELOG.md", manifest.entry.glue, manifest.entry.wasm]) {
      assert.ok(files.has(name), `${name} is in the release`);
    }
    for (const name of ["painmap-frame.js", "painmap-embed.d.ts", "painmap-react.d.ts"]) {
      assert.ok(files.has(name), `${name} is in the release`);
    }
    assert.equal(manifest.entry.loader, "painmap-embed.js");
    assert.equal(manifest.entry.iframe, "embed.html");
    for (const name of files.keys()) {
      if (!/\.(js|wasm|html|css)$/.test(name)) continue;
      assert.ok(brotliDecompressSync(files.get(`${name}.br`)).equals(files.get(name)), `${name}.br`);
      assert.ok(gunzipSync(files.get(`${name}.gz`)).equals(files.get(name)), `${name}.gz`);
    }
    assert.equal(manifest.files[manifest.entry.wasm].cache, "immutable");
    assert.equal(manifest.files["painmap-embed.js"].cache, "short");
  });

  test("the wasm and glue are named by their content, and everything points at those names", () => {
    const { files, manifest, text } = release();
    const { glue, wasm } = manifest.entry;
    assert.match(wasm, /^painmap_bg\.[0-9a-f]{8}\.wasm$/);
    assert.match(glue, /^painmap\.[0-9a-f]{8}\.js$/);
    assert.equal(wasm, `painmap_bg.${hash8(files.get(wasm))}.wasm`);
    assert.equal(glue, `painmap.${hash8(files.get(glue))}.js`);
    assert.ok(text(glue).includes(`"${wasm}"`), "the glue fetches the hashed wasm");
    // The literal import and the new URL(…) of a restart both name the hashed glue.
    assert.ok(text("painmap-embed.js").split(`"./${glue}"`).length - 1 >= 2, "the loader imports the hashed glue");
    assert.ok(text("embed.html").includes(`<link rel="modulepreload" href="${glue}">`), "embed.html preloads it");
    const unhashed = /(?<![\w.-])painmap\.js|painmap_bg\.wasm|\.\.\/pkg\//;
    for (const name of ["painmap-embed.js", "embed.html", "embed.js", glue]) {
      assert.doesNotMatch(text(name), unhashed, `${name} names no file the release does not have`);
    }
    assert.ok(text("README.md").includes(`integrity="${manifest.files["painmap-embed.js"].integrity}"`),
      "the README's snippet pins this loader");
  });

  test("the loader, the manifest and the package carry Cargo.toml's version", async () => {
    const { manifest } = release();
    assert.equal(manifest.version, VERSION);
    // The loader's top level only touches the DOM when there is one, so it imports in Node
    // (as under a framework's server-side rendering) and says which version it is.
    const loader = await import(pathToFileURL(join(DIR, "painmap-embed.js")).href).catch((error) =>
      assert.fail(`the release's loader cannot be imported without a DOM: ${error.stack}`),
    );
    assert.equal(loader.VERSION, VERSION);
    assert.equal(loader.PainMap.version, VERSION);
    const pkg = JSON.parse(readFileSync(join(root, "pkg", "package.json"), "utf8"));
    assert.equal(pkg.version, VERSION);
  });

  test("the same build gives the same zip", () => {
    const out = mkdtempSync(join(tmpdir(), "painmap-dist-"));
    try {
      execFileSync("node", [join(root, "scripts", "dist.mjs"), "--out", out], { stdio: "pipe" });
      assert.ok(readFileSync(join(out, `${FOLDER}.zip`)).equals(readFileSync(ZIP)));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe("the npm package (pkg/)", () => {
  test("npm pack ships every file the exports map names, the licences, and nothing from target/", () => {
    const pkgDir = join(root, "pkg");
    const pkg = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8"));
    const [packed] = JSON.parse(
      execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: pkgDir, stdio: ["ignore", "pipe", "pipe"] }),
    );
    const paths = new Set(packed.files.map((file) => file.path));
    const targets = [];
    const collect = (value) => {
      if (typeof value === "string") targets.push(value);
      else for (const inner of Object.values(value)) collect(inner);
    };
    collect(pkg.exports);
    for (const subpath of [".", "./embed", "./frame", "./react", "./embed.html", "./painmap_bg.wasm", "./package.json"]) {
      assert.ok(subpath in pkg.exports, `exports ${subpath}`);
    }
    assert.equal(pkg.exports["."].types, "./painmap.d.ts");
    for (const target of targets) assert.ok(paths.has(target.replace(/^\.\//, "")), `${target} is packed`);
    for (const name of ["LICENSE-MIT", "LICENSE-APACHE", "README.md", "embed.js", "embed.css"]) {
      assert.ok(paths.has(name), `${name} is packed`);
    }
    for (const name of ["painmap-frame.js", "painmap-embed.d.ts", "painmap-react.d.ts"]) {
      assert.ok(paths.has(name), `${name} is packed`);
    }
    assert.equal(pkg.exports["./frame"], "./painmap-frame.js");
    assert.equal(pkg.exports["./embed"].types, "./painmap-embed.d.ts");
    assert.equal(pkg.exports["./react"].types, "./painmap-react.d.ts");
    for (const path of paths) assert.doesNotMatch(path, /^target\/|node_modules|\.\./, path);
    assert.equal(pkg.license, "MIT OR Apache-2.0");
    assert.equal(pkg.version, VERSION);
  });
});
