// Browser end-to-end: Chinese-first. Chinese typed through the IME path (insertText and a real
// composition sequence), copy and paste of text and of elements, the language switch (remembered),
// HiDPI backing store at pixel ratios 1, 1.5, 2 and 3, no frames while idle, and screenshots in
// Chinese and English at ratios 1 and 2 under test-output/screenshots/ (look at them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { answer, launch, openDesigner, waitReady, click, settle, waitTextInput, siteBuilt, screenshotPath } from './browser.mjs';

const skip = siteBuilt() ? false : 'the web build is missing: run scripts/build-web.sh';

const documentOf = (page) => page.evaluate(() => JSON.parse(window.blueprint.documentJson()));
const circleNamed = async (page, name) => (await documentOf(page)).circles.find((c) => c.name === name);

test('Chinese through the IME, copy and paste, language switch, screenshots', { skip, timeout: 300000 }, async () => {
  const session = await launch({ locale: 'zh-CN', deviceScaleFactor: 2 });
  try {
    const { page, errors } = await openDesigner(session);
    const cdp = await session.context.newCDPSession(page);
    assert.equal(await page.evaluate(() => window.blueprint.language()), 'zh', 'zh-CN browser → Chinese UI');
    await page.screenshot({ path: screenshotPath('zh-dpr2-sample.png') });

    await click(page, '文件');
    await click(page, '新建');
    await click(page, '+ 服务圈');
    await waitTextInput(page, true);

    // A composition as a Pinyin IME produces it: preedit text, keys the IME eats (keyCode 229) that
    // must not reach the field, then the committed text.
    await cdp.send('Input.imeSetComposition', { text: 'bao', selectionStart: 3, selectionEnd: 3 });
    await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: 'Backspace', code: 'Backspace', windowsVirtualKeyCode: 229 });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Backspace', code: 'Backspace', windowsVirtualKeyCode: 229 });
    await cdp.send('Input.imeSetComposition', { text: 'baoxiu', selectionStart: 6, selectionEnd: 6 });
    await settle(page);
    assert.ok(await page.evaluate(() => document.getElementById('ime').classList.contains('composing')),
      'the composition is shown while typing');
    await page.screenshot({ path: screenshotPath('zh-dpr2-composing.png') });
    await cdp.send('Input.insertText', { text: '报修' });
    // keyboard.insertText: what an IME's commit looks like without a composition.
    await page.keyboard.insertText('服务圈');
    await page.keyboard.press('Enter');
    await waitTextInput(page, false);
    await settle(page);
    assert.ok(await circleNamed(page, '报修服务圈'), 'circle named through the IME path');

    // In the middle of existing text: rename (F2), go to the end, one character back, insert.
    await page.keyboard.press('F2');
    await waitTextInput(page, true);
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await cdp.send('Input.imeSetComposition', { text: 'zhongxin', selectionStart: 8, selectionEnd: 8 });
    await cdp.send('Input.insertText', { text: '中心' });
    await page.keyboard.press('Enter');
    await waitTextInput(page, false);
    await settle(page);
    assert.ok(await circleNamed(page, '报修服务中心圈'), 'inserted at the caret: ' +
      (await documentOf(page)).circles.map((c) => c.name).join(', '));

    // A character neither the UI nor the document had: the glyph atlas is rebuilt to hold it.
    const glyphsBefore = (await page.evaluate(() => window.blueprint.frameStats())).glyphs;
    await page.keyboard.press('F2');
    await waitTextInput(page, true);
    await page.keyboard.insertText('鼹');
    await settle(page);
    const glyphsAfter = (await page.evaluate(() => window.blueprint.frameStats())).glyphs;
    assert.equal(glyphsAfter, glyphsBefore + 1, 'the typed character was baked into the atlas');
    await page.screenshot({ path: screenshotPath('zh-dpr2-new-glyph.png') });
    await page.keyboard.press('Escape');
    await waitTextInput(page, false);
    await settle(page);

    // A touchpoint named in Chinese, then its name copied from the rename field (Ctrl+A, Ctrl+C).
    await click(page, '+ 触点');
    await waitTextInput(page, true);
    await page.keyboard.insertText('电话报修');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Control+C');
    await page.keyboard.press('Enter');
    await waitTextInput(page, false);
    await settle(page);
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), '电话报修', 'copied to the system clipboard');

    // Paste it as the next touchpoint's name, after a few typed characters (Ctrl+V).
    await page.keyboard.press('Enter');
    await waitTextInput(page, true);
    await page.keyboard.insertText('二次');
    await page.keyboard.press('Control+V');
    await page.keyboard.press('Enter');
    await waitTextInput(page, false);
    await settle(page);
    let circle = await circleNamed(page, '报修服务中心圈');
    assert.deepEqual(circle.touchpoints.map((t) => t.name), ['电话报修', '二次电话报修']);

    // Text from another program: put it on the clipboard outside the app, paste into a new name.
    await page.evaluate(() => navigator.clipboard.writeText('上门服务（外部）'));
    await page.keyboard.press('Enter');
    await waitTextInput(page, true);
    await page.keyboard.press('Control+V');
    await page.keyboard.press('Enter');
    await waitTextInput(page, false);
    await settle(page);
    circle = await circleNamed(page, '报修服务中心圈');
    assert.equal(circle.touchpoints[2].name, '上门服务（外部）');

    // Elements: the selected touchpoint copied (Ctrl+C on the canvas) and pasted (Ctrl+V) → one more.
    await page.keyboard.press('Control+C');
    await settle(page);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.ok(copied.includes('上门服务（外部）'), 'the copied touchpoint is on the clipboard as text');
    await page.keyboard.press('Control+V');
    await settle(page);
    circle = await circleNamed(page, '报修服务中心圈');
    assert.equal(circle.touchpoints.length, 4, 'pasted touchpoint added');
    assert.equal(circle.touchpoints[3].name, '上门服务（外部）');
    await page.screenshot({ path: screenshotPath('zh-dpr2-typed.png') });
    const workWithPaste = await page.evaluate(() => window.blueprint.documentJson());

    // … and into another document: File > New (the work above is unsaved: not kept), Ctrl+V.
    await click(page, '文件');
    await click(page, '新建');
    await answer(page, '不保存');
    await page.keyboard.press('Control+V');
    await settle(page);
    const other = await documentOf(page);
    assert.ok(other.circles.some((c) => c.touchpoints.some((t) => t.name === '上门服务（外部）')),
      'the touchpoint pasted into a new document');
    // Back to the work above (undo is per document, so open it as a file would be).
    await page.evaluate((json) => {
      const data = new DataTransfer();
      data.items.add(new File([json], 'work.blueprint.json', { type: 'application/json' }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, workWithPaste);
    await answer(page, '不保存');  // the pasted-into document has unsaved work: asked first
    await page.waitForFunction((json) => window.blueprint.documentJson() === json, workWithPaste);

    // Language: English from the menu, remembered across a reload.
    await click(page, '语言');
    await click(page, 'English');
    assert.equal(await page.evaluate(() => window.blueprint.language()), 'en');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    await page.screenshot({ path: screenshotPath('en-dpr2-typed.png') });
    await page.evaluate(() => window.blueprint.autosaved());  // the last edit's write has completed
    await page.reload();
    await waitReady(page);
    assert.equal(await page.evaluate(() => window.blueprint.language()), 'en', 'language remembered');
    assert.ok(await circleNamed(page, '报修服务中心圈'), 'work restored after reload');
    await settle(page);
    await click(page, 'Language');
    await click(page, '中文');
    assert.equal(await page.evaluate(() => window.blueprint.language()), 'zh');
    assert.deepEqual(errors, [], 'no console errors');
  } finally {
    await session.close();
  }
});

