#!/usr/bin/env bash
# Makes the app icon in the sizes each platform's packager wants, from assets/icon/interleave.svg, into
# packaging/ (the generated files are committed, so packaging needs none of these tools):
#   packaging/linux/Interleave.png         256x256 PNG: launcher, desktop entry, .ilrec files (jpackage --icon)
#   src/main/resources/dev/interleave/ui/icon.png   the same, as the window icon
#   packaging/windows/Interleave.ico       16, 24, 32, 48, 64, 128 and 256 px in one .ico (jpackage --icon)
#   packaging/macos/Interleave.icns        16, 32, 128, 256 and 512 px in one .icns (jpackage --icon)
# Run from anywhere after editing the SVG:  assets/icon/make-icons.sh
# Needs rsvg-convert, icotool and png2icns (Debian: apt-get install librsvg2-bin icoutils icnsutils).
set -euo pipefail
cd "$(dirname "$0")/../.."
for tool in rsvg-convert icotool png2icns; do
    command -v "$tool" >/dev/null || { echo "make-icons: $tool is missing (apt-get install librsvg2-bin icoutils icnsutils)" >&2; exit 1; }
done
svg=assets/icon/interleave.svg
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for size in 16 24 32 48 64 128 256 512; do
    rsvg-convert -w "$size" -h "$size" "$svg" -o "$tmp/$size.png"
done
mkdir -p packaging/linux packaging/windows packaging/macos
cp "$tmp/256.png" packaging/linux/Interleave.png
cp "$tmp/256.png" src/main/resources/dev/interleave/ui/icon.png   # the window's own icon
# The 256 px image goes in as PNG (--raw), as Windows Vista and later expect; the small ones as bitmaps.
icotool -c -o packaging/windows/Interleave.ico "$tmp"/{16,24,32,48,64,128}.png --raw="$tmp/256.png"
png2icns packaging/macos/Interleave.icns "$tmp"/{16,32,128,256,512}.png >/dev/null
ls -l packaging/linux/Interleave.png packaging/windows/Interleave.ico packaging/macos/Interleave.icns
