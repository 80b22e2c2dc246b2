import { windowOf } from './realm.js';

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

/** Resolves when `el` is near the viewport or `renderNow(el)` is called; at once where there is no IntersectionObserver. */
export function whenNear(el: Element): Promise<void> {
  const win = windowOf(el);
  const Observer = win.IntersectionObserver;
  if (held.get(el) === true || typeof Observer !== 'function') return Promise.resolve();
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

/** The gate an element's first render passes (NnElement.firstRenderGate). */
export const nearViewport = { wait: whenNear, open: renderNow };
