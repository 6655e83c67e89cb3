// The page and the wasm call each other by name through two lists that must agree, with the same
// number of arguments on both sides:
//   page → wasm: the EMSCRIPTEN_KEEPALIVE functions of app/web/*.cpp, the Module._bp_* calls in
//                the page's modules (web/page*.js), and (when built) the exports build/web/site/designer.js
//                wires up;
//   wasm → page: the bp_js_* declarations of app/web/js_bridge.h, the functions of
//                web/library_blueprint.js (and in the built designer.js), and the BlueprintPage
//                functions they call, which web/page.js puts on window.BlueprintPage.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SITE } from './browser.mjs';

const read = (...parts) => readFileSync(join(ROOT, ...parts), 'utf8');
const PAGE = readdirSync(join(ROOT, 'web')).filter((f) => /^page.*\.js$/.test(f)).sort()
  .map((f) => read('web', f)).join('\n');
const LIBRARY = read('web', 'library_blueprint.js');
const HEADER = read('app', 'web', 'js_bridge.h');
const SOURCES = readdirSync(join(ROOT, 'app', 'web')).filter((f) => f.endsWith('.cpp')).map((f) => read('app', 'web', f)).join('\n');
const BUILT = existsSync(join(SITE, 'designer.js')) ? readFileSync(join(SITE, 'designer.js'), 'utf8') : null;

// The text between the parenthesis at `open` and its match.
function inParens(text, open) {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return text.slice(open + 1, i);
  }
  throw new Error('unbalanced parentheses at ' + open);
}
// How many comma-separated items, ignoring commas inside nested parentheses.
function arity(list) {
  if (!list.trim() || list.trim() === 'void') return 0;
  let depth = 0;
  let count = 1;
  for (const ch of list) {
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === ',' && depth === 0) count++;
  }
  return count;
}
// name → the arities seen for it (a Set), for every match of `pattern` whose last group is the name
// and which ends just before an opening parenthesis.
function collect(text, pattern) {
  const found = new Map();
  for (const m of text.matchAll(pattern)) {
    const open = m.index + m[0].length - 1;
    assert.equal(text[open], '(', `pattern must end at "(": ${m[0]}`);
    const name = m[m.length - 1];
    if (!found.has(name)) found.set(name, new Set());
    found.get(name).add(arity(inParens(text, open)));
  }
  return found;
}
const names = (map) => [...map.keys()].sort();
const single = (map, name) => {
  const arities = [...map.get(name)];
  assert.equal(arities.length, 1, `${name} is called with different numbers of arguments: ${arities}`);
  return arities[0];
};

test('every wasm function the page calls exists, with the same arguments, and each one is used', () => {
  const wasm = collect(SOURCES, /EMSCRIPTEN_KEEPALIVE\s+[\w\s*&:<>]*?\b(bp_\w+)\s*\(/g);
  const page = collect(PAGE, /Module\._(bp_\w+)\(/g);
  assert.ok(wasm.size >= 15, 'the C++ side was read: ' + names(wasm));
  assert.deepEqual(names(page), names(wasm), 'page.js calls exactly the functions the wasm exports');
  for (const name of names(wasm)) {
    assert.equal(single(page, name), single(wasm, name), `${name}: arguments in page.js and in the C++ definition`);
  }
  if (BUILT) {
    const built = [...BUILT.matchAll(/Module\["_(bp_\w+)"\]\s*=/g)].map((m) => m[1]);
    assert.deepEqual([...new Set(built)].sort(), names(wasm), 'the built designer.js wires up the same exports');
  }
});

test('every page function the wasm calls is declared, defined with the same arguments, and reaches page.js', () => {
  const declared = collect(HEADER, /\bvoid\s+(bp_js_\w+)\s*\(/g);
  const library = collect(LIBRARY, /\b(bp_js_\w+):\s*function\s*\(/g);
  assert.ok(declared.size >= 8, 'the header was read: ' + names(declared));
  assert.deepEqual(names(library), names(declared), 'library_blueprint.js defines exactly what js_bridge.h declares');
  for (const name of names(declared)) {
    assert.equal(single(library, name), single(declared, name), `${name}: arguments in js_bridge.h and library_blueprint.js`);
  }
  if (BUILT) {
    const built = collect(BUILT, /function _(bp_js_\w+)\(/g);
    assert.deepEqual(names(built), names(declared), 'the built designer.js carries the same functions');
    for (const name of names(declared)) assert.equal(single(built, name), single(declared, name), `${name} as built`);
  }
  // … which forward to BlueprintPage: each such function is one page.js returns, and each it returns is used.
  const forwarded = collect(LIBRARY, /BlueprintPage\.(\w+)\(/g);
  const returned = read('web', 'page.js').match(/\nwindow\.BlueprintPage = \{([^}]*)\};/);
  assert.ok(returned, 'page.js puts its functions on window.BlueprintPage');
  const exported = returned[1].split(',').map((s) => s.trim()).filter(Boolean).sort();
  assert.deepEqual(names(forwarded), exported, 'library_blueprint.js uses exactly what page.js hands over');
  for (const name of exported) {
    const definition = PAGE.match(new RegExp(`\\n(?:export )?(?:async )?function ${name}\\(`));
    assert.ok(definition, `page.js defines ${name}`);
    const params = arity(inParens(PAGE, definition.index + definition[0].length - 1));
    assert.equal(single(forwarded, name), params, `${name}: arguments in library_blueprint.js and page.js`);
  }
});
