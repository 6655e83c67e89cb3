#!/usr/bin/env bash
# Builds the native Release tree and runs the core benchmark (10,000 touchpoints × 4 key factors ×
# 1–2 standards): prints load, lint, convert and export times against their budgets.
#   scripts/bench.sh [--runs N] [--touchpoints N]
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build/native -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build/native -j2 --target blueprint_bench
exec build/native/blueprint_bench "$@"
