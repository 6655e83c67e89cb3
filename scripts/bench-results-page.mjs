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
import { launch, openDesigner, settle, siteBuilt, ROOT } from '../tests/js/browser.mjs';

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

  const before = await page.evaluate(() => window.blueprint.notice());
  await page.setInputFiles('input[type=file][accept^=".csv"]', csvFile);
  const imported = await page.evaluate(async (was) => {
    while (window.blueprint.notice() === was) await new Promise((resolve) => setTimeout(resolve, 5));
    return { ms: performance.now() - window.__changeAt, notice: window.blueprint.notice() };
  }, before);
  const changeAt = await page.evaluate(() => window.__changeAt);
  const drawn = await nextFrameAfter(page, changeAt);
  console.log(`import: input change → notice ${imported.ms.toFixed(0)} ms ("${imported.notice.split('\n')[0]}")`);
  console.log(`import: input change → first frame with the results layer ${drawn.toFixed(0)} ms`);
  const stats = await page.evaluate(() => window.blueprint.frameStats());
  console.log(`  that frame: ${stats.lastMs.toFixed(0)} ms of CPU`);

  // Another month: a cell of the league table picks its period and site; the layer recomputes.
  await settle(page);
  const cell = await page.evaluate(() => {
    const labels = window.blueprint.itemLabels().filter((l) => /^\d+ %$/.test(l));
    return labels.length ? labels[0] : null;
  });
  if (cell) {
    const rect = await page.evaluate((l) => window.blueprint.findItem(l, 0), cell);
    const t0 = await page.evaluate(() => performance.now());
    await page.mouse.click(rect.x + rect.width / 2, rect.y + rect.height / 2);
    console.log(`another period picked in the league: click → next frame ${(await nextFrameAfter(page, t0)).toFixed(0)} ms ` +
      `(${(await page.evaluate(() => window.blueprint.frameStats().lastMs)).toFixed(0)} ms of CPU)`);
  } else {
    console.log('the league table showed no cell to pick (results panel closed?)');
  }
} finally {
  await session.close();
  rmSync(dir, { recursive: true, force: true });
}
