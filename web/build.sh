#!/usr/bin/env bash
# Builds the page's compiler: web/ for wasm32-unknown-unknown, then
# wasm-bindgen's JS glue into www/pkg/. Run from anywhere.
set -euo pipefail
cd "$(dirname "$0")"

# Must equal the `wasm-bindgen = "=…"` pin in Cargo.toml.
WASM_BINDGEN_VERSION=0.2.130

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  rustup target add wasm32-unknown-unknown
fi
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  # Not --locked: the lock file published with 0.2.130 names a yanked
  # webpki-roots (1.0.11), which --locked cannot resolve. No default features:
  # the TLS stack is for downloads this build never makes (half the build time;
  # the same output).
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --no-default-features
fi

cargo build --release --locked --target wasm32-unknown-unknown
rm -rf www/pkg
wasm-bindgen --target web --no-typescript --out-dir www/pkg \
  target/wasm32-unknown-unknown/release/pasal_web.wasm
printf 'www/pkg/pasal_web_bg.wasm: %s bytes\n' "$(wc -c < www/pkg/pasal_web_bg.wasm)"
