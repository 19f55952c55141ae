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
expect "builtins config history installed routines " "stretch path "
expect "bell off tones " "stretch calf --sound "
expect "--source " "stretch show calf --so"
# Files: routine files and folders only, where a routine may come; nothing after a routine.
command -p mkdir -p "$work/sub"
: >"$work/notes.txt"
: >"$work/my.stretch"
expect "ankle big-toe bin/ calf daily laces midrun my.stretch sub/ " "stretch check "
expect "bin/ my.stretch sub/ " "stretch import "
expect "" "stretch calf "
expect "" "stretch show calf "
expect "ankle big-toe bin/ calf daily laces midrun my.stretch sub/ " "stretch check calf "
expect "ankle big-toe calf daily laces midrun " "stretch edit "
# Reminders, as timers left for when systemd runs: `remind remove` offers their routines.
command -p mkdir -p "$work/.config/systemd/user"
for routine in calf daily; do
  printf '# routine: %s\n[Timer]\nOnCalendar=*-*-* 07:30:00\n' "$routine" >"$work/.config/systemd/user/stretch-remind-$routine.timer"
done
expect "calf daily " "stretch remind remove "
expect "" "stretch remind remove calf "
expect "ankle big-toe calf daily laces list midrun remove " "stretch remind "
exit $fail
