import { expect } from '@open-wc/testing';
// The one-element file's entry alone, as a page with only <script src="nn-quiz-task.js"> has it.
import '../../../src/elements/nn-quiz-task/nn-quiz-task.js';

// nn-quiz-task.js (the element in a file of its own, at its size budget) renders a quiz with
// its upgrade, also one far below the viewport: it has no render gate (the bundle and the npm
// entry hold off-screen quizzes back, ../first-render.test.ts).
describe('nn-quiz-task in its own file', () => {
  it('renders a quiz far below the viewport in the task that upgraded it', async () => {
    const wrap = document.createElement('div');
    wrap.innerHTML = `<div style="height: ${3 * innerHeight}px"></div><nn-quiz-task mode="predict"><p data-question>Q?</p><p data-choice="a">A</p></nn-quiz-task>`;
    document.body.append(wrap);
    try {
      const q = wrap.lastElementChild as HTMLElement & { hasUpdated: boolean };
      for (let i = 0; i < 20; i++) await Promise.resolve();
      expect(q.hasUpdated).to.equal(true);
      expect(q.shadowRoot!.querySelectorAll('input').length).to.equal(1);
    } finally {
      wrap.remove();
    }
  });
});
