// Storage: this tab's autosave slot in IndexedDB (Web Locks tell live tabs' slots from dead ones), the
// autosave writes and their journal, recovery offers, and the messages about storage problems.
// Sections: storage · storage messages.
import { Module, ime, state, say, formatTime } from './page-core.js';

// -------------------------------------------------------------------------------------- storage
// Autosave. Each tab writes its document into a slot of its own in IndexedDB the moment the designer
// hands it over (no debounce: a tab or browser killed a moment later keeps the edit), in a 'strict'
// transaction (flushed to disk before it completes). A tab holds its slot with a Web Lock while it
// lives, so a starting tab tells the slots of tabs that died (crashed, killed, closed) from those of
// tabs still open: it restores the newest dead one and offers the others. IndexedDB is always asked
// (no flag in localStorage that could lag behind it). Failures are shown at once and stay shown.
const DB_NAME = 'service-blueprint';
const DB_VERSION = 3;
// slot → { format: 2, bytes, filename, name, unsaved, time, seq }: bytes is the document's UTF-8 (a
// Uint8Array). Records before format 2 hold the text as a string, json, and are read as well.
const DOCS = 'autosave';
// slot → { format: 2, entries: [{ id, seq, json }] } (version 3 on). Format 2 entries may also be whole
// circles and the list of circles (Session::due_journal_entries); format 1 records, elements' own fields
// only, read the same.
const JOURNAL = 'journal';
// Also in this database from version 3: File > Recent's stores (web/page-files.js).
const SLOTS = 'slots';          // slot → the same without json: listed at start without reading documents
const SLOT_LOCK = 'service-blueprint.slot.';
const SLOT_SESSION_KEY = 'service-blueprint.slot';
const OWN_SLOT_WAIT_MS = 1000;  // a reload waits this long for the old page to let go of the slot
// Set when a write fails, cleared when one succeeds: the next session then says that what it restores
// may be older than the last changes.
const FAILED_KEY = 'service-blueprint.autosave-failed.';

function storageError(kind, cause) {
  const error = new Error(kind + (cause ? ': ' + (cause.name || '') + ' ' + (cause.message || '') : ''));
  error.kind = kind;          // missing · blocked · full · upgrade-blocked · failed
  error.detail = cause ? String(cause.name || cause.message || cause) : '';
  return error;
}
function classify(cause) {
  if (cause && cause.kind) return cause;
  const name = cause && cause.name;
  if (name === 'QuotaExceededError') return storageError('full', cause);
  if (name === 'SecurityError' || name === 'UnknownError') return storageError('blocked', cause);
  return storageError('failed', cause);
}
const RECORD_FORMAT = 2;
function recordSize(record) { return record.bytes ? record.bytes.length : record.json.length; }
function describe(record) {
  return { filename: record.filename, name: record.name, unsaved: record.unsaved, time: record.time,
           size: recordSize(record), seq: record.seq || 0 };
}
// A stored document's UTF-8 bytes, kept as bytes or (records written before format 2) as a string; null
// for anything else.
export function storedBytes(kept) {
  if (kept instanceof Uint8Array) return kept;
  return typeof kept === 'string' ? new TextEncoder().encode(kept) : null;
}
// The same for an autosave record, whichever format it has.
export function documentBytes(record) {
  return record ? storedBytes(record.bytes instanceof Uint8Array ? record.bytes : record.json) : null;
}

