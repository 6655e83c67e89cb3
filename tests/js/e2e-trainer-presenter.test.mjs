// Browser end-to-end: trainer mode's presenter window (web/presenter.html) on the water heater, in Chinese
// and English. P opens it (caught with the context's 'page' event); it shows the slide's trainer notes,
// where the trainer is and the next moment, and follows the slides — stepped in the designer and with its
// own keys; leaving trainer mode closes it. A blocked popup is said in the trainer bar, which then offers
// the notes on the main screen. And the role inspector (a role's duties, whom it reports and escalates
// to). Screenshots at 1920×1080 under test-output/screenshots/ (look at them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openDesigner, click, findItem, settle, siteBuilt, screenshotPath, ROOT } from './browser.mjs';

const skip = siteBuilt() ? false : 'the web build is missing: run scripts/build-web.sh';
const VIEWPORT = { width: 1920, height: 1080 };
const PREFERENCES_KEY = 'service-blueprint.preferences';
const SAMPLE = 'water-heater-installation';
const doc = JSON.parse(readFileSync(join(ROOT, 'assets', 'samples', `${SAMPLE}.blueprint.json`), 'utf8'));
const moments = doc.circles.flatMap((c) => c.touchpoints);
const n = moments.length;

async function press(page, key) {
  await page.keyboard.press(key);
  await settle(page);
}

// A session in `lang` on the water heater, in the blueprint view.
async function designer(lang, { blockPopups = false } = {}) {
  const session = await launch({ locale: lang === 'zh' ? 'zh-CN' : 'en', viewport: VIEWPORT });
  await session.context.addInitScript(([key, prefs, block]) => {
    if (!localStorage.getItem(key)) localStorage.setItem(key, prefs);
    if (block && location.pathname.endsWith('/')) window.open = () => null;  // as a popup blocker answers
  }, [PREFERENCES_KEY, JSON.stringify({ view: 'blueprint', lang: lang === 'zh' ? 'zh-CN' : 'en', show_lint: false }),
      blockPopups]);
  const { page, errors } = await openDesigner(session, { query: `?sample=${SAMPLE}.blueprint.json` });
  await settle(page);
  return { session, page, errors };
}

async function presenterShows(presenter, slide) {
  await presenter.waitForFunction((s) => document.getElementById('slide').textContent === s, `${slide} / ${n}`,
                                  { timeout: 5000 });
  const text = (id) => presenter.evaluate((i) => document.getElementById(i).textContent, id);
  return { moment: await text('moment'), notes: await text('notes'), next: await text('next'), title: await text('title') };
}

for (const lang of ['zh', 'en']) {
  const zh = lang === 'zh';
  test(`the presenter window follows the slides and closes on leaving, ${lang}`, { skip, timeout: 180000 }, async () => {
    const { session, page, errors } = await designer(lang);
    try {
      await press(page, 'F5');
      await findItem(page, `1 / ${n}`);
      const popup = session.context.waitForEvent('page');
      await press(page, 'p');
      const presenter = await popup;
      await presenter.setViewportSize(VIEWPORT);
      await presenter.waitForLoadState();
      let shown = await presenterShows(presenter, 1);
      assert.equal(shown.moment, moments[0].name);
      assert.equal(shown.notes, moments[0].trainer_notes);
      assert.equal(shown.next, moments[1].name);
      assert.equal(shown.title, zh ? '演讲者窗口' : 'Presenter');
      assert.equal(await presenter.evaluate(() => document.documentElement.lang), zh ? 'zh-CN' : 'en');
      await page.screenshot({ path: screenshotPath(`trainer-presenter-main-${lang}.png`) });
      await presenter.screenshot({ path: screenshotPath(`trainer-presenter-window-${lang}.png`) });
      // The bar's button now closes the window.
      await findItem(page, zh ? '关闭演讲者窗口 (P)' : 'Close presenter (P)');

      // Stepped in the designer: the notes follow (the second moment has none).
      await press(page, 'ArrowRight');
      shown = await presenterShows(presenter, 2);
      assert.equal(shown.moment, moments[1].name);
      assert.equal(shown.notes, zh ? '（这一页没有培训提示）' : '(no trainer notes on this slide)');
      // Stepped with the presenter window's own keys: the designer follows, and the window with it.
      await presenter.keyboard.press('End');
      await findItem(page, `${n} / ${n}`);
      shown = await presenterShows(presenter, n);
      assert.equal(shown.next, zh ? '（最后一页）' : '(the last slide)');
      await presenter.keyboard.press('Home');
      await findItem(page, `1 / ${n}`);
      for (let i = 0; i < 5; i++) await presenter.keyboard.press('ArrowRight');
      await findItem(page, `6 / ${n}`);
      shown = await presenterShows(presenter, 6);
      assert.equal(shown.moment, moments[5].name);
      assert.equal(shown.notes, moments[5].trainer_notes);
      await presenter.keyboard.press('ArrowLeft');
      await findItem(page, `5 / ${n}`);
      await presenterShows(presenter, 5);
      assert.match(await presenter.evaluate(() => document.getElementById('elapsed').textContent), /^\d\d:\d\d$/);
      await presenter.screenshot({ path: screenshotPath(`trainer-presenter-window-slide5-${lang}.png`) });

      // Leaving trainer mode closes the window.
      const closed = presenter.waitForEvent('close');
      await press(page, 'Escape');
      await findItem(page, zh ? '培训模式' : 'Trainer mode');
      await closed;
      assert.ok(presenter.isClosed());
      assert.equal(await page.evaluate(() => window.blueprint.presenterOpen()), false);
      assert.deepEqual(errors, []);
    } finally {
      await session.close();
    }
  });

  test(`a blocked presenter window is said in the bar, with the notes on the main screen on request, ${lang}`,
       { skip, timeout: 120000 }, async () => {
    const { session, page, errors } = await designer(lang, { blockPopups: true });
    try {
      await press(page, 'F5');
      await findItem(page, `1 / ${n}`);
      let opened = 0;
      session.context.on('page', () => opened++);
      await click(page, zh ? '演讲者窗口 (P)' : 'Presenter (P)');
      const toggle = zh ? '在本屏显示培训提示' : 'Trainer notes on this screen';
      await findItem(page, toggle);
      assert.equal(opened, 0);
      await page.screenshot({ path: screenshotPath(`trainer-presenter-blocked-${lang}.png`) });
      await click(page, toggle);
      await page.screenshot({ path: screenshotPath(`trainer-presenter-notes-on-screen-${lang}.png`) });
      await press(page, 'Escape');
      await findItem(page, zh ? '培训模式' : 'Trainer mode');
      assert.deepEqual(errors, []);
    } finally {
      await session.close();
    }
  });

  test(`the role inspector: duties, reports to, escalates to, ${lang}`, { skip, timeout: 120000 }, async () => {
    const { session, page, errors } = await designer(lang);
    try {
      await press(page, 'Escape');  // nothing selected: the inspector shows the blueprint and its roles
      const installer = doc.roles.findIndex((r) => r.id === 'r-installer');
      await click(page, zh ? '职责…' : 'Duties…', { index: installer });
      await findItem(page, zh ? '+ 添加职责' : '+ Add a duty');
      await findItem(page, zh ? '导出岗位卡（HTML）' : 'Role card (HTML)');
      await page.screenshot({ path: screenshotPath(`role-inspector-${lang}.png`) });
      assert.deepEqual(errors, []);
    } finally {
      await session.close();
    }
  });
}
