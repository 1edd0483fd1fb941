#!/usr/bin/env bash
# Builds the widget as it was at a git ref, beside the working tree, for `make bench` to
# compare against; prints the folder that holds that build (its own index.html, www/ and pkg/,
# with the .br and .gz copies the working tree's build would write; the bench serves it with
# the working tree's scripts/serve.py).
#
#   scripts/bench-ref.sh [REF]    REF: default the last release tag, else HEAD~1
#
# The ref's files come from `git archive` into target/bench/<sha>/ and are built there with the
# ref's own Makefile (or scripts/build.sh), so a ref from before any change to the build is
# built the way it was then. A folder whose build finished is kept: the same commit is never
# built twice. Its cargo output goes to target/bench/cargo/, seeded once from target/ (the
# dependencies rarely change between two refs, so only the widget itself is compiled).
set -euo pipefail
cd "$(dirname "$0")/.."
here=$(pwd)

ref=${1:-}
if [ -z "$ref" ]; then
  ref=$(git describe --tags --abbrev=0 2>/dev/null || echo HEAD~1)
fi
sha=$(git rev-parse --verify --quiet "$ref^{commit}") || {
  echo "bench-ref.sh: '$ref' names no commit" >&2
  exit 1
}
tree="$here/target/bench/$sha"

# The .br and .gz copies the working tree's build writes, made by its own scripts/compress.mjs
# for the ref's files too (a ref from before the copies has none; an up-to-date copy is kept),
# so the bench serves both builds with the same content coding.
compress() {
  local paths=()
  for path in pkg index.html sw.js www; do
    if [ -e "$tree/$path" ]; then paths+=("$tree/$path"); fi
  done
  node "$here/scripts/compress.mjs" "${paths[@]}" >&2
}

if [ -f "$tree/.built" ]; then
  compress
  echo "$tree"
  exit 0
fi

# Everything below talks on stderr: stdout is the folder's name, for the caller.
exec 3>&1 1>&2
echo "bench-ref.sh: building $ref ($sha) in $tree"
rm -rf "$tree"
mkdir -p "$tree"
git archive "$sha" | tar -x -C "$tree"
# The archive's files carry the commit's time, older than the shared cargo output of another
# tree (whose crates have the same metadata hashes): cargo would then keep that tree's build
# script output (the generated languages, for one) as up to date. Files as new as now make it
# run this ref's own build scripts.
find "$tree" -type f -exec touch {} +

# Cargo looks upward for a workspace; a ref from before this repository was one would find the
# working tree's and refuse to build. An empty [workspace] makes the ref its own.
if ! grep -q '^\[workspace\]' "$tree/Cargo.toml"; then
  printf '\n[workspace]\n' >> "$tree/Cargo.toml"
fi

# The build tools (wasm-opt, terser): ours when the ref locks the same versions, else its own.
if [ -f "$tree/tools/package-lock.json" ] && cmp -s tools/package-lock.json "$tree/tools/package-lock.json" \
  && [ -d tools/node_modules ]; then
  ln -s "$here/tools/node_modules" "$tree/tools/node_modules"
fi

# wasm-bindgen's CLI must match the ref's Cargo.lock. Another version is installed under
# target/bench/ and put first on the PATH, never over the one this tree builds with.
want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$tree/Cargo.lock")
have=$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)
if [ -n "$want" ] && [ "$want" != "$have" ]; then
  bindgen="$here/target/bench/wasm-bindgen-$want"
  [ -x "$bindgen/bin/wasm-bindgen" ] || cargo install --locked --root "$bindgen" wasm-bindgen-cli --version "$want"
  export PATH="$bindgen/bin:$PATH"
fi

cargo_dir="$here/target/bench/cargo"
if [ ! -d "$cargo_dir" ]; then
  mkdir -p "$cargo_dir"
  for part in release wasm32-unknown-unknown; do
    if [ -d "target/$part" ]; then cp -a "target/$part" "$cargo_dir/"; fi
  done
fi

cd "$tree"
if grep -q '^build:' Makefile 2>/dev/null; then
  CARGO_TARGET_DIR="$cargo_dir" make build
else
  CARGO_TARGET_DIR="$cargo_dir" scripts/build.sh
fi
[ -f pkg/painmap_bg.wasm ] || {
  echo "bench-ref.sh: the build of $ref left no pkg/painmap_bg.wasm" >&2
  exit 1
}
compress
touch .built
echo "$tree" >&3
