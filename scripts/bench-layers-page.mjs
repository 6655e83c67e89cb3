// The blueprint's layers at scale in headless Chromium with software GL (SwiftShader): the generated
// blueprint of tests/bench/bench_layers.h (10,000 moments, 40,000 activities, 20,000 handoffs by default)
// dropped on the page, from the drop to the first frame that draws it (median of five fresh browsers); then wall time per frame while
// the blueprint view is dragged one step per animation frame, at the first look and zoomed in to
// reading size. Figures only, no budgets (issue: open ≤ 2 s, pan ≤ 33 ms a frame).
//   node scripts/bench-layers-page.mjs [moments]   (needs scripts/build-web.sh and build/native/blueprint_bench)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, openDesigner, panCanvas, settle, siteBuilt, ROOT } from '../tests/js/browser.mjs';
import { dropAndTime } from '../tests/js/documents.mjs';

const bench = join(ROOT, 'build', 'native', 'blueprint_bench');
if (!siteBuilt() || !existsSync(bench)) {
  console.error('needs scripts/build-web.sh and cmake --build build/native --target blueprint_bench');
  process.exit(1);
}
const moments = Number(process.argv[2]) || 10000;
const dir = mkdtempSync(join(tmpdir(), 'bp-layers-'));
const file = join(dir, 'layers.blueprint.json');
execFileSync(bench, ['--layers', '--touchpoints', String(moments), '--write', file]);
const json = readFileSync(file, 'utf8');
const doc = JSON.parse(json);
const count = (f) => doc.circles.reduce((n, c) => n + f(c), 0);
console.log(`document: ${doc.circles.length} circles, ${count((c) => c.touchpoints.length)} moments, ` +
  `${count((c) => c.touchpoints.reduce((n, t) => n + (t.activities || []).length, 0))} activities, ` +
  `${count((c) => (c.handoffs || []).length)} handoffs, ${(json.length / 1048576).toFixed(1)} MB`);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// A fresh browser and profile, the designer started, the document dropped on it: ms from the drop to
// the first frame that draws it.
async function openOnce() {
  const session = await launch({ locale: 'zh-CN', viewport: { width: 1600, height: 900 } });
  await session.context.addInitScript(() => {
    localStorage.setItem('service-blueprint.preferences', JSON.stringify({ view: 'blueprint', lang: 'zh', show_lint: false }));
  });
  const { page } = await openDesigner(session);
  await settle(page);
  const opened = await dropAndTime(page, json, 'layers.blueprint.json', doc.id);
  return { session, page, opened };
}

// Five opens, each in a fresh browser; the last one stays open for the pans.
const opens = [];
let session = null;
let page = null;
for (let round = 0; round < 5; round++) {
  if (session) await session.close();
  ({ session, page, opened: opens[round] } = await openOnce());
}
try {
  console.log(`open: drop → first frame drawing it, 5 fresh browsers: ${opens.map((t) => t.toFixed(0)).join(', ')} ms ` +
    `→ median ${median(opens).toFixed(0)} ms`);
  await page.waitForFunction(() => !window.blueprint.backgroundPending(), null, { timeout: 300000, polling: 500 });
  await settle(page);
  const box = await page.evaluate(() => { const r = document.querySelector('canvas').getBoundingClientRect(); return [r.width, r.height]; });
  for (const [label, zoom] of [['first look', 0], ['zoomed in to reading size', 6]]) {
    if (zoom) {
      await page.mouse.move(400, 500);
      for (let i = 0; i < zoom; i++) { await page.mouse.wheel(0, -100); await settle(page, 100); }
    }
    const rounds = [];
    for (let r = 0; r < 5; r++) {
      const times = await panCanvas(page, Math.round(box[0] * 0.3), Math.round(box[1] * 0.6), 30, r % 2 ? -6 : 6);
      rounds.push(median(times.slice(2)));
      await settle(page, 100);
    }
    const stats = await page.evaluate(() => window.blueprint.frameStats());
    console.log(`pan, blueprint view, ${label}: median wall ms per frame over 5 rounds ${rounds.map((t) => t.toFixed(1)).join(', ')}` +
      ` → ${median(rounds).toFixed(1)} ms (last frame CPU ${stats.lastMs.toFixed(1)} ms)`);
  }
} finally {
  await session.close();
  rmSync(dir, { recursive: true, force: true });
}
