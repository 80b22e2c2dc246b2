// The author's builder: pick an element, set it up through a form made from
// custom-elements.json at run time (a new attribute appears here with no change to this file)
// or by using the live preview, and copy the minimal tag. Its state lives in the URL hash, so
// a builder link restores a setup. Author text is set as text, never parsed as HTML.
import { STRINGS } from './builder-strings.js';

const TAGS = ['nn-playground', 'nn-graph', 'nn-dataset-plot', 'nn-quiz-task'];
/** Attributes the form leaves out: the page's language and direction are the page's. */
const SKIP = new Set(['lang', 'dir']);
/** A control of a playground that `hide` and `lock` name, as its attribute when it has one. */
const CONTROL_ATTRIBUTE = { dataset: 'dataset-name' };
const LOADING_CODE = '<!-- Copy the dist/ folder of nn-elements next to your page (or use a CDN), then load it once per page: -->\n<script type="module" src="dist/nn-elements.js"></script>';

const root = document.querySelector('.builder');
// ?manifest=URL reads another manifest (a tool's or a test's copy); the package's by default.
const manifestUrl = new URLSearchParams(location.search).get('manifest') ?? new URL('../custom-elements.json', import.meta.url);
const manifest = await fetch(manifestUrl).then((r) => r.json());
/** tag → its attributes as the manifest declares them, in the manifest's order. */
const DECLS = new Map();
for (const mod of manifest.modules) for (const d of mod.declarations ?? []) if (TAGS.includes(d.tagName)) DECLS.set(d.tagName, (d.attributes ?? []).filter((a) => !SKIP.has(a.name)));

const blankQuiz = () => ({ intro: '', question: '', choices: [{ id: 'a', text: '', feedback: '', correct: false }], explanation: '', solution: '' });
/** The whole setup: what the hash holds. */
let state = { tag: 'nn-playground', attrs: {}, quiz: blankQuiz(), lesson: [] };
let notice = '';
let preview = null;

const t = () => STRINGS[document.documentElement.lang?.split('-')[0]] ?? STRINGS.en;
const defaultOf = (a) => {
  const d = a.default ?? '';
  return d === 'null' || d === 'undefined' ? '' : d.replace(/^'(.*)'$/, '$1').replace(/^"(.*)"$/, '$1');
};
const attrsOf = (tag) => DECLS.get(tag) ?? [];
const attrNamed = (tag, name) => attrsOf(tag).find((a) => a.name === name);
const enumValues = (a) => a['x-values'] ?? (/^'[^']*'( \| '[^']*')*$/.test(a.type?.text ?? '') ? [...a.type.text.matchAll(/'([^']*)'/g)].map((m) => m[1]) : null);
const isBoolean = (a) => a.type?.text === 'boolean';

/** The attributes that differ from their defaults, in the manifest's (stable) order. */
function minimalAttributes(s = state) {
  const out = [];
  for (const a of attrsOf(s.tag)) {
    const v = s.attrs[a.name];
    if (v === undefined || v === null) continue;
    if (isBoolean(a)) { if (v === true || v === 'true') out.push([a.name, true]); continue; }
    if (String(v) === defaultOf(a)) continue;
    out.push([a.name, String(v)]);
  }
  return out;
}

const escAttr = (v) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const escText = (v) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The HTML an author pastes: the tag, and for a quiz its content as plain children. */
function tagHtml(s = state) {
  const attrs = minimalAttributes(s).map(([n, v]) => (v === true ? ` ${n}` : ` ${n}="${escAttr(v)}"`)).join('');
  if (s.tag !== 'nn-quiz-task') return `<${s.tag}${attrs}></${s.tag}>`;
  const q = s.quiz;
  const lines = [];
  if (q.intro) lines.push(`<p>${escText(q.intro)}</p>`);
  if (q.question) lines.push(`<p data-question>${escText(q.question)}</p>`);
  for (const c of q.choices.filter((c) => c.text)) lines.push(`<p data-choice="${escAttr(c.id)}"${c.correct ? ' data-correct' : ''}>${escText(c.text)}</p>`);
  for (const c of q.choices.filter((c) => c.text && c.feedback)) lines.push(`<p data-feedback="${escAttr(c.id)}">${escText(c.feedback)}</p>`);
  if (q.explanation) lines.push(`<div data-explanation><p>${escText(q.explanation)}</p></div>`);
  if (q.solution) lines.push(`<div data-solution><p>${escText(q.solution)}</p></div>`);
  return `<${s.tag}${attrs}>\n${lines.map((l) => `  ${l}`).join('\n')}\n</${s.tag}>`;
}

