// Trainer mode's presenter window (web/presenter.html), opened by the designer's page: it shows what the
// page sends (web/page-presenter.js) — the current slide's trainer notes, where the trainer is, the moment
// and the next one — with a timer from the first slide, in the designer's language. Arrow keys, Space,
// Page Up/Down, Home and End step the slides in the designer.
const $ = (id) => document.getElementById(id);
const WORDS = {
  'zh-CN': { title: '演讲者窗口', notes: '培训提示', none: '（这一页没有培训提示）', next: '下一个：', last: '（最后一页）',
             reset: '重新计时', elapsed: '已用时间', hint: '← → 翻页 · Home End 第一页、最后一页',
             ended: '培训模式已结束', alone: '请从设计器的培训模式打开这个窗口（按 P）。' },
  en: { title: 'Presenter', notes: 'Trainer notes', none: '(no trainer notes on this slide)', next: 'Next: ',
        last: '(the last slide)', reset: 'Restart the timer', elapsed: 'Time elapsed',
        hint: '← → step the slides · Home End the first and the last', ended: 'Trainer mode has ended',
        alone: 'Open this window from the designer\'s trainer mode (press P).' },
};
let words = WORDS['zh-CN'];
let started = 0;  // when the first slide arrived (ms); 0 until then

function minutes(ms) {
  const s = Math.floor(ms / 1000);
  const pad = (n) => String(n).padStart(2, '0');
  return (s >= 3600 ? Math.floor(s / 3600) + ':' : '') + pad(Math.floor(s / 60) % 60) + ':' + pad(s % 60);
}
function tick() { $('elapsed').textContent = minutes(started ? Date.now() - started : 0); }

function setLanguage(lang) {
  words = WORDS[lang] || WORDS.en;
  document.documentElement.lang = lang;
  document.title = words.title;
  $('title').textContent = words.title;
  $('notes-title').textContent = words.notes;
  $('next-label').textContent = words.next;
  $('reset').textContent = words.reset;
  $('elapsed').title = words.elapsed;
  $('hint').textContent = words.hint;
}

function show(s) {
  document.body.classList.remove('ended');
  setLanguage(s.lang);
  if (!started) started = Date.now();
  $('slide').textContent = s.total ? `${s.slide} / ${s.total}` : '0 / 0';
  $('moment').textContent = s.moment;
  const notes = $('notes');
  notes.textContent = s.notes || words.none;
  notes.classList.toggle('empty', !s.notes);
  $('next').textContent = s.next || words.last;
  tick();
}

function end() {
  document.body.classList.add('ended');
  $('title').textContent = words.ended;
  $('moment').textContent = '';
  $('notes').textContent = '';
  $('next').textContent = '';
}

window.addEventListener('message', (e) => {
  if (e.origin !== location.origin || e.source !== window.opener || !e.data) return;
  if (e.data.type === 'slide') show(e.data);
  else if (e.data.type === 'end') end();
});

const KEYS = { ArrowRight: 'next', ' ': 'next', PageDown: 'next', ArrowLeft: 'back', PageUp: 'back', Home: 'first', End: 'last' };
window.addEventListener('keydown', (e) => {
  const where = KEYS[e.key];
  if (!where || !window.opener || e.target === $('reset') && e.key === ' ') return;
  e.preventDefault();
  window.opener.postMessage({ type: 'go', where }, location.origin);
});

$('reset').addEventListener('click', () => { started = Date.now(); tick(); });
setInterval(tick, 1000);
if (window.opener) {
  window.opener.postMessage({ type: 'hello' }, location.origin);
} else {
  $('moment').textContent = words.alone;
}
