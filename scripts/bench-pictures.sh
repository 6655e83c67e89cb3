#!/usr/bin/env bash
# Figures for `blueprint render`: SVG and PNG sizes and times for every sample, and for a big generated
# blueprint (the water heater's first circle copied until it has about MOMENTS touchpoints, on a grid;
# its big PNGs only with BIG_PNG=1).
# Prints figures only; needs the native CLI (build/native/blueprint).   bench-pictures.sh [MOMENTS]
set -euo pipefail
cd "$(dirname "$0")/.."
cli=${BP_CLI:-build/native/blueprint}
moments=${1:-10000}
work=$(mktemp -d)
trap '[ -n "${KEEP:-}" ] && cp "$work/big.blueprint.json" "$KEEP"; rm -rf "$work"' EXIT
failed() { echo "bench-pictures: $*" >&2; exit 1; }

measure() {  # measure FILE VIEW OUT: prints size and seconds
  local start end
  start=$(date +%s.%N)
  "$cli" render "$1" --view "$2" -o "$3" 2>"$work/err" || failed "render $1: $(cat "$work/err")"
  end=$(date +%s.%N)
  printf '%-34s %-9s %-4s %10s bytes %6.2f s\n' "$(basename "$1" .blueprint.json)" "$2" "${3##*.}" "$(stat -c %s "$3")" \
    "$(echo "$end - $start" | bc)"
}

for sample in assets/samples/*.blueprint.json; do
  for view in circle blueprint; do
    measure "$sample" $view "$work/p.svg"
    measure "$sample" $view "$work/p.png"
  done
done

/usr/bin/python3 - "$moments" "$work/big.blueprint.json" <<'PY'
import json, re, sys
moments, out = int(sys.argv[1]), sys.argv[2]
doc = json.load(open('assets/samples/water-heater-installation.blueprint.json'))
template = doc['circles'][0]
template.pop('promise', None)
for tp in template['touchpoints']:  # the recovery circle is not copied: no links to it
    tp['recovery'] = ''
    for a in tp.get('activities', []):
        a['recovery'] = ''
text = json.dumps(template, ensure_ascii=False)
ids = set(re.findall(r'"id": "([^"]+)"', text))
pattern = re.compile('"(' + '|'.join(map(re.escape, sorted(ids, key=len, reverse=True))) + ')"')
per = len(template['touchpoints'])
circles = []
for i in range((moments + per - 1) // per):
    c = json.loads(pattern.sub(lambda m: '"%s-%d"' % (m.group(1), i), text))
    c['name'] = '%s %d' % (template['name'], i + 1)
    c['position'] = {'x': (i % 40) * 800, 'y': (i // 40) * 800}
    circles.append(c)
doc['circles'] = circles
doc['acknowledgements'] = []
json.dump(doc, open(out, 'w'), ensure_ascii=False)
print('generated: %d circles, %d touchpoints' % (len(circles), len(circles) * per))
PY
printf 'generated file: %s bytes\n' "$(stat -c %s "$work/big.blueprint.json")"
# The big PNGs (scaled down to 100 M px at most) take minutes in librsvg: only with BIG_PNG=1.
for view in circle blueprint; do
  measure "$work/big.blueprint.json" $view "$work/big.svg"
  [ "${BIG_PNG:-0}" = 1 ] && measure "$work/big.blueprint.json" $view "$work/big.png"
done
exit 0