// ---- The hash: the setup of this builder, as a link -------------------------------------

function writeHash() {
  const json = JSON.stringify({ v: 1, ...state });
  history.replaceState(null, '', `#b=${encodeURIComponent(json)}`);
}

/** The setup a builder link holds, or a sentence saying why it cannot be read. */
function readHash(hash) {
  if (!hash || hash === '#') return null;
  const m = /^#b=(.*)$/.exec(hash);
  if (!m) return { error: t().foreignHash };
  let s;
  try {
    s = JSON.parse(decodeURIComponent(m[1]));
  } catch {
    return { error: t().badHash };
  }
  if (!s || s.v !== 1 || !TAGS.includes(s.tag) || typeof s.attrs !== 'object' || !s.attrs) return { error: t().badHash };
  const unknown = Object.keys(s.attrs).filter((n) => !attrNamed(s.tag, n));
  if (unknown.length) return { error: `${t().badHash} (${unknown.join(', ')})` };
  const quiz = s.quiz && Array.isArray(s.quiz.choices) ? { ...blankQuiz(), ...s.quiz } : blankQuiz();
  return { state: { tag: s.tag, attrs: s.attrs, quiz, lesson: Array.isArray(s.lesson) ? s.lesson.filter((x) => typeof x === 'string') : [] } };
}

// ---- Rendering ----------------------------------------------------------------------------

let uid = 0;
const el = (tag, props = {}, ...children) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children.filter((c) => c !== null && c !== undefined && c !== false));
  return node;
};

/** A labelled control for one attribute; `null` for the default. */
function attributeField(a) {
  const id = `f${++uid}`;
  const value = state.attrs[a.name];
  const help = el('p', { className: 'help', id: `${id}-help`, textContent: a.description ?? '' });
  const problem = el('p', { className: 'problem', id: `${id}-problem`, hidden: true });
  const describedBy = `${id}-help ${id}-problem`;
  const row = el('div', { className: 'field' });
  row.dataset.attr = a.name;
  const values = enumValues(a);
  const set = (v) => setAttr(a.name, v);
  if (a['x-multiple'] && values) {
    const chosen = new Set(String(value ?? defaultOf(a)).split(',').map((x) => x.trim()).filter(Boolean));
    const fs = el('fieldset', {}, el('legend', { textContent: a.name }));
    fs.setAttribute('aria-describedby', describedBy);
    for (const v of values) {
      const box = el('input', { type: 'checkbox', checked: chosen.has(v) });
      box.addEventListener('change', () => {
        box.checked ? chosen.add(v) : chosen.delete(v);
        set(values.filter((x) => chosen.has(x)).join(','));
      });
      fs.append(el('span', { className: 'choice' }, el('label', {}, box, ` ${v}`), controlSwitches(v)));
    }
    row.append(fs, help, problem);
    return row;
  }
  let control;
  if (isBoolean(a)) {
    control = el('input', { type: 'checkbox', id, checked: value === true || value === 'true' });
    control.addEventListener('change', () => set(control.checked ? true : null));
    row.append(el('label', { htmlFor: id, className: 'inline' }, control, ` ${a.name}`));
  } else if (values) {
    control = el('select', { id });
    control.append(el('option', { value: '', textContent: `${t().defaultValue}${defaultOf(a) ? `: ${defaultOf(a)}` : ''}` }), ...values.map((v) => el('option', { value: v, textContent: v })));
    control.value = value === undefined || value === null ? '' : String(value);
    control.addEventListener('change', () => set(control.value === '' ? null : control.value));
    row.append(el('label', { htmlFor: id, textContent: a.name }), control);
  } else {
    control = el('input', { type: a.type?.text === 'number' ? 'number' : 'text', id, placeholder: defaultOf(a), value: value === undefined || value === null ? '' : String(value) });
    if (control.type === 'number') control.step = 'any';
    control.addEventListener('change', () => set(control.value === '' ? null : control.value));
    row.append(el('label', { htmlFor: id, textContent: a.name }), control);
  }
  control.setAttribute('aria-describedby', describedBy);
  const control2 = controlSwitches(reverseControl(a.name));
  if (control2) row.append(control2);
  row.append(help, problem);
  return row;
}

