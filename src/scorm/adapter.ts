/**
 * The SCORM runtime adapter (`dist/nn-scorm.js`): a lesson page with `<nn-quiz-task>`s talks to
 * the LMS that launched it. `npx nn-elements scorm` injects it; any SCORM page may load it by
 * hand, after the elements. It finds the LMS's API (SCORM 1.2 `API` or 2004 `API_1484_11`) in
 * the parent and opener frames as the standards describe, initialises on load, reports on each
 * change and commits, and finishes once on `pagehide`:
 * - status: incomplete while a task remains, completed when every task is complete; in 2004,
 *   success passed or failed against the LMS's `cmi.scaled_passing_score` (the package's
 *   mastery score); in 1.2, passed or failed against `cmi.student_data.mastery_score` when set;
 * - score: the tasks' scores over their maxima, as raw/min/max (and scaled in 2004);
 * - one interaction per answered task (id, type, learner response, result);
 * - resume: every element's state (answers, graphs' networks and edits, playgrounds' settings
 *   and networks, plots' points) in `suspend_data`, restored on the next launch; compressed,
 *   and fitted to SCORM 1.2's 4,096 characters by leaving out the least important first;
 * - the learner's name and id from the LMS, as the `actor` of the tasks' xAPI statements.
 * Without an API the lesson works as it is, and the console says nothing is recorded.
 */
import { decode, fit, LIMITS, type Saved } from './suspend.js';

/** The elements whose state is kept, restored in this order: what the tasks watch comes first. */
const KEPT = ['nn-graph', 'nn-dataset-plot', 'nn-playground', 'nn-quiz-task'];
/** Events after which the state is saved and committed (not each epoch: a pause saves training). */
const SAVE_ON = ['nn-network-change', 'nn-config-change', 'nn-data-change', 'nn-pause', 'nn-reset', 'nn-update'];

type Version = '1.2' | '2004';

interface Lms {
  version: Version;
  init(): boolean;
  get(key: string): string;
  set(key: string, value: string): void;
  commit(): void;
  finish(): void;
}

interface Stateful extends HTMLElement {
  state: unknown;
}

interface QuizLike extends HTMLElement {
  complete: boolean;
  score: number;
  maxScore: number;
  state: unknown;
  effectiveMode?: string;
}

/** The window holding `name`, from `win` up through its parents (at most 10), as the SCORM run-time documents. */
function searchUp(win: Window, name: string): unknown {
  let w: Window | null = win;
  for (let i = 0; w && i < 10; i++) {
    try {
      const api = (w as unknown as Record<string, unknown>)[name];
      if (api) return api;
    } catch {
      // A cross-origin frame: nothing to find there.
    }
    if (w.parent === w) break;
    w = w.parent;
  }
  return null;
}

function find(win: Window, name: string): unknown {
  return searchUp(win, name) ?? (win.opener ? searchUp(win.opener as Window, name) : null);
}

/** The LMS's API, preferring the version the package declares (`<meta name="nn-scorm-version">`). */
export function findLms(win: Window = window): Lms | null {
  const wanted = win.document.querySelector<HTMLMetaElement>('meta[name="nn-scorm-version"]')?.content;
  const order: Version[] = wanted === '1.2' ? ['1.2', '2004'] : ['2004', '1.2'];
  for (const version of order) {
    const api = find(win, version === '2004' ? 'API_1484_11' : 'API') as Record<string, (...a: string[]) => string> | null;
    if (!api) continue;
    const call = (m12: string, m04: string, ...args: string[]) => String(api[version === '1.2' ? m12 : m04]?.call(api, ...args) ?? '');
    return {
      version,
      init: () => call('LMSInitialize', 'Initialize', '') === 'true',
      get: (key) => call('LMSGetValue', 'GetValue', key),
      set: (key, value) => void call('LMSSetValue', 'SetValue', key, value),
      commit: () => void call('LMSCommit', 'Commit', ''),
      finish: () => void call('LMSFinish', 'Terminate', ''),
    };
  }
  return null;
}

