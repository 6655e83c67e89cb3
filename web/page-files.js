// Files: open (the picker, a drop, File > Recent) and save. Where the browser has the File System Access
// API, Open keeps the chosen file's handle and Save writes back into it (Save As, or a document in no
// file yet, asks for a new one); elsewhere Open uses a file input and Save downloads. The pickers are
// looked up when used (window.showOpenFilePicker / showSaveFilePicker), so a test can put its own in
// their place. File > Recent: the last documents left, opened or saved, kept in IndexedDB with the
// handles of their files.
// Sections: open · save · recent.
import { Module, ime, picker, state, withBytes, withStrings, formatTime } from './page-core.js';
import { openDatabase, autosaveLater, storedBytes } from './page-storage.js';

const RECENT = 'recent';            // blueprint id → { name, filename, unsaved, time, handle? }
const RECENT_DOCS = 'recent-docs';  // blueprint id → the document's UTF-8 (a Uint8Array; a string before)
const RECENT_KEPT = 10;
const FILE_TYPES = [{ description: 'Service blueprint (.blueprint.json)', accept: { 'application/json': ['.json'] } }];
const handles = new Map();          // blueprint id → the handle of the file it was opened from or saved to

function pickers() {
  return typeof window.showOpenFilePicker === 'function' && typeof window.showSaveFilePicker === 'function'
    ? { open: (o) => window.showOpenFilePicker(o), save: (o) => window.showSaveFilePicker(o) } : null;
}
function documentId() { return Module.UTF8ToString(Module._bp_document_id()); }

// ------------------------------------------------------------------------------------------- open
// A file's bytes reach the wasm as they are, so the loader applies the command-line tool's rule: invalid
// UTF-8 is refused with its line and column (file.text() would have turned it into U+FFFD).
// `call(ptr, length, filename)` is the bridge function that takes them.
function passBytes(bytes, filename, call) {
  try {
    return withBytes(bytes, (ptr, length) => withStrings([filename], (f) => call(ptr, length, f)));
  } finally {
    ime.focus({ preventScroll: true });
  }
}

// A document the designer just opened from bytes the page handed it: File › Recent keeps its text and,
// when saving it again would be costly, so does this tab's autosave slot (the base of its journal). Both
// as the bytes it came from, after the frame that shows the document: at 40 MB decoding and writing them
// took 0.7 s that the first frame waited for. The snapshot's place in the autosave order is taken now.
export function keepOpened(bytes, id, name, filename, unsaved, recent, snapshot) {
  const writeSnapshot = snapshot ? autosaveLater(filename, name) : null;
  const held = recent ? (heldRecent = { id: id }) : null;
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    document.removeEventListener('visibilitychange', run);
    if (writeSnapshot) writeSnapshot(bytes);
    if (held && heldRecent === held) {
      heldRecent = null;
      rememberRecent(id, name, filename, bytes, unsaved);
    }
  };
  // After the next frame; a hidden page draws none (and slows its timers), so hiding writes them at once.
  requestAnimationFrame(() => setTimeout(run, 0));
  setTimeout(run, 1000);
  document.addEventListener('visibilitychange', run);
}

export function openBytes(bytes, filename, unsaved = false) {
  return passBytes(bytes, filename, (ptr, n, f) => Module._bp_open_text(ptr, n, f, unsaved ? 1 : 0)) === 1;
}

function openText(text, filename) { return openBytes(new TextEncoder().encode(text), filename); }

function openFile(file) {
  file.arrayBuffer().then((buffer) => openBytes(new Uint8Array(buffer), file.name))
    .catch((e) => openText('', file.name + ': ' + e.message));
}

// A dropped file is offered: the designer asks first when the open document has unsaved work.
function offerFile(file) {
  file.arrayBuffer().then((buffer) => passBytes(new Uint8Array(buffer), file.name, (ptr, n, f) => Module._bp_offer_text(ptr, n, f)))
    .catch((e) => openText('', file.name + ': ' + e.message));
}

export function openFilePicker() {
  const p = pickers();
  if (!p) {
    picker.value = '';
    picker.click();
    return;
  }
  p.open({ types: FILE_TYPES, multiple: false }).then(async ([handle]) => {
    const file = await handle.getFile();
    if (openBytes(new Uint8Array(await file.arrayBuffer()), file.name)) {
      const id = documentId();
      handles.set(id, handle);
      keepHandle(id, handle);
    }
  }).catch((e) => { if (e && e.name !== 'AbortError') openText('', 'file: ' + e.message); });
}
picker.addEventListener('change', () => { if (picker.files.length) openFile(picker.files[0]); });

