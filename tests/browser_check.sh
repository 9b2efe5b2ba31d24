#!/usr/bin/env bash
# Opens selaras's HTML review page in real headless Chromium (Debian's `chromium`) and checks it:
#   tests/browser_check.sh PAGE.html EXPECTED_PAIR_ROWS [ESCAPED_TEXT]
# - a screenshot (PAGE.png beside the page, or $SCREENSHOT) is taken and must not be blank:
#   it needs at least 8 distinct colours and some dark (text) pixels;
# - the DOM after scripts ran (--dump-dom) must have exactly EXPECTED_PAIR_ROWS
#   <tr class="pair …"> rows, the filter checkbox, and the summary copied into the header;
# - ESCAPED_TEXT (default "<Rendam>", from the writers' sample) must survive as text: the
#   DOM serializes it escaped (&lt;Rendam&gt;) and never as a raw tag.
set -euo pipefail

if [ $# -lt 2 ]; then
  echo "usage: $0 PAGE.html EXPECTED_PAIR_ROWS [ESCAPED_TEXT]" >&2
  exit 2
fi
page=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
expected=$2
needle=${3:-<Rendam>}
shot=${SCREENSHOT:-${page%.*}.png}

if ! command -v chromium >/dev/null 2>&1; then
  echo "browser_check: installing Debian's chromium" >&2
  { apt-get update -qq && apt-get install -y -qq chromium; } >/dev/null 2>&1
fi

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
browser() {
  # no network is needed: the page is self-contained
  timeout 120 chromium --headless --no-sandbox --disable-gpu --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --hide-scrollbars "$@" 2>/dev/null
}

rm -f "$shot"
browser --window-size=1400,900 --screenshot="$shot" "file://$page" >/dev/null
if [ ! -s "$shot" ]; then
  echo "browser_check: chromium wrote no screenshot" >&2
  exit 1
fi
python3 - "$shot" <<'PY'
import struct, sys, zlib

# Decode the PNG with the standard library only (8-bit RGB or RGBA, non-interlaced).
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
pos, idat, width = 8, b"", 0
while pos < len(data):
    length, kind = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + length]
    if kind == b"IHDR":
        width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
        assert depth == 8 and colour in (2, 6) and interlace == 0, "unexpected PNG layout"
        channels = 3 if colour == 2 else 4
    elif kind == b"IDAT":
        idat += body
    pos += 12 + length
raw = zlib.decompress(idat)
stride = width * channels
previous = bytearray(stride)
colours, dark, i = set(), 0, 0
for _ in range(height):
    kind, line = raw[i], bytearray(raw[i + 1:i + 1 + stride])
    i += 1 + stride
    for x in range(stride):
        a = line[x - channels] if x >= channels else 0
        b = previous[x]
        c = previous[x - channels] if x >= channels else 0
        if kind == 1: line[x] = (line[x] + a) & 255
        elif kind == 2: line[x] = (line[x] + b) & 255
        elif kind == 3: line[x] = (line[x] + (a + b) // 2) & 255
        elif kind == 4:
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    previous = line
    for x in range(0, stride, channels * 2):
        r, g, bl = line[x], line[x + 1], line[x + 2]
        colours.add((r, g, bl))
        if r + g + bl < 200:
            dark += 1
print(f"screenshot {sys.argv[1]}: {width}x{height}, {len(colours)} distinct colours, {dark} dark pixels")
if len(colours) < 8 or dark < 50:
    sys.exit("browser_check: the screenshot looks blank")
PY

dom=$(browser --virtual-time-budget=2000 --dump-dom "file://$page")
rows=$( (grep -o '<tr class="pair[ "]' <<<"$dom" || true) | wc -l)
if [ "$rows" -ne "$expected" ]; then
  echo "browser_check: $rows pair rows in the DOM, expected $expected" >&2
  exit 1
fi
if ! grep -q 'id="only-flagged"' <<<"$dom"; then
  echo "browser_check: the flagged-only filter is missing" >&2
  exit 1
fi
if grep -q '<span class="counts" id="counts"></span>' <<<"$dom"; then
  echo "browser_check: the page script did not run (header counts empty)" >&2
  exit 1
fi
escaped=$(printf '%s' "$needle" | sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/>/\&gt;/g')
if ! grep -qF -- "$escaped" <<<"$dom"; then
  echo "browser_check: escaped text '$needle' did not survive into the DOM" >&2
  exit 1
fi
if [ "$escaped" != "$needle" ] && grep -qF -- "$needle" <<<"$dom"; then
  echo "browser_check: '$needle' reached the DOM unescaped" >&2
  exit 1
fi
echo "ok: $page renders in headless chromium: $rows pair rows, '$needle' escaped, screenshot $shot"
