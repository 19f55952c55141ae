#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Checks the zsh completion as a user meets it: an interactive zsh in a pseudo-terminal
# (zsh's own zpty), Tab pressed after a command line, and what zsh then shows. Exits 77
# (skipped) without zsh.
# Usage: test_zsh.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
command -v zsh >/dev/null || { echo "skipped: no zsh"; exit 77; }
build=$1
source_dir=$2
zsh=$(command -v zsh)
work=$(mktemp -d)
trap 'command -p rm -rf "$work"' EXIT
cd "$work"
mkdir -p "$work/bin" "$work/sub" "$work/.config/systemd/user"
: >"$work/mine.stretch"
: >"$work/notes.txt"
ln -s "$build/stretch" "$work/bin/stretch"
# Two reminders, as timers left for when systemd runs: `remind list --names` shows them.
for routine in calf daily; do
  printf '# routine: %s\n[Timer]\nOnCalendar=*-*-* 07:30:00\n' "$routine" >"$work/.config/systemd/user/stretch-remind-$routine.timer"
done
export HOME="$work" ZDOTDIR="$work" PATH="$work/bin" XDG_CONFIG_HOME="$work/.config" XDG_STATE_HOME="$work/.local/state" \
  XDG_DATA_HOME="$work/.local/share" XDG_DATA_DIRS="$work/system/share" XDG_CACHE_HOME="$work/.cache" TERM=dumb
"$zsh" -n "$source_dir/completions/_stretch"
[[ $(command -p head -n 1 "$source_dir/completions/_stretch") == "#compdef stretch" ]] || { echo "FAIL: no #compdef line"; exit 1; }

# What zsh shows after the command line $1 and two Tabs (the second lists the choices),
# without terminal escapes: once $2 shows, or once nothing more has come for a second.
complete() {
  "$zsh" -f -c '
    zmodload zsh/zpty zsh/zselect
    zpty z '"$zsh"' -f -i
    zpty -w z "PROMPT=\"> \"; fpath=('"$source_dir"'/completions \$fpath); autoload -Uz compinit; compinit -u -D; echo READY"
    zpty -r z out "*READY*READY*"
    zpty -w -n z "$1"$'"'"'\t'"'"'
    zpty -w -n z $'"'"'\t'"'"'
    all="" idle=0
    for i in {1..250}; do
      if zpty -r -t z chunk; then
        all+=$chunk idle=0
        [[ -n $2 && $all == *$2* ]] && break
      else
        (( idle++ >= 50 )) && break
        zselect -t 2
      fi
    done
    zpty -d z
    print -r -- "${all//$'"'"'\e'"'"'\[[0-9;?]#[a-zA-Z]/}"
  ' complete "$1" "${2:-}"
}
fail=0
expect() {
  local got
  got=$(complete "$2" "$1")
  if [[ $got != *"$1"* ]]; then
    echo "FAIL: [$2] shows [$got], expected [$1] in it"
    fail=1
  fi
}
absent() {
  local got
  got=$(complete "$2")
  if [[ $got == *"$1"* ]]; then
    echo "FAIL: [$2] shows [$got], without [$1] expected"
    fail=1
  fi
}
expect "calf   daily" "stretch remind remove "
expect "stretch calf" "stretch cal"
expect "routines" "stretch path "
expect "installed" "stretch path "
expect "mine.stretch" "stretch check "
absent "notes.txt" "stretch check "
exit $fail
