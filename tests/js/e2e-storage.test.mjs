// Browser end-to-end: where autosave keeps work and what the page says when it cannot. Two tabs keep
// two slots; a tab that starts after others died restores the newest unsaved work and offers the rest;
// storage missing, blocked by the browser, or full is shown at once and stays shown until a write
// succeeds, and a later session says what it restores predates the failure. The page runs under a
// strict Content-Security-Policy and the server sends security headers. Screenshots in both languages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import http from 'node:http';
import { launch, openDesigner, waitReady, focusDescription, click, settle, siteBuilt, screenshotPath } from './browser.mjs';

const skip = siteBuilt() ? false : 'the web build is missing: run scripts/build-web.sh';
const documentOf = (page) => page.evaluate(() => JSON.parse(window.blueprint.documentJson()));
const storage = (page) => page.evaluate(() => window.blueprint.storage());
const problemText = (page) => page.evaluate(() => {
  const box = document.getElementById('storage-problem');
  return box.hidden || getComputedStyle(box).display === 'none' ? null : box.textContent;
});

async function typeIntoDescription(page, text) {
  await page.bringToFront();  // a hidden tab draws no frames
  await focusDescription(page);
  await page.keyboard.type(text, { delay: 20 });
  await settle(page);
}

async function toEnglish(page) {
  await click(page, '语言');
  await click(page, 'English');
  await settle(page);
}

test('two tabs keep two slots; a later tab restores the newest and offers the other', { skip, timeout: 180000 }, async () => {
  const session = await launch({ locale: 'zh-CN' });
  try {
    const a = await openDesigner(session);
    await typeIntoDescription(a.page, 'AAA');
    const b = await openDesigner(session, { page: await session.context.newPage() });
    assert.ok(!(await documentOf(b.page)).description.endsWith('AAA'), 'a second tab does not take the first one\'s work');
    await typeIntoDescription(b.page, 'BBB');
    await a.page.evaluate(() => window.blueprint.autosaved());
    await b.page.evaluate(() => window.blueprint.autosaved());
    const slotA = (await storage(a.page)).slot;
    const slotB = (await storage(b.page)).slot;
    assert.notEqual(slotA, slotB, 'one slot per tab');

    // A reload keeps the tab's own slot; the other tab's work is untouched.
    await a.page.reload();
    await waitReady(a.page);
    assert.equal((await storage(a.page)).slot, slotA);
    assert.ok((await documentOf(a.page)).description.endsWith('AAA'));
    assert.deepEqual((await storage(a.page)).recoverable, [], 'nothing to recover while both tabs live');
    await a.page.waitForTimeout(300);  // B's last write is later than A's
    await typeIntoDescription(b.page, 'B');
    await b.page.evaluate(() => window.blueprint.autosaved());

    // Both tabs go away; a new one restores the newest work and offers the other.
    await a.page.close({ runBeforeUnload: false });
    await b.page.close({ runBeforeUnload: false });
    await new Promise((r) => setTimeout(r, 500));  // the browser lets go of their slots
    const c = await openDesigner(session, { page: await session.context.newPage() });
    assert.ok((await documentOf(c.page)).description.endsWith('BBBB'), 'the newest work is restored');
    assert.equal((await storage(c.page)).slot, slotB, 'its slot is taken over');
    assert.deepEqual((await storage(c.page)).recoverable, [slotA], 'the other is offered');
    assert.ok(await c.page.isVisible('#recovery'), 'the offer is shown');
    assert.match(await c.page.textContent('#recovery'), /1 份未保存的工作/);
    await c.page.screenshot({ path: screenshotPath('zh-recovery-offer.png') });
    await toEnglish(c.page);
    assert.match(await c.page.textContent('#recovery'), /1 more piece of unsaved work/);
    await c.page.screenshot({ path: screenshotPath('en-recovery-offer.png') });

    // Open it: a new tab with that work, in its slot; the offer goes away.
    const opening = session.context.waitForEvent('page');
    await c.page.click(`#recovery button[data-slot="${slotA}"]`);
    const d = await opening;
    await waitReady(d);
    assert.ok((await documentOf(d)).description.endsWith('AAA'), 'the offered work opens');
    assert.equal((await storage(d)).slot, slotA);
    assert.equal(new URL(d.url()).search, '', 'the address no longer names the slot');
    assert.ok(!(await c.page.isVisible('#recovery')));
    assert.deepEqual(c.errors, []);
  } finally {
    await session.close();
  }
});

test('no IndexedDB: shown at once, in both languages, and stays', { skip, timeout: 90000 }, async () => {
  const session = await launch({ locale: 'zh-CN' });
  try {
    const page = session.context.pages()[0] || await session.context.newPage();
    await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true }));
    const { errors } = await openDesigner(session, { page });
    assert.equal((await storage(page)).problem, 'missing');
    assert.match(await problemText(page), /不能自动保存/);
    await page.screenshot({ path: screenshotPath('zh-storage-missing.png') });
    await typeIntoDescription(page, 'x');
    await toEnglish(page);
    assert.match(await problemText(page), /cannot autosave/);
    await page.screenshot({ path: screenshotPath('en-storage-missing.png') });
    assert.deepEqual(errors, []);
  } finally {
    await session.close();
  }
});

test('storage blocked by the browser (site data not allowed): shown at once', { skip, timeout: 90000 }, async () => {
  const session = await launch({
    locale: 'en-US',
    prepareProfile(dir) {
      mkdirSync(join(dir, 'Default'), { recursive: true });
      writeFileSync(join(dir, 'Default', 'Preferences'),
        JSON.stringify({ profile: { default_content_setting_values: { cookies: 2 } } }));
    },
  });
  try {
    const { page, errors } = await openDesigner(session);
    await page.waitForFunction(() => window.blueprint.storage().problem !== null, null, { timeout: 5000 });
    assert.equal((await storage(page)).problem, 'blocked');
    assert.match(await problemText(page), /does not let this site store data/);
    await page.screenshot({ path: screenshotPath('en-storage-blocked.png') });
    assert.deepEqual(errors, []);
  } finally {
    await session.close();
  }
});

