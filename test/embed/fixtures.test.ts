/**
 * The React 19 and Vue 3 fixture apps (test/fixtures/*, built with Vite by
 * `npm run build:fixtures` against lib/, as a consumer gets the package), driven in Chromium:
 * each renders a playground and a goal quiz, passes the canonical dataset attribute, a
 * numeric property and strings, listens to nn-epoch and calls applyConfig.
 */
import { expect } from '@open-wc/testing';
import type { NnPlayground } from '../../src/elements/nn-playground/nn-playground.js';
import type { NnQuizTask } from '../../src/elements/nn-quiz-task/nn-quiz-task.js';
import * as inPlayground from '../harness/nn-playground.js';

async function app(path: string): Promise<{ w: Window; errors: string[] }> {
  const frame = document.createElement('iframe');
  frame.style.width = '1100px';
  frame.style.height = '900px';
  const errors: string[] = [];
  frame.src = path;
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  const w = frame.contentWindow!;
  w.addEventListener('error', (e) => errors.push(String(e.message)));
  // The app renders when its bundle has run: wait for its element, up to the test's timeout.
  while (!w.document.querySelector('nn-playground')) await new Promise((r) => w.requestAnimationFrame(r));
  await w.customElements.whenDefined('nn-playground');
  return { w, errors };
}

const frames = (w: Window, n: number) => new Promise<void>((resolve) => {
  const tick = () => (--n <= 0 ? resolve() : w.requestAnimationFrame(tick));
  w.requestAnimationFrame(tick);
});

for (const [name, path] of [['React 19', '/test/fixtures/react-app/dist/index.html'], ['Vue 3', '/test/fixtures/vue-app/dist/index.html']]) {
  describe(`the ${name} fixture app`, () => {
    afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

    it('passes attribute, numeric property and strings through, follows nn-epoch, and applyConfig restarts', async () => {
      const { w, errors } = await app(path);
      const pg = w.document.querySelector('nn-playground') as NnPlayground;
      const quiz = w.document.querySelector('nn-quiz-task') as NnQuizTask;
      await pg.updateComplete;
      await quiz.updateComplete;
      expect(pg.config.dataset, 'dataset-name').to.equal('spiral');
      expect(pg.config.learningRate, 'learning-rate').to.equal(0.1);
      expect(pg.config.seed, 'seed').to.equal('7');
      expect(inPlayground.playButton(pg).getAttribute('aria-label'), 'strings').to.equal('Start');
      expect(quiz.shadowRoot!.textContent).to.not.include('Waiting for the exercise');
      pg.play();
      await frames(w, 10);
      pg.pause();
      await frames(w, 2);
      expect(Number(w.document.getElementById('epochs')!.textContent), 'epochs shown by the app').to.equal(pg.epoch);
      expect(pg.epoch).to.be.above(0);
      (w.document.getElementById('apply') as HTMLButtonElement).click();
      await pg.updateComplete;
      expect(pg.config.layers).to.deep.equal([3]);
      expect(pg.config.activation).to.equal('relu');
      expect(pg.epoch).to.equal(0);
      expect(errors).to.deep.equal([]);
    });
  });
}