let database = null;
export function openDatabase() {
  if (!database) {
    database = new Promise((resolve, reject) => {
      let request;
      try {
        if (!window.indexedDB) throw storageError('missing');
        request = indexedDB.open(DB_NAME, DB_VERSION);
      } catch (e) { reject(classify(e.kind ? e : storageError('blocked', e))); return; }
      request.onupgradeneeded = () => {
        const db = request.result;
        if (!db.objectStoreNames.contains(DOCS)) db.createObjectStore(DOCS);
        // Version 3: the autosave journal, and File > Recent (web/page-files.js).
        for (const store of [JOURNAL, 'recent', 'recent-docs']) {
          if (!db.objectStoreNames.contains(store)) db.createObjectStore(store);
        }
        if (!db.objectStoreNames.contains(SLOTS)) {
          const slots = db.createObjectStore(SLOTS);
          // Version 1 kept one document under 'current': it becomes a slot like any other.
          request.transaction.objectStore(DOCS).get('current').onsuccess = (e) => {
            const old = e.target.result;
            if (old && typeof old.json === 'string') slots.put(describe(old), 'current');
          };
        }
      };
      // Another tab still has an older version open; the open goes on once it closes.
      request.onblocked = () => reportProblem(storageError('upgrade-blocked'));
      request.onsuccess = () => {
        const db = request.result;
        db.onversionchange = () => { db.close(); database = null; };  // a newer page upgrades
        db.onclose = () => { database = null; };                       // closed by the browser
        resolve(db);
      };
      request.onerror = () => reject(classify(request.error));
    });
    database.catch(() => { database = null; });  // asked again at the next write
  }
  return database;
}

function readAll(db, store) {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(store, 'readonly');
    const keys = tx.objectStore(store).getAllKeys();
    const values = tx.objectStore(store).getAll();
    tx.oncomplete = () => resolve(keys.result.map((key, i) => Object.assign({ slot: key }, values.result[i])));
    tx.onabort = () => reject(classify(tx.error));
  });
}
function readDocument(db, id) {
  return new Promise((resolve) => {
    const request = db.transaction(DOCS, 'readonly').objectStore(DOCS).get(id);
    request.onsuccess = () => resolve(documentBytes(request.result) ? request.result : null);
    request.onerror = () => resolve(null);
  });
}
// The journal entries written after the snapshot `record` (Session::journal_entry texts), oldest first.
// Entries of an unknown format, or taken before the snapshot, are left out: the snapshot holds those.
function readJournal(db, id, record) {
  return new Promise((resolve) => {
    const request = db.transaction(JOURNAL, 'readonly').objectStore(JOURNAL).get(id);
    request.onsuccess = () => {
      const j = request.result;
      const entries = j && (j.format === 1 || j.format === 2) && Array.isArray(j.entries) ? j.entries : [];
      resolve(entries.filter((e) => e && typeof e.json === 'string' && typeof e.id === 'string' &&
                                    e.seq > (record.seq || 0)).sort((a, b) => a.seq - b.seq));
    };
    request.onerror = () => resolve([]);
  });
}
function deleteSlot(db, id) {
  return new Promise((resolve) => {
    const tx = db.transaction([DOCS, SLOTS, JOURNAL], 'readwrite', { durability: 'strict' });
    tx.objectStore(DOCS).delete(id);
    tx.objectStore(SLOTS).delete(id);
    tx.objectStore(JOURNAL).delete(id);
    tx.oncomplete = () => resolve(true);
    tx.onabort = () => resolve(false);
  });
}

// A first write to a fresh database also sets up its files: done at start, on a key no slot uses,
// rather than with the user's first edit (and a full disk shows before that edit).
function warmUp(db) {
  try {
    const tx = db.transaction(DOCS, 'readwrite', { durability: 'strict' });
    tx.objectStore(DOCS).put({ time: Date.now() }, '~warm-up');
    tx.onabort = () => reportProblem(classify(tx.error));
  } catch (e) { reportProblem(classify(e)); }
}

