#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Checks that the zsh completion parses and defines its function. Exits 77 (skipped)
# without zsh.
# Usage: test_zsh.sh SOURCE_DIR
set -euo pipefail
command -v zsh >/dev/null || { echo "skipped: no zsh"; exit 77; }
script="$1/completions/_stretch"
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" ZDOTDIR="$home"
zsh -n "$script"
head -n 1 "$script" | grep -x '#compdef stretch' >/dev/null
zsh -fc "autoload -Uz compinit && compinit -u -D; source '$script' 2>/dev/null; whence -w _stretch_routines" | grep function >/dev/null