// A full disk as IndexedDB reports it: the write transaction aborts with a QuotaExceededError. (CDP's
// Storage.overrideQuotaForOrigin does not take effect with this Chromium, so the abort is staged.)
function stageFullStorage() {
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (...args) {
    const tx = transaction.apply(this, args);
    if (window.__storageFull && args[1] === 'readwrite') {
      Object.defineProperty(tx, 'error', { get: () => new DOMException('The quota has been exceeded.', 'QuotaExceededError') });
      tx.commit = () => tx.abort();  // the page commits right after its puts
    }
    return tx;
  };
}

test('storage full: shown with the failed write, stays until a write succeeds; the next session warns', { skip, timeout: 120000 }, async () => {
  const session = await launch({ locale: 'zh-CN' });
  try {
    const page = session.context.pages()[0] || await session.context.newPage();
    await page.addInitScript(stageFullStorage);
    const { errors } = await openDesigner(session, { page });
    await typeIntoDescription(page, 'ok');
    await page.evaluate(() => window.blueprint.autosaved());
    assert.equal((await storage(page)).problem, null);
    const savedDescription = (await documentOf(page)).description;

    await page.evaluate(() => { window.__storageFull = true; });
    await typeIntoDescription(page, '满');
    await page.waitForFunction(() => window.blueprint.storage().problem === 'full', null, { timeout: 5000 });
    assert.match(await problemText(page), /存储空间已满/);
    await page.screenshot({ path: screenshotPath('zh-storage-full.png') });
    await page.waitForTimeout(1000);
    assert.match(await problemText(page), /存储空间已满/, 'still shown');
    await toEnglish(page);
    assert.match(await problemText(page), /Storage is full/);
    await page.screenshot({ path: screenshotPath('en-storage-full.png') });

    // The next session restores the older work and says so.
    await page.evaluate(() => { window.__storageFull = false; });
    await page.reload();
    await waitReady(page);
    assert.equal((await documentOf(page)).description, savedDescription);
    assert.equal((await storage(page)).problem, 'stale');
    assert.match(await problemText(page), /may not be your latest/);
    await page.screenshot({ path: screenshotPath('en-storage-stale.png') });

    // Space again: the next edit is written and the message goes.
    await page.click('#storage-problem button');
    await typeIntoDescription(page, 'again');
    await page.evaluate(() => window.blueprint.autosaved());
    assert.equal((await storage(page)).problem, null);
    assert.equal(await problemText(page), null);
    assert.deepEqual(errors, []);
  } finally {
    await session.close();
  }
});

test('a strict Content-Security-Policy holds and nothing in the page needs more; the server sends security headers', { skip, timeout: 90000 }, async () => {
  const session = await launch({ locale: 'zh-CN' });
  try {
    const response = await fetch(session.url);
    const policy = response.headers.get('content-security-policy');
    assert.match(policy, /default-src 'none'/);
    assert.match(policy, /script-src 'self' 'wasm-unsafe-eval'(;|$)/);
    assert.match(policy, /frame-ancestors 'none'/);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(response.headers.get('x-frame-options'), 'DENY');
    assert.equal(response.headers.get('referrer-policy'), 'no-referrer');
    assert.equal(response.headers.get('cross-origin-opener-policy'), 'same-origin');
    assert.equal((await fetch(session.url, { method: 'POST' })).status, 405);
    // Out of the site by an encoded '..' (fetch would normalise a plain one away).
    const escaped = await new Promise((resolve, reject) => {
      http.get({ host: '127.0.0.1', port: session.server.port, path: '/..%2f..%2fpackage.json' }, (res) => {
        res.resume();
        resolve(res.statusCode);
      }).on('error', reject);
    });
    assert.equal(escaped, 403);
    const missing = await fetch(session.url + 'nope.js');
    assert.equal(missing.status, 404);
    assert.equal(missing.headers.get('x-content-type-options'), 'nosniff');

    const page = session.context.pages()[0] || await session.context.newPage();
    await page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
    });
    const { errors } = await openDesigner(session, { page });
    // Work that touches every part of the page: menus, typing, a download, a sample.
    await typeIntoDescription(page, '安全');
    await click(page, '文件');
    await click(page, '导出标准');
    const downloading = page.waitForEvent('download');
    await click(page, '.standards.json');
    await downloading;
    assert.deepEqual(await page.evaluate(() => window.__violations), [], 'nothing the page does is refused');
    // … and the policy is in force: no eval, no inline script.
    // … and the policy is in force: no inline script, nothing from another origin (localhost ≠ 127.0.0.1).
    const refused = await page.evaluate(async (other) => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
      const fetched = await fetch(other).then(() => true, () => false);
      await new Promise((r) => setTimeout(r, 100));
      return { inlineRan: !!window.__inlineRan, fetched, violations: [...new Set(window.__violations.map((v) => v.split(' ')[0]))] };
    }, `http://localhost:${session.server.port}/samples/bundle.json`);
    assert.deepEqual(refused, { inlineRan: false, fetched: false, violations: ['script-src-elem', 'connect-src'] });
    assert.ok(errors.every((e) => /Content Security Policy|Failed to fetch/.test(e)), 'only the refusals above: ' + errors.join('\n'));
  } finally {
    await session.close();
  }
});
