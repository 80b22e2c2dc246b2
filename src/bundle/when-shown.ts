import { nowOrIdle } from '../elements/shared/now-or-idle.js';

/**
 * Starts `load`: at once if the page shows one of `selector`'s elements in (or near) the
 * viewport when the bundle runs, else when the browser is first idle, so that every page gets
 * every element without a learner's action waiting on the network. A failed load is said once,
 * by name, in the console; the elements then stay undefined in their reserved space.
 */
export function whenShown(selector: string, load: () => Promise<unknown>): void {
  const shown = typeof document === 'undefined' ? [] : [...document.querySelectorAll(selector)];
  nowOrIdle(shown, () => {
    load().catch((error: unknown) => console.error(`nn-elements: the part for ${selector} could not load (are the files of dist/ served beside nn-elements.js?)`, error));
  });
}
