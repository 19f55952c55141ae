#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the Debian package with cpack, checks its metadata and contents, and runs the
# program it holds. Exits 77 (skipped) where the Debian tools are missing.
# Usage: test_deb.sh BUILD_DIR
set -euo pipefail
build=$1
for tool in cpack dpkg-deb dpkg-shlibdeps; do
  command -v "$tool" >/dev/null || { echo "skipped: no $tool"; exit 77; }
done
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cpack -G DEB -B "$out" --config "$build/CPackConfig.cmake" >/dev/null
deb=$(ls "$out"/stretch_*.deb)
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = stretch ] || fail "Package"
[ "$(field Architecture)" = "$(dpkg --print-architecture)" ] || fail "Architecture"
[ -n "$(field Maintainer)" ] || fail "Maintainer"
[ "$(field Section)" = utils ] || fail "Section"
# Captured first: `grep -q` leaves a pipe early, which pipefail would take for a failure.
depends=$(field Depends)
description=$(field Description)
grep -q 'libc6' <<<"$depends" || fail "Depends: $depends"
grep -q 'stretch timer' <<<"$description" || fail "Description: $description"

contents=$(dpkg-deb -c "$deb")
for file in ./usr/bin/stretch ./usr/share/man/man1/stretch.1.gz ./usr/share/man/man5/stretch-routine.5.gz \
  ./usr/share/stretch/routines/calf.stretch ./usr/share/bash-completion/completions/stretch \
  ./usr/share/zsh/site-functions/_stretch ./usr/share/fish/vendor_completions.d/stretch.fish; do
  grep -q " $file\$" <<<"$contents" || fail "not in the package: $file"
done

dpkg-deb -x "$deb" "$out/root"
home="$out/home"
mkdir -p "$home/bin"
# The packaged program with a PATH and XDG folders of the test's own.
run() {
  env -i HOME="$home" PATH="$home/bin" XDG_CONFIG_HOME="$home/.config" XDG_STATE_HOME="$home/.local/state" \
    XDG_DATA_HOME="$home/.local/share" XDG_DATA_DIRS="$home/system/share" XDG_CACHE_HOME="$home/.cache" \
    "$out/root/usr/bin/stretch" "$@"
}
[ "$(run --version)" = "stretch $(field Version)" ] \
  || fail "the packaged program does not run, or its version is not the package's"
run show midrun | grep '^total ' >/dev/null || fail "show midrun"
echo "package $deb is good"
