#!/usr/bin/env bash
# CI for the VS Code extension: install exactly what package-lock.json pins, run the
# grammar and extension tests, and build the .vsix. Any failure fails the script.
set -euo pipefail
cd "$(dirname "$0")"

start=$SECONDS
step() { printf '\n== vscode [%ss] %s\n' "$((SECONDS - start))" "$*"; }

step "node and npm"
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "node and npm not found: the VS Code extension needs Node.js 20 or later" >&2
  exit 1
fi
node --version
npm --version

step "npm ci"
npm ci --no-audit --no-fund --ignore-scripts   # no install scripts are needed to test or package

step "extension.js against stand-ins for the VS Code API"
node test/extension.test.js

step "grammar: scope assertions (vscode-tmgrammar-test)"
npx --no-install vscode-tmgrammar-test 'test/syntax/*.test.pasal'

step "grammar: every bundled policy, checked token by token"
node test/policies.js

step "package the .vsix"
rm -f ./*.vsix
npx --no-install vsce package --allow-missing-repository --out "pasal-$(node -p 'require("./package.json").version').vsix"
ls -l ./*.vsix

step "done"
