// Measures the web build against its budgets and prints the figures (run by scripts/budgets.sh):
//   - everything the page transfers (html, js, wasm, font, samples) as web/serve.mjs sends it, gzip-compressed,
//     ≤ 2 MB (the bytes before compression are printed too), the font ≤ 2 MB before compression;
//   - release build: no assertions, no debug info, no names section in the wasm;
//   - first drawn frame ≤ 1.5 s after navigation, headless Chromium on localhost, a fresh profile per run;
//   - CPU time per frame while the pointer moves, and no frames while idle.
// Exit status 1 when a budget is exceeded.
import { readFileSync, readdirSync, statSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir, loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { gzip, startServer } from '../web/serve.mjs';
import { CHROMIUM_ARGS, SITE } from '../tests/js/browser.mjs';

const MB = 1024 * 1024;
const runs = Number(process.env.RUNS || 5);
let failed = false;
const check = (ok, text) => { console.log(`${ok ? 'ok  ' : 'OVER'}  ${text}`); if (!ok) failed = true; };
const kib = (n) => `${(n / 1024).toFixed(0)} KiB`;

// ------------------------------------------------------------------------------------------- sizes
// What the page fetches: every file of the site (the samples are all fetched for File > Samples).
function files(dir, prefix = '') {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, prefix + name + '/') : [{ name: prefix + name, path }];
  });
}
const site = files(SITE).filter((f) => !f.name.endsWith('.tmp'));
let total = 0, totalGzip = 0;
console.log('transfer (bytes as built / as served, gzip):');
for (const f of site) {
  const bytes = readFileSync(f.path);
  const gz = f.name.endsWith('.png') ? bytes.length : gzip(bytes).length;
  total += bytes.length;
  totalGzip += gz;
  console.log(`  ${f.name.padEnd(48)} ${kib(bytes.length).padStart(9)} ${kib(gz).padStart(9)}`);
}
console.log(`  ${'total'.padEnd(48)} ${kib(total).padStart(9)} ${kib(totalGzip).padStart(9)}`);
const font = statSync(join(SITE, 'fonts', 'ui.ttf')).size;
check(totalGzip <= 2 * MB, `page transfer as served ${(totalGzip / MB).toFixed(2)} MB ≤ 2 MB (as built: ${(total / MB).toFixed(2)} MB)`);
check(font <= 2 * MB, `font ${(font / MB).toFixed(2)} MB ≤ 2 MB`);

// ------------------------------------------------------------------------------------ release build
// The runtime keeps a tiny assert() of its own; ASSERTIONS builds add stack cookies and module-property
// guards, and C/C++ assertions leave "Assertion failed" and source file names in the wasm.
const js = readFileSync(join(SITE, 'designer.js'), 'utf8');
const wasmText = readFileSync(join(SITE, 'designer.wasm')).toString('latin1');
check(!/checkStackCookie|legacyModuleProp|Assertion failed/.test(js), 'designer.js built without ASSERTIONS');
check(!/Assertion failed|\.cpp\b/.test(wasmText), 'designer.wasm holds no assertion messages or source paths');
function customSections(wasm) {
  const names = [];
  let at = 8;
  const leb = () => { let result = 0, shift = 0, byte; do { byte = wasm[at++]; result |= (byte & 0x7f) << shift; shift += 7; } while (byte & 0x80); return result >>> 0; };
  while (at < wasm.length) {
    const id = wasm[at++];
    const size = leb();
    const end = at + size;
    if (id === 0) { const len = leb(); names.push(wasm.subarray(at, at + len).toString('utf8')); }
    at = end;
  }
  return names;
}
const sections = customSections(readFileSync(join(SITE, 'designer.wasm')));
check(!sections.some((s) => s === 'name' || s.startsWith('.debug')),
  `designer.wasm has no names or debug sections (custom sections: ${sections.join(', ') || 'none'})`);

// ------------------------------------------------------------------------------- first frame, idle
const server = await startServer(SITE, 0);
const url = `http://127.0.0.1:${server.port}/`;
const firsts = [];
let frameFigures = null;
try {
  for (let i = 0; i < runs; ++i) {
    const profile = mkdtempSync(join(tmpdir(), 'bp-budget-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 800 }, locale: 'zh-CN',
    });
    try {
      const page = context.pages()[0] || await context.newPage();
      await page.goto(url);
      await page.waitForFunction(() => window.blueprint && window.blueprint.ready, null, { timeout: 30000 });
      const stats = await page.evaluate(() => window.blueprint.frameStats());
      firsts.push(stats.firstFrameMs);
      const marks = await page.evaluate(() => Object.fromEntries(
        performance.getEntriesByType('mark').map((m) => [m.name.replace('bp-', ''), Math.round(m.startTime)])));
      console.log(`  run ${i + 1}: ${JSON.stringify(marks)}; atlas ${stats.glyphs} glyphs in ${stats.atlasMs.toFixed(0)} ms`);
      if (i === runs - 1) {
        // Pointer moves over the canvas: CPU ms per frame. Then idle: frames drawn in 2 s.
        for (let k = 0; k < 60; ++k) await page.mouse.move(200 + k * 5, 300 + (k % 7) * 3);
        await page.waitForTimeout(1000);
        const moving = await page.evaluate(() => window.blueprint.frameStats());
        await page.waitForTimeout(2000);
        const idle = await page.evaluate(() => window.blueprint.frameStats());
        frameFigures = { moving, idleFrames: idle.frames - moving.frames };
      }
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  }
} finally {
  await server.close();
}
firsts.sort((a, b) => a - b);
const median = firsts[Math.floor(firsts.length / 2)];
console.log(`first drawn frame after navigation (fresh profile each, ms): ${firsts.map((t) => t.toFixed(0)).join(', ')}`);
console.log(`machine load average (1 min): ${loadavg()[0].toFixed(2)} on ${(await import('node:os')).cpus().length} cores`);
check(median <= 1500, `first frame median ${median.toFixed(0)} ms ≤ 1500 ms (best ${firsts[0].toFixed(0)} ms)`);
const m = frameFigures.moving;
console.log(`frames: ${m.frames} drawn, last ${m.lastMs.toFixed(1)} ms, average ${m.avgMs.toFixed(1)} ms CPU; ` +
  `atlas: ${m.glyphs} glyphs, ${m.atlasWidth}×${m.atlasHeight}, built in ${m.atlasMs.toFixed(0)} ms`);
check(frameFigures.idleFrames === 0, `no frames while idle (${frameFigures.idleFrames} in 2 s)`);
process.exit(failed ? 1 : 0);
