// Browser end-to-end: a service designer's whole path through the designer, by mouse and keyboard on
// the real canvas. Lay out a circle with three touchpoints and a key factor, convert, export the
// standards file (checked against the published schema with ajv), reload and find the work restored,
// open a malformed file and see the error with the document unchanged; no console errors throughout.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { launch, openDesigner, waitReady, click, settle, waitTextInput, typeName, siteBuilt, screenshotPath, ROOT } from './browser.mjs';

const SCHEMA = join(ROOT, 'assets', 'schema', 'service-standards.schema.json');
const skip = siteBuilt() ? false : 'the web build is missing: run scripts/build-web.sh';

const documentOf = (page) => page.evaluate(() => JSON.parse(window.blueprint.documentJson()));

test('lay out a circle, convert, export, reload, open a bad file', { skip, timeout: 240000 }, async () => {
  const session = await launch({ locale: 'zh-CN' });
  try {
    // A browser without the File System Access API: Open uses the file input (e2e-files covers the API).
    await session.context.addInitScript(() => { window.showOpenFilePicker = undefined; window.showSaveFilePicker = undefined; });
    const { page, errors, dialogs } = await openDesigner(session);

    // A new document, then a circle of our own with three touchpoints (toolbar, then Enter for the next).
    await click(page, '文件');
    await click(page, '新建');
    const circlesBefore = (await documentOf(page)).circles.length;
    await click(page, '+ 服务圈');
    await typeName(page, '报修服务圈');
    await click(page, '+ 触点');
    await typeName(page, '电话报修');
    await page.keyboard.press('Enter');
    await typeName(page, '上门维修');
    await page.keyboard.press('Enter');
    await typeName(page, '回访');
    // The last touchpoint is selected: give it a key factor.
    await click(page, '+ 关键因素');
    await typeName(page, '回访及时');

    let doc = await documentOf(page);
    assert.equal(doc.circles.length, circlesBefore + 1, 'one circle more');
    const circle = doc.circles.find((c) => c.name === '报修服务圈');
    assert.ok(circle, 'the new circle carries the typed name');
    assert.deepEqual(circle.touchpoints.map((t) => t.name), ['电话报修', '上门维修', '回访']);
    const visit = circle.touchpoints[2];
    assert.deepEqual(visit.key_factors.map((k) => k.name), ['回访及时']);
    assert.equal(visit.key_factors[0].standards.length, 0);

    // Convert: every key factor without a standard gets a measurable draft.
    await click(page, '转换为标准');
    doc = await documentOf(page);
    const factor = doc.circles.find((c) => c.name === '报修服务圈').touchpoints[2].key_factors[0];
    assert.ok(factor.standards.length >= 1, 'the key factor has a standard after converting');
    assert.ok(factor.standards[0].statement.length > 0);
    await page.screenshot({ path: screenshotPath('workflow-converted.png') });

    // Export the standards file through the menu and check it against the schema.
    await click(page, '文件');
    await click(page, '导出标准');
    const downloading = page.waitForEvent('download');
    await click(page, '.standards.json');
    const download = await downloading;
    assert.match(download.suggestedFilename(), /\.standards\.json$/);
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
    assert.equal(exported.format, 'service-standards');
    assert.ok(exported.standards.some((s) => s.key_factor && s.key_factor.name === '回访及时'),
      'the export holds the converted standard with its trace');
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8')));
    assert.ok(validate(exported), 'schema errors: ' + JSON.stringify(validate.errors, null, 1));

    // Reload: the autosave in IndexedDB brings back exactly this document.
    const before = await page.evaluate(() => window.blueprint.documentJson());
    await page.waitForFunction(() => window.blueprint.autosaves() > 0);
    await page.evaluate(() => window.blueprint.autosaved());  // the last change's write has completed
    assert.ok(await page.evaluate(() => window.blueprint.unsaved()), 'changes not yet saved to a file');
    await page.reload();
    await waitReady(page);
    assert.ok(dialogs.includes('beforeunload'), 'the page warned before leaving with unsaved changes');
    assert.equal(await page.evaluate(() => window.blueprint.documentJson()), before, 'restored exactly');
    assert.ok(await page.evaluate(() => window.blueprint.unsaved()), 'restored work is still unsaved');

    // A malformed file through File > Open: an error in the app, the document unchanged.
    const dir = mkdtempSync(join(tmpdir(), 'bp-bad-'));
    const bad = join(dir, 'broken.blueprint.json');
    writeFileSync(bad, '{ "format": "service-blueprint", "format_version": 2, "id": "x", "name": ');
    await click(page, '文件');
    await click(page, '打开…');
    const choosing = page.waitForEvent('filechooser');
    await click(page, '不保存');  // the unsaved work is asked about first (and stays in File > Recent)
    await (await choosing).setFiles(bad);
    await page.waitForFunction(() => window.blueprint.notice().length > 0);
    await settle(page);
    const notice = await page.evaluate(() => window.blueprint.notice());
    assert.match(notice, /broken\.blueprint\.json/);
    assert.equal(await page.evaluate(() => window.blueprint.documentJson()), before, 'document unchanged');
    await page.screenshot({ path: screenshotPath('workflow-bad-file.png') });

    assert.deepEqual(errors, [], 'no console errors');
  } finally {
    await session.close();
  }
});

