#!/bin/sh
# `blueprint render` on one sample: both views as SVG and PNG. The SVG must be well-formed XML
# (xmllint), define every glyph it places, hold no <text> (Chinese is drawn from outlines, not from a
# font the reader may lack), and render in a second renderer (rsvg-convert); the PNG must be a PNG of
# the SVG's size.   pictures.sh BLUEPRINT SAMPLE WORKDIR
set -u
bp=$1 sample=$2 name=$(basename "$2" .blueprint.json) work=$3/pictures-$(basename "$2" .blueprint.json)
rm -rf "$work" && mkdir -p "$work" && cd "$work" || exit 2
fail() { echo "FAIL ($name): $*"; exit 1; }

png_size() { od -An -tu1 -j16 -N8 "$1" | awk '{print ($1*16777216+$2*65536+$3*256+$4) "x" ($5*16777216+$6*65536+$7*256+$8)}'; }

for view in circle blueprint; do
  for lang in zh en; do
    svg=$view-$lang.svg png=$view-$lang.png
    "$bp" render "$sample" --view $view --lang $lang -o "$svg" 2>err || fail "render $svg: $(cat err)"
    grep -q "$svg" err || fail "render $svg said nothing"
    xmllint --noout "$svg" || fail "$svg is not well-formed XML"
    ! grep -q "<text" "$svg" || fail "$svg uses <text>"
    grep -q "<use xlink:href=\"#g" "$svg" || fail "$svg draws no glyph"
    used=$(grep -o 'xlink:href="#g[0-9]*"' "$svg" | sed 's/.*#//; s/"//' | sort -u)
    defined=$(grep -o '<path id="g[0-9]*"' "$svg" | sed 's/.*id="//; s/"//' | sort -u)
    missing=$(printf '%s\n' "$used" | grep -vxF "$defined" || true)
    [ -z "$missing" ] || fail "$svg places glyphs it does not define: $missing"
    width=$(sed -n 's/^<svg [^>]* width="\([0-9]*\)" height="\([0-9]*\)".*/\1x\2/p' "$svg")
    [ -n "$width" ] || fail "$svg has no width and height"
    rsvg-convert -o "rsvg-$png" "$svg" 2>err || fail "rsvg-convert cannot render $svg: $(cat err)"
    [ "$(png_size "rsvg-$png")" = "$width" ] || fail "rsvg-convert made $(png_size "rsvg-$png"), the SVG says $width"
    "$bp" render "$sample" --view $view --lang $lang -o "$png" 2>err || fail "render $png: $(cat err)"
    [ "$(od -An -c -N4 "$png" | tr -d ' ')" = "211PNG" ] || fail "$png is not a PNG"
    [ "$(png_size "$png")" = "$width" ] || fail "$png is $(png_size "$png"), the SVG is $width"
  done
done
# The Chinese picture and the English one differ in their words, not only in their size.
cmp -s circle-zh.svg circle-en.svg && fail "the zh and en circle pictures are the same"
exit 0
