// Shared by the browser tests: serve the built site on a free port, launch Debian's Chromium headless
// with a fresh profile, open the designer and wait until window.blueprint.ready.
import { mkdtempSync, rmSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../../web/serve.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SITE = process.env.BP_SITE || join(ROOT, 'build', 'web', 'site');  // BP_SITE: another build
export const OUTPUT = process.env.BP_OUTPUT_DIR || join(ROOT, 'test-output');
export const SCREENSHOTS = join(OUTPUT, 'screenshots');

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
];

export function siteBuilt() {
  return existsSync(join(SITE, 'designer.wasm')) && existsSync(join(SITE, 'fonts', 'ui.ttf'));
}

// A browser with its own profile and a server for the site. close() removes both. `prepareProfile(dir)`
// may write into the profile before the browser starts (e.g. Default/Preferences).
export async function launch({ deviceScaleFactor = 1, locale = 'zh-CN', viewport = { width: 1280, height: 800 },
                               prepareProfile = null } = {}) {
  const server = await startServer(SITE, 0);
  const profile = mkdtempSync(join(tmpdir(), 'bp-e2e-'));
  if (prepareProfile) prepareProfile(profile);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    deviceScaleFactor,
    locale,
    viewport,
    acceptDownloads: true,
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: `http://127.0.0.1:${server.port}` });
  const url = `http://127.0.0.1:${server.port}/`;
  return {
    context, server, url,
    async close() {
      await context.close().catch(() => {});
      await server.close();
      removeProfile(profile);
    },
  };
}

// Removes a browser profile. Cleaning up is not what a test checks: a profile a dying browser still writes
// into is reported and left behind rather than failing the test (or hiding the failure that got it here).
export function removeProfile(profile) {
  try {
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  } catch (e) {
    console.log(`# could not remove the profile ${profile}: ${e.code || e}`);
  }
}

// Browsers started by launchKillable that have not exited: killed when this process exits, so a test that
// fails half-way never leaves one running (which would also keep the test runner waiting for ever).
const liveBrowsers = new Set();
process.on('exit', () => {
  for (const pid of liveBrowsers) { try { process.kill(-pid, 'SIGKILL'); } catch { /* gone */ } }
});

// Opens the designer in a page, recording console errors and page errors in `errors`.
export async function openDesigner(session, { page = null, query = '' } = {}) {
  page = page || session.context.pages()[0] || await session.context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  const dialogs = [];  // e.g. 'beforeunload' when leaving with unsaved changes; accepted
  page.on('dialog', (d) => { dialogs.push(d.type()); d.accept().catch(() => {}); });
  await page.goto(session.url + query);
  await waitReady(page);
  return { page, errors, dialogs };
}

export async function waitReady(page, timeout = 15000) {
  await page.waitForFunction(() => window.blueprint && window.blueprint.ready, null, { timeout });
}

// Waits until the designer is idle again after input: it draws only while something happens, so
// "no new frame for `quiet` ms" means every event so far has been handled and drawn.
export async function settle(page, quiet = 150, timeout = 10000) {
  const deadline = Date.now() + timeout;
  let last = await page.evaluate(() => window.blueprint.frameStats().frames);
  let since = Date.now();
  while (Date.now() < deadline) {
    await page.waitForTimeout(40);
    const now = await page.evaluate(() => window.blueprint.frameStats().frames);
    if (now !== last) { last = now; since = Date.now(); } else if (Date.now() - since >= quiet) return;
  }
}

// Waits until a text field has the keyboard (e.g. the rename popup just opened), or no longer has it.
export async function waitTextInput(page, wanted = true, timeout = 10000) {
  await page.waitForFunction((w) => window.blueprint.wantsTextInput() === w, wanted, { timeout });
}

// A name typed into the designer's rename popup (through the IME field), then Enter.
export async function typeName(page, name) {
  await waitTextInput(page, true);
  await page.keyboard.insertText(name);
  await page.keyboard.press('Enter');
  await waitTextInput(page, false);
  await settle(page);
}

// The centre of the item labelled `label` in the last frame (CSS pixels); polls until drawn.
export async function findItem(page, label, { index = 0, timeout = 5000 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const rect = await page.evaluate(([l, i]) => window.blueprint.findItem(l, i), [label, index]);
    if (rect) return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2, rect };
    if (Date.now() > deadline) {
      const labels = await page.evaluate(() => window.blueprint.itemLabels());
      throw new Error(`no item "${label}" on screen; visible: ${labels.join(' | ')}`);
    }
    await page.mouse.move(1, 1 + (Date.now() % 3));  // input wakes the frame loop
    await page.waitForTimeout(50);
  }
}

