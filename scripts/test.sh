#!/usr/bin/env bash
# Sets up what is missing, builds everything and runs every test:
#   native unit + headless UI tests (Release), the same under ASan+UBSan, a minute of fuzzing, the web build, and the
#   browser end-to-end and schema tests in headless Chromium. Fast when nothing changed.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)

bash scripts/setup.sh
source scripts/env.sh

step() { printf '\n== %s\n' "$*"; }

step "native build (Release)"
cmake -S . -B build/native -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build/native -j"$jobs"
step "unit and headless UI tests"
ctest --test-dir build/native --output-on-failure -j"$jobs"

step "sanitizer build (ASan + UBSan)"
cmake -S . -B build/asan -DCMAKE_BUILD_TYPE=Debug -DBP_SANITIZE=ON >/dev/null
cmake --build build/asan -j"$jobs"
step "unit and headless UI tests under ASan + UBSan"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build/asan --output-on-failure -j"$jobs"

step "fuzzer: load → lint → convert → exports → save → reload, 60 s (scripts/fuzz.sh; longer runs in the README)"
bash scripts/fuzz.sh --seconds 60

step "web build"
bash scripts/build-web.sh

step "browser end-to-end and schema tests"
# A bound on the whole run (about 15 minutes on two cores): a browser that never exits fails the run here
# instead of holding it until the CI's own limit.
timeout --kill-after=30s 45m node --test tests/js/
echo
echo "all tests passed"
