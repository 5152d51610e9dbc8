#!/usr/bin/env bash
# Checks that thread states stay distinguishable without colour: renders a screenshot (or takes one given as
# $1) as seen in grey-scale and with deuteranopia, protanopia and tritanopia (Machado, Oliveira & Fernandes
# 2009, full severity, applied in sRGB as an approximation), side by side, into /tmp/colour-check.png.
# Look at it: every state must still differ by its icon, its word and (lanes) its border pattern.
set -euo pipefail
in=${1:-assets/screenshots/bank-en-1920x1080.png}
out=/tmp/colour-check.png
tmp=$(mktemp -d)
convert "$in" -colorspace Gray "$tmp/gray.png"
convert "$in" -color-matrix "0.367 0.861 -0.228 0.280 0.673 0.047 -0.012 0.043 0.969" "$tmp/deuteranopia.png"
convert "$in" -color-matrix "0.152 1.053 -0.205 0.115 0.786 0.099 -0.004 -0.048 1.052" "$tmp/protanopia.png"
convert "$in" -color-matrix "1.256 -0.077 -0.179 -0.078 0.931 0.148 0.005 0.691 0.304" "$tmp/tritanopia.png"
montage -label '%t' "$in" "$tmp/gray.png" "$tmp/deuteranopia.png" "$tmp/protanopia.png" "$tmp/tritanopia.png" \
    -tile 3x2 -geometry 960x540+4+4 "$out"
rm -r "$tmp"
echo "wrote $out"
