// Autosave figures in headless Chromium for generated documents (the water-heater sample's circles
// repeated; 770 copies ≈ 10,000 touchpoints): where a snapshot's time goes (serialising in wasm, decoding
// into a JS string, the IndexedDB write), and what typing costs: last keystroke → its change durable in
// IndexedDB, and the frame times while typing. Figures only, no budgets.
//   node scripts/bench-autosave.mjs [copies ...]   (default: 100 770; needs scripts/build-web.sh)
import { launch, openDesigner, settle, focusDescription, siteBuilt } from '../tests/js/browser.mjs';
import { openGrown } from '../tests/js/documents.mjs';

if (!siteBuilt()) {
  console.error('the web build is missing: run scripts/build-web.sh');
  process.exit(1);
}
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);

async function measure(copies) {
  const session = await launch({ locale: 'zh-CN' });
  try {
    const { page } = await openDesigner(session);
    const { touchpoints } = await openGrown(page, copies);
    await settle(page);

    // One snapshot, step by step, three times.
    const steps = await page.evaluate(async () => {
      const M = window.Module;
      const runs = [];
      const db = await new Promise((resolve, reject) => {
        const r = indexedDB.open('bench-autosave', 1);
        r.onupgradeneeded = () => r.result.createObjectStore('docs');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      for (let i = 0; i < 3; i++) {
        const t0 = performance.now();
        const ptr = M._bp_document_json();
        const t1 = performance.now();
        const text = M.UTF8ToString(ptr);
        const t2 = performance.now();
        await new Promise((resolve, reject) => {
          const tx = db.transaction('docs', 'readwrite', { durability: 'strict' });
          tx.objectStore('docs').put({ json: text }, 'doc');
          tx.oncomplete = resolve;
          tx.onabort = () => reject(tx.error);
        });
        const t3 = performance.now();
        runs.push({ serialise: t1 - t0, decode: t2 - t1, indexeddb: t3 - t2, bytes: M.lengthBytesUTF8(text) });
      }
      db.close();
      return runs;
    });

    // Typing: five characters; each last keystroke → the write that holds it completed.
    await focusDescription(page);
    await page.evaluate(() => {
      window.__keys = [];
      document.getElementById('ime').addEventListener('input', () => window.__keys.push(performance.now()), true);
    });
    const framesBefore = await page.evaluate(() => window.blueprint.frameStats());
    const latencies = [];
    const frameMs = [];
    for (let i = 0; i < 5; i++) {
      await page.keyboard.type('k');
      frameMs.push(await page.evaluate(() => window.blueprint.frameStats().lastMs));
      await page.waitForFunction(() => window.blueprint.storage().writtenHandedAt > window.__keys[window.__keys.length - 1],
        null, { polling: 5, timeout: 30000 });
      latencies.push(await page.evaluate(() => window.blueprint.storage().lastWrittenAt - window.__keys[window.__keys.length - 1]));
      await page.waitForTimeout(150);
    }
    const journal = await page.evaluate(() => (window.blueprint.journalWrites ? window.blueprint.journalWrites() : 0));
    const framesAfter = await page.evaluate(() => window.blueprint.frameStats());
    const best = (key) => Math.min(...steps.map((s) => s[key])).toFixed(0);
    console.log(`${copies} copies, ${touchpoints} touchpoints, ${(steps[0].bytes / 1e6).toFixed(1)} MB:`);
    console.log(`  snapshot (best of 3): serialise in wasm ${best('serialise')} ms, decode into a JS string ${best('decode')} ms, ` +
      `IndexedDB strict write ${best('indexeddb')} ms`);
    console.log(`  typing: last keystroke → durable ${latencies.map((l) => l.toFixed(0)).join(', ')} ms ` +
      `(${journal} journal writes); frame after each key ${frameMs.map((f) => f.toFixed(0)).join(', ')} ms; ` +
      `${framesAfter.frames - framesBefore.frames} frames`);
  } finally {
    await session.close();
  }
}

for (const copies of sizes.length ? sizes : [100, 770]) await measure(copies);
