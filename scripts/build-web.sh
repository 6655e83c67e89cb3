#!/usr/bin/env bash
# Builds the designer for the browser into build/web/site: index.html, page.js, designer.js,
# designer.wasm, fonts/ui.ttf (derived from Debian's fonts-wqy-microhei) and samples/.
# Release: -O2, no assertions, no debug info, wasm exceptions. Incremental: quick when nothing changed.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
if [ ! -f build/web/CMakeCache.txt ]; then
  emcmake cmake -S . -B build/web -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
cmake --build build/web -j2
echo "build-web: $(pwd)/build/web/site"