/** Connects the page's quiz tasks to the LMS; returns a function that finishes the session (also run on pagehide). */
export function connect(win: Window = window): (() => void) | null {
  const doc = win.document;
  const lms = findLms(win);
  if (!lms) {
    console.info('nn-scorm: no SCORM API (API or API_1484_11) was found; the lesson works, but nothing is recorded.');
    return null;
  }
  if (!lms.init()) {
    console.warn('nn-scorm: the LMS refused to initialise; nothing is recorded.');
    return null;
  }
  const v12 = lms.version === '1.2';
  const tasks = () => [...doc.querySelectorAll<QuizLike>('nn-quiz-task')];
  const idOf = (q: QuizLike, i: number) => q.id || `task-${i + 1}`;
  /** Interaction index per task, in the order they were first answered. */
  const interactions = new Map<string, number>();
  let finished = false;

  const kept = () => {
    const out = new Map<string, Stateful>();
    for (const tag of KEPT) {
      doc.querySelectorAll<Stateful>(tag).forEach((el, i) => out.set(el.id ? `${tag}#${el.id}` : `${tag}-${i + 1}`, el));
    }
    return out;
  };

  // Resume: the elements' states of the last session. A save of the first adapter held the
  // quiz tasks alone, keyed by id.
  const saved = decode(lms.get('cmi.suspend_data'));
  const old = !Object.keys(saved).some((k) => k.startsWith('nn-'));
  for (const [key, el] of kept()) {
    const quiz = el.localName === 'nn-quiz-task' ? (el as QuizLike) : null;
    const s = old ? (quiz ? saved[idOf(quiz, tasks().indexOf(quiz))] : undefined) : saved[key];
    if (!s) continue;
    try {
      el.state = s;
    } catch (e) {
      // An element whose content changed since: it starts afresh, and the author can see why.
      console.warn(`nn-scorm: the saved state of ${key} was not restored: ${(e as Error).message}`);
    }
  }
  let warned = '';

  // The learner as the LMS names them, for the xAPI statements' actor.
  const learner = v12 ? [lms.get('cmi.core.student_name'), lms.get('cmi.core.student_id')] : [lms.get('cmi.learner_name'), lms.get('cmi.learner_id')];
  const actor = learner[1] ? { objectType: 'Agent', ...(learner[0] ? { name: learner[0] } : {}), account: { homePage: win.location.origin, name: learner[1] } } : null;
  const stamp = (e: Event) => {
    const st = (e as CustomEvent<{ statement?: Record<string, unknown> }>).detail?.statement;
    if (actor && st && !st.actor) st.actor = actor;
  };

  // The mastery score, as the LMS took it from the manifest (1.2: 0–100; 2004: 0–1); null without one.
  const masteryText = lms.get(v12 ? 'cmi.student_data.mastery_score' : 'cmi.scaled_passing_score');
  const mastery = masteryText !== '' && Number.isFinite(Number(masteryText)) ? Number(masteryText) : null;

  const report = () => {
    if (finished) return;
    const all = tasks();
    const complete = all.length > 0 && all.every((q) => q.complete);
    const score = all.reduce((s, q) => s + (q.score || 0), 0);
    const max = all.reduce((s, q) => s + (q.maxScore || 0), 0);
    const scaled = max ? score / max : complete ? 1 : 0;
    const passed = mastery === null ? null : v12 ? scaled * 100 >= mastery : scaled >= mastery;
    if (v12) {
      lms.set('cmi.core.lesson_status', complete ? (passed === false ? 'failed' : passed ? 'passed' : 'completed') : 'incomplete');
      lms.set('cmi.core.score.raw', String(Math.round(scaled * 100)));
      lms.set('cmi.core.score.min', '0');
      lms.set('cmi.core.score.max', '100');
    } else {
      lms.set('cmi.completion_status', complete ? 'completed' : 'incomplete');
      lms.set('cmi.success_status', passed === null ? 'unknown' : passed ? 'passed' : 'failed');
      lms.set('cmi.score.raw', String(score));
      lms.set('cmi.score.min', '0');
      lms.set('cmi.score.max', String(max));
      lms.set('cmi.score.scaled', String(Math.round(scaled * 10000) / 10000));
    }
    const states: Saved = {};
    for (const [key, el] of kept()) {
      try {
        states[key] = el.state;
      } catch {
        // An element not yet upgraded has no state to keep.
      }
    }
    const { text, dropped } = fit(states, LIMITS[lms.version]);
    const why = dropped.join('; ');
    if (why && why !== warned) console.warn(`nn-scorm: the saved state is over SCORM ${lms.version}'s ${LIMITS[lms.version].toLocaleString('en')} characters; it leaves out ${why}.`);
    warned = why;
    lms.set('cmi.suspend_data', text);
    lms.commit();
  };

  const onAnswer = (e: Event) => {
    const q = (e.composedPath().find((t) => (t as Element).localName === 'nn-quiz-task') ?? e.target) as QuizLike;
    const all = tasks();
    const id = idOf(q, all.indexOf(q));
    const detail = (e as CustomEvent<{ choices: string[]; correct: boolean | null }>).detail;
    let n = interactions.get(id);
    if (n === undefined) interactions.set(id, (n = interactions.size));
    const p = `cmi.interactions.${n}.`;
    lms.set(`${p}id`, id);
    lms.set(`${p}type`, 'choice');
    const response = detail.choices.join(v12 ? ',' : '[,]');
    lms.set(`${p}${v12 ? 'student_response' : 'learner_response'}`, response);
    lms.set(`${p}result`, detail.correct === null ? 'neutral' : detail.correct ? 'correct' : v12 ? 'wrong' : 'incorrect');
    report();
  };

  const finish = () => {
    if (finished) return;
    report();
    finished = true;
    const all = tasks();
    if (v12) lms.set('cmi.core.exit', all.every((q) => q.complete) ? '' : 'suspend');
    else lms.set('cmi.exit', all.every((q) => q.complete) ? 'normal' : 'suspend');
    lms.commit();
    lms.finish();
    for (const [target, name, listener, capture] of listeners) target.removeEventListener(name, listener, capture);
  };

  /** What the adapter listens to, added here and removed by finish. */
  const listeners: [EventTarget, string, EventListener, boolean][] = [
    [doc, 'nn-answer', onAnswer, false],
    [doc, 'nn-task-complete', report, false],
    ...SAVE_ON.map((name): [EventTarget, string, EventListener, boolean] => [doc, name, report, false]),
    // In the capture phase, so that every listener of the page sees the statement with its actor.
    [win, 'nn-answer', stamp, true],
    [win, 'nn-task-complete', stamp, true],
    [win, 'pagehide', finish, false],
  ];
  for (const [target, name, listener, capture] of listeners) target.addEventListener(name, listener, capture);
  report();
  return finish;
}

// Loaded as a module after the elements: the tasks are defined by the time it connects.
if (typeof window !== 'undefined' && typeof document !== 'undefined') {
  // Waits for the definition of every kept element the page uses, so that their states restore.
  // and after their first update, in which they read their own storage (persist-key): the LMS's
  // state is the later word.
  const start = async () => {
    await Promise.all(KEPT.filter((t) => document.querySelector(t)).map((t) => customElements.whenDefined(t)));
    await Promise.all([...document.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>(KEPT.join(','))].map((el) => el.updateComplete));
    connect(window);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else void start();
}
