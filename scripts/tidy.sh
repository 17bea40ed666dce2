#!/usr/bin/env bash
# clang-tidy (.clang-tidy) on the C++ sources a change touched: since BASE (default: the parent
# commit). Needs a configured build with compile_commands.json: BUILD_DIR (default build/ci).
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:-HEAD~1}
build=${BUILD_DIR:-build/ci}
git rev-parse -q --verify "$base^{commit}" >/dev/null || base=$(git rev-list --max-parents=0 HEAD)
mapfile -t files < <(git diff --name-only --diff-filter=d "$base" -- '*.cpp' | grep -v '^tests/' || true)
[ ${#files[@]} -eq 0 ] && { echo "clang-tidy: no C++ source changed since $base"; exit 0; }
echo "clang-tidy on ${#files[@]} file(s) changed since $base"
clang-tidy -p "$build" --quiet "${files[@]}" 2>&1 | grep -v "warnings generated" || true
clang-tidy -p "$build" --quiet "${files[@]}" >/dev/null 2>&1