// Takes a slot's lock for the rest of the page's life. `waitMs` 0: only if nobody holds it.
function claim(id, waitMs) {
  if (!navigator.locks) return Promise.resolve(true);
  return new Promise((resolve) => {
    const options = waitMs ? { signal: AbortSignal.timeout(waitMs) } : { ifAvailable: true };
    navigator.locks.request(SLOT_LOCK + id, options, (lock) => {
      resolve(!!lock);
      return lock ? new Promise(() => {}) : undefined;
    }).catch(() => resolve(false));  // timed out: another tab (a duplicate of this one) has it
  });
}
// Runs fn while holding the slot's lock, if nobody else holds it; false otherwise.
function whileUnheld(id, fn) {
  if (!navigator.locks) return Promise.resolve(fn()).then(() => true);
  return navigator.locks.request(SLOT_LOCK + id, { ifAvailable: true },
    (lock) => (lock ? Promise.resolve(fn()).then(() => true) : false));
}
async function heldSlots() {
  if (!navigator.locks) return new Set();
  const state = await navigator.locks.query();
  return new Set(state.held.map((l) => l.name).filter((n) => n.startsWith(SLOT_LOCK))
    .map((n) => n.slice(SLOT_LOCK.length)));
}
function newSlotId() {
  return Date.now().toString(36) + '-' + Math.random().toString(36).slice(2, 10);
}
function rememberSlot(id) {
  slot = id;
  try { sessionStorage.setItem(SLOT_SESSION_KEY, id); } catch (e) { /* a reload then starts afresh */ }
}

// Chooses this tab's slot and the document to start with: the slot asked for (?recover=), this tab's
// own (a reload), else the newest slot no live tab holds. The others no tab holds and that hold
// unsaved work are offered for recovery.
let slot = null;
let recoverable = [];
export async function chooseSlot() {
  let own = null;
  try { own = sessionStorage.getItem(SLOT_SESSION_KEY); } catch (e) { /* no session storage */ }
  const params = new URLSearchParams(location.search);
  const wanted = params.get('recover');
  if (wanted !== null) {
    params.delete('recover');
    history.replaceState(null, '', location.pathname + (params.toString() ? '?' + params : '') + location.hash);
  }
  let db;
  let metas = [];
  try {
    db = await openDatabase();
    metas = await readAll(db, SLOTS);
  } catch (e) {
    reportProblem(e);
    rememberSlot(own && await claim(own, OWN_SLOT_WAIT_MS) ? own : newSlotId());
    if (slot !== own) await claim(slot, 0);
    return null;
  }
  warmUp(db);
  const held = await heldSlots();
  // Unsaved work first, newest first: a document already in a file never wins over one that is not.
  const byTime = metas.slice().sort((a, b) => (b.unsaved ? 1 : 0) - (a.unsaved ? 1 : 0) || (b.time || 0) - (a.time || 0));
  const candidates = [];
  if (wanted) candidates.push({ id: wanted, wait: 0 });
  if (own) candidates.push({ id: own, wait: OWN_SLOT_WAIT_MS });
  for (const m of byTime) if (!held.has(m.slot)) candidates.push({ id: m.slot, wait: 0 });
  let chosen = null;
  let record = null;
  const tried = new Set();
  const claimed = new Set();
  for (const c of candidates) {
    if (tried.has(c.id) || !metas.some((m) => m.slot === c.id)) continue;
    tried.add(c.id);
    if (!await claim(c.id, c.wait)) continue;
    claimed.add(c.id);
    const doc = await readDocument(db, c.id);
    if (doc) {
      chosen = c.id;
      record = doc;
      record.journal = await readJournal(db, c.id, doc);
      adoptJournal(record);
      break;
    }
  }
  if (!chosen) {
    chosen = own && (claimed.has(own) || (!tried.has(own) && await claim(own, OWN_SLOT_WAIT_MS))) ? own : newSlotId();
    if (chosen !== own) await claim(chosen, 0);
  }
  rememberSlot(chosen);
  let failedAt = 0;
  try { failedAt = Number(localStorage.getItem(FAILED_KEY + chosen)) || 0; } catch (e) { /* unknown */ }
  if (record && failedAt > (record.time || 0)) {
    stale = { failedAt: failedAt, savedAt: record.time || 0 };
    showProblem();
  }
  // Offered: unsaved work of dead tabs. Dead tabs' documents already written to a file are let go,
  // unless their journal holds changes made since (typing into a big document that was in a file).
  for (const m of byTime) {
    if (m.slot === chosen || held.has(m.slot)) continue;
    if (!m.unsaved && (await readJournal(db, m.slot, m)).length) m.unsaved = true;
    if (m.unsaved) recoverable.push(m);
    else whileUnheld(m.slot, () => deleteSlot(db, m.slot)).catch(() => {});
  }
  showRecovery();
  // A tab that crashed a moment ago may still hold its slot: looked at again shortly.
  setTimeout(refreshRecovery, 3000);
  return record;
}

