#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the Debian package with cpack, checks its metadata and contents, runs the program
# it holds, and has lintian (no error, no warning) and hardening-check (every protection)
# look at it. Exits 77 (skipped) where the Debian tools are missing; lintian and
# hardening-check are skipped with a message when they are; hardening-check also when the
# build is not hardened (sanitizers, Debug).
# Usage: test_deb.sh BUILD_DIR [hardened|unhardened]
set -euo pipefail
build=$1
hardening=${2:-hardened}
for tool in cpack dpkg-deb dpkg-shlibdeps; do
  command -v "$tool" >/dev/null || { echo "skipped: no $tool"; exit 77; }
done
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# cpack installs the build into a folder of its own, and CMake then writes the build
# folder's install_manifest.txt with the package's paths (/usr/...): put back as it was, so
# that nothing in the build folder points at /usr. stretch's own manifests (installs/) are
# not touched by a staged installation.
manifest="$build/install_manifest.txt"
[ -f "$manifest" ] && cp -p "$manifest" "$out/install_manifest.saved"
installs_before=$(ls -l "$build/installs" 2>/dev/null || true)
cpack -G DEB -B "$out" --config "$build/CPackConfig.cmake" >/dev/null
if [ -f "$out/install_manifest.saved" ]; then mv "$out/install_manifest.saved" "$manifest"; else rm -f "$manifest"; fi
[ "$(ls -l "$build/installs" 2>/dev/null || true)" = "$installs_before" ] || fail "cpack changed the build folder's installations"

deb=$(ls "$out"/stretch_*.deb)
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = stretch ] || fail "Package"
[ "$(field Architecture)" = "$(dpkg --print-architecture)" ] || fail "Architecture"
[ -n "$(field Maintainer)" ] || fail "Maintainer"
[ "$(field Section)" = utils ] || fail "Section"
# Captured first: `grep -q` leaves a pipe early, which pipefail would take for a failure.
depends=$(field Depends)
description=$(field Description)
grep -q 'stretch timer' <<<"$description" || fail "Description: $description"

dpkg-deb -x "$deb" "$out/root"
# Computed by dpkg-shlibdeps from what the program links, whichever way it was built (the
# system's libfmt and C++ runtime, or self-contained): every package of a library the
# program needs, and no other.
multiarch=$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null || gcc -print-multiarch)
expected=""
for library in $(readelf -d "$out/root/usr/bin/stretch" | sed -n 's/.*Shared library: \[\(.*\)\]/\1/p'); do
  package=""
  for dir in "/lib/$multiarch" "/usr/lib/$multiarch" /lib /usr/lib; do
    if [ -e "$dir/$library" ]; then
      package=$(dpkg -S "$dir/$library" 2>/dev/null | head -n 1 | cut -d: -f1) && break
    fi
  done
  [ -n "$package" ] || fail "no package holds $library"
  expected="$expected $package"
done
# Alternatives (`a | b`) count as their names; versions are left out.
listed=$(sed 's/([^)]*)//g; s/|/,/g' <<<"$depends" | tr ',' '\n' | tr -d ' ' | grep . | sort -u)
needed=$(tr ' ' '\n' <<<"$expected" | grep . | sort -u)
[ "$listed" = "$needed" ] || fail "Depends ($depends) is not the packages of the libraries the program needs ($(echo $needed))"

contents=$(dpkg-deb -c "$deb")
for file in ./usr/bin/stretch ./usr/share/man/man1/stretch.1.gz ./usr/share/man/man5/stretch-routine.5.gz \
  ./usr/share/doc/stretch/copyright ./usr/share/doc/stretch/changelog.gz ./usr/share/doc/stretch/examples/calf.stretch \
  ./usr/share/bash-completion/completions/stretch ./usr/share/zsh/vendor-completions/_stretch \
  ./usr/share/fish/vendor_completions.d/stretch.fish ./usr/share/locale/de/LC_MESSAGES/stretch.mo \
  ./usr/share/locale/es/LC_MESSAGES/stretch.mo ./usr/share/locale/fr/LC_MESSAGES/stretch.mo; do
  grep -q " $file\$" <<<"$contents" || fail "not in the package: $file"
done

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

if command -v lintian >/dev/null; then
  # Only the program's own findings: lintian also says it would rather not run as root.
  findings=$(lintian --pedantic "$deb" 2>/dev/null | grep -E '^[EW]: ' || true)
  [ -z "$findings" ] || fail "lintian: $findings"
else
  echo "lintian not installed: the package is not linted"
fi
if [ "$hardening" != hardened ]; then
  echo "the build is not hardened (sanitizers or Debug): the hardening is not checked"
elif command -v hardening-check >/dev/null; then
  # Control-flow protection needs every linked object marked, and Debian's C runtime
  # start files are not (its own programs fail this check too): our code is compiled with
  # it, and the check is left out.
  hardening-check --nocfprotection --quiet "$out/root/usr/bin/stretch" || fail "hardening-check"
else
  echo "hardening-check not installed (devscripts): the hardening is not checked"
fi
echo "package $deb is good"
