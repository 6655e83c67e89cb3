// Structural edits on a big document in headless Chromium: for each edit (add a circle, add a touchpoint
// to it, delete that touchpoint, undo), the input → the frame that shows it, and the main thread's long
// tasks (over 50 ms) in the five seconds after, as the page's lint and autosave catch up; and first, how
// long saving the document takes. The document: the water-heater sample's circles repeated (770 copies ≈
// 10,000 touchpoints). Figures only, no budgets.
//   node scripts/bench-edits.mjs [copies ...]   (default: 770; needs scripts/build-web.sh)
// BP_PROFILE=1 also prints the wasm functions with the most self time, and with the most total time (self
// and callees), over all the edits; TOP=n lists n of each (build with --profiling-funcs for names: see the
// profiling recipe in README's "Speed"). BP_SITE=dir serves another build of the page.
import { launch, openDesigner, settle, findItem, siteBuilt } from '../tests/js/browser.mjs';
import { openGrown } from '../tests/js/documents.mjs';

if (!siteBuilt()) {
  console.error('the web build is missing: run scripts/build-web.sh');
  process.exit(1);
}
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const AFTER_MS = 5000;

// Runs `act`, then watches AFTER_MS: when the frame counter first moves past the one that handled the
// input, and every long task.
async function watch(page, act) {
  await page.evaluate(() => {
    window.__long = [];
    window.__observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__long.push({ start: e.startTime, ms: e.duration });
    });
    window.__observer.observe({ type: 'longtask' });
    window.__frames0 = window.blueprint.frameStats().frames;
  });
  const t0 = await page.evaluate(() => performance.now());
  await act();
  // The frame that handled the input may have been drawn already; the one after it shows the edit.
  const shown = await page.evaluate(async (t0) => {
    const deadline = performance.now() + 60000;
    while (window.blueprint.frameStats().frames < window.__frames0 + 2 && performance.now() < deadline)
      await new Promise((r) => setTimeout(r, 1));
    const st = window.blueprint.frameStats();
    return { at: performance.now() - t0, cpu: st.lastMs, triangles: st.triangles, calls: st.drawCalls };
  }, t0);
  await page.waitForTimeout(AFTER_MS);
  const long = await page.evaluate((t0) => {
    window.__observer.disconnect();
    return window.__long.filter((e) => e.start >= t0 - 5);
  }, t0);
  return { shown, long };
}

function line(name, r) {
  const total = r.long.reduce((s, e) => s + e.ms, 0);
  const worst = r.long.reduce((m, e) => Math.max(m, e.ms), 0);
  console.log(`  ${name.padEnd(22)} input → next frame ${r.shown.at.toFixed(0).padStart(5)} ms (its CPU ${r.shown.cpu.toFixed(0)} ms, ${(r.shown.triangles / 1000).toFixed(0)}k triangles in ${r.shown.calls} draw calls);` +
    ` long tasks in ${AFTER_MS / 1000} s: ${r.long.length}, longest ${worst.toFixed(0)} ms, total ${total.toFixed(0)} ms` +
    (r.long.length ? ` [${r.long.map((e) => e.ms.toFixed(0)).join(', ')}]` : ''));
}

async function measure(copies) {
  const session = await launch({ locale: 'zh-CN' });
  try {
    const { page, errors } = await openDesigner(session);
    const { touchpoints, bytes } = await openGrown(page, copies);
    await page.waitForFunction(() => !window.blueprint.backgroundPending(), null, { timeout: 60000, polling: 100 });
    await settle(page, 500, 30000);
    console.log(`${copies} copies: ${touchpoints} touchpoints, ${(bytes / 1e6).toFixed(1)} MB`);
    // Save's writer (bp_document_json: the document saved into one buffer in wasm, as File › Save and the
    // snapshot write it; no copy out to JavaScript), five times.
    const save = await page.evaluate(() => {
      const times = [];
      let bytes = 0;
      for (let i = 0; i < 5; i++) {
        const t = performance.now();
        const at = window.Module._bp_document_json();
        times.push(performance.now() - t);
        bytes = window.Module.HEAPU8.indexOf(0, at) - at;
      }
      return { times, bytes };
    });
    console.log(`  save ${(save.bytes / 1e6).toFixed(1)} MB: ${save.times.map((t) => t.toFixed(0)).join(', ')} ms`);

    let cdp = null;
    if (process.env.BP_PROFILE) {
      cdp = await page.context().newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    // Buttons are found before the clock starts: the figure is the edit's, not the search's.
    const press = async (label) => {
      const { x, y } = await findItem(page, label, { timeout: 30000 });
      return () => page.mouse.click(x, y);
    };
    line('add a circle', await watch(page, await press('+ 服务圈')));
    line('add a touchpoint', await watch(page, await press('+ 触点')));
    line('delete the touchpoint', await watch(page, () => page.keyboard.press('Delete')));
    line('undo', await watch(page, () => page.keyboard.press('Control+z')));
    if (cdp) {
      const { profile } = await cdp.send('Profiler.stop');
      // Self time per function, and total time (a sample counts once for every function on its stack).
      const self = new Map();
      const total = new Map();
      const parent = new Map();
      for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
      const byId = new Map(profile.nodes.map((n) => [n.id, n]));
      const nameOf = (n) => n.callFrame.functionName || '(anonymous)';
      for (let i = 0; i < profile.samples.length; i++) {
        const ms = (profile.timeDeltas[i] || 0) / 1000;
        let id = profile.samples[i];
        self.set(nameOf(byId.get(id)), (self.get(nameOf(byId.get(id))) || 0) + ms);
        const seen = new Set();
        for (; id !== undefined; id = parent.get(id)) seen.add(nameOf(byId.get(id)));
        for (const name of seen) total.set(name, (total.get(name) || 0) + ms);
      }
      const rank = (m) => [...m].filter(([n]) => !['(idle)', '(program)', '(root)', '(anonymous)'].includes(n))
        .sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP) || 25);
      console.log('  self time:');
      for (const [name, ms] of rank(self)) console.log(`    ${ms.toFixed(0).padStart(6)} ms  ${name}`);
      console.log('  total time (self and callees):');
      for (const [name, ms] of rank(total)) console.log(`    ${ms.toFixed(0).padStart(6)} ms  ${name}`);
    }
    if (errors.length) console.log('  page errors:', errors.join(' | '));
  } finally {
    await session.close();
  }
}

for (const copies of sizes.length ? sizes : [770]) await measure(copies);