// A tab that dies while this one is open leaves work behind too: looked for when this tab is shown.
async function refreshRecovery() {
  if (!slot) return;
  try {
    const db = await openDatabase();
    const [metas, held] = await Promise.all([readAll(db, SLOTS), heldSlots()]);
    const known = new Set(recoverable.map((m) => m.slot));
    const found = metas.filter((m) => m.slot !== slot && m.unsaved && !held.has(m.slot) && !known.has(m.slot) &&
                                      !dismissed.has(m.slot));
    if (found.length) {
      recoverable = recoverable.concat(found);
      showRecovery();
    }
  } catch (e) { /* shown when a write fails */ }
}
const dismissed = new Set();  // offers the user set aside with "Later"
// A hidden page draws no frames, so an autosave the designer holds back for a quiet moment would wait
// until the page is shown again (or forever): it is written now.
function autosaveBeforeHiding() { if (state.running) Module._bp_autosave_now(); }
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible') refreshRecovery();
  else autosaveBeforeHiding();
});
window.addEventListener('pagehide', autosaveBeforeHiding);

// The designer hands over the document after each change (Designer::after_frame) and it is written at
// once: IndexedDB runs a store's read-write transactions in the order they were made, so a write need
// not wait for the previous one to complete (whose completion a busy page hears of late). Only big
// documents queue: beyond MAX_IN_FLIGHT_BYTES in flight, the newest one waits, and replaces older
// waiting ones.
const MAX_IN_FLIGHT_BYTES = 8 << 20;
let autosaves = 0;
let lastWriteMs = null;       // how long the last write took
let lastWrittenAt = null;     // when it completed (performance.now())
let writtenHandedAt = null;   // when the document it wrote had been handed over
let lastHandedAt = null;      // when the designer last handed a document over (performance.now())
let pendingRecord = null;
let pendingHandedAt = null;
let inFlight = 0;
let inFlightBytes = 0;
let newestIssued = 0;         // time of the newest record sent to IndexedDB
let retryTimer = 0;
let idleWaiters = [];
let lastSnapshotHandedAt = null;
export function autosave(bytes, filename, name, isUnsaved) {
  lastHandedAt = lastSnapshotHandedAt = pendingHandedAt = performance.now();
  pendingRecord = { format: RECORD_FORMAT, bytes: bytes, filename: filename, name: name, unsaved: isUnsaved,
                    time: Date.now(), seq: ++seq };
  snapshotSeqHanded = seq;
  clearTimeout(retryTimer);
  // Right after the designer's frame, not inside it: the designer times its autosave call and holds
  // later ones back when it looks slow, so the IndexedDB work must not count as its cost.
  queueMicrotask(pump);
}
// A snapshot handed now whose bytes come later (a document as opened, page-files.js keepOpened): it
// takes its sequence number now, so that journal entries for edits made meanwhile count as newer than
// it. The function returned writes it, unless a snapshot handed after it came first.
let snapshotSeqHanded = 0;
let snapshotsToCome = 0;
export function autosaveLater(filename, name) {
  const handedAt = lastHandedAt = lastSnapshotHandedAt = performance.now();
  const record = { format: RECORD_FORMAT, bytes: null, filename: filename, name: name, unsaved: false,
                   time: Date.now(), seq: ++seq };
  snapshotSeqHanded = seq;
  snapshotsToCome++;
  return (bytes) => {
    snapshotsToCome--;
    if (snapshotSeqHanded === record.seq) {
      record.bytes = bytes;
      pendingRecord = record;
      pendingHandedAt = handedAt;
      clearTimeout(retryTimer);
      pump();
    }
    settleWaiters();
  };
}