test('screenshots at pixel ratio 1 in Chinese and English', { skip, timeout: 60000 }, async () => {
  const session = await launch({ locale: 'en-US', deviceScaleFactor: 1 });
  try {
    const { page, errors } = await openDesigner(session);
    assert.equal(await page.evaluate(() => window.blueprint.language()), 'en', 'en-US browser → English UI');
    await settle(page);
    await page.screenshot({ path: screenshotPath('en-dpr1-sample.png') });
    await click(page, 'Language');
    await click(page, '中文');
    await settle(page);
    await page.screenshot({ path: screenshotPath('zh-dpr1-sample.png') });
    assert.deepEqual(errors, []);
  } finally {
    await session.close();
  }
});

test('HiDPI: backing store follows the pixel ratio and the window; idle means no frames', { skip, timeout: 90000 }, async () => {
  const session = await launch({ locale: 'zh-CN', deviceScaleFactor: 1, viewport: { width: 1000, height: 700 } });
  try {
    const { page, errors } = await openDesigner(session);
    const cdp = await session.context.newCDPSession(page);
    const canvasSize = () => page.evaluate(() => {
      const c = document.getElementById('canvas');
      return { w: c.width, h: c.height, cssW: c.getBoundingClientRect().width, cssH: c.getBoundingClientRect().height,
               dpr: window.devicePixelRatio, atlas: window.blueprint.frameStats() };
    });
    for (const [ratio, width, height] of [[1, 960, 680], [1.5, 1000, 700], [2, 900, 640], [3, 800, 600]]) {
      await cdp.send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: ratio, mobile: false });
      await page.waitForFunction(([r, w]) => window.devicePixelRatio === r &&
        document.getElementById('canvas').width === Math.round(w * r), [ratio, width]);
      await settle(page);
      const s = await canvasSize();
      assert.equal(s.w, Math.round(s.cssW * ratio), `backing width at ${ratio}`);
      assert.equal(s.h, Math.round(s.cssH * ratio), `backing height at ${ratio}`);
      // Hit testing in CSS pixels: a toolbar button still opens its menu at its drawn place.
      await click(page, '视图');
      await click(page, '缩放到全部');
      if (ratio === 1.5 || ratio === 3) await page.screenshot({ path: screenshotPath(`zh-dpr${ratio}-sample.png`) });
    }
    // The atlas was rebuilt for the last ratio: its texture is larger than at ratio 1.
    assert.ok((await canvasSize()).atlas.atlasHeight >= 512);

    // Idle: no input, no frames.
    await settle(page);
    const before = (await canvasSize()).atlas.frames;
    await page.waitForTimeout(1500);
    assert.equal((await canvasSize()).atlas.frames, before, 'no frames drawn while idle');
    assert.deepEqual(errors, []);
  } finally {
    await session.close();
  }
});
