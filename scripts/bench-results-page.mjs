// A year of results at scale in headless Chromium (SwiftShader): the core benchmark's blueprint (10,000
// touchpoints, 60,000 standards) dropped on the page, then a year of its results (12 months × 20 sites,
// N sites per standard and month; 1.44 million rows at N = 2) imported through File › Import results'
// input: from the input's change to the designer's notice, and to the first frame that draws the
// results layer (compliance of every moment computed for it); then a period switch in the results
// panel's league (compliance recomputed for another month). Figures only, no budgets (issue: import and
// recompute each ≤ 3 s in the page).
//   node scripts/bench-results-page.mjs [sites per standard]   (needs scripts/build-web.sh and
//   build/native/blueprint_bench)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, openDesigner, settle, siteBuilt, screenshotPath, ROOT } from '../tests/js/browser.mjs';

const bench = join(ROOT, 'build', 'native', 'blueprint_bench');
if (!siteBuilt() || !existsSync(bench)) {
  console.error('needs scripts/build-web.sh and cmake --build build/native --target blueprint_bench');
  process.exit(1);
}
const sites = Number(process.argv[2]) || 2;
const dir = mkdtempSync(join(tmpdir(), 'bp-results-'));
execFileSync(bench, ['--results', String(sites), '--write', dir]);
const blueprintFile = join(dir, 'results-bench.blueprint.json');
const csvFile = join(dir, 'results-bench.csv');
const json = readFileSync(blueprintFile, 'utf8');
const id = JSON.parse(json).id;
const rows = readFileSync(csvFile, 'utf8').split('\n').length - 2;
console.log(`blueprint ${(json.length / 1048576).toFixed(1)} MB; results CSV ${rows} rows, ` +
  `${(statSync(csvFile).size / 1048576).toFixed(1)} MB`);

// Resolves, in the page, when a frame after `since` has been drawn: ms from `since`.
const nextFrameAfter = (page, since) => page.evaluate(async (t0) => {
  const frames = window.blueprint.frameStats().frames;
  while (window.blueprint.frameStats().frames === frames) await new Promise((resolve) => requestAnimationFrame(resolve));
  return performance.now() - t0;
}, since);

const session = await launch({ locale: 'zh-CN', viewport: { width: 1600, height: 900 } });
try {
  await session.context.addInitScript(() => {
    localStorage.setItem('service-blueprint.preferences', JSON.stringify({ view: 'circles', lang: 'zh', show_lint: false }));
  });
  const { page } = await openDesigner(session);
  await settle(page);
  page.on('crash', () => console.log('the page crashed'));
  page.on('console', (m) => console.log(`page: ${m.text().slice(0, 300)}`));
  await page.evaluate(() => {
    window.__changeAt = 0;
    document.addEventListener('change', () => { window.__changeAt = performance.now(); }, true);
  });
  // Through the page's file input, as File › Open does without the file system access API.
  await page.setInputFiles('#file-picker', blueprintFile);
  await page.waitForFunction((want) => window.Module.UTF8ToString(window.Module._bp_document_id()) === want, id,
    { timeout: 300000, polling: 200 });
  const opened = await nextFrameAfter(page, await page.evaluate(() => window.__changeAt));
  console.log(`open the blueprint: input change → first frame ${opened.toFixed(0)} ms`);
  await page.waitForFunction(() => !window.blueprint.backgroundPending(), null, { timeout: 600000, polling: 500 });
  await settle(page);

  // Every frame the designer draws from here on, with its time and CPU cost.
  await page.evaluate(() => {
    window.__frames = [];
    let last = window.blueprint.frameStats().frames;
    const watch = () => {
      const stats = window.blueprint.frameStats();
      if (stats.frames !== last) {
        last = stats.frames;
        window.__frames.push([performance.now(), stats.lastMs]);
      }
      requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  });
  const firstFrameAfter = (t) => page.evaluate((t0) => window.__frames.find(([at]) => at > t0) || null, t);
  const before = await page.evaluate(() => window.blueprint.notice());
  await page.setInputFiles('input[type=file][accept^=".csv"]', csvFile);
  const imported = await page.evaluate(async (was) => {
    while (window.blueprint.notice() === was) await new Promise((resolve) => setTimeout(resolve, 5));
    return { at: performance.now(), ms: performance.now() - window.__changeAt, notice: window.blueprint.notice() };
  }, before);
  await settle(page, 500, 120000);
  const changeAt = await page.evaluate(() => window.__changeAt);
  const drawn = await firstFrameAfter(imported.at);
  console.log(`import: input change → notice ${imported.ms.toFixed(0)} ms ("${imported.notice}")`);
  if (drawn) console.log(`import: input change → first frame with the results layer ${(drawn[0] - changeAt).toFixed(0)} ms ` +
    `(that frame: ${drawn[1].toFixed(0)} ms of CPU)`);

  // The autosave of the document with its results, after the frame that shows them.
  const saved = await page.evaluate(async () => {
    await window.blueprint.autosaved();
    return window.blueprint.storage().lastWrittenAt;
  });
  const after = await page.evaluate((t0) => window.__frames.filter(([at]) => at > t0).map(([, ms]) => ms), imported.at);
  console.log(`import: input change → autosave written ${(saved - changeAt).toFixed(0)} ms; ` +
    `the longest frame after the notice ${Math.max(0, ...after).toFixed(0)} ms of CPU (${after.length} frames)`);

  await page.screenshot({ path: screenshotPath('bench-results-page.png') });
  // Another month: a cell of the league table picks its period and site; the layer recomputes.
  await page.evaluate(() => window.blueprint.findItem('', 0));  // the first query turns item queries on
  await settle(page, 500, 120000);
  const labels = await page.evaluate(() => window.blueprint.itemLabels().map((l) => l.split('##')[0]));
  const cell = labels.find((l) => /^\d+ %$/.test(l)) || null;
  if (cell) {
    let rect = null;
    for (let i = 0; i < 50 && !rect; i++) {
      rect = await page.evaluate((l) => window.blueprint.findItem(l, 0), cell);
      if (!rect) await page.waitForTimeout(100);
    }
    const t0 = await page.evaluate(() => performance.now());
    await page.mouse.click(rect.x + rect.width / 2, rect.y + rect.height / 2);
    await settle(page, 500, 120000);
    // The click's frame pushes the choice; the next one recomputes the layer, the table and the league.
    const frames = await page.evaluate((since) => window.__frames.filter(([at]) => at > since), t0);
    const slowest = frames.reduce((a, f) => (!a || f[1] > a[1] ? f : a), null);
    if (slowest) console.log(`another period and site picked in the league: click → the frame that recomputed ` +
      `${(slowest[0] - t0).toFixed(0)} ms (${slowest[1].toFixed(0)} ms of CPU; frames after the click: ` +
      `${frames.map(([at, ms]) => `${(at - t0).toFixed(0)}:${ms.toFixed(0)}`).join(' ')})`);
  } else {
    console.log(`the league table showed no cell to pick (${labels.length} items: ${JSON.stringify(labels.slice(-30))})`);
  }
} finally {
  await session.close();
  rmSync(dir, { recursive: true, force: true });
}
