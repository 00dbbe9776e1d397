#!/usr/bin/env bash
# Fuzz every reader of pasal with cargo-fuzz (libFuzzer).
#
#   bash fuzz/run.sh                 # each target for 60 s
#   bash fuzz/run.sh 600             # each target for 600 s
#   bash fuzz/run.sh 10 policy case  # some targets only
#   FUZZ_RUNS=3000 FUZZ_SEED=1 bash fuzz/run.sh   # a fixed number of runs from a
#                                    # fixed seed: the same inputs every time (CI)
#
# The seed corpus is made from the repository's own files (policies, fixtures,
# examples) into fuzz/corpus/<target>/ (not committed). A crash is written to
# fuzz/artifacts/<target>/; keep its input as a regression test in tests/.
# cargo-fuzz needs nightly features: the stable toolchain is used with
# RUSTC_BOOTSTRAP=1 unless a nightly toolchain is installed. The crate forbids
# unsafe code, so no sanitizer runs by default (FUZZ_SANITIZER=address to add
# one); inputs are capped at FUZZ_MAX_LEN bytes (4096).
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-60}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(policy fmt_roundtrip case screen_jsonl screen_csv import)
fi

if ! cargo fuzz --version >/dev/null 2>&1; then
  cargo install cargo-fuzz --locked
fi
toolchain=()
if rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
  toolchain=(+nightly)
else
  export RUSTC_BOOTSTRAP=1
fi

seed() {
  local dir="corpus/$1"
  shift
  mkdir -p "$dir"
  for f in "$@"; do
    [ -f "$f" ] && cp "$f" "$dir/$(basename "$f")"
  done
  return 0
}
shopt -s nullglob globstar
seed policy ../policies/**/*.pasal ../tests/fixtures/**/*.pasal
seed fmt_roundtrip ../policies/**/*.pasal ../tests/fixtures/fmt/**/*.pasal
seed case ../examples/*.json ../tests/fixtures/**/*.json
seed screen_jsonl ../examples/*.jsonl
seed screen_csv ../examples/*.csv
seed import ../tests/fixtures/import/* ../../shared/seeds/*.txt

# Build first, so that a build failure fails the run (the runs below are filtered).
cargo "${toolchain[@]}" fuzz build --sanitizer "${FUZZ_SANITIZER:-none}"

for t in "${targets[@]}"; do
  limit=(-max_total_time="$seconds")
  what="${seconds} s"
  if [ -n "${FUZZ_RUNS:-}" ]; then
    limit=(-runs="$FUZZ_RUNS" -seed="${FUZZ_SEED:-1}")
    what="$FUZZ_RUNS runs from seed ${FUZZ_SEED:-1}"
  fi
  echo "== fuzz $t ($what)"
  cargo "${toolchain[@]}" fuzz run --sanitizer "${FUZZ_SANITIZER:-none}" "$t" "corpus/$t" -- \
    "${limit[@]}" -max_len="${FUZZ_MAX_LEN:-4096}" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 2>&1 |
    grep -E '^(stat::|==|INFO: Running|Done|#[0-9]+ *DONE)|panicked|ERROR' || true
  if [ -n "$(ls -A "artifacts/$t" 2>/dev/null)" ]; then
    echo "crash inputs in fuzz/artifacts/$t" >&2
    exit 1
  fi
done
