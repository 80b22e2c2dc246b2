/**
 * One budget per task for the elements' renders after their first. A page that changes many
 * elements at once (ten playgrounds paused by one script, a theme or language switched for
 * the whole lesson) made every one of them render in that one task, and the browser then laid
 * out and painted them all in the next frame: ten Plays were a task of 55 ms at 4× CPU
 * (bench/many.mjs). Once the renders of one task have spent UPDATE_TASK_MS, the elements asked
 * to render after that wait for the next animation frame, where they share a new budget; a
 * lone element's render (a click, a property set by a framework) never waits.
 *
 * A task is told by `document.timeline.currentTime`, which stays the same within one (Chromium
 * moves it on at each task, other engines at each frame: there the budget is the frame's).
 * Without a timeline nothing waits.
 */

/**
 * Milliseconds (wall time, so a slower CPU renders fewer elements per task) of element renders
 * one task may hold before the next render waits for a frame: about one playground's at 4×
 * CPU, four at 1×, as the browser's layout and paint of each cost as much again. Ten paused
 * together (bench/many.mjs, 4×, five runs, twice, alternating): with 6 ms the longest task's
 * median was 50 and 51 ms, with 3 ms most runs had no task of 50 ms.
 * @internal
 */
export const UPDATE_TASK_MS = 3;

let spent = 0;
/** The task (timeline time) whose renders `spent` counts. */
let spentIn: unknown;

/**
 * Undefined when a render may run now, so that it runs in the same microtask as before; else a
 * promise of the next frame in which the budget lets it (each frame's budget goes to those
 * that came first). A hidden document has no frames: its renders wait for a task instead.
 * @internal
 */
export function renderTurn(win: Window): Promise<void> | undefined {
  const over = (): boolean => {
    const task = win.document.timeline?.currentTime;
    return task != null && task === spentIn && spent >= UPDATE_TASK_MS;
  };
  return over() ? (async () => {
    while (over()) {
      if (win.document.hidden) {
        await new Promise((resolve) => setTimeout(resolve));
        spent = 0;
      } else await new Promise((resolve) => win.requestAnimationFrame(resolve));
    }
  })() : undefined;
}

/**
 * Counts a render's time against its task's budget.
 * @internal
 */
export function spend(ms: number, win: Window): void {
  const task = win.document.timeline?.currentTime;
  if (task !== spentIn) {
    spent = 0;
    spentIn = task;
  }
  spent += ms;
}
