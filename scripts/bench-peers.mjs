// The designer side by side with two peers in one headless Chromium with software GL (SwiftShader): the
// generated blueprint of tests/bench/bench_layers.h at each size, dropped on the designer, and the same
// blueprint as BPMN 2.0 for bpmn-js (a pool per circle, a task per touchpoint, sequence flows in order,
// shapes on a grid) and as a graph for mxGraph, the engine behind draw.io (a vertex per touchpoint, an edge
// between consecutive ones, the same grid). Pan: wall ms between animation frames while each frame moves
// the view one step (designer: a middle-button drag; bpmn-js: canvas.scroll; mxGraph: graph.panGraph, what
// its panning handler does during a drag: it moves the drawing and redraws only when the drag ends); median of the frames of a round, median of five
// rounds. Open: designer from the drop to the first frame drawing it; bpmn-js from importXML to the first
// animation frame after it resolves. Figures only, no budgets.
//   node scripts/bench-peers.mjs [touchpoints ...]   (default 100 1000 5000 10000)
// Needs the web build and build/native/blueprint_bench (BP_SITE / BP_BENCH point elsewhere). The peers are
// installed from npm, pinned, into .deps/peers/ (gitignored) the first time. Screenshots of each page after
// its pan: test-output/screenshots/peers-*.png (look at them).
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { launch, openDesigner, panCanvas, settle, siteBuilt, screenshotPath, ROOT } from '../tests/js/browser.mjs';
import { dropAndTime } from '../tests/js/documents.mjs';

const PEERS = ['bpmn-js@18.31.1', 'mxgraph@4.2.2'];
const DEPS = join(ROOT, '.deps', 'peers');
const MODULES = join(DEPS, 'node_modules');
const bench = process.env.BP_BENCH || join(ROOT, 'build', 'native', 'blueprint_bench');
if (!siteBuilt() || !existsSync(bench)) {
  console.error('needs scripts/build-web.sh and cmake --build build/native --target blueprint_bench');
  process.exit(1);
}
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
if (!sizes.length) sizes.push(100, 1000, 5000, 10000);

// The peers, pinned: installed when a version is missing.
function installedVersion(name) {
  try { return JSON.parse(readFileSync(join(MODULES, name, 'package.json'), 'utf8')).version; } catch { return null; }
}
if (PEERS.some((p) => { const [name, version] = p.split(/(?!^)@/); return installedVersion(name) !== version; })) {
  console.log(`installing ${PEERS.join(' ')} into ${DEPS}`);
  execFileSync('npm', ['install', '--prefix', DEPS, '--no-save', '--no-audit', '--no-fund', ...PEERS], { stdio: 'inherit' });
}

// The peers' pages: a temporary folder for the HTML, /deps/ for the installed packages. Not web/serve.mjs:
// its content security policy (the designer's) forbids the inline styles both peers write.
const pages = mkdtempSync(join(tmpdir(), 'bp-peers-'));
writeFileSync(join(pages, 'bpmn.html'), `<!doctype html><meta charset="utf-8">
<link rel="stylesheet" href="/deps/bpmn-js/dist/assets/diagram-js.css">
<link rel="stylesheet" href="/deps/bpmn-js/dist/assets/bpmn-js.css">
<style>html,body,#canvas{margin:0;width:100%;height:100%;overflow:hidden}</style>
<div id="canvas"></div>
<script src="/deps/bpmn-js/dist/bpmn-viewer.production.min.js"></script>
<script>window.viewer = new BpmnJS({ container: '#canvas' });</script>`);
writeFileSync(join(pages, 'mxgraph.html'), `<!doctype html><meta charset="utf-8">
<style>html,body,#graph{margin:0;width:100%;height:100%;overflow:hidden}</style>
<div id="graph"></div>
<script>window.mxBasePath = '/deps/mxgraph/javascript/src'; window.mxImageBasePath = '/deps/mxgraph/javascript/src/images';
window.mxLoadResources = false; window.mxLoadStylesheets = true;</script>
<script src="/deps/mxgraph/javascript/mxClient.min.js"></script>
<script>window.graph = new mxGraph(document.getElementById('graph')); graph.setEnabled(false);</script>`);
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml',
                '.png': 'image/png', '.gif': 'image/gif', '.txt': 'text/plain' };
