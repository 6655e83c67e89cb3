// Browser end-to-end: the measurement loop in the page, from the water-heater sample. File › Export
// instrument downloads the mystery-shopper checklist; a script fills its site and answer columns the
// way Excel saves a sheet (UTF-8 with BOM, CRLF); File › Import results' file input takes it back; the
// canvas's results layer turns on and colours the moments (red and green pixels where there were none);
// File › Export report downloads the monthly report of the whole blueprint and of one role, which name
// the standards the filled sheet put below target. Screenshots of the coloured canvas and of the printed
// report, and of the open menus, in Chinese and English, under test-output/screenshots/ (look at them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { click, findItem, launch, openDesigner, settle, siteBuilt, screenshotPath } from './browser.mjs';

const skip = siteBuilt() ? false : 'the web build is missing: run scripts/build-web.sh';
const PREFERENCES_KEY = 'service-blueprint.preferences';
const SAMPLE = '热水器安装服务链';
const SITE = '北京朝阳店';

const LABELS = {
  zh: {
    file: '文件', samples: '示例', instrument: '导出测量工具', checklist: '神秘顾客检查表', everyRole: '全部岗位',
    csv: '.csv（Excel）', importResults: '导入结果…', report: '导出月度报告', whole: '整个蓝图', html: '.html（打印）',
    role: '岗位', installer: '安装工', md: '.md', no: '否', yes: '是', header: '标准编号,触点,标准,检查要点,回答方式,期间,网点,结果,备注',
    roleTitle: ' · 岗位：安装工', belowHeading: '未达标的标准',
  },
  en: {
    file: 'File', samples: 'Samples', instrument: 'Export instrument', checklist: 'Mystery-shopper checklist',
    everyRole: 'Every role', csv: '.csv (Excel)', importResults: 'Import results…', report: 'Export report',
    whole: 'Whole blueprint', html: '.html (print)', role: 'Role', installer: 'Installer', md: '.md', no: 'no', yes: 'yes',
    header: 'standard_id,moment,statement,look for,answer type,period,site,result,comment',
    roleTitle: ' · Role: Installer', belowHeading: 'Standards below target',
  },
};

async function menu(page, ...path) {
  for (const label of path) await click(page, label);
}

// What `click` on the last menu entry downloads; `shot`: a screenshot of the open menus first.
async function download(page, path, shot = null) {
  await menu(page, ...path.slice(0, -1));
  if (shot) {
    await findItem(page, path[path.length - 1]);
    await settle(page);
    await page.screenshot({ path: screenshotPath(shot) });
  }
  const downloading = page.waitForEvent('download');
  await click(page, path[path.length - 1]);
  const d = await downloading;
  return { name: d.suggestedFilename(), bytes: readFileSync(await d.path()) };
}

