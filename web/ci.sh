#!/usr/bin/env bash
# CI for the browser page (web/): the wasm target, wasm-bindgen-cli (pinned in
# build.sh), Debian's chromium, the npm packages, the build, the glue's unit
# tests and the page test in headless Chromium. Run from anywhere.
set -euo pipefail
cd "$(dirname "$0")"
start=$SECONDS
step() { printf -- '-- web [%ss] %s\n' "$((SECONDS - start))" "$*"; }

step "chromium"
if [ ! -x /usr/bin/chromium ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
/usr/bin/chromium --version

step "native binary (the test compares the page with it)"
(cd .. && cargo build --release --locked)

step "format and lints of the exports"
cargo fmt -- --check
cargo clippy --all-targets --locked -- -D warnings

step "unit tests of the exports (native)"
cargo test --locked

step "build (wasm32 + wasm-bindgen)"
./build.sh

step "npm ci (playwright-core, no browser download)"
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund

step "page test (headless Chromium)"
node --test test/

step "done"
