/**
 * Runs `go` once: at once if one of `elements` is in or near the viewport (the learner sees
 * it, or is about to), else when the browser is first idle. Work for what is off screen thus
 * waits until the page's first render is done, and never longer than `timeout` ms.
 */
export function nowOrIdle(elements: readonly Element[], go: () => void, timeout = 3000): void {
  let done = false;
  const once = (): void => {
    if (!done) (done = true), go();
  };
  const idle = (): void => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(once, { timeout });
    else setTimeout(once, 200);
  };
  if (!elements.length || typeof IntersectionObserver !== 'function') return idle();
  // The first callback reports every observed element's state at once.
  const seen = new IntersectionObserver((entries) => {
    seen.disconnect();
    if (entries.some((e) => e.isIntersecting)) once();
    else idle();
  }, { rootMargin: '25%' });
  for (const el of elements) seen.observe(el);
}
