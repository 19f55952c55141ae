#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds stretch and its benchmark in Release mode and prints the figures: how long a clean
# build and a rebuild after one change take, startup time, large input, a long history,
# CPU and memory during a hold, and how late a 30-second routine ends. Takes a few minutes.
# Usage: tests/bench/run.sh [BUILD_DIR]   (default: build-bench; BUILD_DIR-self-contained too)
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build-bench}
jobs=$(nproc)
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

# The default configuration, as the README's test command builds it, without ccache.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cmake -S . -B "$scratch" -DCMAKE_CXX_COMPILER_LAUNCHER= >/dev/null
start=$(now)
cmake --build "$scratch" -j "$jobs" >/dev/null
clean=$(since "$start")
touch src/plan/plan.cpp
start=$(now)
cmake --build "$scratch" -j "$jobs" >/dev/null
plan=$(since "$start")
touch src/cli/cli.cpp
start=$(now)
cmake --build "$scratch" -j "$jobs" --target stretch >/dev/null
cli=$(since "$start")
echo "Build, default configuration, $jobs jobs:"
printf '  clean build, tests included  %6s s                     target < 180 s\n' "$clean"
printf '  after changing plan.cpp      %6s s                     target < 6 s\n' "$plan"
printf '  after changing cli.cpp       %6s s   (CLI11 is compiled in this file only)\n' "$cli"
echo

# The figures: a Release build, as installed (linked against the system's libfmt and C++
# runtime), and the self-contained build beside it for start-up and memory.
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j "$jobs" --target stretch stretch_bench >/dev/null
cmake -S . -B "$build-self-contained" -DCMAKE_BUILD_TYPE=Release -DSTRETCH_SELF_CONTAINED=ON >/dev/null
cmake --build "$build-self-contained" -j "$jobs" --target stretch stretch_hello >/dev/null
echo "Release build ($(uname -m), $(nproc) cores)"
STRETCH_BENCH_SELF_CONTAINED="$(cd "$build-self-contained" && pwd)/stretch" \
STRETCH_BENCH_SELF_CONTAINED_HELLO="$(cd "$build-self-contained" && pwd)/tests/stretch_hello" "$build/tests/stretch_bench"
