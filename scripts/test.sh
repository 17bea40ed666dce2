#!/usr/bin/env bash
# Installs what is missing, checks formatting, builds core alone (no GUI packages used), builds
# everything with warnings as errors, then runs the whole CTest suite headless inside a D-Bus
# session with an unlocked gnome-keyring (the real Secret Service for keychain tests).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh

echo "== clang-format"
scripts/check-format.sh

echo "== core, CLI and core tests with DEALBOARD_GUI=OFF"
cmake --preset core-only >/dev/null
cmake --build --preset core-only
ctest --preset core-only --parallel 2

echo "== full build, warnings as errors"
cmake --preset ci >/dev/null
cmake --build --preset ci

echo "== clang-tidy on the files the last commit changed"
scripts/tidy.sh

echo "== all tests"
export QT_QPA_PLATFORM=offscreen
test_home=$(mktemp -d)
trap 'rm -rf "$test_home"' EXIT
HOME="$test_home" XDG_RUNTIME_DIR="$test_home" dbus-run-session -- sh -c \
    'printf dealboard | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec ctest --preset ci --parallel 2'
