#!/usr/bin/env bash
# Installs what building the widget needs, and nothing that is already there: the wasm target,
# wasm-bindgen-cli at the exact version in Cargo.lock, and binaryen's wasm-opt from npm.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  rustup target add wasm32-unknown-unknown
fi

want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)
if [ "$have" != "$want" ]; then
  echo "Installing wasm-bindgen-cli $want (Cargo.lock) in place of '${have:-none}'; this takes a few minutes."
  cargo install wasm-bindgen-cli --version "$want"
fi

scripts/npm-install.sh tools
