// The page around the designer's wasm, as ES modules: this one starts it (font, restored work or a
// sample), keeps the preferences and the leave-page warning, gives the wasm the functions it calls
// (window.BlueprintPage, used by library_blueprint.js) and tests window.blueprint. The others:
// page-core.js (what all share), page-input.js (sizes, keys, IME, clipboard), page-files.js (open,
// save, File > Recent), page-storage.js (autosave slots, journal, recovery, storage messages),
// page-presenter.js (trainer mode's presenter window, web/presenter.html).
// Sections: startup · preferences and language · window.blueprint · the page's functions for the wasm.
import { Module, ime, loading, isMac, state, fail, prefersChinese, withBytes, withStrings } from './page-core.js';
import { resize, setClipboard, requestPaste, textInput } from './page-input.js';
import {
  download, downloadPng, openFilePicker, openResultsPicker, saveFile, rememberRecent, keepOpened, openRecent,
  startFiles,
} from './page-files.js';
import { openPresenter, showPresenter, closePresenter, presenterOpen } from './page-presenter.js';
import { chooseSlot, autosave, autosaveJournal, flushAutosave, reportProblem, showProblem, showRecovery,
         storageState, documentBytes } from './page-storage.js';

const PREFERENCES_KEY = 'service-blueprint.preferences';

// --------------------------------------------------------------------------------------- startup
// The bundled samples (File > Samples) and the one to open when there is no work to restore:
// ?sample=<file>, else one in the interface's language (the water-heater chain in Chinese), else the
// first. None bundled → an empty document.
function loadSamples() {
  return fetch('samples/bundle.json').then((r) => (r.ok ? r.json() : []))
    .then((list) => (Array.isArray(list) ? list.filter((s) => s && s.file && typeof s.json === 'string') : []))
    .catch(() => []);
}

function pickSample(samples) {
  const wanted = new URLSearchParams(location.search).get('sample');
  const inChinese = interfaceChinese();
  const entry = samples.find((s) => s.file === wanted) ||
    (inChinese ? samples.find((s) => /water-heater/.test(s.file))
               : samples.find((s) => /^en\b/i.test(s.language || ''))) ||
    samples.find((s) => /water-heater/.test(s.file)) || samples[0];
  return entry ? { json: entry.json, filename: entry.file, unsaved: false } : null;
}

// The language the designer will start in: the stored preference, else the browser's.
function interfaceChinese() {
  try {
    const lang = JSON.parse(loadPreferences() || '{}').lang;
    if (lang === 'en') return false;
    if (lang === 'zh-CN') return true;
  } catch (e) { /* unreadable preferences: the designer ignores them too */ }
  return prefersChinese();
}

// Font, first document and the wasm runtime load in parallel; the app starts when all three are in.
function boot() {
  const fontBytes = fetch('fonts/ui.ttf').then((r) => {
    if (!r.ok) throw new Error('fonts/ui.ttf: HTTP ' + r.status);
    return r.arrayBuffer();
  });
  // Restored work wins over a sample; both are asked for at once (opening IndexedDB can be slow).
  const samples = loadSamples();
  const sample = samples.then(pickSample);
  const firstDocument = chooseSlot().catch((e) => { reportProblem(e); return null; })
    .then((saved) => saved || sample);
  // onRuntimeInitialized runs just before main(); a promise callback runs after it returned.
  const runtimeReady = new Promise((resolve) => { Module.onRuntimeInitialized = resolve; })
    .then(() => { state.runtimeUp = true; });

  // Marks for scripts/budgets.mjs: where the time to the first frame goes.
  const mark = (name) => (value) => { performance.mark(name); return value; };
  fontBytes.then(mark('bp-font'));
  firstDocument.then(mark('bp-document'));
  runtimeReady.then(mark('bp-runtime'));
  // designer.js comes after Module exists (a module script runs after the document is parsed).
  const script = document.createElement('script');
  script.src = 'designer.js';
  script.async = true;
  script.onerror = () => fail('designer.js did not load');
  document.body.appendChild(script);
  Promise.all([fontBytes, firstDocument, runtimeReady, samples]).then(([font, doc, , bundled]) => {
    resize();
    for (const sample of bundled) {
      withStrings([sample.name, sample.json], (name, json) => Module._bp_add_sample(name, json));
    }
    const fontPtr = Module._malloc(font.byteLength);
    Module.HEAPU8.set(new Uint8Array(font), fontPtr);
    for (const entry of (doc && doc.journal) || []) withStrings([entry.json], (json) => Module._bp_add_journal(json));
    // A stored record's bytes (or a sample's text) as they are: no string of a big document on the way.
    withBytes((doc && documentBytes(doc)) || new Uint8Array(0), (json) => {
      withStrings([doc ? doc.filename : '', loadPreferences()], (filename, prefs) => {
        Module._bp_start(fontPtr, font.byteLength, json, filename, doc && doc.unsaved ? 1 : 0, prefs,
                         prefersChinese() ? 1 : 0);
      });
    });
    Module._free(fontPtr);
    Module._bp_set_mac(isMac ? 1 : 0);
    state.running = true;
    performance.mark('bp-started');
    startFiles();
    ime.focus({ preventScroll: true });
  }).catch((e) => fail(String(e && e.message || e)));
}

