#!/usr/bin/env bash
# Checks the fish completion with fish's own `complete -C`. Exits 77 (skipped) without fish.
# Usage: test_fish.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
command -v fish >/dev/null || { echo "skipped: no fish"; exit 77; }
build=$1
source_dir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
export HOME="$work" PATH="$build:$PATH"
fish -n "$source_dir/completions/stretch.fish"
complete() { fish -c "source '$source_dir/completions/stretch.fish'; complete -C '$1'" | cut -f1 | tr '\n' ' '; }
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
expect "builtins history routines " "stretch path "
expect "--source " "stretch show calf --so"
exit $fail
