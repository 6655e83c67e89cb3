// Browser end-to-end: a document of 10,000 touchpoints (about 29 MB) loses no typing either. While a
// snapshot of it would take seconds, each keystroke goes to the autosave journal at once; the browser
// killed 100 ms after the last keystroke restores the text, in a first and in a returning session; and a
// structural edit (a circle added), which goes to the journal as the circle and the list of circles. A
// snapshot held back for a quiet moment is written when the page is hidden (no frames come then).
// The old autosave database (version 2, no journal) still restores. Timings: scripts/bench-autosave.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir, loadavg, cpus } from 'node:os';
import { join } from 'node:path';
import { launch, launchKillable, openDesigner, waitReady, settle, focusDescription, findItem, siteBuilt, removeProfile, SITE } from './browser.mjs';
import { grownDocument, dropDocument } from './documents.mjs';
import { startServer } from '../../web/serve.mjs';

const skip = siteBuilt() ? false : 'the web build is missing: run scripts/build-web.sh';
// As in e2e-autosave: on a machine loaded beyond its cores the window grows with the load per core.
const LOAD = loadavg()[0] / cpus().length;
const WINDOW_MS = Number(process.env.BP_AUTOSAVE_WINDOW_MS) || Math.round(100 * Math.max(1, LOAD));
const COPIES = Number(process.env.BP_BIG_COPIES || 770);  // × 13 touchpoints

const documentOf = (page) => page.evaluate(() => JSON.parse(window.blueprint.documentJson()));

async function openBig(page, copies) {
  await dropDocument(page, grownDocument(copies));
  await page.waitForFunction((id) => JSON.parse(window.blueprint.documentJson()).id === id, 'bp-grown-' + copies,
    { timeout: 180000, polling: 1000 });
  // Its first snapshot is the base the journal needs: written in the background after the open.
  await page.waitForFunction(() => !window.blueprint.backgroundPending(), null, { timeout: 180000, polling: 500 });
  await page.evaluate(() => window.blueprint.autosaved());
}

const touchpoints = (doc) => doc.circles.reduce((n, c) => n + c.touchpoints.length, 0);

test('10,000 touchpoints: the browser killed 100 ms after the last keystroke keeps the text, first and returning session, and a circle added',
  { skip, timeout: 900000 }, async () => {
    const server = await startServer(SITE, 0);
    const profile = mkdtempSync(join(tmpdir(), 'bp-big-'));
    let browser = null;
    try {
      let expected = null;
      let wanted = 0;
      let circles = 0;
      for (const [round, text] of [['first', 'first'], ['returning', ' again']]) {
        browser = await launchKillable({ profile, server });
        const page = await browser.context.newPage();
        await page.goto(browser.url);
        await waitReady(page, 180000);
        if (round === 'first') {
          await openBig(page, COPIES);
          wanted = touchpoints(await documentOf(page));
          assert.ok(wanted >= 10000, `${wanted} touchpoints`);
          expected = (await documentOf(page)).description;
          circles = (await documentOf(page)).circles.length;
        } else {
          assert.equal((await documentOf(page)).description, expected, 'the last session\'s typing is restored');
        }
        await focusDescription(page);
        await page.keyboard.type(text, { delay: 40 });
        if (round === 'returning') {
          const { x, y } = await findItem(page, '+ Circle', { timeout: 30000 });
          const frames = await page.evaluate(() => window.blueprint.frameStats().frames);
          await page.mouse.click(x, y);
          // The frame that handles the click, and the one after it that writes the journal.
          await page.waitForFunction((f) => window.blueprint.frameStats().frames >= f + 2, frames, { timeout: 60000, polling: 10 });
          circles += 1;
        }
        // Every key has been handled (type() returns after its events); 100 ms later the browser dies.
        await new Promise((resolve) => setTimeout(resolve, WINDOW_MS));
        const journalWrites = await page.evaluate(() => window.blueprint.journalWrites()).catch(() => null);
        await browser.kill();
        browser = null;
        expected += text;
        console.log(`# ${round} session: killed ${WINDOW_MS} ms after the last keystroke (${journalWrites} journal writes)`);
      }
      browser = await launchKillable({ profile, server });
      const page = await browser.context.newPage();
      await page.goto(browser.url);
      await waitReady(page, 180000);
      const restored = await documentOf(page);
      assert.equal(restored.description, expected, 'both sessions\' typing is restored');
      assert.equal(restored.id, 'bp-grown-' + COPIES);
      assert.equal(touchpoints(restored), wanted, 'the whole document came back');
      assert.equal(restored.circles.length, circles, 'with the circle added just before the browser died');
    } finally {
      if (browser) await browser.kill();
      await server.close();
      removeProfile(profile);
    }
  });

