// Test documents: a bundled sample grown to any size (its circles copied with fresh ids), and a drop.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './browser.mjs';

export function sampleDocument(name = 'water-heater-installation') {
  return JSON.parse(readFileSync(join(ROOT, 'assets', 'samples', name + '.blueprint.json'), 'utf8'));
}

// The sample with its circles repeated `copies` times (ids suffixed, circles side by side).
export function grownDocument(copies, name = 'water-heater-installation') {
  const doc = sampleDocument(name);
  const circles = [];
  for (let i = 0; i < copies; i++) {
    for (const circle of doc.circles) {
      const c = structuredClone(circle);
      const suffix = i ? '-' + i : '';
      c.id += suffix;
      if (c.position) c.position = { x: c.position.x + (i % 20) * 900, y: c.position.y + Math.floor(i / 20) * 900 };
      // Every id and every reference to one within the copy (format 3: activities, handoffs, recovery
      // links) gets the suffix, so each copy is whole and points only into itself.
      const ref = (id) => (id ? id + suffix : id);
      for (const t of c.touchpoints) {
        t.id += suffix;
        if (t.recovery) t.recovery = ref(t.recovery);
        for (const a of t.activities || []) {
          a.id += suffix;
          if (a.recovery) a.recovery = ref(a.recovery);
        }
        for (const k of t.key_factors || []) {
          k.id += suffix;
          for (const s of k.standards || []) s.id += suffix;
        }
      }
      for (const h of c.handoffs || []) {
        h.id += suffix;
        h.from = ref(h.from);
        h.to = ref(h.to);
        if (h.standard) h.standard = ref(h.standard);
      }
      circles.push(c);
    }
  }
  doc.circles = circles;
  doc.id = 'bp-grown-' + copies;
  return JSON.stringify(doc);
}

// Drops a file with this text on the page, as a user dragging it from the desktop would.
export function dropDocument(page, json, filename = 'grown.blueprint.json') {
  return page.evaluate(([text, name]) => {
    const data = new DataTransfer();
    data.items.add(new File([text], name, { type: 'application/json' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, [json, filename]);
}

// Drops grownDocument(copies) on the page and waits until the designer shows it and its autosave has been
// written. Resolves to the number of touchpoints and the size of the file in bytes.
export async function openGrown(page, copies) {
  const json = grownDocument(copies);
  const touchpoints = JSON.parse(json).circles.reduce((n, c) => n + c.touchpoints.length, 0);
  await dropDocument(page, json);
  await page.waitForFunction((id) => JSON.parse(window.blueprint.documentJson()).id === id, 'bp-grown-' + copies,
    { timeout: 120000, polling: 500 });
  await page.evaluate(() => window.blueprint.autosaved());
  return { touchpoints, bytes: json.length };
}

// Drops the document `json` (whose id is `id`) and resolves to the ms from the drop to the first frame
// that draws it.
export async function dropAndTime(page, json, filename, id) {
  await page.evaluate(() => { window.__dropAt = 0; window.addEventListener('drop', () => { window.__dropAt = performance.now(); }, true); });
  await dropDocument(page, json, filename);
  return page.evaluate(async (wanted) => {
    const M = window.Module;
    for (;;) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      if (M.UTF8ToString(M._bp_document_id()) === wanted) break;
    }
    const frames = window.blueprint.frameStats().frames;
    while (window.blueprint.frameStats().frames === frames) await new Promise((resolve) => requestAnimationFrame(resolve));
    return performance.now() - window.__dropAt;
  }, id);
}
