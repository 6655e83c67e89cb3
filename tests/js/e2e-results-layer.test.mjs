// Browser end-to-end: the water heater (format 4, October and November measured) opened through the
// page's file input, the filled-in checklist imported through File › Import results' input, and the
// results layer it turns on, in the blueprint and the circle view: screenshots in Chinese and English
// under test-output/screenshots/ (look at them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ROOT, launch, openDesigner, settle, siteBuilt, screenshotPath } from './browser.mjs';

const skip = siteBuilt() ? false : 'the web build is missing: run scripts/build-web.sh';
const PREFERENCES_KEY = 'service-blueprint.preferences';
const FIXTURE = join(ROOT, 'tests', 'fixtures', 'water_heater.v4-results.blueprint.json');
const SHEET = join(ROOT, 'tests', 'fixtures', 'water_heater.results-filled.csv');

for (const locale of ['zh-CN', 'en']) {
  const tag = locale === 'en' ? 'en' : 'zh';
  test(`results layer screenshots, ${tag}`, { skip, timeout: 300000 }, async () => {
    for (const view of ['blueprint', 'circles']) {
      const session = await launch({ locale, viewport: { width: 1600, height: 900 } });
      try {
        await session.context.addInitScript(([key, prefs]) => localStorage.setItem(key, prefs),
          [PREFERENCES_KEY, JSON.stringify({ view, lang: locale === 'en' ? 'en' : 'zh-CN', show_lint: false, show_standards: false })]);
        const { page, errors } = await openDesigner(session);
        await page.setInputFiles('#file-picker', FIXTURE);
        await page.waitForFunction(() => JSON.parse(window.blueprint.documentJson()).results !== undefined);
        await page.setInputFiles('input[type=file][accept^=".csv"]', SHEET);
        await page.waitForFunction(() => JSON.parse(window.blueprint.documentJson()).results.periods.includes('2026-12'));
        await settle(page);
        await page.screenshot({ path: screenshotPath(`results-layer-${view}-water-heater-${tag}.png`) });
        assert.deepEqual(errors, []);
      } finally {
        await session.close();
      }
    }
  });
}
