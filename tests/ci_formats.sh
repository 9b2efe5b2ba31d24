#!/usr/bin/env bash
# The output checks that need outside tools, run by .ci/run after `cargo test --release`:
# translate the seed article with the echo fixture model into every format, validate the TMX
# against the TMX 1.4b DTD and the XLIFF with xmllint, and open the HTML review page in
# headless Chromium (row count, escaping, non-blank screenshot).
set -euo pipefail
cd "$(dirname "$0")/.."

target=${CARGO_TARGET_DIR:-target}
cargo build --release --quiet
selaras="$target/release/selaras"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
seed=samples/000_0af768b52f2b990e.txt
echo=models/echo

for format in tsv jsonl text tmx xliff html md; do
  "$selaras" translate --quiet --model "$echo" --format "$format" -o "$out/seed.$format" "$seed"
  test -s "$out/seed.$format" || { echo "ci_formats: empty $format output" >&2; exit 1; }
done
"$selaras" translate --quiet --model "$echo" --format moses -o "$out/seed" "$seed"
[ "$(wc -l <"$out/seed.id")" = "$(wc -l <"$out/seed.en")" ] || { echo "ci_formats: moses sides differ in length" >&2; exit 1; }

# The writers' own sample, with hostile text (<Rendam>, control characters, tabs).
SELARAS_FORMAT_SAMPLES="$out" cargo test --release --quiet --test writers >/dev/null

bash tests/formats_validate.sh "$out/seed.tmx" "$out/seed.xliff"
bash tests/formats_validate.sh "$out/sample.tmx" "$out/sample.xlf"

pairs=$(($(wc -l <"$out/seed.tsv") - 1))
bash tests/browser_check.sh "$out/seed.html" "$pairs" Blinken
bash tests/browser_check.sh "$out/sample.html" "$(grep -c '<tr class="pair' "$out/sample.html")"
echo "ci_formats: all formats written; TMX valid against the DTD; XLIFF valid; review page renders with $pairs pair rows"
