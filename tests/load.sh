#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The suite on a busy machine: two CPU hogs (stress-ng, from Debian) run the whole time,
# and the suite must pass RUNS times in a row (3 unless told). Tests wait for events with
# deadlines and compare times with tolerances they state; this proves it.
# Usage: tests/load.sh BUILD_DIR [RUNS]
set -euo pipefail
build=${1:?usage: tests/load.sh BUILD_DIR [RUNS]}
runs=${2:-3}
command -v stress-ng >/dev/null || { echo "load.sh: stress-ng is not installed (apt-get install stress-ng)" >&2; exit 1; }
stress-ng --cpu 2 --timeout 0 --quiet &
hogs=$!
trap 'kill "$hogs" 2>/dev/null; wait "$hogs" 2>/dev/null || true' EXIT
for run in $(seq "$runs"); do
  echo "load.sh: run $run of $runs, with two CPU hogs"
  start=$(date +%s)
  if ! ctest --test-dir "$build" --output-on-failure -j "$(nproc)" >"$build/load-$run.log" 2>&1; then
    tail -n 60 "$build/load-$run.log"
    echo "load.sh: run $run failed under load" >&2
    exit 1
  fi
  echo "load.sh: run $run passed in $(( $(date +%s) - start )) s"
done
