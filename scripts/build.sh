#!/usr/bin/env bash
# The optimised widget in pkg/. `cargo build` would skip LTO for a crate that is also an rlib,
# so the cdylib is built with `cargo rustc --crate-type cdylib`.
set -euo pipefail
cd "$(dirname "$0")/.."

# The one version number: Cargo.toml's [workspace.package] version (the widget's and the core's). It reaches the wasm through
# env!("CARGO_PKG_VERSION"), and the loader, package.json and the release through here.
VERSION=$(awk '/^\[/ { section = $0 } section == "[workspace.package]" && /^version *=/ { gsub(/.*= *"|".*/, ""); print; exit }' Cargo.toml)
[[ "$VERSION" =~ ^[0-9]+\.[0-9]+\.[0-9]+ ]] || { echo "build.sh: no version in Cargo.toml's [workspace.package]" >&2; exit 1; }

cargo rustc --locked --release --target wasm32-unknown-unknown --lib --crate-type cdylib
rm -rf pkg
wasm-bindgen --target web --out-dir pkg "${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/release/painmap.wasm"
# The words of every language but English, which the wasm carries: one text table each,
# beside the wasm, downloaded when a person needs that language.
cargo run --locked --quiet -p painmap-core --example lang_tables -- pkg
# The first screen, rendered natively by the widget's own components, into index.html (between
# its markers), with its stylesheet as pkg/painmap.css (the wasm has no copy: the live widget
# uses the page's, the loader's, or links this file beside the glue). Before build-extras.mjs, which hashes
# index.html for the offline page.
cargo run --locked --quiet -p painmap-prerender -- pkg index.html
# The features rustc enables by default for wasm32-unknown-unknown; wasm-opt must accept them
# and must not introduce others that older phones lack. Rust's linker puts the stack (128 KiB,
# see build.rs) at address 0, growing down towards it, and the data above it: the low 1 KiB is
# never read or written (the deepest journey leaves most of the stack unused, tests/e2e/leaks
# measures it): wasm-opt may fold
# small constant offsets into loads (`--low-memory-unused`, 0.5 KiB of brotli). The producers
# section only names the compilers.
tools/node_modules/.bin/wasm-opt -Oz --converge --low-memory-unused --strip-producers \
  --enable-bulk-memory --enable-mutable-globals --enable-sign-ext \
  --enable-nontrapping-float-to-int --enable-reference-types --enable-multivalue \
  pkg/painmap_bg.wasm -o pkg/painmap_bg.wasm
# The glue's JSDoc and long names are paid by every phone; the exports keep their names.
tools/node_modules/.bin/terser pkg/painmap.js --module --ecma 2020 --compress passes=2 --mangle \
  -o pkg/painmap.js
node scripts/shorten-imports.mjs pkg/painmap
node scripts/types.mjs  # pkg/'s declarations: the glue's compile on lib ES2022; the loader's beside it
# The standalone page's own scripts, which index.html loads before the first answered tap:
# minified into pkg/ (www/ keeps the readable source), as pkg/boot.js and pkg/prerendered.js,
# which boot.js imports as its sibling, as in www/. The exports keep their names. In www/,
# boot.js reaches the glue as ../pkg/painmap.js; inside pkg/ it is its sibling, so that one
# path is rewritten (and the build fails if it was not found). ../sw.js stays: pkg/ is one
# folder down from the page, as www/ is. Before build-extras.mjs, which hashes them for the
# offline page.
for script in boot prerendered; do
  tools/node_modules/.bin/terser "www/$script.js" --module --ecma 2020 --compress --mangle \
    -o "pkg/$script.js"
done
sed -i 's#"\.\./pkg/painmap\.js"#"./painmap.js"#g' pkg/boot.js
grep -q '"./painmap.js"' pkg/boot.js
grep -q '"./prerendered.js"' pkg/boot.js
grep -q '"\.\./sw\.js"' pkg/boot.js
node --input-type=module - <<'JS'
import { readFileSync } from "node:fs";
// The minified prerendered.js exports what the source does (boot.js and the tests import them
// by name). It has no imports of its own, so each loads from its text.
const load = (path) => import(`data:text/javascript,${encodeURIComponent(readFileSync(path, "utf8"))}`);
const [source, minified] = await Promise.all([load("www/prerendered.js"), load("pkg/prerendered.js")]);
const names = (module) => Object.keys(module).map((name) => `${name}: ${typeof module[name]}`).join(", ");
if (names(source) !== names(minified)) {
  throw new Error(`build.sh: pkg/prerendered.js exports ${names(minified)}, not ${names(source)}`);
}
JS
node scripts/build-extras.mjs  # pkg/painmap-frame.js, and the offline page's pkg/sw-assets.js

