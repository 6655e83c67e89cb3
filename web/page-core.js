// What every part of the page shares: its elements, the wasm Module (designer.js picks it up), the
// state of the runtime, strings into wasm memory, waking the frame loop and the designer's language.
export const canvas = document.getElementById('canvas');
export const ime = document.getElementById('ime');
export const picker = document.getElementById('file-picker');
export const loading = document.getElementById('loading');
export const isMac = /Mac|iPhone|iPad/.test(navigator.platform || '');

export const state = {
  runtimeUp: false,      // the wasm runtime is initialised and main() has run: its functions may be called
  running: false,        // bp_start has been called
  ready: false,          // first frame drawn with a document open
  firstFrameMs: null,    // since navigation start
  unsaved: false,
  designerLanguage: null,  // as the designer last set it; until then the browser's
};

// designer.js picks this object up as its Module.
export const Module = window.Module = {
  canvas: canvas,
  print: (text) => console.log(text),
  printErr: (text) => console.warn(text),
  onAbort: (what) => fail('The designer stopped: ' + what),
};

export function fail(message) {
  console.error(message);
  loading.textContent = '无法启动设计器 · The designer could not start: ' + message;
  loading.classList.add('failed');
  loading.style.display = '';
}

export function prefersChinese() {
  for (const lang of navigator.languages || [navigator.language || '']) {
    if (/^zh\b/i.test(lang)) return true;
    if (/^en\b/i.test(lang)) return false;
  }
  return false;
}

// Copies JS strings into wasm memory for the duration of fn.
// `bytes` (a Uint8Array) in the wasm heap with a NUL after them, for the length of fn(ptr, length).
export function withBytes(bytes, fn) {
  const ptr = Module._malloc(bytes.length + 1);
  try {
    Module.HEAPU8.set(bytes, ptr);
    Module.HEAPU8[ptr + bytes.length] = 0;
    return fn(ptr, bytes.length);
  } finally {
    Module._free(ptr);
  }
}

export function withStrings(strings, fn) {
  const ptrs = strings.map((s) => {
    const size = Module.lengthBytesUTF8(s) + 1;
    const ptr = Module._malloc(size);
    Module.stringToUTF8(s, ptr, size);
    return ptr;
  });
  try { return fn(...ptrs); } finally { ptrs.forEach((p) => Module._free(p)); }
}

export function wake() { if (state.running) Module._bp_wake(); }

export function chinese() {
  return state.designerLanguage ? state.designerLanguage !== 'en' : prefersChinese();
}
export function say(zh, en) { return chinese() ? zh : en; }

export function formatTime(ms) {
  const d = new Date(ms);
  const pad = (n) => String(n).padStart(2, '0');
  return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate()) + ' ' + pad(d.getHours()) + ':' + pad(d.getMinutes());
}