// Pixels of the screenshot (PNG) within `tolerance` of each colour, counted in a page's 2D canvas.
async function countColours(context, png, colours, tolerance = 6) {
  const page = await context.newPage();
  try {
    await page.setContent('<canvas></canvas>');
    return await page.evaluate(async ([data, wanted, tol]) => {
      const image = new Image();
      image.src = 'data:image/png;base64,' + data;
      await image.decode();
      const canvas = document.querySelector('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const g = canvas.getContext('2d');
      g.drawImage(image, 0, 0);
      const px = g.getImageData(0, 0, image.width, image.height).data;
      const counts = wanted.map(() => 0);
      for (let i = 0; i < px.length; i += 4) {
        wanted.forEach(([r, gr, b], k) => {
          if (Math.abs(px[i] - r) <= tol && Math.abs(px[i + 1] - gr) <= tol && Math.abs(px[i + 2] - b) <= tol) ++counts[k];
        });
      }
      return counts;
    }, [png.toString('base64'), colours, tolerance]);
  } finally {
    await page.close();
  }
}

// The section of the report's HTML under the heading that starts with `heading`, up to the next heading.
function section(html, heading) {
  const start = html.indexOf('<h2>' + heading);
  assert.ok(start >= 0, `the report has a section "${heading}"`);
  const end = html.indexOf('<h2>', start + 4);
  return html.slice(start, end < 0 ? undefined : end);
}

const BELOW_RED = [210, 55, 55];  // palette: a result below target
const MET_GREEN = [44, 160, 82];  // palette: a result that met its target

for (const locale of ['zh-CN', 'en']) {
  const tag = locale === 'en' ? 'en' : 'zh';
  const L = LABELS[tag];
  test(`the measurement loop: checklist out, filled in, imported, canvas coloured, report out, ${tag}`, { skip, timeout: 300000 }, async () => {
    const session = await launch({ locale, viewport: { width: 1600, height: 900 } });
    try {
      await session.context.addInitScript(([key, prefs]) => localStorage.setItem(key, prefs),
        [PREFERENCES_KEY, JSON.stringify({ view: 'circles', lang: tag === 'en' ? 'en' : 'zh-CN', show_lint: false, show_standards: false })]);
      const { page, errors } = await openDesigner(session);
      await menu(page, L.file, L.samples, SAMPLE);
      await page.waitForFunction((name) => JSON.parse(window.blueprint.documentJson()).name.startsWith(name), SAMPLE);
      await page.mouse.move(4, 450);
      await settle(page);
      const plain = await page.screenshot();

      // The checklist, as Excel and WPS open it: a BOM, CRLF lines, one row per observable standard.
      const sheet = await download(page, [L.file, L.instrument, L.checklist, L.everyRole, L.csv], `results-loop-menu-instrument-${tag}.png`);
      assert.match(sheet.name, /\.checklist-\d{4}-\d{2}\.csv$/);
      const text = sheet.bytes.toString('utf8');
      assert.ok(text.startsWith('\uFEFF' + L.header + '\r\n'), 'the sheet starts with a BOM and its header');
      const rows = text.slice(1).split('\r\n').filter(Boolean);
      assert.ok(rows.length >= 3, `a few rows to fill: ${rows.length}`);

      // Filled in as a spreadsheet saves it: the site and the answer (every other one not met) of each row.
      const below = [];
      const filled = [rows[0], ...rows.slice(1).map((row, i) => {
        assert.ok(row.endsWith(',,,'), `an empty site, result and comment: ${row}`);
        if (i % 2 === 0) below.push(row.split(',')[0]);
        return row.slice(0, -3) + `,${SITE},${i % 2 === 0 ? L.no : L.yes},`;
      })];
      const bytes = Buffer.concat([Buffer.from([0xEF, 0xBB, 0xBF]), Buffer.from(filled.join('\r\n') + '\r\n', 'utf8')]);

      // Imported through File › Import results' own file input.
      await click(page, L.file);
      const choosing = page.waitForEvent('filechooser');
      await click(page, L.importResults);
      await (await choosing).setFiles({ name: 'checklist-filled.csv', mimeType: 'text/csv', buffer: bytes });
      await page.waitForFunction(() => (JSON.parse(window.blueprint.documentJson()).results || { series: [] }).series.length > 0);
      await settle(page);
      const doc = JSON.parse(await page.evaluate(() => window.blueprint.documentJson()));
      assert.deepEqual(doc.results.sites, [SITE]);
      assert.equal(doc.results.series.length, rows.length - 1, 'one series per answered row');
      assert.match(await page.evaluate(() => window.blueprint.notice()), new RegExp(String(rows.length - 1)));
      const prefs = JSON.parse(await page.evaluate((key) => localStorage.getItem(key), PREFERENCES_KEY));
      assert.equal(prefs.results_layer, true, 'the import turned the results layer on');

      // The canvas coloured: moments below target ringed red, those met green (the import also opened
      // the results panel below the canvas; its league table is coloured too, so both count).
      await page.mouse.move(4, 450);
      await settle(page);
      const shotPath = screenshotPath(`results-loop-canvas-water-heater-${tag}.png`);
      const coloured = await page.screenshot({ path: shotPath });
      const [redBefore, greenBefore] = await countColours(session.context, plain, [BELOW_RED, MET_GREEN]);
      const [redAfter, greenAfter] = await countColours(session.context, coloured, [BELOW_RED, MET_GREEN]);
      assert.ok(redAfter > redBefore + 500, `red where moments are below target: ${redBefore} → ${redAfter}`);
      // Fewer moments met (every standard of the moment answered "yes") than fell below; a ring is thin
      // at this zoom.
      assert.ok(greenAfter > greenBefore + 150, `green where a moment met its standards: ${greenBefore} → ${greenAfter}`);

      // The monthly report of the whole blueprint: every standard the sheet answered "no" is below target.
      const report = await download(page, [L.file, L.report, L.whole, L.html]);
      assert.match(report.name, /\.report-\d{4}-\d{2}\.html$/);
      const html = report.bytes.toString('utf8');
      const belowSection = section(html, L.belowHeading);
      for (const id of below) assert.ok(belowSection.includes(`<code>${id}</code>`), `${id} is below target in the report`);
      for (const row of rows.slice(1).filter((_, i) => i % 2 === 1)) {
        const id = row.split(',')[0];
        assert.ok(!belowSection.includes(`<code>${id}</code>`), `${id} met: not below`);
      }

      // One role's: the installer's title says so and lists only the standards of its moments.
      const installer = await download(page, [L.file, L.report, L.role, L.installer, L.md], `results-loop-menu-report-role-${tag}.png`);
      assert.match(installer.name, /\.report-\d{4}-\d{2}-r-installer\.md$/);
      const md = installer.bytes.toString('utf8');
      assert.ok(md.split('\n')[0].endsWith(L.roleTitle), md.split('\n')[0]);
      assert.ok(md.includes('`st-wh-covers`'), 'the installer\'s covers are in its report');
      assert.ok(!md.includes('`st-wh-price`'), 'the promoter\'s price list is not');

      // The report as printed.
      const printed = await session.context.newPage();
      await printed.setViewportSize({ width: 900, height: 1200 });
      await printed.setContent(html);
      await printed.screenshot({ path: screenshotPath(`results-loop-report-water-heater-${tag}.png`), fullPage: true });
      await printed.close();
      assert.deepEqual(errors, []);
    } finally {
      await session.close();
    }
  });
}
