// The first document follows the interface language: a Chinese browser opens the water-heater chain, an
// English one the English sample, and a stored language preference wins over the browser's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openDesigner, siteBuilt, settle, SCREENSHOTS } from './browser.mjs';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const skip = siteBuilt() ? false : 'the web build is missing (scripts/build-web.sh)';

async function firstDocument(locale, scale, shot) {
  const session = await launch({ locale, deviceScaleFactor: scale });
  try {
    const { page, errors } = await openDesigner(session);
    await settle(page);
    const doc = JSON.parse(await page.evaluate(() => window.blueprint.documentJson()));
    const language = await page.evaluate(() => window.blueprint.language());
    if (shot) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOTS, shot) });
    }
    assert.deepEqual(errors, []);
    return { doc, language };
  } finally {
    await session.close();
  }
}

test('a Chinese browser starts in Chinese on the water-heater chain', { skip, timeout: 60000 }, async () => {
  const { doc, language } = await firstDocument('zh-CN', 1, 'first-run-zh-1x.png');
  assert.equal(language, 'zh');
  assert.equal(doc.id, 'bp-water-heater');
  assert.equal(doc.language, 'zh-CN');
});

test('an English browser starts in English on the English sample', { skip, timeout: 60000 }, async () => {
  const { doc, language } = await firstDocument('en-US', 2, 'first-run-en-2x.png');
  assert.equal(language, 'en');
  assert.equal(doc.language, 'en');
  assert.equal(doc.id, 'bp-hotel-check-in');
});
