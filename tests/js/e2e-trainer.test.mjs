// Browser end-to-end: trainer mode on every sample — enter it with F5, step through every moment, filter
// by role, answer a self-check, leave with Esc back to the same view — with screenshots at 1920×1080 in
// Chinese and English under test-output/screenshots/ (look at them). Then the water-heater installer's role
// card printed to PDF by Chromium and its pages turned into PNG with pdftoppm (look at those too).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openDesigner, click, findItem, settle, siteBuilt, screenshotPath, ROOT, OUTPUT, SCREENSHOTS } from './browser.mjs';

const skip = siteBuilt() ? false : 'the web build is missing: run scripts/build-web.sh';
const VIEWPORT = { width: 1920, height: 1080 };
const PREFERENCES_KEY = 'service-blueprint.preferences';
const samplesDir = join(ROOT, 'assets', 'samples');
const samples = readdirSync(samplesDir).filter((f) => f.endsWith('.blueprint.json')).map((f) => f.replace('.blueprint.json', '')).sort();

function moments(doc) { return doc.circles.reduce((n, c) => n + c.touchpoints.length, 0); }

// A role's moments: it serves them, does one of their activities or owns one of their standards (blueprint/trainer.h).
function roleMoments(doc, role) {
  let n = 0;
  for (const c of doc.circles)
    for (const t of c.touchpoints)
      if (t.role === role || t.activities.some((a) => a.role === role) ||
          t.key_factors.some((k) => k.standards.some((s) => s.owner === role))) n++;
  return n;
}

async function press(page, key, times = 1) {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
  await settle(page);
}

for (const locale of ['zh-CN', 'en']) {
  const zh = locale !== 'en';
  const tag = zh ? 'zh' : 'en';
  test(`trainer mode on every sample, ${tag}`, { skip, timeout: 600000 }, async () => {
    for (const sample of samples) {
      const doc = JSON.parse(readFileSync(join(samplesDir, `${sample}.blueprint.json`), 'utf8'));
      const session = await launch({ locale, viewport: VIEWPORT });
      try {
        await session.context.addInitScript(([key, prefs]) => {
          if (!localStorage.getItem(key)) localStorage.setItem(key, prefs);
        }, [PREFERENCES_KEY, JSON.stringify({ view: 'blueprint', lang: zh ? 'zh-CN' : 'en', show_lint: false })]);
        const { page, errors } = await openDesigner(session, { query: `?sample=${sample}.blueprint.json` });
        await settle(page);
        const before = await page.evaluate(() => window.blueprint.documentJson());
        await page.screenshot({ path: screenshotPath(`trainer-${sample}-before-${tag}.png`) });

        // In from the toolbar's button for the first sample, with F5 for the others.
        if (sample === samples[0]) await click(page, zh ? '培训模式' : 'Trainer mode');
        else await press(page, 'F5');
        const n = moments(doc);
        await findItem(page, `1 / ${n}`);
        await page.screenshot({ path: screenshotPath(`trainer-${sample}-slide1-${tag}.png`) });
        // Every moment, one after the other: → Space and the Next button.
        for (let i = 2; i <= n; i++) {
          if (i % 3 === 0) await press(page, 'Space');
          else if (i % 3 === 1) await click(page, zh ? '下一页 →' : 'Next →');
          else await press(page, 'ArrowRight');
          await findItem(page, `${i} / ${n}`);
        }
        await press(page, 'Home');
        await findItem(page, `1 / ${n}`);
        await press(page, 'End');
        await findItem(page, `${n} / ${n}`);
        if (n >= 3) {
          await press(page, '3');
          await findItem(page, `3 / ${n}`);
          await page.screenshot({ path: screenshotPath(`trainer-${sample}-slide3-${tag}.png`) });
        }

        // Filter by the role of the first moment: only its moments.
        const role = doc.roles.find((r) => r.id === doc.circles[0].touchpoints[0].role) || doc.roles[0];
        const roleName = zh ? role.name : (role.name_en || role.name);
        await click(page, zh ? '角色：全部角色' : 'Role: Every role');
        await click(page, roleName);
        const k = roleMoments(doc, role.id);
        await findItem(page, `1 / ${k}`);
        await press(page, 'ArrowRight', k - 1);
        await findItem(page, `${k} / ${k}`);
        await press(page, 'Home');
        await page.screenshot({ path: screenshotPath(`trainer-${sample}-role-${tag}.png`) });

        // A self-check on this moment: the answer is hidden until shown, then marked right.
        await press(page, 'q');
        await click(page, zh ? '显示答案' : 'Show the answer');
        await click(page, zh ? '答对' : 'Right');
        await page.screenshot({ path: screenshotPath(`trainer-${sample}-check-${tag}.png`) });

        // Esc leaves the self-check, then trainer mode: back in the blueprint view, the document unchanged.
        await press(page, 'Escape');
        await findItem(page, zh ? '自查 (Q)' : 'Self-check (Q)');
        await press(page, 'Escape');
        await findItem(page, zh ? '培训模式' : 'Trainer mode');
        const prefs = JSON.parse(await page.evaluate((key) => localStorage.getItem(key), PREFERENCES_KEY));
        assert.equal(prefs.view, 'blueprint');
        assert.equal(await page.evaluate(() => window.blueprint.documentJson()), before);
        await page.screenshot({ path: screenshotPath(`trainer-${sample}-after-${tag}.png`) });
        assert.deepEqual(errors, []);
      } finally {
        await session.close();
      }
    }
  });
}

// The installer's role card, printed by Chromium on A4 and turned into PNG pages.
const cli = process.env.BLUEPRINT_CLI ?? join(ROOT, 'build', 'native', 'blueprint');
const pdfSkip = skip || (!existsSync(cli) ? `the native CLI is not built: ${cli}` : false) ||
  (spawnSync('pdftoppm', ['-v']).error ? 'pdftoppm is missing: run scripts/setup.sh' : false);
test('the installer role card prints on A4', { skip: pdfSkip, timeout: 120000 }, async () => {
  const html = spawnSync(cli, ['handout', join(samplesDir, 'water-heater-installation.blueprint.json'), '--role', 'r-installer', '--to', 'html']);
  assert.equal(html.status, 0, String(html.stderr));
  mkdirSync(SCREENSHOTS, { recursive: true });
  const htmlPath = join(OUTPUT, 'role-card-installer.html');
  writeFileSync(htmlPath, html.stdout);
  const session = await launch({ locale: 'zh-CN' });
  try {
    const page = await session.context.newPage();
    await page.goto(`file://${htmlPath}`);
    const pdfPath = join(OUTPUT, 'role-card-installer.pdf');
    await page.pdf({ path: pdfPath, format: 'A4', printBackground: true, preferCSSPageSize: true });
    const png = spawnSync('pdftoppm', ['-png', '-r', '80', pdfPath, join(SCREENSHOTS, 'role-card-installer')]);
    assert.equal(png.status, 0, String(png.stderr));
    const pages = readdirSync(SCREENSHOTS).filter((f) => f.startsWith('role-card-installer') && f.endsWith('.png'));
    assert.ok(pages.length >= 2, `expected at least two A4 pages, found ${pages.length}`);
    const text = spawnSync('pdftotext', [pdfPath, '-']).stdout.toString('utf8');
    for (const words of ['岗位服务标准卡', '安装工电话预约', '前一日20:00前致电确认上门时段', '每月自查']) assert.ok(text.includes(words), words);
    assert.ok(!text.includes('在约定时段内到达顾客家'), 'the driver\'s standard is not on the installer\'s card');
  } finally {
    await session.close();
  }
});