/** The control name `hide`/`lock` use for attribute `name` of a playground, if any. */
function reverseControl(name) {
  const entry = Object.entries(CONTROL_ATTRIBUTE).find(([, attr]) => attr === name);
  return entry ? entry[0] : name;
}

/** "hide" and "lock" checkboxes for a playground control, or null when `hide` does not name it. */
function controlSwitches(control) {
  if (state.tag !== 'nn-playground') return null;
  const hide = attrNamed('nn-playground', 'hide');
  if (!hide?.['x-values']?.includes(control)) return null;
  const box = (list) => {
    const on = listOf(list).includes(control);
    const input = el('input', { type: 'checkbox', checked: on });
    input.setAttribute('aria-label', `${t()[list]} ${control}`);
    input.addEventListener('change', () => {
      const names = new Set(listOf(list));
      input.checked ? names.add(control) : names.delete(control);
      setAttr(list, hide['x-values'].filter((n) => names.has(n)).join(',') || null);
    });
    return el('label', { className: 'switch' }, input, ` ${t()[list]}`);
  };
  return el('span', { className: 'switches' }, box('hide'), box('lock'));
}

const listOf = (name) => String(state.attrs[name] ?? '').split(',').map((x) => x.trim()).filter(Boolean);

/** Controls of a playground that have no attribute of their own (Step, Reset, …): their hide/lock switches. */
function otherControls() {
  if (state.tag !== 'nn-playground') return null;
  const values = attrNamed('nn-playground', 'hide')?.['x-values'] ?? [];
  const shown = new Set([...attrsOf('nn-playground').map((a) => reverseControl(a.name)), ...(attrNamed('nn-playground', 'features')?.['x-values'] ?? [])]);
  const rest = values.filter((v) => !shown.has(v));
  if (!rest.length) return null;
  return el('fieldset', { className: 'others' }, el('legend', { textContent: t().otherControls }), ...rest.map((c) => el('div', { className: 'choice' }, el('span', { textContent: c }), controlSwitches(c))));
}

function quizFields() {
  const q = state.quiz;
  const text = (key, label, multiline = false) => {
    const id = `f${++uid}`;
    const input = el(multiline ? 'textarea' : 'input', { id, value: q[key] ?? '' });
    input.addEventListener('input', () => setQuiz(() => (q[key] = input.value), false));
    return el('div', { className: 'field' }, el('label', { htmlFor: id, textContent: label }), input);
  };
  const choices = el('fieldset', { className: 'quiz-choices' }, el('legend', { textContent: t().choices }));
  q.choices.forEach((c, i) => {
    const n = i + 1;
    const mk = (key, label) => {
      const input = el('input', { value: c[key] });
      input.setAttribute('aria-label', `${label} ${n}`);
      input.addEventListener('input', () => setQuiz(() => (c[key] = input.value), false));
      return input;
    };
    const correct = el('input', { type: 'checkbox', checked: c.correct });
    correct.setAttribute('aria-label', `${t().correct} ${n}`);
    correct.addEventListener('change', () => setQuiz(() => (c.correct = correct.checked)));
    const remove = el('button', { type: 'button', textContent: '−' });
    remove.setAttribute('aria-label', `${t().removeChoice} ${n}`);
    remove.disabled = q.choices.length <= 1;
    remove.addEventListener('click', () => setQuiz(() => q.choices.splice(i, 1), true));
    choices.append(el('div', { className: 'quiz-choice' }, mk('text', t().choice), mk('feedback', t().feedback), el('label', { className: 'switch' }, correct, ` ${t().correctShort}`), remove));
  });
  const add = el('button', { type: 'button', textContent: t().addChoice });
  add.addEventListener('click', () => setQuiz(() => q.choices.push({ id: nextChoiceId(), text: '', feedback: '', correct: false }), true));
  choices.append(add);
  return el('div', { className: 'quiz-fields' }, text('intro', t().introText), text('question', t().question), choices, text('explanation', t().explanation, true), text('solution', t().solutionText, true));
}