// The journal: while a costly snapshot waits, each edit arrives as a small entry (a field edit as the
// element and its ancestors' own fields, a structural edit as its circles whole, Session's journal
// entries; keyed by element, "" for the list of circles) and this tab's journal record, every entry newer
// than the last snapshot known written, goes to IndexedDB at once. Every record and entry carries a
// sequence number; restoring applies the entries newer than the snapshot found, in order, all or none
// (Session::apply_journal), so the order in which snapshot and journal writes land does not matter.
let seq = 0;                  // the last sequence number given out
let snapshotSeqWritten = 0;   // the newest snapshot known to be in IndexedDB
const journal = new Map();    // key → { id, seq, json }: the newest entry for each element
let journalInFlight = 0;
export function autosaveJournal(id, json) {
  lastHandedAt = performance.now();
  journal.set(id, { id: id, seq: ++seq, json: json });
  writeJournal(lastHandedAt);
}
// Restored work: its entries are still needed until a newer snapshot is written; numbering goes on.
function adoptJournal(record) {
  snapshotSeqWritten = record.seq || 0;
  seq = Math.max(seq, snapshotSeqWritten);
  for (const e of record.journal) {
    journal.set(e.id, e);
    seq = Math.max(seq, e.seq);
  }
}
function writeJournal(handedAt) {
  if (!slot) return;
  const record = { format: 2, entries: [...journal.values()].filter((e) => e.seq > snapshotSeqWritten) };
  journalInFlight++;
  const start = performance.now();
  writesInFlight.add(start);
  openDatabase().then((db) => new Promise((resolve, reject) => {
    // The journal store alone: a snapshot being written (autosave, slots) does not hold this write up.
    const tx = db.transaction(JOURNAL, 'readwrite', { durability: 'strict' });
    tx.objectStore(JOURNAL).put(record, slot);
    if (tx.commit) tx.commit();
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(classify(tx.error));
  })).then(() => {
    lastWrittenAt = performance.now();
    lastWriteMs = lastWrittenAt - start;
    writtenHandedAt = Math.max(writtenHandedAt || 0, handedAt);
    journalWrites++;
    clearProblem();
  }, (e) => {
    reportProblem(e);
    try { localStorage.setItem(FAILED_KEY + slot, String(Date.now())); } catch (e2) { /* shown anyway */ }
  }).finally(() => {
    journalInFlight--;
    writesInFlight.delete(start);
    settleWaiters();
  });
}
let journalWrites = 0;
const writesInFlight = new Set();  // when each write not yet committed began (performance.now())
function settleWaiters() {
  if (!inFlight && !pendingRecord && !journalInFlight && !snapshotsToCome) {
    idleWaiters.forEach((resolve) => resolve());
    idleWaiters = [];
  }
}

function writeRecord(record) {
  return openDatabase().then((db) => new Promise((resolve, reject) => {
    let tx;
    try {
      tx = db.transaction([DOCS, SLOTS], 'readwrite', { durability: 'strict' });
      tx.objectStore(DOCS).put(record, slot);
      tx.objectStore(SLOTS).put(describe(record), slot);
      if (tx.commit) tx.commit();
    } catch (e) {
      if (e && e.name === 'InvalidStateError') database = null;  // the connection is closing: reopen
      reject(classify(e));
      return;
    }
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(classify(tx.error));
  }));
}