const peerServer = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const [base, rest] = path.startsWith('/deps/') ? [MODULES, path.slice(6)] : [pages, path];
  const file = normalize(join(base, rest));
  if (!file.startsWith(base + sep) || !existsSync(file)) { res.writeHead(404).end(); return; }
  res.writeHead(200, { 'Content-Type': TYPES[extname(file)] || 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise((resolve) => peerServer.listen(0, '127.0.0.1', resolve));
const peerUrl = `http://127.0.0.1:${peerServer.address().port}/`;

// ------------------------------------------------------------------------------ the same blueprint
// Grid: a pool (or a band, for mxGraph) per circle, stacked; its touchpoints ten to a row, in order.
const COLS = 10, W = 100, H = 80, DX = 150, DY = 120, PAD = 60, GAP = 40;
function layout(doc) {
  const circles = [];
  let y = 0;
  for (const c of doc.circles) {
    const rows = Math.max(1, Math.ceil(c.touchpoints.length / COLS));
    const height = rows * DY + 2 * PAD - (DY - H);
    circles.push({
      id: c.id, name: c.name || c.id, y, height, width: 2 * PAD + COLS * DX - (DX - W) + 30,
      tasks: c.touchpoints.map((t, i) => ({ id: t.id, name: t.name || t.id,
        x: 30 + PAD + (i % COLS) * DX, y: y + PAD + Math.floor(i / COLS) * DY })),
    });
    y += height + GAP;
  }
  return circles;
}
const xml = (s) => String(s).replace(/[<>&"]/g, (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[ch]);
const nid = (s) => 'n' + String(s).replace(/[^A-Za-z0-9_.-]/g, '_');

function toBpmn(circles) {
  const procs = [], parts = [], shapes = [], edges = [];
  circles.forEach((c, ci) => {
    const p = `Process_${ci}`, flows = [];
    const tasks = c.tasks.map((t) => `<bpmn:task id="${nid(t.id)}" name="${xml(t.name)}"/>`);
    c.tasks.forEach((t, i) => {
      if (!i) return;
      const from = c.tasks[i - 1], f = `Flow_${ci}_${i}`;
      flows.push(`<bpmn:sequenceFlow id="${f}" sourceRef="${nid(from.id)}" targetRef="${nid(t.id)}"/>`);
      edges.push(`<bpmndi:BPMNEdge id="${f}_di" bpmnElement="${f}"><di:waypoint x="${from.x + W}" y="${from.y + H / 2}"/>` +
        `<di:waypoint x="${t.x}" y="${t.y + H / 2}"/></bpmndi:BPMNEdge>`);
    });
    procs.push(`<bpmn:process id="${p}" isExecutable="false">${tasks.join('')}${flows.join('')}</bpmn:process>`);
    parts.push(`<bpmn:participant id="Pool_${ci}" name="${xml(c.name)}" processRef="${p}"/>`);
    shapes.push(`<bpmndi:BPMNShape id="Pool_${ci}_di" bpmnElement="Pool_${ci}" isHorizontal="true">` +
      `<dc:Bounds x="0" y="${c.y}" width="${c.width}" height="${c.height}"/></bpmndi:BPMNShape>`);
    for (const t of c.tasks) {
      shapes.push(`<bpmndi:BPMNShape id="${nid(t.id)}_di" bpmnElement="${nid(t.id)}">` +
        `<dc:Bounds x="${t.x}" y="${t.y}" width="${W}" height="${H}"/></bpmndi:BPMNShape>`);
    }
  });
  return '<?xml version="1.0" encoding="UTF-8"?>\n<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" ' +
    'xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" ' +
    'xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="Definitions_bench" targetNamespace="http://bpmn.io/schema/bpmn">' +
    `<bpmn:collaboration id="Collaboration_bench">${parts.join('')}</bpmn:collaboration>${procs.join('')}` +
    '<bpmndi:BPMNDiagram id="Diagram_bench"><bpmndi:BPMNPlane id="Plane_bench" bpmnElement="Collaboration_bench">' +
    `${shapes.join('')}${edges.join('')}</bpmndi:BPMNPlane></bpmndi:BPMNDiagram></bpmn:definitions>`;
}

// ------------------------------------------------------------------------------ measuring
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const STEPS = 30, ROUNDS = 5;

// A peer: `move(step)` (a function body over `step`) applied once per animation frame.
function panPeer(page, move, dx) {
  return page.evaluate(async ([body, n, step]) => {
    const apply = new Function('step', body);
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    await frame();
    const times = [];
    let last = performance.now();
    for (let i = 1; i <= n; i++) {
      apply(step);
      await frame();
      const now = performance.now();
      times.push(now - last);
      last = now;
    }
    return times;
  }, [move, STEPS, dx]);
}

let size = 0;  // the touchpoints of the run in progress: its screenshots' names

async function rounds(once, quiet) {
  const out = [];
  for (let r = 0; r < ROUNDS; r++) {
    out.push(median((await once(r % 2 ? -6 : 6)).slice(2)));
    await quiet();
  }
  return median(out);
}

const idle = (page) => page.waitForTimeout(150);

async function designer(session, json, doc, view) {
  const { page, errors } = await openDesigner(session, { page: await session.context.newPage(), query: `?benchview=${view}` });
  try {
    await settle(page);
    const opened = await dropAndTime(page, json, 'peers.blueprint.json', doc.id);
    await page.waitForFunction(() => !window.blueprint.backgroundPending(), null, { timeout: 600000, polling: 500 });
    await settle(page);
    const box = await page.evaluate(() => { const r = document.querySelector('canvas').getBoundingClientRect(); return [r.width, r.height]; });
    const pan = await rounds((dx) => panCanvas(page, Math.round(box[0] * 0.3), Math.round(box[1] * 0.6), STEPS, dx), () => settle(page, 100));
    await page.screenshot({ path: screenshotPath(`peers-${size}-designer-${view}.png`) });
    if (errors.length) console.log(`# designer (${view}) errors: ${errors.slice(0, 3).join(' | ')}`);
    return { opened, pan };
  } finally {
    await page.close({ runBeforeUnload: false });
  }
}

async function bpmn(session, bpmnXml) {
  const page = await session.context.newPage();
  try {
    await page.goto(peerUrl + 'bpmn.html');
    await page.waitForFunction(() => window.viewer);
    const result = await page.evaluate(async (text) => {
      const start = performance.now();
      const { warnings } = await window.viewer.importXML(text);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const opened = performance.now() - start;
      window.viewer.get('canvas').zoom(1);
      return { opened, warnings: warnings.length, shapes: window.viewer.get('elementRegistry').getAll().length };
    }, bpmnXml);
    if (result.warnings) console.log(`# bpmn-js: ${result.warnings} import warnings`);
    await idle(page);
    const pan = await rounds((dx) => panPeer(page, "window.viewer.get('canvas').scroll({ dx: step, dy: 0 });", dx), () => idle(page));
    await page.screenshot({ path: screenshotPath(`peers-${size}-bpmn-js.png`) });
    return { opened: result.opened, pan };
  } finally {
    await page.close();
  }
}

async function mxgraph(session, circles) {
  const page = await session.context.newPage();
  try {
    await page.goto(peerUrl + 'mxgraph.html');
    await page.waitForFunction(() => window.graph);
    await page.evaluate((cs) => {
      const g = window.graph, parent = g.getDefaultParent(), model = g.getModel();
      model.beginUpdate();
      try {
        for (const c of cs) {
          g.insertVertex(parent, 'band-' + c.id, c.name, 0, c.y, c.width, c.height, 'fillColor=none;verticalAlign=top;align=left');
          let prev = null;
          for (const t of c.tasks) {
            const v = g.insertVertex(parent, t.id, t.name, t.x, t.y, 100, 80, 'rounded=1;whiteSpace=wrap');
            if (prev) g.insertEdge(parent, null, '', prev, v);
            prev = v;
          }
        }
      } finally {
        model.endUpdate();
      }
    }, circles);
    await idle(page);
    const pan = await rounds((dx) => panPeer(page,
      'window.__panned = (window.__panned || 0) + step; window.graph.panGraph(window.__panned, 0);', dx), () => idle(page));
    await page.screenshot({ path: screenshotPath(`peers-${size}-mxgraph.png`) });
    return { pan };
  } finally {
    await page.close();
  }
}

// ------------------------------------------------------------------------------ the run
const load = () => loadavg().map((l) => l.toFixed(2)).join(', ');
const loadStart = load();
console.log(`load average at start: ${loadStart}`);
const work = mkdtempSync(join(tmpdir(), 'bp-peers-docs-'));
const session = await launch({ locale: 'zh-CN', viewport: { width: 1600, height: 900 } });
const rows = [];
try {
  await session.context.addInitScript(() => {
    const view = new URLSearchParams(location.search).get('benchview');
    if (view) localStorage.setItem('service-blueprint.preferences', JSON.stringify({ view, lang: 'zh', show_lint: false }));
  });
  for (const n of sizes) {
    size = n;
    const file = join(work, `peers-${n}.blueprint.json`);
    execFileSync(bench, ['--layers', '--touchpoints', String(n), '--write', file]);
    const json = readFileSync(file, 'utf8');
    const doc = JSON.parse(json);
    const circles = layout(doc);
    const bpmnXml = toBpmn(circles);
    const touchpoints = circles.reduce((s, c) => s + c.tasks.length, 0);
    console.log(`${n}: ${circles.length} circles, ${touchpoints} touchpoints; designer ${(json.length / 1048576).toFixed(1)} MB, ` +
      `BPMN ${(bpmnXml.length / 1048576).toFixed(1)} MB`);
    const row = { n: touchpoints };
    const step = async (name, f) => {
      try { return await f(); } catch (e) { console.log(`# ${n}: ${name} failed: ${String(e.message || e).split('\n')[0]}`); return null; }
    };
    const circlesView = await step('designer, circle view', () => designer(session, json, doc, 'circles'));
    const blueprintView = await step('designer, blueprint view', () => designer(session, json, doc, 'blueprint'));
    const b = await step('bpmn-js', () => bpmn(session, bpmnXml));
    const m = await step('mxGraph', () => mxgraph(session, circles));
    Object.assign(row, {
      circle: circlesView?.pan, blueprint: blueprintView?.pan, bpmn: b?.pan, mx: m?.pan,
      open: circlesView?.opened, bpmnOpen: b?.opened,
    });
    console.log(`  ${JSON.stringify(row, (k, v) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v))}  load ${load()}`);
    rows.push(row);
  }
} finally {
  await session.close();
  await new Promise((resolve) => peerServer.close(resolve));
  rmSync(work, { recursive: true, force: true });
  rmSync(pages, { recursive: true, force: true });
}

const ms = (v) => (v == null ? '—' : v >= 1000 ? `${(v / 1000).toFixed(1)} s` : `${v.toFixed(v < 100 ? 1 : 0)} ms`);
const ratio = (a, ...peers) => {
  const best = Math.min(...peers.filter((p) => p != null));
  return a == null || !Number.isFinite(best) ? '—' : `${(a / best).toFixed(2)} ×`;
};
console.log(`\nwall time per frame while panning one step per frame (median of ${ROUNDS} rounds of ${STEPS} frames); open to first frame\n`);
console.log('| touchpoints | designer pan, circle view | designer pan, blueprint view | bpmn-js pan | mxGraph pan | designer open → first frame | bpmn-js import → first frame |');
console.log('|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(`| ${r.n.toLocaleString('en')} | ${ms(r.circle)} | ${ms(r.blueprint)} | ${ms(r.bpmn)} | ${ms(r.mx)} | ${ms(r.open)} | ${ms(r.bpmnOpen)} |`);
}
console.log('\nratios, designer ÷ best peer (below 1 × the designer is faster)\n');
console.log('| touchpoints | pan, circle view | pan, blueprint view | open → first frame (÷ bpmn-js) |');
console.log('|---|---|---|---|');
for (const r of rows) {
  console.log(`| ${r.n.toLocaleString('en')} | ${ratio(r.circle, r.bpmn, r.mx)} | ${ratio(r.blueprint, r.bpmn, r.mx)} | ${ratio(r.open, r.bpmnOpen)} |`);
}
console.log(`\nload average (1, 5, 15 min): at start ${loadStart}; at end ${load()}`);