const nextChoiceId = () => {
  const used = new Set(state.quiz.choices.map((c) => c.id));
  for (let k = 0; ; k++) {
    const id = k < 26 ? String.fromCharCode(97 + k) : `c${k}`;
    if (!used.has(id)) return id;
  }
};

function copyButton(area, label) {
  const button = el('button', { type: 'button', textContent: label });
  const status = el('span', { className: 'copied', role: 'status' });
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(area.value);
    } catch {
      area.select();
      document.execCommand?.('copy');
    }
    status.textContent = t().copied;
    setTimeout(() => (status.textContent = ''), 2000);
  });
  return el('span', {}, button, status);
}

function outputBox(label, value, rows) {
  const id = `f${++uid}`;
  const area = el('textarea', { id, readOnly: true, rows, value, spellcheck: false });
  area.className = 'code';
  return { area, box: el('div', { className: 'output' }, el('label', { htmlFor: id, textContent: label }), area, copyButton(area, t().copy)) };
}

/** Builds the whole builder for the current state (small: a few dozen fields). */
function render() {
  const s = t();
  document.querySelector('[data-b=title]').textContent = s.title;
  document.querySelector('[data-b=intro]').textContent = s.intro;
  const pick = el('select', { id: 'b-element' });
  pick.append(...TAGS.map((tag) => el('option', { value: tag, textContent: tag })));
  pick.value = state.tag;
  pick.addEventListener('change', () => {
    state = { ...state, tag: pick.value, attrs: {}, quiz: blankQuiz() };
    notice = '';
    render();
  });
  // A playground's hide and lock are set by the switches beside each control, not as lists of their own.
  const own = attrsOf(state.tag).filter((a) => state.tag !== 'nn-playground' || (a.name !== 'hide' && a.name !== 'lock'));
  const fields = el('div', { className: 'fields' }, ...own.map(attributeField), otherControls(), state.tag === 'nn-quiz-task' ? quizFields() : null);
  const html = outputBox(s.html, tagHtml(), 6);
  html.area.dataset.out = 'html';
  const loading = outputBox(s.loading, LOADING_CODE, 3);
  const addToLesson = el('button', { type: 'button', textContent: s.addToLesson });
  addToLesson.addEventListener('click', () => {
    state.lesson.push(tagHtml());
    writeHash();
    renderLesson();
  });
  root.replaceChildren(
    notice ? el('p', { className: 'notice', role: 'alert', textContent: notice }) : '',
    el('div', { className: 'pick' }, el('label', { htmlFor: 'b-element', textContent: s.element }), pick),
    el('div', { className: 'columns' },
      el('section', { className: 'form', ariaLabel: s.attributes }, el('h2', { textContent: s.attributes }), el('p', { className: 'problem general', hidden: true }), fields),
      el('section', { className: 'result', ariaLabel: s.preview },
        // The tag first: what the author came for stays in view while the form is used.
        html.box, loading.box,
        el('h2', { textContent: s.preview }), el('div', { className: 'preview' }),
        el('h2', { textContent: s.lesson }), addToLesson, el('div', { className: 'lesson' }))),
  );
  root.hidden = false;
  renderLesson();
  mountPreview();
  writeHash();
}

/** The lesson draft: the tags added so far, reorderable, and their HTML (the preview stays as it is). */
function renderLesson() {
  const s = t();
  const items = el('ol', { className: 'lesson-items' });
  state.lesson.forEach((item, i) => {
    const n = i + 1;
    const btn = (text, label, disabled, act) => {
      const b = el('button', { type: 'button', textContent: text, disabled });
      b.setAttribute('aria-label', label);
      b.addEventListener('click', () => {
        act();
        writeHash();
        renderLesson();
      });
      return b;
    };
    items.append(el('li', {}, el('pre', { textContent: item }), el('span', { className: 'item-buttons' },
      btn('↑', `${s.up} ${n}`, i === 0, () => state.lesson.splice(i - 1, 2, state.lesson[i], state.lesson[i - 1])),
      btn('↓', `${s.down} ${n}`, i === state.lesson.length - 1, () => state.lesson.splice(i, 2, state.lesson[i + 1], state.lesson[i])),
      btn('✕', `${s.remove} ${n}`, false, () => state.lesson.splice(i, 1)))));
  });
  const out = outputBox(s.lessonHtml, state.lesson.join('\n\n'), 6);
  root.querySelector('.lesson').replaceChildren(items, out.box);
}