function pump() {
  while (pendingRecord && slot && (inFlight === 0 || inFlightBytes + recordSize(pendingRecord) <= MAX_IN_FLIGHT_BYTES)) {
    const record = pendingRecord;
    const handedAt = pendingHandedAt;
    const bytes = recordSize(record);
    pendingRecord = null;
    inFlight++;
    inFlightBytes += bytes;
    newestIssued = record.time;
    const start = performance.now();
    writesInFlight.add(start);
    writeRecord(record)
      .catch((e) => (e.kind === 'failed' && !database ? writeRecord(record) : Promise.reject(e)))
      .then(() => {
        lastWrittenAt = performance.now();
        lastWriteMs = lastWrittenAt - start;
        writtenHandedAt = Math.max(writtenHandedAt || 0, handedAt);
        autosaves++;
        if (record.seq > snapshotSeqWritten) {
          snapshotSeqWritten = record.seq;
          for (const [id, e] of journal) if (e.seq <= record.seq) journal.delete(id);
        }
        if (problem) {
          try { localStorage.removeItem(FAILED_KEY + slot); } catch (e) { /* nothing to clear */ }
        }
        clearProblem();
        askPersistence();
      }, (e) => {
        reportProblem(e);
        try { localStorage.setItem(FAILED_KEY + slot, String(record.time)); } catch (e2) { /* shown anyway */ }
        // Tried again every few seconds (space may be freed, the connection may come back) unless a
        // newer document is on its way or there is no IndexedDB at all.
        if (record.time === newestIssued && !pendingRecord && e.kind !== 'missing') {
          clearTimeout(retryTimer);
          retryTimer = setTimeout(() => {
            if (!pendingRecord && record.time === newestIssued) {
              pendingRecord = record;
              pendingHandedAt = handedAt;
              pump();
            }
          }, 5000);
        }
      })
      .finally(() => {
        inFlight--;
        writesInFlight.delete(start);
        inFlightBytes -= bytes;
        pump();
        settleWaiters();
      });
  }
}

// Resolves when everything handed over so far has been written (or has failed).
export function flushAutosave() {
  if (!inFlight && !pendingRecord && !journalInFlight && !snapshotsToCome) return Promise.resolve();
  return new Promise((resolve) => idleWaiters.push(resolve));
}

// Best effort: a persisted origin's storage is not evicted under storage pressure.
let persistence = 'unknown';
let persistenceAsked = false;
export function askPersistence() {
  if (persistenceAsked) return;
  persistenceAsked = true;
  if (!navigator.storage || !navigator.storage.persist) { persistence = 'unsupported'; return; }
  navigator.storage.persisted()
    .then((already) => (already ? true : navigator.storage.persist()))
    .then((granted) => { persistence = granted ? 'granted' : 'denied'; })
    .catch(() => { persistence = 'unsupported'; });
}

// ------------------------------------------------------------------------------- storage messages
// Shown in the page, over the designer, in the designer's language.
const problemBox = document.getElementById('storage-problem');
const recoveryBox = document.getElementById('recovery');
let problem = null;
let stale = null;   // the restored work predates a failed write: { failedAt, savedAt }


export function reportProblem(error) {
  console.warn('autosave:', error.message);
  problem = classify(error);
  showProblem();
}
function clearProblem() {
  if (!problem) return;
  problem = null;
  showProblem();
}
export function showProblem() {
  problemBox.hidden = !problem && !stale;
  problemBox.replaceChildren();
  if (!problem && stale) {
    const strong = document.createElement('strong');
    strong.textContent = say('恢复的工作可能不是最新的：', 'The restored work may not be your latest: ');
    const hint = document.createElement('span');
    hint.textContent = say('自动保存在 ' + formatTime(stale.failedAt) + ' 失败，这里是 ' + formatTime(stale.savedAt) + ' 保存的版本。',
      'autosave failed at ' + formatTime(stale.failedAt) + '; this is the version saved at ' + formatTime(stale.savedAt) + '.');
    const ok = document.createElement('button');
    ok.textContent = say('知道了', 'OK');
    ok.addEventListener('click', () => {
      try { localStorage.removeItem(FAILED_KEY + slot); } catch (e) { /* shown once more next time */ }
      stale = null;
      showProblem();
      ime.focus({ preventScroll: true });
    });
    problemBox.append(strong, hint, ' ', ok);
    return;
  }
  if (!problem) return;
  const kind = problem.kind;
  const text =
    kind === 'missing' ? say('此浏览器不能自动保存（没有 IndexedDB）。', 'This browser cannot autosave (no IndexedDB).') :
    kind === 'blocked' ? say('浏览器不允许本站存储数据，自动保存已停止。', 'The browser does not let this site store data: autosave is off.') :
    kind === 'full' ? say('存储空间已满，最近的修改没有自动保存。', 'Storage is full: your latest changes were not autosaved.') :
    kind === 'upgrade-blocked' ? say('另一个标签页中的旧版设计器挡住了自动保存，请关闭或刷新它。',
                                     'An older designer in another tab holds autosave back: close or reload it.') :
    say('自动保存失败。', 'Autosave failed.');
  const strong = document.createElement('strong');
  strong.textContent = text;
  const hint = document.createElement('span');
  hint.textContent = ' ' + say('关闭此页前请用“文件 > 保存”保存到文件。', 'Use File > Save to keep your work in a file before you close this page.') +
    (problem.detail ? ' (' + problem.detail + ')' : '');
  problemBox.append(strong, hint);
}


