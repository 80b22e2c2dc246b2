/**
 * The training code's warm-up (warm-training.ts) waits for a playground's first render: a
 * lesson whose playground the learner has not reached runs and fetches none of it. In a file
 * of its own, since it runs once per page.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/nn-playground/nn-playground.js';
import type { NnPlayground } from '../../../src/elements/nn-playground/nn-playground.js';
import { TrainingSession } from '../../../src/core/session.js';

describe('The training code\'s warm-up', () => {
  it('runs after a playground has rendered, not while the only playground waits far below the viewport', async () => {
    const step = TrainingSession.prototype.step;
    let epochs = 0;
    TrainingSession.prototype.step = function (this: TrainingSession) {
      epochs++;
      return step.call(this);
    };
    try {
      const page = await fixture<HTMLElement>(html`<div><div style="height: 6000px"></div><nn-playground></nn-playground></div>`);
      const pg = page.querySelector<NnPlayground>('nn-playground')!;
      // Idle time enough for the warm-up, had it been asked for.
      await new Promise((r) => setTimeout(r, 1500));
      expect(pg.hasUpdated, 'the playground waits').to.equal(false);
      expect(epochs, 'no warm-up yet').to.equal(0);
      await pg.updateComplete;
      for (let i = 0; i < 60 && epochs < 40; i++) await new Promise((r) => setTimeout(r, 50));
      expect(epochs, 'the warm-up, once rendered').to.equal(40);
    } finally {
      TrainingSession.prototype.step = step;
    }
  });
});
