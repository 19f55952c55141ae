#!/usr/bin/env bash
# Builds stretch and its benchmark in Release mode and prints the figures: startup time,
# CPU and memory during a hold, and how late a 30-second routine ends. Takes about 80 s.
# Usage: tests/bench/run.sh [BUILD_DIR]   (default: build-bench)
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build-bench}
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j "$(nproc)" --target stretch stretch_bench >/dev/null
"$build/tests/stretch_bench"
