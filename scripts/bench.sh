#!/usr/bin/env bash
# Builds the native Release tree and runs the core benchmark (10,000 touchpoints × 4 key factors ×
# 1–2 standards): prints load, lint, convert and export times against their budgets.
#   scripts/bench.sh [--runs N] [--touchpoints N]
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build/native -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build/native -j2 --target blueprint_bench
# On virtual machines a first touch of a fresh 4 KiB page costs ~20 µs, which dominates parsing or
# writing 50–75 MB. glibc can back large allocations with transparent huge pages (2 MiB) instead;
# BENCH_SMALL_PAGES=1 measures without them. The figures with both are in the README.
if [ -z "${BENCH_SMALL_PAGES:-}" ]; then
  export GLIBC_TUNABLES="glibc.malloc.hugetlb=1${GLIBC_TUNABLES:+:$GLIBC_TUNABLES}"
  echo "allocator: transparent huge pages for large blocks (GLIBC_TUNABLES=$GLIBC_TUNABLES)"
else
  echo "allocator: glibc defaults (4 KiB pages)"
fi
exec build/native/blueprint_bench "$@"