/** A new element in the preview, configured as the state says. */
function mountPreview() {
  const box = root.querySelector('.preview');
  preview = document.createElement(state.tag);
  preview.id = 'preview';
  for (const [name, v] of minimalAttributes()) preview.setAttribute(name, v === true ? '' : v);
  if (state.tag === 'nn-quiz-task') fillQuiz(preview);
  // Configure by using: what the author does in the preview is written back.
  preview.addEventListener('nn-config-change', (e) => fromPreview(e.detail.setting, e.detail.value));
  preview.addEventListener('nn-network-change', () => {
    if (state.tag === 'nn-graph') fromPreview('layers', preview.network.sizes.slice(1, -1).join(','));
  });
  box.replaceChildren(preview);
  showProblems();
}

/** The quiz's content as children, set as text. */
function fillQuiz(quiz) {
  const q = state.quiz;
  const p = (text, attr, val = '') => {
    const n = el('p', { textContent: text });
    if (attr) n.setAttribute(attr, val);
    return n;
  };
  const kids = [];
  if (q.intro) kids.push(p(q.intro));
  if (q.question) kids.push(p(q.question, 'data-question'));
  for (const c of q.choices.filter((c) => c.text)) {
    const n = p(c.text, 'data-choice', c.id);
    if (c.correct) n.setAttribute('data-correct', '');
    kids.push(n);
  }
  for (const c of q.choices.filter((c) => c.text && c.feedback)) kids.push(p(c.feedback, 'data-feedback', c.id));
  for (const [key, attr] of [['explanation', 'data-explanation'], ['solution', 'data-solution']]) {
    if (!q[key]) continue;
    const d = el('div', {}, p(q[key]));
    d.setAttribute(attr, '');
    kids.push(d);
  }
  quiz.replaceChildren(...kids);
}

/** A setting the learner-author changed in the preview, written into the attributes. */
function fromPreview(setting, value) {
  const name = CONTROL_ATTRIBUTE[setting] ?? setting;
  const a = attrNamed(state.tag, name);
  if (!a) return;
  state.attrs[name] = isBoolean(a) ? (value ? true : null) : Array.isArray(value) ? value.join(',') : String(value);
  refreshForm(name);
}

function setAttr(name, value) {
  if (value === null || value === '') delete state.attrs[name];
  else state.attrs[name] = value;
  if (preview) {
    const v = minimalAttributes().find(([n]) => n === name)?.[1];
    if (v === undefined) preview.removeAttribute(name);
    else preview.setAttribute(name, v === true ? '' : v);
  }
  refreshForm(null);
}

function setQuiz(change, rerender = false) {
  change();
  if (rerender) return render();
  if (preview) fillQuiz(preview);
  refreshOutput();
}

/** The output and the hash after a change; a field changed by the preview is shown anew. */
function refreshForm(changed) {
  if (changed) {
    const row = root.querySelector(`.field[data-attr="${changed}"]`);
    const a = attrNamed(state.tag, changed);
    if (row && a) row.replaceWith(attributeField(a));
  }
  refreshOutput();
}

function refreshOutput() {
  root.querySelector('[data-out=html]').value = tagHtml();
  writeHash();
  showProblems();
}

/** What the element reports, next to the field that caused it. */
async function showProblems() {
  const el2 = preview;
  if (!el2) return;
  await customElements.whenDefined(state.tag);
  await el2.updateComplete;
  if (el2 !== preview) return;
  const problems = el2.attributeProblems ?? [];
  const general = [];
  for (const row of root.querySelectorAll('.field[data-attr]')) {
    const mine = problems.filter((p) => p.includes(`> ${row.dataset.attr}="`));
    const box = row.querySelector('.problem');
    box.textContent = mine.join(' ');
    box.hidden = !mine.length;
  }
  for (const p of problems) if (![...root.querySelectorAll('.field[data-attr]')].some((r) => p.includes(`> ${r.dataset.attr}="`))) general.push(p);
  const g = root.querySelector('.problem.general');
  g.textContent = general.join(' ');
  g.hidden = !general.length;
}

const restored = readHash(location.hash);
if (restored?.state) state = restored.state;
else if (restored?.error) notice = restored.error;
render();
// The page's language switch: the builder's words follow <html lang>.
new MutationObserver(() => render()).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