test('dropping a blueprint file on the page opens it', { skip, timeout: 60000 }, async () => {
  const session = await launch({ locale: 'en-US' });
  try {
    const { page, errors } = await openDesigner(session);
    const text = JSON.stringify({ format: 'service-blueprint', format_version: 2, id: 'bp-dropped',
      name: '拖放的蓝图', circles: [] });
    await page.evaluate((json) => {
      const data = new DataTransfer();
      data.items.add(new File([json], 'dropped.blueprint.json', { type: 'application/json' }));
      const canvas = document.getElementById('canvas');
      canvas.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
      canvas.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, text);
    await page.waitForFunction(() => JSON.parse(window.blueprint.documentJson()).id === 'bp-dropped');
    assert.equal((await documentOf(page)).name, '拖放的蓝图');
    assert.deepEqual(errors, []);
  } finally {
    await session.close();
  }
});

test('the wheel and a pinch (ctrl+wheel) zoom the canvas, not the page, without console errors', { skip, timeout: 60000 }, async () => {
  const session = await launch({ locale: 'zh-CN' });
  try {
    const { page, errors } = await openDesigner(session);
    const canvasPixels = () => page.screenshot({ clip: { x: 0, y: 70, width: 900, height: 480 } });
    await page.mouse.move(420, 300);
    const before = await canvasPixels();
    for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -120);
    await settle(page);
    const zoomedIn = await canvasPixels();
    assert.notDeepEqual(zoomedIn, before, 'the wheel changes the canvas view');
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, 240);
    await page.keyboard.up('Control');
    await settle(page);
    assert.notDeepEqual(await canvasPixels(), zoomedIn, 'ctrl+wheel (a touchpad pinch) zooms the canvas');
    assert.equal(await page.evaluate(() => window.visualViewport.scale), 1, 'the page itself is not zoomed');
    assert.deepEqual(errors, []);
  } finally {
    await session.close();
  }
});

test('resizing the window while the wasm is still loading reaches it only once it is ready', { skip, timeout: 60000 }, async () => {
  const session = await launch({ locale: 'zh-CN', viewport: { width: 1000, height: 700 } });
  try {
    const page = session.context.pages()[0] || await session.context.newPage();
    // The wasm arrives late, as on a slow or busy machine; the window changes size meanwhile.
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route('**/designer.wasm', async (route) => { await held; await route.continue(); });
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(session.url);
    for (const [width, height] of [[900, 650], [1100, 720], [1200, 760]]) {
      await page.setViewportSize({ width, height });
      await page.waitForTimeout(50);
    }
    release();
    await waitReady(page);
    await settle(page);
    const size = await page.evaluate(() => [document.getElementById('canvas').width, document.getElementById('canvas').height]);
    assert.deepEqual(size, [1200, 760], 'the backing store has the final size');
    await click(page, '视图');  // hit testing works in the final size
    await click(page, '缩放到全部');
    assert.deepEqual(errors, [], 'no errors (a resize before the runtime was up used to throw)');
  } finally {
    await session.close();
  }
});
