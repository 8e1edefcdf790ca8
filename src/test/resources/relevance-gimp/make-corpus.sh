#!/usr/bin/env bash
# Build the second judged corpus (README "Relevance"): the GIMP 2.10 user manual in Simplified Chinese,
# Debian package gimp-help-zh-cn — a partly translated manual (Chinese headings, much English body text), HTML.
#
#   usage: make-corpus.sh OUTDIR
#
# OUTDIR/gimp/*.html are the package's zh_CN pages as shipped (zhsearch reads HTML itself: h1-h6 sections, p/li
# paragraphs); images are not needed for text and gimp-help-common is not fetched. The .deb is fetched with
# `apt-get download` into a cache (CORPUS_CACHE, default /tmp/zhsearch-corpus-cache) and unpacked with
# `dpkg-deb -x`; nothing is installed. Idempotent: OUTDIR/gimp is rebuilt. OUTDIR/SOURCES records the version.
set -euo pipefail
OUT=${1:?usage: make-corpus.sh OUTDIR}
CACHE=${CORPUS_CACHE:-/tmp/zhsearch-corpus-cache}
PKG=gimp-help-zh-cn
mkdir -p "$OUT" "$CACHE/debs" "$CACHE/root"

deb=$(ls "$CACHE/debs/${PKG}"_*.deb 2>/dev/null | head -n1 || true)
if [ -z "$deb" ]; then
  if ! apt-cache show "$PKG" >/dev/null 2>&1; then apt-get update -qq >&2; fi
  (cd "$CACHE/debs" && apt-get download -qq -o APT::Sandbox::User=root "$PKG" >&2)
  deb=$(ls "$CACHE/debs/${PKG}"_*.deb | head -n1)
fi
rm -rf "$CACHE/root/$PKG"
dpkg-deb -x "$deb" "$CACHE/root/$PKG"

SRC="$CACHE/root/$PKG/usr/share/gimp/2.0/help/zh_CN"
rm -rf "$OUT/gimp"
mkdir -p "$OUT/gimp"
cp "$SRC"/*.html "$OUT/gimp/"
dpkg-deb -f "$deb" Package Version | paste -sd' ' > "$OUT/SOURCES"
echo "$(ls "$OUT/gimp" | wc -l) pages written to $OUT/gimp" >&2