test('a snapshot waiting for a quiet moment is handed over when the page is hidden', { skip, timeout: 300000 }, async () => {
  const session = await launch({ locale: 'zh-CN' });
  try {
    const { page, errors } = await openDesigner(session);
    await openBig(page, 100);
    await focusDescription(page);
    const typingFrom = await page.evaluate(() => performance.now());
    await page.keyboard.type('hidden', { delay: 40 });
    const result = await page.evaluate((typingFrom) => {
      const typedAt = performance.now();
      const before = window.blueprint.storage().lastSnapshotHandedAt;
      // No snapshot since the typing began: the journal holds it (and, being small, is the autosave).
      const waiting = !(before > typingFrom);
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      document.dispatchEvent(new Event('visibilitychange'));
      const after = window.blueprint.storage().lastSnapshotHandedAt;
      return { waiting, before, after, typedAt };
    }, typingFrom);
    assert.ok(result.waiting, 'the snapshot was held back while typing went to the journal');
    assert.ok(result.after > result.typedAt && result.after !== result.before, 'hiding the page handed the snapshot over at once');
    await page.evaluate(() => window.blueprint.autosaved());
    const stored = await page.evaluate(async () => {
      const db = await new Promise((resolve) => { const r = indexedDB.open('service-blueprint'); r.onsuccess = () => resolve(r.result); });
      const slot = window.blueprint.storage().slot;
      const record = await new Promise((resolve) => { const q = db.transaction('autosave').objectStore('autosave').get(slot); q.onsuccess = () => resolve(q.result); });
      db.close();
      // Stored as the document's UTF-8 bytes (format 2), not as a string.
      if (record.format !== 2 || !(record.bytes instanceof Uint8Array)) return 'not format 2: ' + Object.keys(record);
      return JSON.parse(new TextDecoder().decode(record.bytes)).description;
    });
    assert.ok(stored.endsWith('hidden'), `the snapshot holds the typing: ${stored.slice(-60)}`);
    assert.deepEqual(errors, []);
  } finally {
    await session.close();
  }
});

test('work kept by the version 2 autosave database (no journal) is restored and the database upgraded', { skip, timeout: 120000 }, async () => {
  const session = await launch({ locale: 'zh-CN' });
  try {
    const page = session.context.pages()[0] || await session.context.newPage();
    // A page of the site that is not the designer: it writes the old database as the old page did.
    await page.goto(session.url + 'samples/bundle.json');
    const json = grownDocument(1).replace('"bp-grown-1"', '"bp-version-2"');
    await page.evaluate(async (text) => {
      const db = await new Promise((resolve, reject) => {
        const r = indexedDB.open('service-blueprint', 2);
        r.onupgradeneeded = () => { r.result.createObjectStore('autosave'); r.result.createObjectStore('slots'); };
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      const record = { json: text, filename: '', name: '旧版自动保存', unsaved: true, time: Date.now() };
      await new Promise((resolve) => {
        const tx = db.transaction(['autosave', 'slots'], 'readwrite');
        tx.objectStore('autosave').put(record, 'old-slot');
        tx.objectStore('slots').put({ filename: '', name: record.name, unsaved: true, time: record.time, size: text.length }, 'old-slot');
        tx.oncomplete = resolve;
      });
      db.close();
    }, json);
    const { page: designer, errors } = await openDesigner(session, { page });
    assert.equal((await documentOf(designer)).id, 'bp-version-2', 'the old record is restored');
    assert.equal(await designer.evaluate(() => window.blueprint.storage().slot), 'old-slot');
    const stores = await designer.evaluate(async () => {
      const db = await new Promise((resolve) => { const r = indexedDB.open('service-blueprint'); r.onsuccess = () => resolve(r.result); });
      const out = { version: db.version, stores: [...db.objectStoreNames] };
      db.close();
      return out;
    });
    assert.ok(stores.version >= 3 && stores.stores.includes('journal'), JSON.stringify(stores));
    // Typing goes on from there and survives a reload.
    await focusDescription(designer);
    await designer.keyboard.type('续', { delay: 30 });
    await settle(designer);
    await designer.evaluate(() => window.blueprint.autosaved());
    await designer.reload();
    await waitReady(designer);
    assert.ok((await documentOf(designer)).description.endsWith('续'));
    assert.deepEqual(errors, []);
  } finally {
    await session.close();
  }
});
