// Browser end-to-end: the water heater (format 4, October and November measured) opened through the
// page's file input, the filled-in checklist imported through File › Import results' input, and the
// results layer it turns on, in the blueprint and the circle view; then the standards table's results
// columns, the results panel's league table and the trend chart of a standard it opens, at 1× and 2×:
// screenshots in Chinese and English under test-output/screenshots/ (look at them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ROOT, launch, openDesigner, settle, siteBuilt, screenshotPath, findItem } from './browser.mjs';

const skip = siteBuilt() ? false : 'the web build is missing: run scripts/build-web.sh';
const PREFERENCES_KEY = 'service-blueprint.preferences';
const FIXTURE = join(ROOT, 'tests', 'fixtures', 'water_heater.v4-results.blueprint.json');
const SHEET = join(ROOT, 'tests', 'fixtures', 'water_heater.results-filled.csv');

// The fixture opened through the page's file input, then the filled-in sheet through File › Import
// results' input.
async function openWithSheet(session) {
  const opened = await openDesigner(session);
  const { page } = opened;
  await page.setInputFiles('#file-picker', FIXTURE);
  await page.waitForFunction(() => JSON.parse(window.blueprint.documentJson()).results !== undefined);
  await page.setInputFiles('input[type=file][accept^=".csv"]', SHEET);
  await page.waitForFunction(() => JSON.parse(window.blueprint.documentJson()).results.periods.includes('2026-12'));
  await settle(page);
  return opened;
}

for (const locale of ['zh-CN', 'en']) {
  const tag = locale === 'en' ? 'en' : 'zh';
  test(`results layer screenshots, ${tag}`, { skip, timeout: 300000 }, async () => {
    for (const view of ['blueprint', 'circles']) {
      const session = await launch({ locale, viewport: { width: 1600, height: 900 } });
      try {
        await session.context.addInitScript(([key, prefs]) => localStorage.setItem(key, prefs),
          [PREFERENCES_KEY, JSON.stringify({ view, lang: locale === 'en' ? 'en' : 'zh-CN', show_lint: false, show_standards: false })]);
        const { page, errors } = await openWithSheet(session);
        await page.screenshot({ path: screenshotPath(`results-layer-${view}-water-heater-${tag}.png`) });
        assert.deepEqual(errors, []);
      } finally {
        await session.close();
      }
    }
  });
}

// The standards table with its results columns and the results panel below the canvas: the inspector
// and the lint panel hidden so that both have the room.
for (const locale of ['zh-CN', 'en']) {
  const tag = locale === 'en' ? 'en' : 'zh';
  const zh = tag === 'zh';
  for (const scale of [1, 2]) {
    test(`standards table with results, league table and trend chart, ${tag} ${scale}x`, { skip, timeout: 300000 }, async () => {
      const session = await launch({ locale, deviceScaleFactor: scale, viewport: { width: 1600, height: 900 } });
      try {
        await session.context.addInitScript(([key, prefs]) => localStorage.setItem(key, prefs),
          [PREFERENCES_KEY, JSON.stringify({ view: 'blueprint', lang: zh ? 'zh-CN' : 'en', show_lint: false, show_inspector: false,
                                             bottom_height: 430 })]);
        const { page, errors } = await openWithSheet(session);

        // The import opened the results panel: its league's cells (what the page can find: the table's
        // headers and texts are not items) are 上海徐汇店 at 90 % in October and 60 % in November, 北京朝阳店
        // at 98 % in October and 50 % in December (the sheet's one slot late of two).
        for (const label of ['90 %', '60 %', '98 %', '50 %']) await findItem(page, label);
        // The first circle's rows: the third is the appointment slot (st-wh-slot); its trend chart.
        const circle = JSON.parse(await page.evaluate(() => window.blueprint.documentJson())).circles[0].name;
        const row = await findItem(page, circle, { index: 2 });  // the rows' first cells are the circle's name
        // Twice, apart: a first click can land while the panels still settle after the import.
        for (let i = 0; i < 2; ++i) {
          await page.mouse.click(row.rect.x + 6, row.y);
          await settle(page);
          await page.waitForTimeout(400);
        }
        // A cell of the league: 上海徐汇店 in October (90 %) chooses that period and site.
        const cell = await findItem(page, '90 %');
        await page.mouse.click(cell.x, cell.y);
        await settle(page);
        await page.mouse.move(4, 300);  // no tooltip over the chart
        await settle(page);
        await page.screenshot({ path: screenshotPath(`results-panel-water-heater-${tag}-${scale}x.png`) });
        const prefs = JSON.parse(await page.evaluate((key) => localStorage.getItem(key), PREFERENCES_KEY));
        assert.equal(prefs.results_period, '2026-10');
        assert.equal(prefs.results_site, '上海徐汇店');
        assert.equal(prefs.results_layer, true);
        assert.deepEqual(errors, []);
      } finally {
        await session.close();
      }
    });
  }
}
