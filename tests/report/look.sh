#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Makes the report of a crafted history and looks at it as a browser does: headless
# Chromium's DOM (the figures), a screenshot (docs/report.png is one) and the PDF its Print
# makes (how many pages). Usage: tests/report/look.sh [STRETCH] [OUT_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
stretch=${1:-$here/../../build/stretch}
out=${2:-$(mktemp -d)}
mkdir -p "$out"
export HOME=$out TZ=Europe/Paris
"$here/sample_history.py" 2026-12-02 > "$out/history.tsv"
STRETCH_HISTORY=$out/history.tsv faketime '2026-12-02 20:00:00' "$stretch" report -o "$out/report.html" \
  2>/dev/null || STRETCH_HISTORY=$out/history.tsv "$stretch" report --until 2026-12-02 -o "$out/report.html"
chromium=(chromium --headless --no-sandbox --disable-gpu --hide-scrollbars)
"${chromium[@]}" --dump-dom "file://$out/report.html" 2>/dev/null | grep -o 'data-figure="[a-z0-9-]*">[^<]*' || true
"${chromium[@]}" --window-size=900,1500 --screenshot="$out/report.png" "file://$out/report.html" 2>/dev/null
"${chromium[@]}" --no-pdf-header-footer --print-to-pdf="$out/report.pdf" "file://$out/report.html" 2>/dev/null
echo "pages: $(($(grep -a -o '/Type */Page' "$out/report.pdf" | wc -l) - $(grep -a -o '/Type */Pages' "$out/report.pdf" | wc -l)))"
echo "in $out: report.html, report.png, report.pdf"
