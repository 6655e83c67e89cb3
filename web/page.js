// The page around the designer's wasm: startup (font, restored work or a sample), redraw on input only,
// canvas size × devicePixelRatio, the IME field, clipboard, files, autosave and preferences, and
// window.blueprint for automation. Loaded before designer.js, so its listeners run before GLFW's.
// Sections: startup · sizes · input and IME · clipboard · files · storage · window.blueprint.
'use strict';

var BlueprintPage = (function () {
  const canvas = document.getElementById('canvas');
  const ime = document.getElementById('ime');
  const picker = document.getElementById('file-picker');
  const loading = document.getElementById('loading');
  const isMac = /Mac|iPhone|iPad/.test(navigator.platform || '');

  const AUTOSAVE_DB = 'service-blueprint';
  const AUTOSAVE_STORE = 'autosave';
  const AUTOSAVE_KEY = 'current';
  const PREFERENCES_KEY = 'service-blueprint.preferences';

  let running = false;        // bp_start has been called
  let ready = false;          // first frame drawn with a document open
  let firstFrameMs = null;    // since navigation start
  let unsaved = false;

  // ------------------------------------------------------------------------------------- startup
  // designer.js picks this object up as its Module.
  const Module = window.Module = {
    canvas: canvas,
    print: (text) => console.log(text),
    printErr: (text) => console.warn(text),
    onAbort: (what) => fail('The designer stopped: ' + what),
  };

  function fail(message) {
    console.error(message);
    loading.textContent = '无法启动设计器 · The designer could not start: ' + message;
    loading.classList.add('failed');
    loading.style.display = '';
  }

  function prefersChinese() {
    for (const lang of navigator.languages || [navigator.language || '']) {
      if (/^zh\b/i.test(lang)) return true;
      if (/^en\b/i.test(lang)) return false;
    }
    return false;
  }

  // The bundled samples (File > Samples) and the one to open when there is no work to restore:
  // ?sample=<file>, else the water-heater chain, else the first. None bundled → an empty document.
  function loadSamples() {
    return fetch('samples/bundle.json').then((r) => (r.ok ? r.json() : []))
      .then((list) => (Array.isArray(list) ? list.filter((s) => s && s.file && typeof s.json === 'string') : []))
      .catch(() => []);
  }

  function pickSample(samples) {
    const wanted = new URLSearchParams(location.search).get('sample');
    const entry = samples.find((s) => s.file === wanted) ||
      samples.find((s) => /water-heater/.test(s.file)) || samples[0];
    return entry ? { json: entry.json, filename: entry.file, unsaved: false } : null;
  }

  // Copies JS strings into wasm memory for the duration of fn.
  function withStrings(strings, fn) {
    const ptrs = strings.map((s) => {
      const size = Module.lengthBytesUTF8(s) + 1;
      const ptr = Module._malloc(size);
      Module.stringToUTF8(s, ptr, size);
      return ptr;
    });
    try { return fn(...ptrs); } finally { ptrs.forEach((p) => Module._free(p)); }
  }

  function wake() { if (running) Module._bp_wake(); }

  // --------------------------------------------------------------------------------------- sizes
  // The backing store has CSS size × devicePixelRatio pixels; ImGui works in CSS pixels.
  function resize() {
    const rect = canvas.getBoundingClientRect();
    const ratio = window.devicePixelRatio || 1;
    const width = Math.max(1, Math.round(rect.width * ratio));
    const height = Math.max(1, Math.round(rect.height * ratio));
    if (canvas.width !== width) canvas.width = width;
    if (canvas.height !== height) canvas.height = height;
    if (Module._bp_resize) Module._bp_resize(rect.width, rect.height, width, height);
  }

  // devicePixelRatio changes (zoom, moving to another screen) are seen through a media query that
  // matches only the current ratio.
  function watchPixelRatio() {
    const query = matchMedia('(resolution: ' + (window.devicePixelRatio || 1) + 'dppx)');
    query.addEventListener('change', function changed() {
      query.removeEventListener('change', changed);
      resize();
      watchPixelRatio();
    });
  }
  window.addEventListener('resize', resize);
  watchPixelRatio();
  // Also catches a ratio change that leaves the CSS size alone (e.g. moving to another screen).
  if (window.ResizeObserver) {
    const observer = new ResizeObserver(() => resize());
    try { observer.observe(canvas, { box: 'device-pixel-content-box' }); } catch (e) { observer.observe(canvas); }
  }

  // ------------------------------------------------------------------------------- input and IME
  // Any input wakes the frame loop; nothing is drawn while idle.
  for (const type of ['pointerdown', 'pointerup', 'pointermove', 'wheel', 'keydown', 'keyup', 'focus', 'blur']) {
    window.addEventListener(type, wake, { capture: true, passive: true });
  }

  // Keys: GLFW listens on window (capture) and feeds ImGui. Registered first, these listeners decide
  // what GLFW must not see: keys that belong to an IME composition, the paste shortcut (the paste
  // event brings the text) and key presses (text arrives through the IME field's input event).
  let pasteKey = 0;  // how the coming paste event was asked for: 0 menu, 1 Ctrl/Cmd+V, 2 Shift+Insert
  const shortcutKeysToKeepFromBrowser = new Set(['a', 'd', 'e', 'g', 'n', 'o', 'p', 's', 'y', 'z']);
  window.addEventListener('keydown', (e) => {
    if (e.isComposing || e.keyCode === 229) { e.stopImmediatePropagation(); return; }
    const shortcut = isMac ? e.metaKey : e.ctrlKey;
    const key = (e.key || '').toLowerCase();
    if ((shortcut && key === 'v') || (e.shiftKey && e.key === 'Insert')) {
      pasteKey = key === 'v' ? 1 : 2;
      e.stopImmediatePropagation();
      return;
    }
    pasteKey = 0;
    // The designer's own shortcuts (undo, duplicate, save, open, select all …), not the browser's.
    if (shortcut && shortcutKeysToKeepFromBrowser.has(key)) e.preventDefault();
  }, true);
  window.addEventListener('keyup', (e) => {
    if (e.isComposing || e.keyCode === 229) e.stopImmediatePropagation();
  }, true);
  window.addEventListener('keypress', (e) => {
    if (document.activeElement === ime) e.stopImmediatePropagation();
  }, true);

  // The IME field keeps the focus so that typing, input methods, copy and paste all reach the page;
  // a click on the canvas must not take it away.
  canvas.addEventListener('mousedown', (e) => { e.preventDefault(); ime.focus({ preventScroll: true }); });
  ime.addEventListener('blur', () => {
    setTimeout(() => {
      if (running && (document.activeElement === document.body || document.activeElement === canvas)) {
        ime.focus({ preventScroll: true });
      }
    }, 0);
  });

  let composing = false;
  let caret = { x: -1000, y: 0, h: 20 };

  function sendText(text) {
    text = text.replace(/[\r\n\t]/g, '');
    if (!text || !running) return;
    withStrings([text], (p) => Module._bp_input_text(p));
  }

  function placeIme() {
    ime.style.left = caret.x + 'px';
    ime.style.top = caret.y + 'px';
    ime.style.height = ime.style.lineHeight = Math.max(caret.h, 16) + 'px';
    if (composing) {
      ime.style.width = '1px';
      ime.style.width = Math.max(ime.scrollWidth + 4, 8) + 'px';
    }
  }

  ime.addEventListener('compositionstart', () => {
    composing = true;
    ime.classList.add('composing');
    placeIme();
  });
  ime.addEventListener('compositionupdate', () => setTimeout(placeIme, 0));
  ime.addEventListener('compositionend', (e) => {
    composing = false;
    ime.classList.remove('composing');
    const text = ime.value || e.data || '';
    ime.value = '';
    placeIme();
    sendText(text);
  });
  ime.addEventListener('input', (e) => {
    if (composing || e.isComposing) { placeIme(); return; }
    const text = ime.value;
    ime.value = '';
    // The field's own undo history must not replay old text into the designer.
    if (e.inputType && e.inputType.startsWith('history')) return;
    sendText(text);
  });

  // ------------------------------------------------------------------------------------ clipboard
  // ImGui (a text field's selection) or the designer (selected elements) hands over copied text
  // through setClipboard. Inside a copy/cut event a frame is drawn at once so the key is handled
  // and the text can go into the event; otherwise (a menu command) the async clipboard API is used.
  let inClipboardEvent = false;
  let copied = null;

  function setClipboard(text) {
    copied = text;
    if (!inClipboardEvent && navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).catch(() => {});
    }
  }

  // Edit > Paste from the menu: the browser may ask the user before it hands over the clipboard.
  function requestPaste() {
    if (!navigator.clipboard || !navigator.clipboard.readText) return;
    navigator.clipboard.readText()
      .then((text) => { if (text) withStrings([text], (p) => Module._bp_paste(p, 0)); })
      .catch((e) => console.warn('clipboard not readable:', e.message));
  }

  function copyOrCut(e) {
    if (!running) return;
    inClipboardEvent = true;
    copied = null;
    try { Module._bp_frame_now(); } finally { inClipboardEvent = false; }
    if (copied !== null) {
      e.clipboardData.setData('text/plain', copied);
      e.preventDefault();
    }
    wake();
  }
  document.addEventListener('copy', copyOrCut);
  document.addEventListener('cut', copyOrCut);
  document.addEventListener('paste', (e) => {
    if (!running || e.target === picker) return;
    const text = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
    e.preventDefault();
    const key = pasteKey;
    pasteKey = 0;
    if (text) withStrings([text], (p) => Module._bp_paste(p, key));
  });

  // ---------------------------------------------------------------------------------------- files
  function download(filename, mime, bytes) {
    const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
    const a = document.createElement('a');
    a.href = url;
    a.download = filename;
    a.style.display = 'none';
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  // A file's bytes reach the wasm as they are, so the loader applies the command-line tool's rule: invalid
  // UTF-8 is refused with its line and column (file.text() would have turned it into U+FFFD).
  function openBytes(bytes, filename) {
    const ptr = Module._malloc(bytes.length + 1);
    try {
      Module.HEAPU8.set(bytes, ptr);
      Module.HEAPU8[ptr + bytes.length] = 0;
      withStrings([filename], (f) => Module._bp_open_text(ptr, bytes.length, f));
    } finally { Module._free(ptr); }
    ime.focus({ preventScroll: true });
  }

  function openText(text, filename) { openBytes(new TextEncoder().encode(text), filename); }

  function openFile(file) {
    file.arrayBuffer().then((buffer) => openBytes(new Uint8Array(buffer), file.name))
      .catch((e) => openText('', file.name + ': ' + e.message));
  }

  function openFilePicker() {
    picker.value = '';
    picker.click();
  }
  picker.addEventListener('change', () => { if (picker.files.length) openFile(picker.files[0]); });

  // A .blueprint.json (or any .json) dropped anywhere on the page opens in the designer.
  window.addEventListener('dragover', (e) => {
    if (e.dataTransfer && Array.from(e.dataTransfer.types || []).includes('Files')) {
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
    }
  }, true);
  window.addEventListener('drop', (e) => {
    const files = e.dataTransfer ? e.dataTransfer.files : null;
    if (!files || !files.length) return;
    e.preventDefault();
    e.stopPropagation();
    if (running) openFile(files[0]);
  }, true);

  // -------------------------------------------------------------------------------------- storage
  // Autosave: the app hands over the document shortly after each change; it goes to IndexedDB now.
  let database = null;
  function openDatabase() {
    if (!database) {
      database = new Promise((resolve, reject) => {
        if (!window.indexedDB) { reject(new Error('no IndexedDB')); return; }
        const request = indexedDB.open(AUTOSAVE_DB, 1);
        request.onupgradeneeded = () => request.result.createObjectStore(AUTOSAVE_STORE);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    }
    return database;
  }

  function restoreAutosave() {
    return openDatabase().then((db) => new Promise((resolve) => {
      const request = db.transaction(AUTOSAVE_STORE, 'readonly').objectStore(AUTOSAVE_STORE).get(AUTOSAVE_KEY);
      request.onsuccess = () => resolve(request.result && request.result.json ? request.result : null);
      request.onerror = () => resolve(null);
    })).catch(() => null);
  }

  const AUTOSAVE_FLAG = 'service-blueprint.has-autosave';
  function hasAutosave() {
    try { return localStorage.getItem(AUTOSAVE_FLAG) === '1'; } catch (e) { return true; }
  }

  // Debounced: written 150 ms after the last change, and never later than 300 ms after the first
  // one not yet written (typing in a field is one write, not one per character).
  let autosaves = 0;
  let lastAutosave = Promise.resolve();
  let pendingRecord = null;
  let autosaveTimer = 0;
  let pendingSince = 0;
  function autosave(json, filename, isUnsaved) {
    const now = performance.now();
    if (!pendingRecord) pendingSince = now;
    pendingRecord = { json: json, filename: filename, unsaved: isUnsaved, time: Date.now() };
    clearTimeout(autosaveTimer);
    autosaveTimer = setTimeout(flushAutosave, Math.max(0, Math.min(150, pendingSince + 300 - now)));
  }

  function flushAutosave() {
    clearTimeout(autosaveTimer);
    const record = pendingRecord;
    pendingRecord = null;
    if (!record) return lastAutosave;
    lastAutosave = openDatabase().then((db) => new Promise((resolve) => {
      const tx = db.transaction(AUTOSAVE_STORE, 'readwrite');
      tx.objectStore(AUTOSAVE_STORE).put(record, AUTOSAVE_KEY);
      tx.oncomplete = () => {
        autosaves++;
        try { localStorage.setItem(AUTOSAVE_FLAG, '1'); } catch (e) { /* restored only via IndexedDB */ }
        resolve();
      };
      tx.onerror = tx.onabort = () => { console.warn('autosave failed', tx.error); resolve(); };
    })).catch((e) => console.warn('autosave unavailable:', e.message));
    return lastAutosave;
  }
  window.addEventListener('pagehide', flushAutosave);

  function loadPreferences() {
    try { return localStorage.getItem(PREFERENCES_KEY) || ''; } catch (e) { return ''; }
  }
  function savePreferences(json) {
    try { localStorage.setItem(PREFERENCES_KEY, json); } catch (e) { /* private mode: not kept */ }
  }

  function setUnsaved(value) { unsaved = value; }
  window.addEventListener('beforeunload', (e) => {
    if (!unsaved) return;
    e.preventDefault();
    e.returnValue = '';
  });

  function setLanguage(bcp47) { document.documentElement.lang = bcp47; }

  // The focused ImGui text field and its caret (CSS pixels): the IME field sits there so the input
  // method's candidate window opens next to the text.
  function textInput(active, x, y, lineHeight) {
    caret = active ? { x: x, y: y, h: lineHeight } : { x: -1000, y: 0, h: 20 };
    if (!composing) placeIme();
  }

  function firstFrame() {
    ready = true;
    firstFrameMs = performance.now();
    performance.mark('bp-first-frame');
    loading.style.display = 'none';
  }

  // ------------------------------------------------------------------------------ window.blueprint
  function readString(ptr) { return Module.UTF8ToString(ptr); }

  window.blueprint = {
    get ready() { return ready && running && Module._bp_ready() === 1; },
    // The current document exactly as Save writes it.
    documentJson() { return readString(Module._bp_document_json()); },
    // Frames drawn and CPU time per frame; firstFrameMs is measured from navigation start.
    frameStats() {
      const out = Module._malloc(8 * 7);
      Module._bp_frame_stats(out);
      const v = Module.HEAPF64.subarray(out / 8, out / 8 + 7);
      const stats = { frames: v[0], lastMs: v[1], avgMs: v[2], atlasMs: v[3], glyphs: v[4],
                      atlasWidth: v[5], atlasHeight: v[6], firstFrameMs: firstFrameMs };
      Module._free(out);
      return stats;
    },
    notice() { return readString(Module._bp_notice()); },
    unsaved() { return Module._bp_unsaved() === 1; },
    language() { return readString(Module._bp_language()); },
    wantsTextInput() { return Module._bp_wants_text_input() === 1; },
    autosaves() { return autosaves; },
    // Writes what is pending now; resolves when IndexedDB has it.
    autosaved() { return flushAutosave(); },
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
  };

  // Font, first document and the wasm runtime load in parallel; the app starts when all three are in.
  function boot() {
    const fontBytes = fetch('fonts/ui.ttf').then((r) => {
      if (!r.ok) throw new Error('fonts/ui.ttf: HTTP ' + r.status);
      return r.arrayBuffer();
    });
    // Restored work wins over a sample; both are asked for at once (opening IndexedDB can be slow).
    // A flag in localStorage says whether there is any: a fresh browser need not wait for IndexedDB.
    const samples = loadSamples();
    const sample = samples.then(pickSample);
    const firstDocument = hasAutosave() ? restoreAutosave().then((saved) => saved || sample) : sample;
    const runtimeReady = new Promise((resolve) => { Module.onRuntimeInitialized = resolve; });

    // Marks for scripts/budgets.mjs: where the time to the first frame goes.
    const mark = (name) => (value) => { performance.mark(name); return value; };
    fontBytes.then(mark('bp-font'));
    firstDocument.then(mark('bp-document'));
    runtimeReady.then(mark('bp-runtime'));
    Promise.all([fontBytes, firstDocument, runtimeReady, samples]).then(([font, doc, , bundled]) => {
      resize();
      for (const sample of bundled) {
        withStrings([sample.name, sample.json], (name, json) => Module._bp_add_sample(name, json));
      }
      const fontPtr = Module._malloc(font.byteLength);
      Module.HEAPU8.set(new Uint8Array(font), fontPtr);
      withStrings([doc ? doc.json : '', doc ? doc.filename : '', loadPreferences()], (json, filename, prefs) => {
        Module._bp_start(fontPtr, font.byteLength, json, filename, doc && doc.unsaved ? 1 : 0, prefs,
                         prefersChinese() ? 1 : 0);
      });
      Module._free(fontPtr);
      Module._bp_set_mac(isMac ? 1 : 0);
      running = true;
      performance.mark('bp-started');
      ime.focus({ preventScroll: true });
    }).catch((e) => fail(String(e && e.message || e)));
  }

  boot();

  return { download, openFilePicker, setClipboard, requestPaste, autosave, savePreferences, setUnsaved, setLanguage,
           textInput, firstFrame };
})();
