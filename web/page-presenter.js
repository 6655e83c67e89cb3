// Trainer mode's presenter window (web/presenter.html): the trainer's notes on a second window the
// audience does not see. The wasm asks to open it (the page answers through bp_presenter_window: opened,
// blocked, or later closed by its user), sends each slide's notes, and closes it when trainer mode ends.
// The keys pressed in the window come back as slide steps (bp_trainer_go).
import { Module, state } from './page-core.js';

const WINDOW_NAME = 'blueprint-presenter';
const STEPS = { back: 0, next: 1, first: 2, last: 3 };
let presenter = null;   // the window, while open
let slide = null;       // the last slide sent: a window that has just loaded asks for it
let watch = 0;          // polls for the window being closed by its user (it cannot tell us reliably)

function answer(open) {
  // After the wasm's call returns: the answer is a command for its next frame.
  queueMicrotask(() => { if (state.runtimeUp) Module._bp_presenter_window(open ? 1 : 0); });
}

function send() {
  if (presenter && !presenter.closed && slide) presenter.postMessage({ type: 'slide', ...slide }, location.origin);
}

export function openPresenter() {
  if (presenter && !presenter.closed) {
    presenter.focus();
    answer(true);
    return;
  }
  let opened = null;
  try {
    opened = window.open('presenter.html', WINDOW_NAME, 'popup,width=960,height=640');
  } catch (e) {
    opened = null;  // a browser that throws instead of returning null
  }
  presenter = opened;
  slide = null;
  clearInterval(watch);
  if (opened) {
    watch = setInterval(() => {
      if (!presenter || !presenter.closed) return;
      presenter = null;
      clearInterval(watch);
      answer(false);
    }, 500);
  }
  answer(Boolean(opened));
}

export function showPresenter(lang, number, total, moment, next, notes) {
  slide = { lang, slide: number, total, moment, next, notes };
  send();
}

export function closePresenter() {
  clearInterval(watch);
  if (presenter && !presenter.closed) {
    presenter.postMessage({ type: 'end' }, location.origin);  // blank it, should closing be refused
    presenter.close();
  }
  presenter = null;
  slide = null;
}

// The window says it has loaded (it then wants the current slide) or that a key was pressed in it.
window.addEventListener('message', (e) => {
  if (e.origin !== location.origin || !presenter || e.source !== presenter || !e.data) return;
  if (e.data.type === 'hello') send();
  else if (e.data.type === 'go' && e.data.where in STEPS && state.runtimeUp) Module._bp_trainer_go(STEPS[e.data.where]);
});

// Leaving the page leaves trainer mode too.
window.addEventListener('pagehide', () => { if (presenter && !presenter.closed) presenter.close(); });

// For the browser tests: whether a presenter window is open.
export function presenterOpen() { return Boolean(presenter && !presenter.closed); }
