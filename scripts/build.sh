#!/usr/bin/env bash
# The optimised widget in pkg/. `cargo build` would skip LTO for a crate that is also an rlib,
# so the cdylib is built with `cargo rustc --crate-type cdylib`.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo rustc --locked --release --target wasm32-unknown-unknown --lib --crate-type cdylib
rm -rf pkg
wasm-bindgen --target web --out-dir pkg "${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/release/painmap.wasm"
# The features rustc enables by default for wasm32-unknown-unknown; wasm-opt must accept them
# and must not introduce others that older phones lack.
tools/node_modules/.bin/wasm-opt -Oz --converge \
  --enable-bulk-memory --enable-mutable-globals --enable-sign-ext \
  --enable-nontrapping-float-to-int --enable-reference-types --enable-multivalue \
  pkg/painmap_bg.wasm -o pkg/painmap_bg.wasm
# The glue's JSDoc and long names are paid by every phone; the exports keep their names.
tools/node_modules/.bin/terser pkg/painmap.js --module --ecma 2020 --compress passes=2 --mangle \
  -o pkg/painmap.js
node scripts/shorten-imports.mjs pkg/painmap
echo "pkg/ built: $(wc -c < pkg/painmap_bg.wasm) bytes of wasm"
