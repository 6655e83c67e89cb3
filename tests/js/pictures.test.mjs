// The pictures of every sample (blueprint render, both views, zh and en) opened in Chromium and drawn by
// rsvg-convert, Debian's second renderer: each must show its diagram (not blank, Chinese glyphs drawn
// from the outlines the SVG embeds) and the two renderers must agree pixel for pixel but for edge
// anti-aliasing. Chromium's screenshots and rsvg's PNGs go to test-output/pictures/ (look at them).
// Then the page's File › Export picture: the SVG and the PNG the browser makes from it are downloaded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, OUTPUT, ROOT, launch, openDesigner, click, settle, siteBuilt } from './browser.mjs';

const CLI = process.env.BP_CLI || join(ROOT, 'build', 'native', 'blueprint');
const PICTURES = join(OUTPUT, 'pictures');
const haveRsvg = (() => { try { execFileSync('rsvg-convert', ['--version']); return true; } catch { return false; } })();
const skip = !existsSync(CLI) ? 'the native CLI is missing: build the blueprint target'
  : !haveRsvg ? 'rsvg-convert is missing: run scripts/setup.sh' : false;
const samples = readdirSync(join(ROOT, 'assets', 'samples')).filter((f) => f.endsWith('.blueprint.json'));

// In the page: both images drawn on canvases; how many pixels are not white, and how many differ
// between them by more than `tolerance` in a channel.
async function compare(page, svgBytes, pngBytes, width, height) {
  return page.evaluate(async ({ svg, png, width, height }) => {
    const load = (src) => new Promise((resolve, reject) => {
      const image = new Image();
      image.onload = () => resolve(image);
      image.onerror = () => reject(new Error('image did not load'));
      image.src = src;
    });
    const pixels = async (src) => {
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      const g = canvas.getContext('2d');
      g.fillStyle = '#fff';
      g.fillRect(0, 0, width, height);
      g.drawImage(await load(src), 0, 0, width, height);
      return g.getImageData(0, 0, width, height).data;
    };
    const a = await pixels('data:image/svg+xml;base64,' + svg), b = await pixels('data:image/png;base64,' + png);
    let inked = 0, differ = 0;
    for (let i = 0; i < a.length; i += 4) {
      if (a[i] < 200 || a[i + 1] < 200 || a[i + 2] < 200) ++inked;
      const d = Math.max(Math.abs(a[i] - b[i]), Math.abs(a[i + 1] - b[i + 1]), Math.abs(a[i + 2] - b[i + 2]));
      if (d > 96) ++differ;
    }
    return { inked: inked / (width * height), differ: differ / (width * height) };
  }, { svg: svgBytes.toString('base64'), png: pngBytes.toString('base64'), width, height });
}

test('every sample\'s pictures show the same diagram in Chromium and in rsvg-convert', { skip, timeout: 600000 }, async () => {
  mkdirSync(PICTURES, { recursive: true });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage(), blank = await browser.newPage();
    for (const file of samples) {
      const name = file.replace(/\.blueprint\.json$/, '');
      for (const view of ['circle', 'blueprint']) {
        for (const lang of ['zh', 'en']) {
          const base = join(PICTURES, `${name}-${view}-${lang}`);
          execFileSync(CLI, ['render', join(ROOT, 'assets', 'samples', file), '--view', view, '--lang', lang, '-o', `${base}.svg`],
            { stdio: 'pipe' });
          execFileSync('rsvg-convert', ['-o', `${base}.rsvg.png`, `${base}.svg`]);
          const svg = readFileSync(`${base}.svg`);
          const [, width, height] = svg.toString().match(/<svg [^>]*width="(\d+)" height="(\d+)"/).map(Number);
          // Opened as a file, as a reader would, and photographed.
          await page.setViewportSize({ width: Math.min(width, 4000), height: Math.min(height, 4000) });
          await page.goto('file://' + `${base}.svg`);
          await page.screenshot({ path: `${base}.chromium.png` });
          const result = await compare(blank, svg, readFileSync(`${base}.rsvg.png`), width, height);
          const what = `${name} ${view} ${lang}: ${(result.inked * 100).toFixed(1)} % inked, ${(result.differ * 100).toFixed(3)} % differ`;
          console.log(`# ${what}`);
          assert.ok(result.inked > 0.02, `${what}: the picture is nearly blank`);
          assert.ok(result.differ < 0.001, `${what}: Chromium and rsvg-convert disagree`);
          if (lang === 'en') {
            // The comparison sees words: the English picture against the Chinese one's PNG differs.
            const other = readFileSync(join(PICTURES, `${name}-${view}-zh.rsvg.png`));
            const [, w, h] = readFileSync(`${base.slice(0, -2)}zh.svg`).toString().match(/<svg [^>]*width="(\d+)" height="(\d+)"/).map(Number);
            if (w === width && h === height) {
              const control = await compare(blank, svg, other, width, height);
              assert.ok(control.differ > 0.001, `${what}: the zh and en pictures compare equal (${control.differ})`);
            }
          }
        }
      }
    }
  } finally {
    await browser.close();
  }
});

const skipPage = siteBuilt() ? false : 'the web build is missing: run scripts/build-web.sh';

test('File › Export picture in the page downloads the SVG and a PNG the browser made from it', { skip: skipPage, timeout: 180000 }, async () => {
  mkdirSync(PICTURES, { recursive: true });
  const session = await launch({ locale: 'zh-CN' });
  try {
    const { page, errors } = await openDesigner(session);
    for (const [item, ext] of [['SVG（整张图）', 'svg'], ['PNG（整张图）', 'png']]) {
      await click(page, '文件');
      await click(page, '导出图片');
      const download = page.waitForEvent('download', { timeout: 20000 });
      await click(page, item);
      const file = await download;
      const path = join(PICTURES, `page-${file.suggestedFilename()}`);
      await file.saveAs(path);
      const bytes = readFileSync(path);
      assert.ok(file.suggestedFilename().endsWith(`.circles.${ext}`), file.suggestedFilename());
      if (ext === 'svg') {
        assert.match(bytes.toString('utf8', 0, 200), /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg /);
        assert.ok(!bytes.toString().includes('<text'), 'glyphs as outlines, no <text>');
      } else {
        assert.equal(bytes.subarray(1, 4).toString(), 'PNG');
        assert.ok(bytes.length > 20000, `a PNG of ${bytes.length} bytes is too small for the sample`);
      }
      await settle(page);
    }
    assert.deepEqual(errors, []);
  } finally {
    await session.close();
  }
});
