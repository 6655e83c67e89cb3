#!/usr/bin/env bash
# Builds the designer for the browser into build/web/site: html, js, wasm and the derived font.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
emcmake cmake -S . -B build/web -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build/web -j"$(nproc)"
