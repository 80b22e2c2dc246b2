import { windowOf } from './realm.js';
import { renderTurn, spend } from './update-budget.js';

/**
 * Holds an element's first render until it is in or near the viewport (half a viewport around
 * it), or until somebody awaits its `updateComplete`: a lesson's elements below the fold
 * (Exercise 2's playground, Exercise 3's graph) cost nothing while the learner reads the
 * first screen, and render as the learner scrolls towards them. Their space is held by
 * nn-elements.css meanwhile (`:not(:state(nn-ready))`), so nothing moves when they do.
 * One IntersectionObserver per window serves every waiting element.
 */
const observers = new WeakMap<Window, IntersectionObserver>();
/** An element's held first render (what lets it go), or true once it was awaited (also before it began to wait). */
const held = new WeakMap<Element, (() => void) | true>();

/**
 * Whether `el` is near the viewport, by its box, once the page has painted: an element that
 * upgrades later (a part fetched after the first render, one added by a script) and is on
 * screen renders in its next task, as before, not a frame later after the observer's first
 * report (on the playground page that frame put the render after the first paint: Lighthouse
 * mobile 89-91 against 92-98). Before the first paint the page's layout is not done, and
 * reading a box would force it inside the upgrade's task: the observer answers then.
 */
export function nearNow(el: Element, win: Window): boolean {
  if (!(win.performance?.getEntriesByType?.('paint').length > 0)) return false;
  const r = el.getBoundingClientRect();
  const h = win.innerHeight;
  const w = win.innerWidth;
  return (r.width > 0 || r.height > 0) && r.bottom >= -h / 2 && r.top <= 1.5 * h && r.right >= -w / 2 && r.left <= 1.5 * w;
}

/** Resolves when `el` is near the viewport or `renderNow(el)` is called; at once where there is no IntersectionObserver. */
export function whenNear(el: Element): Promise<void> {
  const win = windowOf(el);
  const Observer = win.IntersectionObserver;
  if (held.get(el) === true || typeof Observer !== 'function' || nearNow(el, win)) return Promise.resolve();
  let observer = observers.get(win);
  if (!observer) observers.set(win, (observer = new Observer((entries) => entries.forEach((e) => e.isIntersecting && renderNow(e.target)), { rootMargin: '50%' })));
  const seen = observer;
  seen.observe(el);
  return new Promise((resolve) => held.set(el, () => (seen.unobserve(el), resolve())));
}

/** Lets a held first render go now (someone awaits the element, or it came near). */
export function renderNow(el: Element): void {
  const go = held.get(el);
  held.set(el, true);
  if (go && go !== true) go();
}

/** Resolves in a new task, after the browser could paint and handle input (a message, not a 4 ms-clamped timeout). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/** The gate an element's renders pass (NnElement.renderGate): the first near the viewport, in a task of its own; the later ones within their task's budget. */
export const nearViewport = { wait: async (el: Element): Promise<void> => { await whenNear(el); await nextTask(); }, open: renderNow, turn: renderTurn, spent: spend };
