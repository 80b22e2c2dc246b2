/**
 * Many elements changed in one task: their renders share a budget per task, and the paused
 * playgrounds come to rest one per frame, so that a page pausing ten playgrounds together
 * (or switching the theme of a whole lesson) makes no long task. What a learner could notice
 * is tested here: a lone render never waits, a waiting one comes in the next frames, every
 * paused network ends up pictured at rest and said to screen readers. Speed itself is proven
 * by `npm run bench` (bench/many.mjs), never here.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { UPDATE_TASK_MS, spend } from '../../src/elements/shared/update-budget.js';
import type { NnGraph } from '../../src/elements/nn-graph/nn-graph.js';
import type { NnPlayground } from '../../src/elements/nn-playground/nn-playground.js';
import { nextFrame, settle } from './helpers.js';
import * as inGraph from '../harness/nn-graph.js';
import * as inPlayground from '../harness/nn-playground.js';

/** Lets every microtask queued so far run (a render asked for without waiting is done by then), within this task. */
async function microtasks(): Promise<void> {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}

/** A task that starts after the budget of the tasks before has been reset. */
async function freshTask(): Promise<void> {
  await nextFrame();
  await new Promise((r) => setTimeout(r, 0));
}

describe('renders share one budget per task', () => {
  it('a lone render runs in the task that asked for it, with the same microtasks as before', async () => {
    const el = await fixture<NnGraph>(html`<nn-graph inputs="0.5,0.25,1" layers="4"></nn-graph>`);
    await freshTask();
    const before = inGraph.shownValue(el, '0:0');
    el.decimals = 4;
    await microtasks();
    expect(el.isUpdatePending, 'rendered').to.equal(false);
    expect(inGraph.shownValue(el, '0:0')).to.not.equal(before);
  });

  it('a render asked for after the task has spent its budget waits for the next frame, then comes', async () => {
    const el = await fixture<NnGraph>(html`<nn-graph inputs="0.5,0.25,1" layers="4"></nn-graph>`);
    await freshTask();
    const before = inGraph.shownValue(el, '0:0');
    let frames = 0;
    const count = () => {
      frames++;
      if (el.isUpdatePending) requestAnimationFrame(count);
    };
    // Other elements' renders spent this task's budget.
    spend(UPDATE_TASK_MS, window);
    el.decimals = 4;
    requestAnimationFrame(count);
    await microtasks();
    expect(el.isUpdatePending, 'waiting').to.equal(true);
    expect(inGraph.shownValue(el, '0:0'), 'not rendered in this task').to.equal(before);
    await el.updateComplete;
    expect(inGraph.shownValue(el, '0:0'), 'rendered').to.not.equal(before);
    expect(frames, 'in a later frame').to.be.at.least(1);
    // And the next task has a budget of its own again.
    await freshTask();
    el.decimals = 1;
    await microtasks();
    expect(el.isUpdatePending, 'a later change renders at once').to.equal(false);
  });

  it('in a hidden document (no frames come), a render that waits for its turn comes in a later task', async () => {
    const el = await fixture<NnGraph>(html`<nn-graph inputs="0.5,0.25,1" layers="4"></nn-graph>`);
    await freshTask();
    const before = inGraph.shownValue(el, '0:0');
    const raf = window.requestAnimationFrame;
    // A background tab: hidden, and no animation frame is ever run.
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    window.requestAnimationFrame = () => 0;
    try {
      spend(UPDATE_TASK_MS, window);
      el.decimals = 4;
      await microtasks();
      expect(el.isUpdatePending, 'waiting').to.equal(true);
      const done = await Promise.race([el.updateComplete.then(() => 'rendered'), new Promise((r) => setTimeout(() => r('still waiting after 1 s'), 1000))]);
      expect(done).to.equal('rendered');
      expect(inGraph.shownValue(el, '0:0')).to.not.equal(before);
    } finally {
      window.requestAnimationFrame = raf;
      // The document's own property goes: its prototype's getter answers again.
      delete (document as unknown as { hidden?: boolean }).hidden;
    }
  });

  it('playgrounds paused in one task come to rest one per frame: each ends up pictured at rest, and says its loss', async () => {
    // At a quarter of their size, so that all four are on screen (and train).
    const box = await fixture<HTMLElement>(html`<div style="zoom: 0.2; display: grid; grid-template-columns: 1fr 1fr">${[1, 2, 3, 4].map((seed) => html`<nn-playground seed=${seed}></nn-playground>`)}</div>`);
    const all = [...box.children] as NnPlayground[];
    await Promise.all(all.map((pg) => settle(pg)));
    for (const pg of all) pg.play();
    while (all.some((pg) => pg.epoch < 5)) await nextFrame();
    await freshTask();
    /** Per playground, the frame (document.timeline time) in which its graph stopped showing the live picture. */
    const restedIn: (number | null)[] = all.map(() => null);
    for (const pg of all) pg.pause();
    await microtasks();
    const graphs = all.map((pg) => inPlayground.innerGraph<NnGraph>(pg));
    expect(all.map((pg) => pg.isPlaying), 'all paused at once').to.deep.equal([false, false, false, false]);
    expect(graphs.filter((g) => !g.flowing).length, 'one at rest in the task that paused them').to.equal(1);
    for (let i = 0; i < 120 && restedIn.some((f) => f === null); i++) {
      graphs.forEach((g, k) => {
        if (!g.flowing && restedIn[k] === null) restedIn[k] = document.timeline.currentTime as number;
      });
      await nextFrame();
    }
    expect(restedIn.every((f) => f !== null), 'all at rest').to.equal(true);
    expect(new Set(restedIn).size, `each in a frame of its own: ${restedIn.join(', ')}`).to.equal(all.length);
    await Promise.all(all.map((pg) => settle(pg)));
    for (const [k, pg] of all.entries()) {
      expect(inGraph.liveCanvas(graphs[k])!.hidden, `playground ${k + 1}: its live canvas hidden`).to.equal(true);
      expect(inPlayground.announced(pg), `playground ${k + 1}: its loss at the pause said`).to.match(new RegExp(`^Epoch ${pg.epoch}: training loss [\\d.]+, test loss [\\d.]+\\.$`));
    }
  });
});
