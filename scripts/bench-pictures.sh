#!/usr/bin/env bash
# Figures for `blueprint render`: SVG and PNG sizes and times for every sample, and for a big generated
# blueprint (the water heater's first circle copied until it has about MOMENTS touchpoints, on a grid).
# Prints figures only; needs the native CLI (build/native/blueprint).   bench-pictures.sh [MOMENTS]
set -euo pipefail
cd "$(dirname "$0")/.."
cli=${BP_CLI:-build/native/blueprint}
moments=${1:-10000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

measure() {  # measure FILE VIEW OUT: prints size and seconds
  local start end
  start=$(date +%s.%N)
  "$cli" render "$1" --view "$2" -o "$3" 2>/dev/null
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
for tp in template['touchpoints']:
    tp['recovery'] = ''
    tp.pop('recovery_circle', None)
    for a in tp.get('activities', []):
        a.pop('recovery_circle', None)
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
for view in circle blueprint; do
  measure "$work/big.blueprint.json" $view "$work/big.svg"
  measure "$work/big.blueprint.json" $view "$work/big.png"
done
