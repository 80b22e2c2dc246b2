import { nearViewport, renderNow } from '../shared/first-render.js';
import type { RenderGate } from '../shared/nn-element.js';

/** What the element shows only when the learner gets there. */
const HIDDEN = '[data-feedback],[data-explanation],[data-solution]';

/** What a goal's exercise says when its numbers change (goal-link.ts listens to the same). */
const GOAL_EVENTS = ['nn-epoch', 'nn-update', 'nn-network-change', 'nn-backward'];
/** Goal quizzes that wait for the learner. */
const waitingGoals = new Set<Element>();

/**
 * A goal is met without the learner touching its quiz (the exercise trains), and a quiz reads
 * its goal and its storage key when it first renders: a goal quiz that waits renders, in a task
 * of its own, at the first change of its exercise, so that a goal met meanwhile is seen and
 * stored (and reported) even if the learner never scrolls to it.
 */
function wakeGoals(e: Event): void {
  const id = (e.target as Element).id;
  for (const quiz of waitingGoals) if (id && String((quiz as Element & { for?: unknown }).for ?? '').trim() === id) renderNow(quiz);
}


/**
 * A quiz's render gate where quizzes far from the viewport wait to render until the learner
 * nears them, as the graphs and playgrounds do (NnElement.renderGate). A lesson's eight quizzes
 * rendering in the task that defined them were one task of 60 to 90 ms at 4x CPU
 * (bench/load.mjs); held, only those in view render then, each in a task of its own.
 *
 * A held quiz shows the author's question and choices meanwhile, as nn-elements.css shows them
 * before the tag is defined: its shadow root holds one slot with them assigned (the feedback,
 * the explanation and the solution stay out), removed in the microtask of its first render, so
 * no frame shows it empty. Awaiting `updateComplete` renders it at once (the SCORM adapter does).
 * Children a CMS adds while it waits show when it renders. A goal quiz also renders at its
 * exercise's first change (wakeGoals).
 *
 * Given to the element, before its tag is defined, by the bundle's quiz part and the npm entry
 * (src/bundle/hold-quizzes.ts). The one-element file (nn-quiz-task.js) goes without: it is at
 * its size budget, and a page with one quiz has nothing to spread.
 * @internal
 */
export const offScreenHold: RenderGate = {
  ...nearViewport,
  async wait(el: Element): Promise<void> {
    if ((el as Element & { goal?: unknown }).goal) {
      waitingGoals.add(el);
      for (const type of GOAL_EVENTS) el.ownerDocument.addEventListener(type, wakeGoals);
    }
    const shown = el.shadowRoot && el.ownerDocument.createElement('slot');
    if (shown) {
      el.shadowRoot!.append(shown);
      // Optional: where manual assignment is missing, the quiz waits without its placeholder
      // rather than never rendering.
      shown.assign?.(...[...el.children].filter((c) => !c.matches(HIDDEN)));
    }
    await nearViewport.wait(el);
    // Unheard once none waits (nn-epoch comes every frame).
    if (waitingGoals.delete(el) && ![...waitingGoals].some((q) => q.ownerDocument === el.ownerDocument)) {
      for (const type of GOAL_EVENTS) el.ownerDocument.removeEventListener(type, wakeGoals);
    }
    shown?.remove();
  },
};
