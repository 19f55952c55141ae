#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs into a temporary prefix, checks every installed file, and runs the installed
# program from another folder with a home of its own.
# Usage: test_install.sh BUILD_DIR
set -euo pipefail
build=$1
prefix=$(mktemp -d)
home=$(mktemp -d)
trap 'rm -rf "$prefix" "$home"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$prefix" >/dev/null

for file in \
  bin/stretch \
  share/man/man1/stretch.1.gz \
  share/man/man5/stretch-routine.5.gz \
  share/bash-completion/completions/stretch \
  share/zsh/site-functions/_stretch \
  share/fish/vendor_completions.d/stretch.fish \
  share/stretch/routines/ankle.stretch \
  share/stretch/routines/big-toe.stretch \
  share/stretch/routines/calf.stretch \
  share/stretch/routines/daily.stretch \
  share/stretch/routines/laces.stretch \
  share/stretch/routines/midrun.stretch; do
  [ -f "$prefix/$file" ] || fail "not installed: $file"
done
[ -x "$prefix/bin/stretch" ] || fail "bin/stretch is not executable"
gzip -t "$prefix/share/man/man1/stretch.1.gz" || fail "stretch.1.gz is not gzip"
zcat "$prefix/share/man/man1/stretch.1.gz" | grep '^\.Dt STRETCH 1' >/dev/null || fail "stretch.1.gz is not the manual"
zcat "$prefix/share/man/man5/stretch-routine.5.gz" | grep '^\.Dt STRETCH-ROUTINE 5' >/dev/null || fail "stretch-routine.5.gz is not the manual"
if command -v man >/dev/null; then
  MANPATH="$prefix/share/man" man -w stretch | grep "man1/stretch.1.gz" >/dev/null || fail "man stretch"
  MANPATH="$prefix/share/man" man -w stretch-routine | grep "man5/stretch-routine.5.gz" >/dev/null || fail "man stretch-routine"
fi
cmp -s "$prefix/share/stretch/routines/calf.stretch" "$(dirname "$0")/../../routines/calf.stretch" \
  || fail "calf.stretch differs from routines/calf.stretch"

# The installed program, from another folder, with a home of its own: its PATH and XDG
# folders are the test's, whatever the host has installed.
cd /
mkdir -p "$home/bin"
run() {
  env -i HOME="$home" PATH="$home/bin" XDG_CONFIG_HOME="$home/.config" XDG_STATE_HOME="$home/.local/state" \
    XDG_DATA_HOME="$home/.local/share" XDG_DATA_DIRS="$home/system/share" XDG_CACHE_HOME="$home/.cache" \
    "$prefix/bin/stretch" "$@"
}
run --version | grep '^stretch ' >/dev/null || fail "--version"
[ "$(run list --names | tr '\n' ' ')" = "ankle big-toe calf daily laces midrun " ] || fail "list --names"
run show calf | tail -n 1 | grep -x 'total 4:20' >/dev/null || fail "show calf"
[ "$(run path builtins)" = "$prefix/share/stretch/routines" ] || fail "path builtins: $(run path builtins)"
[ "$(run path routines)" = "$home/.config/stretch/routines" ] || fail "path routines"
printf 'title Quick\nexercise E\n  contract 0.05s Hold.\n' > "$home/quick.stretch"
run "$home/quick.stretch" --ready 0 | grep '^Done' >/dev/null || fail "a session"
[ -f "$home/.local/state/stretch/history.tsv" ] || fail "the session was not logged"
echo "installed and ran from $prefix"
