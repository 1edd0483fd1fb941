// `make dist`: the release a clinic hosts anywhere, from the built pkg/. Writes
// dist/painmap-<version>/ and dist/painmap-<version>.zip (`--out DIR` for another folder).
//
// - The wasm and the glue get content-hashed names, so a host may cache them for a year: a new
//   release is a new name. Hashing goes leaf first (the wasm, then the glue that names it),
//   and the files that name them (the loader, embed.html) keep stable names, being the entry
//   points: a host caches those briefly. A reference left unrewritten fails the build, as it
//   would 404 (or worse, load last release's file) on the clinic's site.
// - Every text and wasm file gets .br and .gz copies at maximum compression, for hosts that
//   serve precompressed files (nginx gzip_static / brotli_static, scripts/serve.py).
// - manifest.json lists every file with its size and SHA-384 in SRI form.
// - The zip is deterministic: sorted entries, one fixed timestamp, fixed permissions; the same
//   build gives the same bytes.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateRawSync } from "node:zlib";
import { brotli, gzip } from "./compress.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const pkg = join(root, "pkg");

function fail(message) {
  console.error(`dist: ${message}`);
  process.exit(1);
}

/** Cargo.toml's [workspace.package] version: the one version number, the widget's and the core's. */
export function cargoVersion() {
  const cargo = readFileSync(join(root, "Cargo.toml"), "utf8");
  const section = cargo.split(/^\[/m).find((s) => s.startsWith("workspace.package]")) ?? "";
  const version = section.match(/^version\s*=\s*"([^"]+)"/m)?.[1];
  if (!version) fail("no version in Cargo.toml's [workspace.package]");
  return version;
}

/** The names a release must not leave behind: they exist only under their hashed names. */
const UNHASHED = /(?<![\w.-])painmap\.js|painmap_bg\.wasm|painmap-first-[a-z]{2,3}\.html|\.\.\/pkg\//;

/** Replaces every `from` in `text`; fails unless there was at least one, and unless no
 * unhashed name is left in the result. */
function rewrite(file, text, from, to) {
  const count = text.split(from).length - 1;
  if (count === 0) fail(`${file}: ${JSON.stringify(from)} not found; cannot point it at ${to}`);
  const result = text.replaceAll(from, to);
  const left = result.match(UNHASHED);
  if (left) fail(`${file}: ${JSON.stringify(left[0])} is left after rewriting`);
  return { text: result, count };
}

const hash8 = (bytes) => createHash("sha256").update(bytes).digest("hex").slice(0, 8);
const sri = (bytes) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;

const COMPRESS = /\.(js|wasm|html|css|txt)$/;
/** Files whose name changes with their content: a host may cache them for a year. The
 * languages' text tables (`painmap-es.<stamp>.txt`) are named so by the build: the wasm names
 * them, through the stamp it was built with. */
const HASHED = /\.[0-9a-f]{8}\.(js|wasm|txt|html)(\.br|\.gz)?$/;
const LANGUAGE_TABLE = /^painmap-[a-z]{2,3}\.[0-9a-f]{8}\.txt$/;
/** The prerendered first screen of each language, which the loader names. */
const FIRST_SCREEN = /^painmap-first-([a-z]{2,3})\.html$/;