// ------------------------------------------------------------------------ preferences and language
function loadPreferences() {
  try { return localStorage.getItem(PREFERENCES_KEY) || ''; } catch (e) { return ''; }
}
function savePreferences(json) {
  try { localStorage.setItem(PREFERENCES_KEY, json); } catch (e) { /* private mode: not kept */ }
}

function setUnsaved(value) { state.unsaved = value; }
window.addEventListener('beforeunload', (e) => {
  if (!state.unsaved) return;
  e.preventDefault();
  e.returnValue = '';
});

function setLanguage(bcp47) {
  document.documentElement.lang = bcp47;
  state.designerLanguage = bcp47;
  showProblem();
  showRecovery();
}


function firstFrame() {
  state.ready = true;
  state.firstFrameMs = performance.now();
  performance.mark('bp-first-frame');
  loading.style.display = 'none';
}

// ------------------------------------------------------------------------------ window.blueprint
function readString(ptr) { return Module.UTF8ToString(ptr); }

window.blueprint = {
  get ready() { return state.ready && state.running && Module._bp_ready() === 1; },
  // The current document exactly as Save writes it.
  documentJson() { return readString(Module._bp_document_json()); },
  // Frames drawn, CPU time per frame, what the last frame sent the GPU; firstFrameMs is measured from
  // navigation start.
  frameStats() {
    const out = Module._malloc(8 * 10);
    Module._bp_frame_stats(out);
    const v = Module.HEAPF64.subarray(out / 8, out / 8 + 10);
    const stats = { frames: v[0], lastMs: v[1], avgMs: v[2], atlasMs: v[3], glyphs: v[4],
                    atlasWidth: v[5], atlasHeight: v[6], vertices: v[7], triangles: v[8], drawCalls: v[9],
                    firstFrameMs: state.firstFrameMs };
    Module._free(out);
    return stats;
  },
  notice() { return readString(Module._bp_notice()); },
  unsaved() { return Module._bp_unsaved() === 1; },
  language() { return readString(Module._bp_language()); },
  wantsTextInput() { return Module._bp_wants_text_input() === 1; },
  // Lint or autosave waits for a quiet moment: the page keeps drawing (throttled) frames meanwhile.
  backgroundPending() { return Module._bp_background_pending() === 1; },
  autosaves() { return storageState().autosaves; },
  journalWrites() { return storageState().journalWrites; },
  // Resolves when what was handed over so far is in IndexedDB (or failed).
  autosaved() { return flushAutosave(); },
  // This tab's autosave slot, the last write's duration, since when the oldest write not yet committed
  // has waited (null: none), the storage problem shown (or null), the slots offered for recovery and
  // whether the browser agreed to persist storage.
  storage() {
    const s = storageState();
    return { slot: s.slot, lastWriteMs: s.lastWriteMs, lastWrittenAt: s.lastWrittenAt, lastHandedAt: s.lastHandedAt,
             writtenHandedAt: s.writtenHandedAt, lastSnapshotHandedAt: s.lastSnapshotHandedAt,
             oldestWriteInFlightAt: s.oldestWriteInFlightAt, problem: s.problem,
             recoverable: s.recoverable, persistence: s.persistence };
  },
  // Where an item with this label was drawn in the last frame, in CSS pixels, or null. The first
  // call switches the lookup on, so callers poll.
  findItem(label, index) {
    const out = Module._malloc(16);
    const found = withStrings([label], (p) => Module._bp_find_item(p, index || 0, out));
    const v = Module.HEAPF32.subarray(out / 4, out / 4 + 4);
    const rect = found ? { x: v[0], y: v[1], width: v[2], height: v[3] } : null;
    Module._free(out);
    return rect;
  },
  itemLabels() { return readString(Module._bp_item_labels()).split('\n').filter(Boolean); },
  // Whether trainer mode's presenter window is open.
  presenterOpen() { return presenterOpen(); },
};

boot();

// -------------------------------------------------------------------- the page's functions for the wasm
// web/library_blueprint.js forwards the wasm's calls (app/web/js_bridge.h) to these.
window.BlueprintPage = {
  download, downloadPng, openFilePicker, openResultsPicker, saveFile, rememberRecent, keepOpened, openRecent,
  setClipboard, requestPaste, autosave,
  autosaveJournal, savePreferences, setUnsaved, setLanguage, textInput, firstFrame, openPresenter, showPresenter,
  closePresenter,
};
