#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Sources the bash completion and checks what it offers: commands, option values, routine
# names (from the built program) and routine files.
# Usage: test_bash.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1
source_dir=$2
work=$(mktemp -d)
trap 'command -p rm -rf "$work"' EXIT
cd "$work"
mkdir folder
touch mine.stretch notes.txt
mkdir -p "$work/.config/stretch/routines" "$work/bin"
ln -s "$build/stretch" "$work/bin/stretch"
# Only what the test put there: the program, and bash's builtins.
export HOME="$work" PATH="$work/bin" XDG_CONFIG_HOME="$work/.config" XDG_STATE_HOME="$work/.local/state" \
  XDG_DATA_HOME="$work/.local/share" XDG_DATA_DIRS="$work/system/share" XDG_CACHE_HOME="$work/.cache"
source "$source_dir/completions/stretch.bash"
fail=0
expect() {
  local want=$1
  shift
  COMP_WORDS=("$@")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMPREPLY=()
  _stretch || true
  local got="${COMPREPLY[*]}"
  if [ "$got" != "$want" ]; then
    echo "FAIL: [$*] gives [$got], expected [$want]"
    fail=1
  fi
}
expect "calf" stretch ca
expect "history" stretch hi
expect "check" stretch che
expect "auto always never" stretch calf --color ""
expect "always" stretch list --color al
expect "left right both" stretch show calf --side ""
expect "big-toe" stretch new mine --from bi
expect "routines installed history config builtins" stretch path ""
expect "tones bell off" stretch calf --sound ""
expect "light" stretch calf --theme l
expect "--source --side --scale" stretch show calf --s
expect "calf" stretch --reps 2 ca
expect "midrun mine.stretch" stretch check m
expect "folder" stretch check fo
expect "midrun mine.stretch" stretch show mi
expect "" stretch new ""
expect "--lint --strict --color --theme --help" stretch check --
expect "--no-status" stretch calf --no-s
expect "--no-notify" stretch calf --no-n
expect "import" stretch imp
expect "list" stretch remind li
expect "hold history" stretch h
expect "" stretch hold ""
# Reminders, as timers left for when systemd runs: `remind remove` offers their routines.
command -p mkdir -p "$work/.config/systemd/user"
for routine in calf daily; do
  printf '# routine: %s\n[Timer]\nOnCalendar=*-*-* 07:30:00\n' "$routine" >"$work/.config/systemd/user/stretch-remind-$routine.timer"
done
expect "calf daily" stretch remind remove ""
expect "daily" stretch remind remove d
expect "" stretch remind remove calf ""
expect "--names --help" stretch remind list --
# Routines of the user's own complete too.
: > "$work/.config/stretch/routines/hamstring.stretch"
expect "hamstring" stretch ham
[ "$(complete -p stretch)" = "complete -F _stretch stretch" ] || { echo "FAIL: not registered"; fail=1; }
exit $fail