export function showRecovery() {
  recoveryBox.hidden = recoverable.length === 0;
  recoveryBox.replaceChildren();
  if (!recoverable.length) return;
  const title = document.createElement('p');
  title.className = 'title';
  title.textContent = say('还有 ' + recoverable.length + ' 份未保存的工作（来自已关闭或崩溃的标签页）：',
    recoverable.length + ' more piece' + (recoverable.length > 1 ? 's' : '') + ' of unsaved work (from closed or crashed tabs):');
  const list = document.createElement('ul');
  for (const m of recoverable) {
    const item = document.createElement('li');
    const label = document.createElement('span');
    label.className = 'name';
    const name = document.createElement('span');
    name.textContent = m.name || m.filename || say('未命名', 'Untitled');
    const time = document.createElement('small');
    time.textContent = formatTime(m.time || 0);
    label.append(name, time);
    const open = document.createElement('button');
    open.textContent = say('在新标签页打开', 'Open in a new tab');
    open.dataset.slot = m.slot;
    open.addEventListener('click', () => recoverSlot(m.slot));
    const discard = document.createElement('button');
    discard.textContent = say('丢弃', 'Discard');
    discard.addEventListener('click', () => discardSlot(m.slot));
    item.append(label, open, discard);
    list.append(item);
  }
  const later = document.createElement('button');
  later.className = 'later';
  later.textContent = say('稍后', 'Later');
  later.addEventListener('click', () => {
    recoverable.forEach((m) => dismissed.add(m.slot));
    recoverable = [];
    showRecovery();
    ime.focus({ preventScroll: true });
  });
  recoveryBox.append(title, list, later);
}

function recoverSlot(id) {
  const params = new URLSearchParams(location.search);
  params.set('recover', id);
  window.open(location.pathname + '?' + params, '_blank');
  dismissed.add(id);  // the new tab takes it a moment later: a recheck meanwhile must not offer it again
  recoverable = recoverable.filter((m) => m.slot !== id);
  showRecovery();
}

function discardSlot(id) {
  const m = recoverable.find((r) => r.slot === id);
  if (!m || !confirm(say('丢弃“' + (m.name || m.filename) + '”？此操作不能撤销。', 'Discard "' + (m.name || m.filename) + '"? This cannot be undone.'))) return;
  openDatabase().then((db) => whileUnheld(id, () => deleteSlot(db, id)))
    .catch((e) => reportProblem(e))
    .finally(() => { recoverable = recoverable.filter((r) => r.slot !== id); showRecovery(); });
}


// For window.blueprint: this tab's slot, the last write's duration and times, the storage problem shown
// (or null), the slots offered for recovery, whether the browser agreed to persist storage.
export function storageState() {
  return { slot: slot, lastWriteMs: lastWriteMs, lastWrittenAt: lastWrittenAt, lastHandedAt: lastHandedAt,
           writtenHandedAt: writtenHandedAt, lastSnapshotHandedAt: lastSnapshotHandedAt,
           oldestWriteInFlightAt: writesInFlight.size ? Math.min(...writesInFlight) : null,
           problem: problem ? problem.kind : stale ? 'stale' : null,
           recoverable: recoverable.map((m) => m.slot), persistence: persistence,
           autosaves: autosaves, journalWrites: journalWrites };
}
