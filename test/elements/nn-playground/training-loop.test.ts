/**
 * The training loop's frames, with a view of its own: what each frame does when an epoch and
 * a heatmap pass already spend its budget (the largest network on a slow CPU).
 */
import { ReactiveElement } from '@lit/reactive-element';
import { expect, fixture, html } from '@open-wc/testing';
import { TrainingLoop, type TrainingView } from '../../../src/elements/nn-playground/training-loop.js';
import type { PlaygroundRun } from '../../../src/elements/nn-playground/playground-run.js';
import { warmTraining } from '../../../src/elements/nn-playground/warm-training.js';
import { TrainingSession } from '../../../src/core/session.js';

class LoopHost extends ReactiveElement {}
customElements.define('training-loop-host', LoopHost);

const busy = (ms: number) => {
  const end = performance.now() + ms;
  while (performance.now() < end) { /* an epoch of a large network */ }
};

/** A view that records what the loop asks of it; each epoch and each heatmap band takes `ms`. */
function slowView(ms: number) {
  const log: string[] = [];
  const session = { epoch: 0, network: {} };
  const grid = { density: 5, computeRows: () => busy(ms) };
  const view: TrainingView = {
    run: { session, grid } as unknown as PlaygroundRun,
    speed: 1,
    trainOne: () => { busy(ms); session.epoch++; log.push('train'); return true; },
    showPass: (throttleMs: number) => log.push(throttleMs ? 'show' : 'show-complete'),
    paintLive: () => {},
    paintChart: () => {},
    report: () => log.push('report'),
    requestUpdate: () => {},
  };
  return { view, log, session };
}

const frames = async (n: number) => { for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r)); };

describe('The training code\'s warm-up', () => {
  it('runs its forty epochs in slices of idle time, none much over 8 ms', async () => {
    const step = TrainingSession.prototype.step;
    const idle = window.requestIdleCallback;
    let epochs = 0;
    let slices = 0;
    TrainingSession.prototype.step = function (this: TrainingSession) {
      epochs++;
      busy(1);
      return step.call(this);
    };
    window.requestIdleCallback = (f, o) => {
      slices++;
      return idle(f, o);
    };
    try {
      warmTraining();
      for (let i = 0; i < 100 && epochs < 40; i++) await new Promise((r) => setTimeout(r, 50));
    } finally {
      TrainingSession.prototype.step = step;
      window.requestIdleCallback = idle;
    }
    expect(epochs).to.equal(40);
    // Each epoch takes at least 1 ms here: 40 of them in 8-ms slices.
    expect(slices).to.be.at.least(4);
  });
});

describe('TrainingLoop: Play', () => {
  it('trains nothing in the four frames after Play (its render, then the live canvas\'s first draws), and trains in the fifth', async () => {
    const host = await fixture<LoopHost>(html`<training-loop-host></training-loop-host>`);
    const { view, log } = slowView(0);
    let frame = 0;
    let counting = true;
    // Requested before Play's, so each frame counts before the loop runs.
    const tick = () => {
      frame++;
      if (counting) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    const trainOne = view.trainOne;
    let first = 0;
    view.trainOne = () => {
      first ||= frame;
      return trainOne();
    };
    const loop = new TrainingLoop(host, view, { start: 0, train: 0, heatmaps: 0, draw: 0, epochs: 0 });
    loop.play();
    await frames(8);
    counting = false;
    loop.pause();
    expect(first, log.join(' ')).to.equal(5);
  });
});

describe('TrainingLoop: a frame past its budget', () => {
  it('shows a pass completed past the frame\'s budget in the next frame, which trains no epoch; on Pause the last pass is still shown, complete', async () => {
    const host = await fixture<LoopHost>(html`<training-loop-host></training-loop-host>`);
    const { view, log, session } = slowView(4);
    const loop = new TrainingLoop(host, view, { start: 0, train: 0, heatmaps: 0, draw: 0, epochs: 0 });
    loop.play();
    await frames(12);
    const shows = log.map((e, i) => [e, i] as const).filter(([e]) => e === 'show').map(([, i]) => i);
    expect(shows.length, `passes shown: ${log.join(' ')}`).to.be.at.least(2);
    // A training frame ends with its report: no show comes between an epoch and its report.
    for (const i of shows) expect(log[i - 1], `before show #${i}: ${log.join(' ')}`).to.equal('report');
    const epoch = session.epoch;
    loop.pause();
    await frames(6);
    expect(session.epoch, 'no epoch after Pause').to.equal(epoch);
    expect(log[log.length - 1], `the last: ${log.slice(-6).join(' ')}`).to.equal('show-complete');
    expect(loop.passCount).to.be.at.least(3);
  });

  it('a Pause while a completed pass waits for its frame still shows it, complete, and then stops', async () => {
    const host = await fixture<LoopHost>(html`<training-loop-host></training-loop-host>`);
    const { view, log } = slowView(4);
    let loop: TrainingLoop | null = null;
    let shown = 0;
    const show = view.showPass;
    view.showPass = (ms: number) => { shown++; show(ms); };
    // Paused by the learner just after a frame that completed a pass, before it is shown.
    view.report = () => {
      log.push('report');
      if (loop?.playing && loop.passCount > shown && loop.passCount >= 2) loop.pause();
    };
    loop = new TrainingLoop(host, view, { start: 0, train: 0, heatmaps: 0, draw: 0, epochs: 0 });
    loop.play();
    await frames(16);
    expect(loop.playing, `paused: ${log.join(' ')}`).to.equal(false);
    expect(log[log.length - 1], `the last: ${log.slice(-6).join(' ')}`).to.equal('show-complete');
    expect(shown, 'every pass shown').to.equal(loop.passCount);
  });

  it('a Pause just after a pass was shown with its thumbnails throttled shows that pass again, whole, at once', async () => {
    const host = await fixture<LoopHost>(html`<training-loop-host></training-loop-host>`);
    const { view, log } = slowView(1);
    let loop: TrainingLoop | null = null;
    const show = view.showPass;
    // The learner pauses in the task right after a frame that showed a pass, throttled.
    view.showPass = (ms: number) => {
      show(ms);
      if (ms > 0 && loop?.playing) queueMicrotask(() => loop!.pause());
    };
    loop = new TrainingLoop(host, view, { start: 0, train: 0, heatmaps: 0, draw: 0, epochs: 0 });
    loop.play();
    await frames(10);
    expect(loop.playing, `paused: ${log.join(' ')}`).to.equal(false);
    const after = log.slice(log.lastIndexOf('show') + 1);
    expect(after, `after the throttled show: ${log.join(' ')}`).to.not.include('train');
    expect(after[after.length - 1], `the last: ${log.slice(-6).join(' ')}`).to.equal('show-complete');
  });
});