// File › Import results: a filled-in checklist (CSV) or a dashboard's JSON; the designer says what it
// read or, when it refuses the file, which row and column. Its own input, so it never opens a document.
const resultsPicker = document.createElement('input');
resultsPicker.type = 'file';
resultsPicker.accept = '.csv,.json,text/csv,application/json';
resultsPicker.style.display = 'none';
document.body.appendChild(resultsPicker);
export function importResultsBytes(bytes, filename) {
  return passBytes(bytes, filename, (ptr, n, f) => Module._bp_import_results(ptr, n, f)) === 1;
}
export function openResultsPicker() {
  resultsPicker.value = '';
  resultsPicker.click();
}
resultsPicker.addEventListener('change', () => {
  const file = resultsPicker.files[0];
  if (file) file.arrayBuffer().then((buffer) => importResultsBytes(new Uint8Array(buffer), file.name));
});

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
  if (state.running) offerFile(files[0]);
}, true);

// ------------------------------------------------------------------------------------------- save
export function download(filename, mime, bytes) {
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

// A picture's PNG, drawn by the browser from its SVG at its own size (a browser canvas holds at most
// about 16,000 px a side and 268 M px: a larger picture is scaled down to fit). The SVG goes in as a
// data: URL, which the page's img-src policy allows. Should the browser fail to draw it, the SVG itself
// is downloaded instead, so the user still gets the picture.
export function downloadPng(filename, svg) {
  const blob = new Blob([svg], { type: 'image/svg+xml' });
  const fallback = () => download(filename.replace(/\.png$/, '.svg'), 'image/svg+xml', new TextEncoder().encode(svg));
  const reader = new FileReader();
  reader.onerror = fallback;
  reader.onload = () => {
    const image = new Image();
    image.onerror = fallback;
    image.onload = () => {
      const w = image.naturalWidth || 1, h = image.naturalHeight || 1;
      const scale = Math.min(1, 16000 / w, 16000 / h, Math.sqrt(200e6 / (w * h)));
      const canvas = document.createElement('canvas');
      canvas.width = Math.max(1, Math.floor(w * scale));
      canvas.height = Math.max(1, Math.floor(h * scale));
      canvas.getContext('2d').drawImage(image, 0, 0, canvas.width, canvas.height);
      canvas.toBlob((png) => {
        if (!png) return fallback();
        png.arrayBuffer().then((bytes) => download(filename, 'image/png', new Uint8Array(bytes)));
      }, 'image/png');
    };
    image.src = reader.result;
  };
  reader.readAsDataURL(blob);
}

function reportSaved(ok, filename, error) {
  withStrings([filename, error], (f, e) => Module._bp_file_saved(ok ? 1 : 0, f, e));
}

// A handle kept from another visit may need the user's leave to write again.
async function mayWrite(handle) {
  if (typeof handle.queryPermission !== 'function') return true;
  const mode = { mode: 'readwrite' };
  if (await handle.queryPermission(mode) === 'granted') return true;
  return typeof handle.requestPermission === 'function' && await handle.requestPermission(mode) === 'granted';
}

async function handleFor(id) {
  if (handles.has(id)) return handles.get(id);
  const meta = await readRecent(id).catch(() => null);
  if (meta && meta.handle) handles.set(id, meta.handle);
  return handles.get(id) || null;
}

// Save and Save As (`chooseFile`): the designer learns the outcome through bp_file_saved — the file's
// name when written, nothing when the user cancelled the picker, the reason when writing failed.
export async function saveFile(id, filename, bytes, chooseFile) {
  const p = pickers();
  if (!p) {
    download(filename, 'application/json', bytes);
    reportSaved(true, filename, '');
    return;
  }
  try {
    let handle = chooseFile ? null : await handleFor(id);
    if (handle && !(await mayWrite(handle))) handle = null;
    if (!handle) handle = await p.save({ suggestedName: filename, types: FILE_TYPES });
    const writable = await handle.createWritable();
    await writable.write(bytes);
    await writable.close();
    handles.set(id, handle);
    reportSaved(true, handle.name, '');  // the designer then keeps the document in File > Recent, handle and all
  } catch (e) {
    reportSaved(false, '', e && e.name === 'AbortError' ? '' : String((e && e.message) || e));
  }
}

// ----------------------------------------------------------------------------------------- recent
function request(r) {
  return new Promise((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
}
function readRecent(id) {
  return openDatabase().then((db) => request(db.transaction(RECENT, 'readonly').objectStore(RECENT).get(id)));
}

// The designer hands over the document it leaves, opens or saved; the oldest beyond RECENT_KEPT go. A
// newer hand-over of the same document replaces one keepOpened still holds.
let heldRecent = null;  // { id } of the document keepOpened is about to keep
// The document is kept as its UTF-8 bytes (a Uint8Array); before, as a string, which is still read.
export function rememberRecent(id, name, filename, bytes, unsaved) {
  if (heldRecent && heldRecent.id === id) heldRecent = null;
  const meta = { name: name, filename: filename, unsaved: unsaved, time: Date.now() };
  const handle = handles.get(id);
  openDatabase().then((db) => new Promise((resolve, reject) => {
    const tx = db.transaction([RECENT, RECENT_DOCS], 'readwrite');
    try { tx.objectStore(RECENT).put(handle ? Object.assign({ handle: handle }, meta) : meta, id); } catch (e) {
      tx.objectStore(RECENT).put(meta, id);  // a handle the browser cannot store: kept for this visit only
    }
    tx.objectStore(RECENT_DOCS).put(bytes, id);
    const all = tx.objectStore(RECENT).getAll();
    const keys = tx.objectStore(RECENT).getAllKeys();
    all.onsuccess = () => {
      keys.onsuccess = () => {
        const byAge = keys.result.map((k, i) => ({ k, time: all.result[i].time || 0 })).sort((a, b) => b.time - a.time);
        for (const old of byAge.slice(RECENT_KEPT)) {
          tx.objectStore(RECENT).delete(old.k);
          tx.objectStore(RECENT_DOCS).delete(old.k);
        }
      };
    };
    tx.oncomplete = resolve;
    tx.onabort = () => reject(tx.error);
  })).then(sendRecent).catch((e) => console.warn('recent documents not kept:', e && e.message));
}

function keepHandle(id, handle) {
  openDatabase().then((db) => {
    const tx = db.transaction(RECENT, 'readwrite');
    const store = tx.objectStore(RECENT);
    store.get(id).onsuccess = (e) => {
      if (!e.target.result) return;
      try { store.put(Object.assign({}, e.target.result, { handle: handle }), id); } catch (err) { /* this visit only */ }
    };
  }).catch(() => {});
}

// The list for File > Recent, newest first: "key<TAB>name<TAB>when" lines.
function sendRecent() {
  return openDatabase().then((db) => new Promise((resolve) => {
    const tx = db.transaction(RECENT, 'readonly');
    const all = tx.objectStore(RECENT).getAll();
    const keys = tx.objectStore(RECENT).getAllKeys();
    tx.oncomplete = () => {
      const clean = (s) => String(s || '').replace(/[\t\n\r]/g, ' ');
      const lines = keys.result.map((k, i) => ({ k, m: all.result[i] })).sort((a, b) => (b.m.time || 0) - (a.m.time || 0))
        .map(({ k, m }) => clean(k) + '\t' + clean(m.name || m.filename || k) + '\t' + formatTime(m.time || 0));
      if (state.running) withStrings([lines.join('\n')], (p) => Module._bp_set_recent(p));
      resolve();
    };
    tx.onabort = () => resolve();
  })).catch(() => {});
}

export function openRecent(id) {
  openDatabase().then(async (db) => {
    const tx = db.transaction([RECENT, RECENT_DOCS], 'readonly');
    const [meta, kept] = await Promise.all([request(tx.objectStore(RECENT).get(id)), request(tx.objectStore(RECENT_DOCS).get(id))]);
    const bytes = storedBytes(kept);
    if (!meta || !bytes) return;
    if (meta.handle) handles.set(id, meta.handle);
    openBytes(bytes, meta.filename || '', !!meta.unsaved);
  }).catch((e) => console.warn('recent document not opened:', e && e.message));
}

// Called once the designer runs: File > Recent gets its list.
export function startFiles() { sendRecent(); }
