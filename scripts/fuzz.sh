#!/usr/bin/env bash
# Builds the libFuzzer harness (tests/fuzz, clang-14 with ASan + UBSan, in build/fuzz) and runs it on a
# corpus seeded from the samples. Findings (crash-*, leak-*, timeout-*) land in build/fuzz/findings/.
#   scripts/fuzz.sh [--seconds N] [--jobs N]     default: 60 seconds, 1 job
# A longer run (e.g. an hour on both cores) keeps what it learns in build/fuzz/corpus between runs:
#   bash scripts/fuzz.sh --seconds 3600 --jobs 2
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=60
jobs=1
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    *) echo "usage: scripts/fuzz.sh [--seconds N] [--jobs N]" >&2; exit 2 ;;
  esac
done
CC=clang-14 CXX=clang++-14 cmake -S . -B build/fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBP_FUZZ=ON >/dev/null
cmake --build build/fuzz -j"$(nproc)" --target blueprint_fuzz
mkdir -p build/fuzz/corpus build/fuzz/findings
root=$(pwd)
# 4 MB inputs at most (the parser's limits are tested on bigger files by the unit tests); 2 GB of memory.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:${UBSAN_OPTIONS:-}"
args=(-max_total_time="$seconds" -dict="$root/tests/fuzz/blueprint.dict" -max_len=4194304 -rss_limit_mb=2048
      -timeout=20 -print_final_stats=1 -artifact_prefix="$root/build/fuzz/findings/")
if [ "$jobs" -gt 1 ]; then args+=(-jobs="$jobs" -workers="$jobs"); fi
# From build/fuzz: with --jobs, libFuzzer writes each job's log (fuzz-N.log) to the current directory.
cd build/fuzz
status=0
./blueprint_fuzz "${args[@]}" corpus fuzz-seeds || status=$?
if [ "$jobs" -gt 1 ]; then grep -h -E "DONE|ERROR|SUMMARY|fuzz finding|stat::average" fuzz-*.log || true; fi
exit $status
