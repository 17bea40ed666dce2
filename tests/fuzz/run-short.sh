#!/usr/bin/env bash
# A short, bounded libFuzzer run of the CSV reader, for the test suite (CTest: fuzz_csvreader_short).
# Builds tests/fuzz with clang apart from the main (GCC) build, then fuzzes from the seed corpus.
#   tests/fuzz/run-short.sh [BUILD_DIR] [RUNS]
# Fails on a crash (the input is kept in BUILD_DIR/run/); exits 77 (skipped) without clang++.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="${1:-${TMPDIR:-/tmp}/dealboard-fuzz}"
runs="${2:-20000}"

command -v clang++ >/dev/null || { echo "clang++ is missing (scripts/install-deps.sh): skipped" >&2; exit 77; }
launcher=()
if command -v ccache >/dev/null; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" >/dev/null
cmake --build "$build" --target fuzz_csvreader

# The seeds are copied: what the run adds to its corpus stays out of the source tree.
work="$build/run"
rm -rf "$work"
mkdir -p "$work/corpus"
cp "$here"/corpus/* "$work/corpus/"
cd "$work"
"$build/fuzz_csvreader" -runs="$runs" -max_len=4096 -seed="${FUZZ_SEED:-1}" -timeout=10 \
    -rss_limit_mb=1024 -artifact_prefix="$work/" -print_final_stats=1 corpus