# pkg/ is also the folder a clinic copies to its site, and the npm package: the loader and the
# iframe page go in too. In www/ they reach the glue as ../pkg/painmap.js; inside pkg/ it is
# their sibling, so that one path is rewritten (and the build fails if it was not found).
# Its one static import, www/prerendered.js (shared with boot.js), is inlined: the loader stays
# one file, and a page pays no extra round trip before it starts loading the wasm.
BUNDLED="${CARGO_TARGET_DIR:-target}/painmap-embed.bundled.js"
node --input-type=module - "$BUNDLED" <<'JS'
import { readFileSync, writeFileSync } from "node:fs";
const loader = readFileSync("www/painmap-embed.js", "utf8");
const line = /^import \{[^}]*\} from "\.\/prerendered\.js";\n/m;
if (!line.test(loader)) throw new Error("build.sh: the loader's import of ./prerendered.js was not found");
const shared = readFileSync("www/prerendered.js", "utf8").replace(/^export /gm, "");
const bundled = loader.replace(line, () => shared);
if (/^import /m.test(bundled)) throw new Error("build.sh: the loader has a static import left");
writeFileSync(process.argv[2], bundled);
JS
tools/node_modules/.bin/terser "$BUNDLED" --module --ecma 2020 --compress --mangle \
  -o pkg/painmap-embed.js
