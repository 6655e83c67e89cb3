#!/usr/bin/env bash
# Builds the web app and prints its budget figures: page transfer, font size, release checks, first
# drawn frame in headless Chromium, frame CPU time and idle frames. RUNS=<n> sets the first-frame runs.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build-web.sh >/dev/null
exec node scripts/budgets.mjs
