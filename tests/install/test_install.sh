#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs into a temporary prefix, checks every installed file, runs the installed
# program from another folder with a home of its own, installs again over it (an upgrade),
# then uninstalls: nothing may be left behind, and nothing that was there before may go.
# The build folder's record of the user's own installations is the same before and after;
# a manifest that stretch did not write is refused.
# Usage: test_install.sh BUILD_DIR
set -euo pipefail
build=$1
prefix=$(mktemp -d)
home=$(mktemp -d)
saved=$(mktemp -d)
[ -d "$build/installs" ] && cp -a "$build/installs" "$saved/"
[ -f "$build/install_manifest.txt" ] && cp -p "$build/install_manifest.txt" "$saved/"
# Whatever happens, the build folder's record of the user's installations is put back, and
# CMake's own manifest with it: none points at the test's folders.
restore() {
  rm -rf "$build/installs" "$build/install_manifest.txt"
  [ -d "$saved/installs" ] && cp -a "$saved/installs" "$build/"
  [ -f "$saved/install_manifest.txt" ] && cp -p "$saved/install_manifest.txt" "$build/"
  rm -rf "$prefix" "$home" "$saved"
}
trap restore EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# What the build folder knows of the user's own installations: the same at the end.
installs_of() { (cd "$build" && { find installs -name '*.manifest' -exec sh -c 'echo "$1"; cat "$1"' _ {} \; 2>/dev/null || true; }); }
installs_before=$(installs_of)

# Something of the user's own under the prefix, which uninstalling must leave alone.
mkdir -p "$prefix/share/man/man1"
echo mine > "$prefix/share/man/man1/other.1"
before=$(cd "$prefix" && find . | sort)

cmake --install "$build" --prefix "$prefix" >/dev/null

for file in \
  bin/stretch \
  share/man/man1/stretch.1.gz \
  share/man/man5/stretch-routine.5.gz \
  share/bash-completion/completions/stretch \
  share/zsh/site-functions/_stretch \
  share/fish/vendor_completions.d/stretch.fish \
  share/doc/stretch/copyright \
  share/doc/stretch/changelog.gz \
  share/doc/stretch/examples/ankle.stretch \
  share/doc/stretch/examples/big-toe.stretch \
  share/doc/stretch/examples/calf.stretch \
  share/doc/stretch/examples/daily.stretch \
  share/doc/stretch/examples/laces.stretch \
  share/doc/stretch/examples/midrun.stretch \
  share/locale/de/LC_MESSAGES/stretch.mo \
  share/locale/es/LC_MESSAGES/stretch.mo \
  share/locale/fr/LC_MESSAGES/stretch.mo; do
  [ -f "$prefix/$file" ] || fail "not installed: $file"
done
[ -x "$prefix/bin/stretch" ] || fail "bin/stretch is not executable"
if command -v file >/dev/null; then
  file "$prefix/bin/stretch" | grep -q ', stripped' || fail "bin/stretch is not stripped: $(file "$prefix/bin/stretch")"
fi
gzip -t "$prefix/share/man/man1/stretch.1.gz" || fail "stretch.1.gz is not gzip"
zcat "$prefix/share/man/man1/stretch.1.gz" | grep '^\.Dt STRETCH 1' >/dev/null || fail "stretch.1.gz is not the manual"
zcat "$prefix/share/man/man5/stretch-routine.5.gz" | grep '^\.Dt STRETCH-ROUTINE 5' >/dev/null || fail "stretch-routine.5.gz is not the manual"
if command -v man >/dev/null; then
  MANPATH="$prefix/share/man" man -w stretch | grep "man1/stretch.1.gz" >/dev/null || fail "man stretch"
  MANPATH="$prefix/share/man" man -w stretch-routine | grep "man5/stretch-routine.5.gz" >/dev/null || fail "man stretch-routine"
fi
cmp -s "$prefix/share/doc/stretch/examples/calf.stretch" "$(dirname "$0")/../../routines/calf.stretch" \
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
in_language() { # LANGUAGE ARGS...: the same, for a user who reads LANGUAGE
  local language=$1
  shift
  env -i HOME="$home" PATH="$home/bin" LANG=C.UTF-8 LANGUAGE="$language" "$prefix/bin/stretch" "$@"
}
run --version | grep '^stretch ' >/dev/null || fail "--version"
[ "$(run list --names | tr '\n' ' ')" = "ankle big-toe calf daily laces midrun " ] || fail "list --names"
run show calf | tail -n 1 | grep -x 'total 4:20' >/dev/null || fail "show calf"
# The translations beside it, wherever the prefix is.
in_language de show calf | tail -n 1 | grep -x 'gesamt 4:20' >/dev/null || fail "show calf in German"
in_language fr --help | grep '^Touches pendant la séance :' >/dev/null || fail "--help in French"
[ "$(run path builtins)" = "$prefix/share/doc/stretch/examples" ] || fail "path builtins: $(run path builtins)"
[ "$(run path routines)" = "$home/.config/stretch/routines" ] || fail "path routines"
printf 'title Quick\nexercise E\n  contract 0.05s Hold.\n' > "$home/quick.stretch"
run "$home/quick.stretch" --ready 0 | grep '^Done' >/dev/null || fail "a session"
[ -f "$home/.local/state/stretch/history.tsv" ] || fail "the session was not logged"

# An upgrade: installed again over itself, then uninstalled; the prefix is as it was.
cmake --install "$build" --prefix "$prefix" >/dev/null
grep -qx "file $prefix/bin/stretch" "$build/installs/"*.manifest || fail "no manifest names $prefix/bin/stretch"
cmake --build "$build" --target uninstall >/dev/null
after=$(cd "$prefix" && find . | sort)
[ "$after" = "$before" ] || fail "uninstall left or took: $(diff <(echo "$before") <(echo "$after"))"
installs_after=$(installs_of)
[ "$installs_after" = "$installs_before" ] || fail "the build folder's installations changed: $installs_after"

# A manifest stretch did not write (CMake's own, or anyone's) is refused, and nothing goes.
cmake --install "$build" --prefix "$prefix" >/dev/null
manifest=$(head -n 1 "$build/installs/last")
printf '%s\n' "$prefix/share/man/man1/other.1" > "$manifest"
if cmake --build "$build" --target uninstall >/dev/null 2>&1; then
  fail "uninstall took a manifest it did not write"
fi
[ -f "$prefix/share/man/man1/other.1" ] || fail "uninstall removed a file of a foreign manifest"
rm -f "$manifest" # the trap puts the build folder's installations back as they were
echo "installed, ran, upgraded and uninstalled in $prefix"
