// Input: the canvas size × devicePixelRatio, keys and the IME field (typing and input methods reach
// the designer through it), and the clipboard.
// Sections: sizes · input and IME · clipboard.
import { Module, canvas, ime, picker, isMac, state, withStrings, wake } from './page-core.js';

// --------------------------------------------------------------------------------------- sizes
// The backing store has CSS size × devicePixelRatio pixels; ImGui works in CSS pixels.
export function resize() {
  const rect = canvas.getBoundingClientRect();
  const ratio = window.devicePixelRatio || 1;
  const width = Math.max(1, Math.round(rect.width * ratio));
  const height = Math.max(1, Math.round(rect.height * ratio));
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  if (state.runtimeUp) Module._bp_resize(rect.width, rect.height, width, height);
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
  if (e.key === 'F5' && !shortcut) e.preventDefault();  // F5 is trainer mode here, not reload (Ctrl+F5 still is)
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
    if (state.running && (document.activeElement === document.body || document.activeElement === canvas)) {
      ime.focus({ preventScroll: true });
    }
  }, 0);
});

let composing = false;
let caret = { x: -1000, y: 0, h: 20 };

function sendText(text) {
  text = text.replace(/[\r\n\t]/g, '');
  if (!text || !state.running) return;
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

export function setClipboard(text) {
  copied = text;
  if (!inClipboardEvent && navigator.clipboard && navigator.clipboard.writeText) {
    navigator.clipboard.writeText(text).catch(() => {});
  }
}

// Edit > Paste from the menu: the browser may ask the user before it hands over the clipboard.
export function requestPaste() {
  if (!navigator.clipboard || !navigator.clipboard.readText) return;
  navigator.clipboard.readText()
    .then((text) => { if (text) withStrings([text], (p) => Module._bp_paste(p, 0)); })
    .catch((e) => console.warn('clipboard not readable:', e.message));
}

function copyOrCut(e) {
  if (!state.running) return;
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
  if (!state.running || e.target === picker) return;
  const text = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
  e.preventDefault();
  const key = pasteKey;
  pasteKey = 0;
  if (text) withStrings([text], (p) => Module._bp_paste(p, key));
});


// The focused ImGui text field and its caret (CSS pixels): the IME field sits there so the input
// method's candidate window opens next to the text.
export function textInput(active, x, y, lineHeight) {
  caret = active ? { x: x, y: y, h: lineHeight } : { x: -1000, y: 0, h: 20 };
  if (!composing) placeIme();
}
