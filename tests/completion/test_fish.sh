#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Checks the fish completion with fish's own `complete -C`. Exits 77 (skipped) without fish.
# Usage: test_fish.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
command -v fish >/dev/null || { echo "skipped: no fish"; exit 77; }
build=$1
source_dir=$2
work=$(mktemp -d)
trap 'command -p rm -rf "$work"' EXIT
cd "$work"
fish=$(command -v fish)
mkdir -p "$work/bin"
ln -s "$build/stretch" "$work/bin/stretch"
for tool in cut tr; do ln -s "$(command -v $tool)" "$work/bin/$tool"; done
export HOME="$work" PATH="$work/bin" XDG_CONFIG_HOME="$work/.config" XDG_STATE_HOME="$work/.local/state" \
  XDG_DATA_HOME="$work/.local/share" XDG_DATA_DIRS="$work/system/share" XDG_CACHE_HOME="$work/.cache"
"$fish" -n "$source_dir/completions/stretch.fish"
complete() { "$fish" -c "source '$source_dir/completions/stretch.fish'; complete -C '$1'" | cut -f1 | tr '\n' ' '; }
fail=0
expect() {
  local got
  got=$(complete "$2")
  if [ "$got" != "$1" ]; then
    echo "FAIL: [$2] gives [$got], expected [$1]"
    fail=1
  fi
}
expect "calf " "stretch ca"
expect "both left right " "stretch calf --side "
expect "builtins config history routines " "stretch path "
expect "bell off tones " "stretch calf --sound "
expect "--source " "stretch show calf --so"
exit $fail
