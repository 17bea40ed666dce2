#!/usr/bin/env bash
# Installs what is missing, builds Dealboard and starts it (sample data offered on first run).
# Extra arguments go to the app, e.g. scripts/run.sh --db demo.db --lang fr
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default --target dealboard dealboard-cli
exec build/default/app/gui/dealboard "$@"