sed -i 's#"\.\./pkg/painmap\.js"#"./painmap.js"#g' pkg/painmap-embed.js
grep -q '"./painmap.js"' pkg/painmap-embed.js
# The first screens (one per language, beside the glue): the same rewrite.
sed -i 's#"\.\./pkg/painmap-first-#"./painmap-first-#g' pkg/painmap-embed.js
grep -q '"./painmap-first-en.html"' pkg/painmap-embed.js
# The loader's VERSION (PainMap.version, the painmap:ready detail) is a placeholder in www/.
grep -q '"0\.0\.0-dev"' pkg/painmap-embed.js
sed -i "s#\"0\\.0\\.0-dev\"#\"$VERSION\"#g" pkg/painmap-embed.js
grep -q "\"$VERSION\"" pkg/painmap-embed.js
# The loader's TABLES (the languages' text tables, which it downloads beside the wasm) is a
# placeholder in www/ too.
TABLES=$(ls pkg | grep -E '^painmap-[a-z]{2,3}\.[0-9a-f]{8}\.txt$' | tr '\n' ' ' | sed 's/ $//' || true)
grep -q '"painmap-tables-placeholder"' pkg/painmap-embed.js
sed -i "s#\"painmap-tables-placeholder\"#\"$TABLES\"#g" pkg/painmap-embed.js
grep -q "\"$TABLES\"" pkg/painmap-embed.js
# The licences go with the package (the loader's types and the iframe helper: see
# scripts/types.mjs and scripts/build-extras.mjs).
cp LICENSE-MIT LICENSE-APACHE pkg/
cp www/embed.js www/embed.css pkg/
sed 's#href="\.\./pkg/painmap\.js"#href="painmap.js"#' www/embed.html > pkg/embed.html
grep -q 'href="painmap.js"' pkg/embed.html
if grep -q '\.\./pkg/\|0\.0\.0-dev\|painmap-tables-placeholder' pkg/*.js pkg/embed.html; then
  echo "build.sh: a ../pkg/ path or the 0.0.0-dev placeholder is left in pkg/" >&2
  exit 1
fi
node --input-type=module - <<'JS'
import { existsSync, readFileSync, writeFileSync } from "node:fs";
// The package's name, version, description and licence come from Cargo.toml: [package], or
// [workspace.package] for what the two crates share.
const sections = readFileSync("Cargo.toml", "utf8").split(/^\[/m);
const section = (name) => sections.find((s) => s.startsWith(`${name}]`)) ?? "";
const field = (name) =>
  [section("package"), section("workspace.package")]
    .map((text) => text.match(new RegExp(`^${name}\\s*=\\s*"([^"]*)"`, "m"))?.[1])
    .find((value) => value !== undefined);
for (const file of ["painmap-embed.d.ts", "painmap-react.d.ts", "painmap-frame.js"]) {
  if (!existsSync(`pkg/${file}`)) throw new Error(`build.sh: pkg/${file} is missing`);
}
const pkg = {
  name: "painmap",
  version: field("version"),
  description: field("description"),
  license: field("license") ?? "MIT",
  ...(field("repository") ? { repository: { type: "git", url: field("repository") } } : {}),
  keywords: ["back pain", "massage", "widget", "wasm", "web component"],
  type: "module",
  main: "painmap.js",
  module: "painmap.js",
  types: "painmap.d.ts",
  // Only what is exported can be imported; tests/dist checks that npm packs every target.
  exports: {
    ".": { types: "./painmap.d.ts", default: "./painmap.js" },
    "./embed": { types: "./painmap-embed.d.ts", default: "./painmap-embed.js" },
    "./frame": "./painmap-frame.js",
    // Types only: React's JSX for <pain-map> (`import type {} from "painmap/react"`).
    "./react": { types: "./painmap-react.d.ts" },
    "./embed.html": "./embed.html",
    "./painmap.css": "./painmap.css",
    "./painmap_bg.wasm": "./painmap_bg.wasm",
    "./package.json": "./package.json",
  },
  files: [
    "painmap.js",
    "painmap.d.ts",
    "painmap_bg.wasm",
    "painmap_bg.wasm.d.ts",
    "painmap-embed.js",
    "painmap-embed.d.ts",
    // The first screen of each language, which the loader shows before the wasm.
    "painmap-first-*.html",
    // The widget's stylesheet, which mount() links beside the glue when given no sheet.
    "painmap.css",
    "painmap-react.d.ts",
    "painmap-frame.js",
    "embed.html",
    "embed.js",
    "embed.css",
    "README.md",
    "LICENSE-MIT",
    "LICENSE-APACHE",
  ],
  sideEffects: ["./painmap-embed.js", "./embed.js", "./painmap-frame.js"],
};
writeFileSync("pkg/package.json", JSON.stringify(pkg, null, 2) + "\n");
JS
cat > pkg/README.md <<'MD'
# painmap

A back-pain map and massage advice widget that runs entirely in the browser (Rust +
WebAssembly). Nothing the person enters leaves their device: no requests to other origins, no
cookies, only `sessionStorage` for the open tab.

Copy this folder to your site (for example as `/painmap/`), then add two lines where the widget
should appear:

```html
<script type="module" src="/painmap/painmap-embed.js"></script>
<pain-map data-clinic-name="Riverside Massage Clinic" data-lang="en"></pain-map>
```

Or from JavaScript: `import init, { mount } from "painmap"; await init();
const handle = mount(element, { lang: "es" });` (`handle.destroy()`, `reset()`, `summary()`).
The widget's stylesheet is `painmap.css`, which `mount` links beside `painmap.js` (keep them
side by side; a bundler that moves the glue must copy it too).
Sites that strip scripts can use the iframe page: `<iframe src="/painmap/embed.html?lang=en">`.

Every setting, the events, the iframe messages and the CSP needs (`script-src 'self'
'wasm-unsafe-eval'`) are described in the project's README, section "Embed it".

Licence: MIT OR Apache-2.0, at your option (LICENSE-MIT, LICENSE-APACHE).
MD
# The .br and .gz copies serve.py sends to browsers that accept them (as a clinic's host would
# send the release's): of pkg/ and of what the page, the examples and the iframe page load.
# Not www/css/: those sheets are built into pkg/painmap.css (build.rs watches that folder).
node scripts/compress.mjs pkg index.html sw.js www/examples $(find www -maxdepth 1 -type f | sort)
echo "pkg/ built: $(wc -c < pkg/painmap_bg.wasm) bytes of wasm"
