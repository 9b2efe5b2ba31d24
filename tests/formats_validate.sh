#!/usr/bin/env bash
# Validates selaras's XML outputs with xmllint (Debian's libxml2-utils):
#   tests/formats_validate.sh FILE.tmx FILE.xlf
# The TMX file must validate against the TMX 1.4b DTD (shared/eval/formats/tmx14.dtd, or
# $TMX_DTD). The XLIFF file must be well-formed XML with the XLIFF 2.0 root and languages; it
# must match tests/xliff20_selaras.rng (our grammar of the XLIFF 2.0 core subset we write), and
# is also validated against the OASIS XLIFF 2.0 core schema when $XLIFF_XSD names a copy of
# xliff_core_2.0.xsd (none is shipped: no package registry here carries it). Exits non-zero on
# the first failure.
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 FILE.tmx FILE.xlf" >&2
  exit 2
fi
tmx=$1
xliff=$2
here=$(cd "$(dirname "$0")" && pwd)

if ! command -v xmllint >/dev/null 2>&1; then
  echo "formats_validate: installing libxml2-utils for xmllint" >&2
  apt-get install -y -qq libxml2-utils >/dev/null 2>&1 ||
    { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq libxml2-utils >/dev/null; }
fi

dtd=${TMX_DTD:-}
if [ -z "$dtd" ]; then
  for candidate in "$here/../../shared/eval/formats/tmx14.dtd" "$here/../shared/eval/formats/tmx14.dtd" /work/shared/eval/formats/tmx14.dtd; do
    if [ -f "$candidate" ]; then dtd=$candidate; break; fi
  done
fi
if [ -z "$dtd" ] || [ ! -f "$dtd" ]; then
  echo "formats_validate: the TMX 1.4b DTD was not found: set TMX_DTD=PATH/tmx14.dtd" >&2
  exit 1
fi

# The TMX declares <!DOCTYPE tmx SYSTEM "tmx14.dtd">, as the standard asks; xmllint then
# warns that it can't load that relative file, which is harmless: --dtdvalid names the DTD.
status=0
log=$(xmllint --noout --nonet --dtdvalid "$dtd" "$tmx" 2>&1) || status=$?
printf '%s\n' "$log" | grep -v -e 'failed to load external entity ".*tmx14.dtd"' \
  -e '^<!DOCTYPE tmx' -e '^ *\^$' -e '^$' >&2 || true
if [ "$status" -ne 0 ]; then
  echo "formats_validate: $tmx does not validate against $dtd" >&2
  exit 1
fi
tus=$(grep -c '<tu>' "$tmx" || true)
echo "ok: $tmx validates against the TMX 1.4b DTD ($tus translation units)"

xmllint --noout --nonet "$xliff"
root=$(xmllint --nonet --xpath 'concat(namespace-uri(/*), " ", /*/@version, " ", /*/@srcLang, " ", /*/@trgLang)' "$xliff")
if [ "$root" != "urn:oasis:names:tc:xliff:document:2.0 2.0 id en" ]; then
  echo "formats_validate: $xliff: unexpected root: $root" >&2
  exit 1
fi
units=$(xmllint --nonet --xpath 'count(//*[local-name()="unit"])' "$xliff")
untranslated=$(xmllint --nonet --xpath 'count(//*[local-name()="segment"][not(@state="translated")])' "$xliff")
if [ "$untranslated" != "0" ]; then
  echo "formats_validate: $xliff: $untranslated segments are not state=\"translated\"" >&2
  exit 1
fi
# Our own RELAX NG grammar of the XLIFF 2.0 core subset we write (structure, required
# attributes, state values); not a substitute for the OASIS schema.
if ! xmllint --noout --nonet --relaxng "$here/xliff20_selaras.rng" "$xliff" 2>/tmp/formats_validate.$$; then
  cat /tmp/formats_validate.$$ >&2; rm -f /tmp/formats_validate.$$
  echo "formats_validate: $xliff does not match tests/xliff20_selaras.rng" >&2
  exit 1
fi
rm -f /tmp/formats_validate.$$
if [ -n "${XLIFF_XSD:-}" ]; then
  xmllint --noout --nonet --schema "$XLIFF_XSD" "$xliff"
  echo "ok: $xliff is valid XLIFF 2.0 core ($units units)"
else
  echo "ok: $xliff is well-formed XLIFF 2.0 and matches tests/xliff20_selaras.rng ($units units; set XLIFF_XSD=xliff_core_2.0.xsd to validate against the OASIS core schema too)"
fi
