// Where a blueprint file's bytes go: each field (array indices folded: circles[].touchpoints[].name)
// with the bytes of its lines as the designer writes them (two-space indent, one field per line), and
// how much of the file is indentation, key names and brackets. Figures for the README's section on the
// format; no budgets.
//   node scripts/format-bytes.mjs FILE.blueprint.json [rows]
import { readFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) {
  console.error('usage: node scripts/format-bytes.mjs FILE.blueprint.json [rows]');
  process.exit(1);
}
const rows = Number(process.argv[3]) || 20;
const text = readFileSync(file);
const doc = JSON.parse(text.toString('utf8'));

const byField = new Map();   // path → { bytes, count, indent, keys }
let indentBytes = 0, keyBytes = 0, bracketBytes = 0;
const utf8 = (s) => Buffer.byteLength(s, 'utf8');
const add = (path, bytes, indent, keys, body) => {
  const f = byField.get(path) || { bytes: 0, count: 0, indent: 0, keys: 0, values: new Map() };
  f.bytes += bytes;
  f.count += 1;
  f.indent += indent;
  f.keys += keys;
  if (f.values && body.length <= 40) {  // short values only: the candidates for a default
    const v = f.values.get(body) || { count: 0, bytes: 0 };
    v.count += 1;
    v.bytes += bytes;
    f.values.set(body, v);
    if (f.values.size > 64) f.values = null;  // too varied to have a default
  }
  byField.set(path, f);
};

// One value at `depth`, written after `prefix` (the key and ": ", or nothing in an array): its lines'
// bytes go to its path when it is a leaf (a string, number, boolean, null, or an empty array or object).
function walk(value, path, depth, keyLength) {
  const indent = 2 * depth;
  const line = (body) => indent + keyLength + utf8(body) + 2;  // ",\n" (the last one has no comma: close enough)
  const isLeaf = value === null || typeof value !== 'object' || (Array.isArray(value) ? value.length === 0 : Object.keys(value).length === 0);
  if (isLeaf) {
    const body = JSON.stringify(value);
    add(path, line(body), indent, keyLength, body);
    indentBytes += indent;
    keyBytes += keyLength;
    return;
  }
  // The opening line (key and bracket) and the closing bracket's line.
  indentBytes += 2 * indent;
  keyBytes += keyLength;
  bracketBytes += 2 + 3;
  if (Array.isArray(value)) {
    for (const item of value) walk(item, path + '[]', depth + 1, 0);
  } else {
    for (const [k, v] of Object.entries(value)) walk(v, path ? path + '.' + k : k, depth + 1, utf8(JSON.stringify(k)) + 2);
  }
}
walk(doc, '', 0, 0);

const total = text.length;
const mb = (n) => (total >= 1048576 ? (n / 1048576).toFixed(1) + ' MB' : (n / 1024).toFixed(1) + ' KB');
const pct = (n) => (100 * n / total).toFixed(1) + ' %';
console.log(`${file}: ${mb(total)}`);
console.log(`  indentation ${mb(indentBytes)} (${pct(indentBytes)}), key names ${mb(keyBytes)} (${pct(keyBytes)}), brackets and line ends about ${pct(bracketBytes)}`);
console.log('');
console.log('| field | lines | bytes | share | of which indentation and key | most common value: share of lines, bytes |');
console.log('|---|---|---|---|---|---|');
const commonest = (f) => {
  if (!f.values) return null;
  let best = null;
  for (const [body, v] of f.values) if (!best || v.count > best.count) best = { body, ...v };
  return best;
};
const sorted = [...byField.entries()].sort((a, b) => b[1].bytes - a[1].bytes);
for (const [path, f] of sorted.slice(0, rows)) {
  const c = commonest(f);
  const common = c ? `\`${c.body}\`: ${(100 * c.count / f.count).toFixed(0)} %, ${mb(c.bytes)}` : 'varied';
  console.log(`| ${path} | ${f.count.toLocaleString('en')} | ${mb(f.bytes)} | ${pct(f.bytes)} | ${pct(f.indent + f.keys)} | ${common} |`);
}
// What leaving each field's commonest short value out would save (a default the loader fills in),
// where it is the value of at least half the field's lines.
let saving = 0;
for (const f of byField.values()) {
  const c = commonest(f);
  if (c && c.count * 2 >= f.count) saving += c.bytes;
}
console.log('');
console.log(`lines holding their field's commonest value (where at least half do): ${mb(saving)} (${pct(saving)})`);