// Puts the caret at the end of the blueprint's description in the inspector.
// With a big document on a loaded machine a frame can take seconds, and a click that lands while the
// inspector is still being laid out is lost: the field is found and clicked again, for up to a minute.
// `slowdown` stretches every wait by that factor (a page whose CPU is throttled draws that much slower).
export async function focusDescription(page, slowdown = 1) {
  for (let attempt = 1; ; attempt++) {
    const { x, y } = await findItem(page, '##description', { timeout: 20000 * slowdown });
    await page.mouse.click(x, y);
    try {
      await waitTextInput(page, true, 10000 * slowdown);
      break;
    } catch (e) {
      if (attempt >= 6) throw e;
    }
  }
  await page.keyboard.press('Control+End');
}

export async function click(page, label, options = {}) {
  const { x, y } = await findItem(page, label, options);
  await page.mouse.move(x, y);
  await page.waitForTimeout(30);
  await page.mouse.click(x, y);
  await settle(page);
}

// Clicks a button of a question that just opened (e.g. 不保存 in the unsaved-changes question): once it
// is drawn and settled, since a popup's first frame still places it.
export async function answer(page, label) {
  await findItem(page, label, { timeout: 10000 });
  await settle(page);
  await click(page, label);
}

export function screenshotPath(name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return join(SCREENSHOTS, name);
}

// A Chromium of our own on a given profile, reached over CDP, that a test can kill like a crash kills a
// browser (SIGKILL to its whole process group: no unload, no shutdown). close() ends it normally.
export async function launchKillable({ profile, server, locale = 'zh-CN', viewport = { width: 1280, height: 800 } }) {
  const { spawn } = await import('node:child_process');
  const { readFileSync, rmSync: rm } = await import('node:fs');
  rm(join(profile, 'DevToolsActivePort'), { force: true });
  const child = spawn(process.env.CHROMIUM || '/usr/bin/chromium', [
    ...CHROMIUM_ARGS, `--user-data-dir=${profile}`, '--remote-debugging-port=0', `--lang=${locale}`,
    `--window-size=${viewport.width},${viewport.height}`, '--no-default-browser-check', 'about:blank',
  ], { detached: true, stdio: 'ignore', env: { ...process.env, LANGUAGE: locale.replace('-', '_') } });
  liveBrowsers.add(child.pid);
  child.unref();
  const exited = new Promise((resolve) => child.once('exit', () => { liveBrowsers.delete(child.pid); resolve(); }));
  let port = null;
  for (let i = 0; i < 300 && !port; i++) {
    try { port = readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0]; } catch { /* not yet */ }
    if (!port) await new Promise((r) => setTimeout(r, 50));
  }
  if (!port) { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } throw new Error('Chromium did not start'); }
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const context = browser.contexts()[0];
  const url = `http://127.0.0.1:${server.port}/`;
  return {
    browser, context, url,
    async kill() {
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
      await exited;
    },
    async close() {
      await browser.close().catch(() => {});
      try { process.kill(-child.pid, 'SIGTERM'); } catch { /* gone */ }
      await exited;
    },
  };
}

// Drags the canvas from (x, y) with the middle button (which pans wherever it is pressed; a left press on
// a card would move the card), one step of `dx` per animation frame: the wall ms between frames.
export function panCanvas(page, x, y, steps, dx) {
  return page.evaluate(async ([x0, y0, n, step]) => {
    const canvas = document.querySelector('canvas');
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const at = (type, px, buttons) => canvas.dispatchEvent(new MouseEvent(type, {
      clientX: px, clientY: y0, buttons, button: 1, bubbles: true, cancelable: true }));
    at('mousedown', x0, 4);
    await frame();
    const times = [];
    let last = performance.now();
    for (let i = 1; i <= n; i++) {
      at('mousemove', x0 + i * step, 4);
      await frame();
      const now = performance.now();
      times.push(now - last);
      last = now;
    }
    at('mouseup', x0 + n * step, 0);
    return times;
  }, [x, y, steps, dx]);
}