function hostReadme({ version, loaderIntegrity, glueName, wasmName }) {
  return `# painmap ${version}: the files for your web host

painmap is a back-pain map and massage advice widget that runs entirely in the person's
browser: nothing they enter is sent anywhere. Copy this folder, version in its name, to your
site or a static host (for example as \`/painmap-${version}/\`), then add two lines where the
widget should appear:

\`\`\`html
<script type="module" src="/painmap-${version}/painmap-embed.js"
        integrity="${loaderIntegrity}" crossorigin="anonymous"></script>
<pain-map id="back-pain" data-clinic-name="Riverside Massage Clinic" data-lang="en">
  The back pain map appears here. If it does not, please reload the page or try another browser.
</pain-map>
\`\`\`

\`integrity\` makes the browser refuse any loader but this release's. The loader then loads
the glue and the wasm, named by their content hash (browsers give such imports no
\`integrity\` of their own). A new release goes in a folder of its own, with its own
\`integrity\`: copied over this one, the pages that name this release's hash would refuse the
new loader. The words inside \`<pain-map>\` stay only if the script cannot run (it could not be
fetched, or \`integrity\` refused it); write them in the page's language, in Spanish: *El mapa
del dolor de espalda aparece aquí. Si no aparece, vuelva a cargar la página o pruebe con otro
navegador.*

For a site builder that strips scripts, frame \`embed.html\` instead:
\`<iframe data-painmap src="/painmap-${version}/embed.html?lang=en" title="Back pain map"
loading="lazy" style="width:100%;min-height:480px;border:0"></iframe>\`, with
\`<script src="/painmap-${version}/painmap-frame.js" defer></script>\` to size it.

## Files

| file | what | cache |
|---|---|---|
| \`painmap-embed.js\` | the loader, the entry point: defines \`<pain-map>\` and \`PainMap.mount\` | short |
| \`embed.html\`, \`embed.js\`, \`embed.css\` | the iframe page, for sites without scripts | short |
| \`painmap-frame.js\` | for the page that frames \`embed.html\`: sizes the frame to the widget | short |
| \`${glueName}\` | the JavaScript glue the loader imports | a year, immutable |
| \`${wasmName}\` | the widget itself (serve as \`application/wasm\`) | a year, immutable |
| \`painmap.css\` | the widget's stylesheet, for a page that calls the glue's \`mount\` itself (the loader has it from the first screen) | short |
| \`painmap-first-<language>.<hash>.html\` | the map as the widget first shows it, in each language (its stylesheet, then its markup), which the loader shows while the wasm loads (serve as \`text/html; charset=utf-8\`) | a year, immutable |
| \`painmap-<language>.<stamp>.txt\` | the words of each language but English, downloaded beside the glue when a person needs them (serve as \`text/plain; charset=utf-8\`) | a year, immutable |
| \`*.br\`, \`*.gz\` | brotli and gzip copies, for hosts that serve precompressed files | as the file |
| \`*.d.ts\` | TypeScript types | |
| \`manifest.json\` | every file with its size, SHA-384 (SRI) hash and cache (\`immutable\` or \`short\`); the version; the entry points | |
| \`README.md\`, \`CHANGELOG.md\`, \`LICENSE-MIT\`, \`LICENSE-APACHE\` | this file, the changes, the licences | |

## Caching and headers

- Hashed names (\`${glueName}\`, \`${wasmName}\`, the first screens, the language tables): \`Cache-Control: public, max-age=31536000,
  immutable\`. A new release has new names.
- The loader, \`embed.html\`, \`embed.js\`, \`embed.css\`, \`painmap-frame.js\`, \`painmap.css\`: short, such as
  \`Cache-Control: no-cache\` (or \`max-age=300\`), so a new release reaches every visitor.
- \`.wasm\` as \`application/wasm\`; brotli or gzip for \`.js\`, \`.wasm\`, \`.html\`, \`.css\`, \`.txt\`.
- Served from another origin than the clinic's pages (a CDN): \`Access-Control-Allow-Origin\`
  on every file, and that origin in the page's CSP \`script-src\` and \`connect-src\`.

See the project README, section Hosting, for server configurations.

To check a file against the manifest: \`openssl dgst -sha384 -binary FILE | openssl base64 -A\`
prints the part after \`sha384-\`.

Licence: MIT OR Apache-2.0, at your option (LICENSE-MIT, LICENSE-APACHE).
`;
}

