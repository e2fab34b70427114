#!/usr/bin/env bash
# Makes every icon size and format the three systems need from icons/icon.svg, and the example
# organisation's logo from icons/example-logo.svg. Needs rsvg-convert (librsvg2-bin), ImageMagick
# and png2icns (icnsutils):  apt-get install librsvg2-bin imagemagick icnsutils
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
res="$here/../src/main/resources/org/fourpi/toolkit"
magick=$(command -v magick || echo /usr/bin/convert)

mkdir -p "$here/png"
# At 32 px and below the margin around the square is dropped, so its edge falls on whole pixels
# and the mark stays sharp in title bars and file lists.
small=$(mktemp --suffix=.svg)
trap 'rm -f "$small"' EXIT
sed 's/viewBox="0 0 512 512"/viewBox="16 16 480 480"/' "$here/icon.svg" >"$small"
for size in 16 24 32 48 64 128 256 512 1024; do
  source="$here/icon.svg"
  [ "$size" -le 32 ] && source="$small"
  rsvg-convert -w "$size" -h "$size" "$source" -o "$here/png/icon-$size.png"
done
# Windows: one .ico holding the sizes Explorer and the taskbar use.
"$magick" "$here/png/icon-16.png" "$here/png/icon-24.png" "$here/png/icon-32.png" "$here/png/icon-48.png" \
  "$here/png/icon-64.png" "$here/png/icon-128.png" "$here/png/icon-256.png" "$here/icon.ico"
# macOS: .icns from the sizes it accepts.
png2icns "$here/icon.icns" "$here/png/icon-16.png" "$here/png/icon-32.png" "$here/png/icon-48.png" \
  "$here/png/icon-128.png" "$here/png/icon-256.png" "$here/png/icon-512.png" "$here/png/icon-1024.png" >/dev/null
# Linux: the 256 px PNG is used by the .deb and by the window itself.
cp "$here/png/icon-256.png" "$here/icon.png"
cp "$here/png/icon-256.png" "$res/app/icon-256.png"
rsvg-convert -w 240 "$here/example-logo.svg" -o "$res/settings/example-logo.png"
echo "icons written to $here"