// --- The zip, written by hand: no dependency, and every byte under our control. ---

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A zip of `entries` ([name, bytes], already sorted). Every entry is dated 1980-01-01 00:00
 * (the zip format's first day, as reproducible builds do), mode 0644. */
export function zip(entries) {
  const DOS_TIME = 0;
  const DOS_DATE = (0 << 9) | (1 << 5) | 1;
  const locals = [];
  const central = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const deflated = deflateRawSync(data, { level: 9 });
    // Already-compressed files (.br, .gz) do not shrink: stored as they are.
    const [method, body] = deflated.length < data.length ? [8, deflated] : [0, data];
    const fileName = Buffer.from(name, "utf8");
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, fileName, body);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE((3 << 8) | 20, 4); // made on Unix, so the mode below is read
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(method, 10);
    entry.writeUInt16LE(DOS_TIME, 12);
    entry.writeUInt16LE(DOS_DATE, 14);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(body.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(fileName.length, 28);
    entry.writeUInt32LE(0o100644 * 0x10000, 38); // a regular file, rw-r--r--
    entry.writeUInt32LE(offset, 42);
    central.push(entry, fileName);
    offset += local.length + fileName.length + body.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

// --- The release. ---

function main() {
  const outIndex = process.argv.indexOf("--out");
  const out = resolve(root, outIndex > 0 ? process.argv[outIndex + 1] : "dist");
  const version = cargoVersion();
  const read = (name) => {
    if (!existsSync(join(pkg, name))) fail(`pkg/${name} is missing: run \`make build\` first`);
    return readFileSync(join(pkg, name));
  };

  const loaderSource = read("painmap-embed.js").toString("utf8");
  if (!loaderSource.includes(JSON.stringify(version))) {
    fail(`pkg/painmap-embed.js does not carry version ${version}: run \`make build\` again`);
  }

  /** name → bytes, for everything in the folder but the manifest. */
  const files = new Map();

  // Leaf first: the wasm, then the glue that names it, then what names the glue.
  const wasm = read("painmap_bg.wasm");
  const wasmName = `painmap_bg.${hash8(wasm)}.wasm`;
  files.set(wasmName, wasm);

  // The other languages' words, which the wasm downloads beside the glue when needed.
  const tables = readdirSync(pkg).filter((name) => LANGUAGE_TABLE.test(name));
  if (tables.length === 0) fail("pkg/ has no language tables (painmap-<tag>.<stamp>.txt): run `make build` again");
  for (const name of tables) files.set(name, read(name));

  const glue = rewrite("painmap.js", read("painmap.js").toString("utf8"), '"painmap_bg.wasm"', `"${wasmName}"`);
  const glueName = `painmap.${hash8(glue.text)}.js`;
  files.set(glueName, Buffer.from(glue.text));

  // The first screens, which the loader fetches beside the glue: hashed like it, and the
  // loader pointed at them (the glue's rewrite below checks that none is left unhashed).
  const screens = readdirSync(pkg).filter((name) => FIRST_SCREEN.test(name)).sort();
  if (!screens.includes("painmap-first-en.html")) fail("pkg/ has no painmap-first-en.html: run `make build` again");
  let loaderText = loaderSource;
  for (const name of screens) {
    const bytes = read(name);
    const hashed = name.replace(/\.html$/, `.${hash8(bytes)}.html`);
    files.set(hashed, bytes);
    const from = `"./${name}"`;
    if (!loaderText.includes(from)) fail(`painmap-embed.js: ${from} not found; cannot point it at ${hashed}`);
    loaderText = loaderText.replaceAll(from, `"./${hashed}"`);
  }
  const loader = rewrite("painmap-embed.js", loaderText, '"./painmap.js"', `"./${glueName}"`);
  files.set("painmap-embed.js", Buffer.from(loader.text));

  const page = rewrite("embed.html", read("embed.html").toString("utf8"), 'href="painmap.js"', `href="${glueName}"`);
  files.set("embed.html", Buffer.from(page.text));

  for (const name of ["embed.js", "embed.css"]) files.set(name, read(name));
  // The widget's stylesheet, which mount() links beside the glue when a page gives it none.
  files.set("painmap.css", read("painmap.css"));
  files.set("painmap.d.ts", read("painmap.d.ts"));
  for (const name of ["painmap-frame.js", "painmap-embed.d.ts", "painmap-react.d.ts"]) files.set(name, read(name));
  for (const name of ["embed.js", "painmap-frame.js"]) {
    const left = files.get(name)?.toString("utf8").match(UNHASHED);
    if (left) fail(`${name}: names ${JSON.stringify(left[0])}, which the release has only under a hashed name`);
  }

  for (const name of ["LICENSE-MIT", "LICENSE-APACHE", "CHANGELOG.md"]) {
    files.set(name, readFileSync(join(root, name)));
  }
  files.set(
    "README.md",
    Buffer.from(
      hostReadme({ version, loaderIntegrity: sri(files.get("painmap-embed.js")), glueName, wasmName }),
    ),
  );

  for (const [name, bytes] of [...files]) {
    if (!COMPRESS.test(name)) continue;
    files.set(`${name}.br`, brotli(bytes));
    files.set(`${name}.gz`, gzip(bytes));
  }

  const names = [...files.keys()].sort();
  const manifest = {
    name: "painmap",
    version,
    entry: {
      loader: "painmap-embed.js",
      iframe: "embed.html",
      frame: "painmap-frame.js",
      glue: glueName,
      wasm: wasmName,
    },
    files: Object.fromEntries(
      names.map((name) => [
        name,
        {
          size: files.get(name).length,
          integrity: sri(files.get(name)),
          cache: HASHED.test(name) ? "immutable" : "short",
        },
      ]),
    ),
  };
  files.set("manifest.json", Buffer.from(JSON.stringify(manifest, null, 2) + "\n"));

  const folder = `painmap-${version}`;
  const dir = join(out, folder);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const sorted = [...files.keys()].sort();
  for (const name of sorted) writeFileSync(join(dir, name), files.get(name));
  const archive = zip(sorted.map((name) => [`${folder}/${name}`, files.get(name)]));
  writeFileSync(join(out, `${folder}.zip`), archive);

  const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
  console.log(`dist/${folder}/ (loader: ${loader.count} references to the glue rewritten)`);
  console.log(`${"file".padEnd(28)} ${"raw".padStart(10)} ${"brotli".padStart(10)}  integrity`);
  for (const name of sorted.filter((n) => !/\.(br|gz)$/.test(n))) {
    const br = files.get(`${name}.br`);
    console.log(
      `${name.padEnd(28)} ${String(files.get(name).length).padStart(10)} ${String(br?.length ?? "").padStart(10)}  ` +
        (manifest.files[name]?.integrity ?? ""),
    );
  }
  console.log(`dist/${folder}.zip: ${kib(archive.length)}, ${sorted.length} files`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
