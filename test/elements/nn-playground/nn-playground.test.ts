import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/elements/nn-playground/nn-playground.js';
import { createRandom, generateDataset } from '../../../src/core/index.js';
import type { NnPlayground } from '../../../src/elements/nn-playground/nn-playground.js';
import type { NnDatasetPlot } from '../../../src/elements/nn-dataset-plot/nn-dataset-plot.js';
import { allByName, byName, choose, deepQueryAll, shadowText, shownPlot } from '../helpers.js';
import * as inPlayground from '../../harness/nn-playground.js';
import * as inGraph from '../../harness/nn-graph.js';
import { canvasPixels } from '../../harness/canvas.js';


function click(el: NnPlayground, name: string): void {
  byName(el.shadowRoot!, name).click();
}

async function trainUntil(el: NnPlayground, done: (d: { epoch: number; trainLoss: number; testLoss: number }) => boolean, maxEpoch: number) {
  return new Promise<{ epoch: number; trainLoss: number; testLoss: number }>((resolve) => {
    const onEpoch = (e: Event) => {
      const d = (e as CustomEvent).detail;
      if (done(d) || d.epoch >= maxEpoch) {
        el.removeEventListener('nn-epoch', onEpoch);
        el.pause();
        resolve(d);
      }
    };
    el.addEventListener('nn-epoch', onEpoch);
    click(el, 'Play');
  });
}

/** Waits until the playground and the graph inside it have rendered. */
async function settle(el: NnPlayground) {
  await el.updateComplete;
  await inPlayground.innerGraph<HTMLElement & { updateComplete: Promise<unknown> }>(el).updateComplete;
}

const exercise2 = () => fixture<NnPlayground>(html`<nn-playground dataset-name="circle" layers="" activation="linear" learning-rate="0.03" seed="5"></nn-playground>`);

describe('<nn-playground>', () => {
  it('the idle-time warm-up of the training code trains a network of its own: a playground left idle keeps epoch 0, its weights and its losses', async () => {
    const pg = await fixture<NnPlayground>(html`<nn-playground seed="4"></nn-playground>`);
    const before = JSON.stringify(pg.state);
    const losses = [pg.trainLoss, pg.testLoss];
    // The warm-up runs in the first idle time (at most 3 s away): wait for two idle periods.
    for (let i = 0; i < 2; i++) await new Promise((r) => requestIdleCallback(() => r(null), { timeout: 3000 }));
    await new Promise((r) => setTimeout(r, 50));
    expect(pg.epoch).to.equal(0);
    expect([pg.trainLoss, pg.testLoss]).to.deep.equal(losses);
    expect(JSON.stringify(pg.state)).to.equal(before);
  });

  it('a "+" in its network makes one trip: one rebuild, one network handed to the graph, the old network untouched, no nn-network-change on the page', async () => {
    const el = await fixture<NnPlayground>(html`<nn-playground layers="4,2" seed="3"></nn-playground>`);
    await settle(el);
    const graph = inPlayground.innerGraph<HTMLElement & { network: unknown }>(el);
    const proto = Object.getPrototypeOf(graph) as object;
    const accessor = Object.getOwnPropertyDescriptor(proto, 'network')!;
    let handovers = 0;
    Object.defineProperty(graph, 'network', {
      configurable: true,
      get() { return accessor.get!.call(this); },
      set(v) { handovers++; accessor.set!.call(this, v); },
    });
    let rebuilds = 0;
    let escaped = 0;
    el.addEventListener('nn-reset', () => rebuilds++);
    document.addEventListener('nn-network-change', () => escaped++);
    const before = el.network;
    const sizes = [...before.sizes];
    byName(graph.shadowRoot!, 'Add hidden layer').click();
    await settle(el);
    expect(rebuilds, 'rebuilds per press').to.equal(1);
    expect(handovers, 'networks handed down per press').to.equal(1);
    expect(el.config.layers).to.deep.equal([4, 2, 1]);
    expect(el.network.sizes).to.deep.equal([2, 4, 2, 1, 1]);
    expect(graph.network, 'the graph shows the playground\'s network').to.equal(el.network);
    expect(before.sizes, 'the old network was not edited in place').to.deep.equal(sizes);
    expect(escaped, 'the inner edit never leaves the playground').to.equal(0);
    delete (graph as { network?: unknown }).network;
  });

  it('Exercise 2: no hidden layer and linear activation stays above 0.2', async () => {
    const el = await exercise2();
    choose(el.shadowRoot!, 'Epochs per frame', '25');
    const d = await trainUntil(el, (x) => x.trainLoss < 0.2 && x.testLoss < 0.2, 500);
    expect(d.epoch).to.be.at.least(500);
    expect(d.trainLoss).to.be.above(0.2);
  });

  it('Exercise 2: learning rate 0.01, ReLU and one hidden layer of 3 neurons brings both losses below 0.2', async () => {
    const el = await exercise2();
    const changes: string[] = [];
    el.addEventListener('nn-config-change', (e) => changes.push(e.detail.setting));
    choose(el.shadowRoot!, 'Learning rate', '0.01');
    choose(el.shadowRoot!, 'Activation', 'relu');
    await settle(el);
    click(el, 'Add hidden layer');
    await settle(el);
    click(el, 'Add neuron to hidden layer 1');
    await settle(el);
    click(el, 'Add neuron to hidden layer 1');
    await settle(el);
    expect(el.config).to.include({ learningRate: 0.01, activation: 'relu' });
    expect(el.config.layers).to.deep.equal([3]);
    expect(changes).to.include.members(['learning-rate', 'activation', 'layers']);
    choose(el.shadowRoot!, 'Epochs per frame', '10');
    const d = await trainUntil(el, (x) => x.trainLoss < 0.2 && x.testLoss < 0.2, 1000);
    expect(d.trainLoss).to.be.below(0.2);
    expect(d.testLoss).to.be.below(0.2);
    expect(el.trainLoss).to.equal(d.trainLoss);
    await el.updateComplete;
    expect(shadowText(el)).to.contain(d.trainLoss.toFixed(3));
  });

  it('Step trains one epoch; Reset returns to epoch 0 with the same weights; New random start gives others', async () => {
    const el = await exercise2();
    const start = JSON.stringify(el.state.network);
    click(el, 'Step');
    click(el, 'Step');
    expect(el.epoch).to.equal(2);
    expect(JSON.stringify(el.state.network)).to.not.equal(start);
    const reset = oneEvent(el, 'nn-reset');
    click(el, 'Reset');
    await reset;
    expect(el.epoch).to.equal(0);
    expect(JSON.stringify(el.state.network)).to.equal(start);
    click(el, 'New random start');
    expect(el.epoch).to.equal(0);
    expect(JSON.stringify(el.state.network)).to.not.equal(start);
  });

  it('changing the learning rate keeps training where it is; changing the data restarts', async () => {
    const el = await exercise2();
    click(el, 'Step');
    click(el, 'Step');
    choose(el.shadowRoot!, 'Learning rate', '0.1');
    expect(el.epoch).to.equal(2);
    byName(el.shadowRoot!, 'Exclusive or').click();
    expect(el.epoch).to.equal(0);
    expect(el.config.dataset).to.equal('xor');
  });

  it('hide removes controls and lock disables them', async () => {
    const el = await fixture<NnPlayground>(html`<nn-playground hide="noise,batch-size,regularization" lock="learning-rate,layers"></nn-playground>`);
    expect(allByName(el.shadowRoot!, /^Noise/).length).to.equal(0);
    expect(allByName(el.shadowRoot!, /^Batch size/).length).to.equal(0);
    const lr = deepQueryAll(el.shadowRoot!, 'select').find((s) => (s as HTMLSelectElement).labels?.[0]?.textContent?.includes('Learning rate')) as HTMLSelectElement;
    expect(lr.disabled).to.equal(true);
    expect(allByName(el.shadowRoot!, 'Add hidden layer').length).to.equal(0);
    expect(allByName(el.shadowRoot!, /^Ratio of training to test data/).length).to.equal(1);
  });

  it('pauses by itself off screen and resumes when visible', async () => {
    const wrap = await fixture(html`<div><div style="height: 3000px"></div><nn-playground speed="5"></nn-playground></div>`);
    const el = wrap.querySelector('nn-playground') as NnPlayground;
    window.scrollTo(0, 0);
    // The element's own observer has spoken when one of ours, given the same element, has.
    await new Promise<void>((r) => new IntersectionObserver((_, o) => { o.disconnect(); r(); }).observe(el));
    await new Promise((r) => requestAnimationFrame(r));
    el.play();
    for (let i = 0; i < 20; i++) await new Promise((r) => requestAnimationFrame(r));
    expect(el.isPlaying).to.equal(true);
    expect(el.epoch).to.equal(0);
    el.scrollIntoView();
    await oneEvent(el, 'nn-epoch');
    expect(el.epoch).to.be.above(0);
    el.pause();
    window.scrollTo(0, 0);
  });

  it('stops on divergence at learning rate 10 and says why', async () => {
    const el = await fixture<NnPlayground>(html`<nn-playground dataset-name="plane" layers="8,8" activation="relu" learning-rate="10" speed="5"></nn-playground>`);
    const diverged = oneEvent(el, 'nn-diverged');
    click(el, 'Play');
    const { detail } = await diverged;
    expect(detail.reason).to.contain('learning rate (10) is too high');
    expect(el.isPlaying).to.equal(false);
    expect(Number.isFinite(el.trainLoss)).to.equal(true);
    await el.updateComplete;
    expect(shadowText(el)).to.contain('Training stopped at epoch');
  });

  it('reports bad attributes and runs on the nearest valid settings', async () => {
    const warn = console.warn;
    console.warn = () => {};
    try {
      const el = await fixture<NnPlayground>(html`<nn-playground dataset-name="moons" learning-rate="0.05" layers="4,x" batch-size="99" activation="swish" features="x1,z"></nn-playground>`);
      expect(el.config).to.include({ dataset: 'circle', learningRate: 0.03, batchSize: 30, activation: 'tanh' });
      expect(el.config.layers).to.deep.equal([4]);
      expect(el.config.features).to.deep.equal(['x1']);
      const text = shadowText(el);
      for (const a of ['dataset-name="moons"', 'learning-rate="0.05"', 'layers="4,x"', 'batch-size="99"', 'activation="swish"', 'features="x1,z"']) expect(text).to.contain(a);
    } finally {
      console.warn = warn;
    }
  });

  it('round-trips its state, and refuses a bad one without changing anything', async () => {
    const a = await fixture<NnPlayground>(html`<nn-playground dataset-name="xor" layers="3" activation="relu" seed="9"></nn-playground>`);
    for (let i = 0; i < 5; i++) a.step();
    const saved = JSON.parse(JSON.stringify(a.state));
    const b = await fixture<NnPlayground>(html`<nn-playground></nn-playground>`);
    b.state = saved;
    expect(b.epoch).to.equal(5);
    expect(b.trainLoss).to.equal(a.trainLoss);
    expect(b.config).to.deep.equal(a.config);
    const before = JSON.stringify(b.state);
    expect(() => (b.state = { ...saved, config: { ...saved.config, learningRate: 42 } })).to.throw(/learning-rate/);
    expect(() => (b.state = { ...saved, network: { ...saved.network, sizes: [2, 4, 1] } })).to.throw();
    expect(() => (b.state = { ...saved, epoch: -3 })).to.throw(/epoch/);
    expect(JSON.stringify(b.state)).to.equal(before);
  });

  it('restores a state of settings alone (as an LMS keeps one when space is short) as those settings started afresh, at epoch 0 with the seed\'s weights', async () => {
    const a = await fixture<NnPlayground>(html`<nn-playground seed="4" layers="2"></nn-playground>`);
    a.applyConfig({ layers: [3, 2], learningRate: 0.1 });
    for (let i = 0; i < 4; i++) a.step();
    const { config, restarts } = JSON.parse(JSON.stringify(a.state));
    a.reset();
    const fresh = JSON.parse(JSON.stringify(a.state.network));
    const b = await fixture<NnPlayground>(html`<nn-playground seed="4"></nn-playground>`);
    b.step();
    b.state = { config, restarts } as never;
    expect(b.epoch).to.equal(0);
    expect(b.config).to.deep.equal(a.config);
    expect(b.state.network).to.deep.equal(fresh);
  });

  it('keeps several playgrounds on one page independent', async () => {
    const wrap = await fixture(html`<div><nn-playground id="a" seed="1"></nn-playground><nn-playground id="b" seed="1"></nn-playground><nn-playground id="c" seed="2"></nn-playground></div>`);
    const [a, b, c] = [...wrap.querySelectorAll('nn-playground')] as NnPlayground[];
    expect(a.trainPoints).to.deep.equal(b.trainPoints);
    expect(a.trainPoints).to.not.deep.equal(c.trainPoints);
    a.step();
    expect(a.epoch).to.equal(1);
    expect(b.epoch).to.equal(0);
    expect(JSON.stringify(b.state.network)).to.not.equal(JSON.stringify(a.state.network));
  });

  it('names its controls and passes axe', async () => {
    const el = await fixture<NnPlayground>(html`<nn-playground></nn-playground>`);
    for (const name of ['Play', 'Step', 'Reset', 'New random start', 'Circle', 'Exclusive or', 'Gaussian', 'Spiral', 'Show test data', 'Discretize output', 'Add hidden layer', 'Remove hidden layer', 'Add neuron to hidden layer 2', 'Feature X₁', 'Feature sin(X₂)', 'Feature X₁X₂']) {
      expect(allByName(el.shadowRoot!, name).length, name).to.be.above(0);
    }
    for (const label of ['Learning rate', 'Activation', 'Regularization', 'Regularization rate', 'Problem type']) {
      expect(deepQueryAll(el.shadowRoot!, 'select').some((s) => (s as HTMLSelectElement).labels?.[0]?.textContent?.trim().startsWith(label)), label).to.equal(true);
    }
    click(el, 'Play');
    await el.updateComplete;
    expect(allByName(el.shadowRoot!, 'Pause').length).to.equal(1);
    el.pause();
    await expect(el).to.be.accessible();
  });

  it('a <nn-dataset-plot for> follows the playground\'s data and live output', async () => {
    await import('../../../src/elements/nn-dataset-plot/nn-dataset-plot.js');
    const wrap = await fixture(html`<div><nn-playground id="followed" dataset-name="xor" seed="4"></nn-playground><nn-dataset-plot for="followed" style="width: 200px"></nn-dataset-plot></div>`);
    const pg = wrap.querySelector('nn-playground') as NnPlayground;
    const plot = wrap.querySelector('nn-dataset-plot') as NnDatasetPlot;
    await Promise.all([pg.updateComplete, plot.updateComplete]);
    await new Promise((r) => requestAnimationFrame(r));
    expect(plot.trainPoints).to.deep.equal(pg.trainPoints);
    const picture = () => { const c = shownPlot(plot); return c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data.join(); };
    const before = picture();
    for (let i = 0; i < 20; i++) click(pg, 'Step');
    await new Promise((r) => requestAnimationFrame(r));
    const after = picture();
    expect(after).to.not.equal(before);
    byName(pg.shadowRoot!, 'Circle').click();
    await new Promise((r) => requestAnimationFrame(r));
    expect(plot.trainPoints).to.deep.equal(pg.trainPoints);
    expect(plot.shadowRoot!.querySelector('[role="img"]')!.getAttribute('aria-label')).to.contain('Circle');
  });
});


describe('<nn-playground>: the epoch counter', () => {
  it('writes the epoch as TensorFlow Playground does, six digits with a thousands separator, in the page\'s format', async () => {
    const wrap = await fixture<HTMLElement>(html`<div><nn-playground seed="2"></nn-playground><div lang="de"><nn-playground seed="2"></nn-playground></div></div>`);
    const [en, de] = [...wrap.querySelectorAll('nn-playground')] as NnPlayground[];
    await settle(en);
    await settle(de);
    expect(inPlayground.shownEpoch(en)).to.equal('000,000');
    for (let i = 0; i < 3; i++) {
      en.step();
      de.step();
    }
    await settle(en);
    await settle(de);
    expect(inPlayground.shownEpoch(en)).to.equal('000,003');
    expect(inPlayground.shownEpoch(de)).to.equal('000.003');
  });
});

describe('<nn-playground>: accuracy', () => {
  it('shows the share of points classified right beside the losses for classification, none for regression, and a quiz goal can ask for it', async () => {
    await import('../../../src/elements/nn-quiz-task/nn-quiz-task.js');
    const wrap = await fixture<HTMLElement>(html`<div>
      <nn-playground id="acc-pg" dataset-name="circle" layers="3" activation="relu" learning-rate="0.03" seed="5"></nn-playground>
      <nn-quiz-task for="acc-pg" goal="test-accuracy > 0.9"><p>Goal</p></nn-quiz-task></div>`);
    const pg = wrap.querySelector<NnPlayground>('nn-playground')!;
    const quiz = wrap.querySelector('nn-quiz-task') as HTMLElement & { complete: boolean };
    await settle(pg);
    const pct = (v: number) => new Intl.NumberFormat('en', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(v);
    expect(inPlayground.shownAccuracy(pg)).to.deep.equal({ test: pct(pg.testAccuracy), train: pct(pg.trainAccuracy) });
    const done = oneEvent(quiz, 'nn-task-complete');
    await trainUntil(pg, (d) => (d as { testAccuracy?: number }).testAccuracy! > 0.9, 300);
    await done;
    expect(pg.testAccuracy).to.be.above(0.9);
    await settle(pg);
    expect(inPlayground.shownAccuracy(pg)).to.deep.equal({ test: pct(pg.testAccuracy), train: pct(pg.trainAccuracy) });
    pg.setAttribute('dataset-name', 'plane');
    await settle(pg);
    expect(inPlayground.shownAccuracy(pg)).to.equal(null);
  });
});

describe('<nn-playground>: where training stops', () => {
  it('max-epochs="50" pauses at epoch 50 and says so; Play and Step train no further; Reset starts again', async () => {
    const pg = await fixture<NnPlayground>(html`<nn-playground max-epochs="50" seed="4"></nn-playground>`);
    await settle(pg);
    pg.setAttribute('speed', '25');
    await settle(pg);
    const paused = oneEvent(pg, 'nn-pause');
    click(pg, 'Play');
    await paused;
    expect(pg.epoch).to.equal(50);
    await settle(pg);
    expect(shadowText(pg)).to.contain('Training stopped at epoch 50: this exercise trains for 50 epochs.');
    pg.step();
    pg.play();
    await new Promise((r) => setTimeout(r, 100));
    expect(pg.epoch).to.equal(50);
    expect(pg.isPlaying).to.equal(false);
    pg.reset();
    pg.step();
    expect(pg.epoch).to.equal(1);
    // Removed: no limit.
    pg.removeAttribute('max-epochs');
    await settle(pg);
    expect(pg.config.maxEpochs).to.equal(0);
  });

  it('a quiz with stop-at-goal pauses the playground in the frame where its goal is met', async () => {
    await import('../../../src/elements/nn-quiz-task/nn-quiz-task.js');
    const wrap = await fixture<HTMLElement>(html`<div>
      <nn-playground id="stop-pg" seed="4"></nn-playground>
      <nn-quiz-task for="stop-pg" goal="epoch >= 7" stop-at-goal><p>Goal</p></nn-quiz-task></div>`);
    const pg = wrap.querySelector<NnPlayground>('nn-playground')!;
    const quiz = wrap.querySelector('nn-quiz-task')!;
    await settle(pg);
    const done = oneEvent(quiz, 'nn-task-complete');
    click(pg, 'Play');
    await done;
    await new Promise((r) => setTimeout(r, 150));
    expect(pg.isPlaying).to.equal(false);
    expect(pg.epoch).to.equal(7);
  });
});

describe('<nn-playground>: reading the loss chart', () => {
  it('hovering the chart reads the epoch and both losses of that epoch from the history; the keys move it; leaving and blurring hide it', async () => {
    const pg = await fixture<NnPlayground>(html`<nn-playground seed="6" style="width: 1100px"></nn-playground>`);
    await settle(pg);
    for (let i = 0; i < 20; i++) pg.step();
    await settle(pg);
    const history = pg.state.history as { epochs: number[]; train: number[]; test: number[] };
    const said = (i: number) => `Epoch ${history.epochs[i]}: training loss ${history.train[i].toFixed(3)}, test loss ${history.test[i].toFixed(3)}`;
    const svg = inPlayground.chartSlider(pg);
    expect(inPlayground.chartReadout(pg)).to.equal('');
    const box = svg.getBoundingClientRect();
    // A quarter of the way along: epoch 5 of 0…20.
    svg.dispatchEvent(new PointerEvent('pointermove', { clientX: box.left + box.width / 4, clientY: box.top + 10 }));
    expect(inPlayground.chartReadout(pg)).to.equal(said(5));
    svg.dispatchEvent(new PointerEvent('pointerleave'));
    expect(inPlayground.chartReadout(pg)).to.equal('');
    // By keyboard: focus reads the last epoch, ← one back, Home the first; the slider's value follows.
    inPlayground.chartSlider(pg).focus();
    expect(inPlayground.chartReadout(pg)).to.equal(said(20));
    inPlayground.chartSlider(pg).dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    expect(inPlayground.chartReadout(pg)).to.equal(said(19));
    expect(inPlayground.chartSlider(pg).getAttribute('aria-valuetext')).to.equal(said(19));
    expect(inPlayground.chartSlider(pg).getAttribute('aria-valuenow')).to.equal('19');
    inPlayground.chartSlider(pg).dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
    expect(inPlayground.chartReadout(pg)).to.equal(said(0));
    inPlayground.chartSlider(pg).blur();
    expect(inPlayground.chartReadout(pg)).to.equal('');
    await expect(pg).to.be.accessible();
  });
});

describe('<nn-playground>: the inspector names the inputs as their nodes do', () => {
  it('a neuron\'s formula writes sin(X₁) where its node says sin(X₁), not x3', async () => {
    const pg = await fixture<NnPlayground>(html`<nn-playground features="x1,x2,sin-x1" layers="2" seed="3"></nn-playground>`);
    await settle(pg);
    const graph = inPlayground.innerGraph(pg);
    await (graph as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const labels = inGraph.inputLabels(graph).map((l) => l.textContent!.trim());
    expect(labels).to.deep.equal(['X₁', 'X₂', 'sin(X₁)']);
    inGraph.node(graph, '1:0').click();
    await (graph as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(inGraph.formulas(graph)[0].textContent!.trim()).to.equal('y = tanh(w₁₁·X₁ + w₂₁·X₂ + w₃₁·sin(X₁) + b)');
  });
});

describe('<nn-playground>: Discretize output', () => {
  it('thresholds the neuron pictures too: every pixel of every thumbnail is one of the two class colours, and unticking brings the shades back', async () => {
    const pg = await fixture<NnPlayground>(html`<nn-playground layers="3" seed="8" style="width: 1100px"></nn-playground>`);
    await settle(pg);
    for (let i = 0; i < 3; i++) pg.step();
    await settle(pg);
    const graph = inPlayground.innerGraph(pg);
    const samples = () => {
      const out: number[][] = [];
      for (const key of ['1:0', '1:1', '1:2', '2:0']) for (let fx = 0.1; fx < 1; fx += 0.2) for (let fy = 0.1; fy < 1; fy += 0.2) out.push(inGraph.thumbPixel(graph, key, fx, fy));
      return out;
    };
    const isClass = (p: number[]) => [[245, 147, 34], [8, 119, 189]].some((c) => c.every((v, i) => Math.abs(v - p[i]) <= 3));
    expect(samples().some((p) => !isClass(p)), 'shades before').to.equal(true);
    pg.setAttribute('discretize', '');
    await settle(pg);
    await (graph as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    const two = samples();
    expect(two.filter((p) => !isClass(p)), 'pixels that are neither class colour').to.deep.equal([]);
    pg.removeAttribute('discretize');
    await settle(pg);
    await new Promise((r) => requestAnimationFrame(r));
    expect(samples().some((p) => !isClass(p)), 'shades again').to.equal(true);
  });
});

describe('<nn-playground>: datasets by their pictures', () => {
  it('each dataset is a radio named by the dataset, with a picture of its points in the theme\'s colours; choosing spiral by name gives the spiral\'s data', async () => {
    const pg = await fixture<NnPlayground>(html`<nn-playground seed="2"></nn-playground>`);
    await settle(pg);
    const radio = byName<HTMLInputElement>(pg.shadowRoot!, 'Spiral');
    expect(radio.type).to.equal('radio');
    radio.click();
    await settle(pg);
    expect(pg.config.dataset).to.equal('spiral');
    const spiral = generateDataset('spiral', createRandom('2'));
    const shown = [...pg.trainPoints, ...pg.testPoints].map((p) => `${p.x},${p.y}`).sort();
    expect(shown).to.deep.equal(spiral.map((p) => `${p.x},${p.y}`).sort());
    // The picture: the surface colour in a corner, both class colours somewhere.
    const pixels = (c: HTMLCanvasElement) => canvasPixels(c);
    const corner = (c: HTMLCanvasElement) => [...pixels(c).slice(0, 3)];
    const has = (c: HTMLCanvasElement, rgb: number[]) => { const d = pixels(c); for (let k = 0; k < d.length; k += 4) if (Math.abs(d[k] - rgb[0]) + Math.abs(d[k + 1] - rgb[1]) + Math.abs(d[k + 2] - rgb[2]) < 12) return true; return false; };
    const thumb = inPlayground.datasetThumb(pg, 'spiral');
    expect(corner(thumb)).to.deep.equal([255, 255, 255]);
    expect(has(thumb, [245, 147, 34]), 'orange points').to.equal(true);
    expect(has(thumb, [8, 119, 189]), 'blue points').to.equal(true);
    pg.setAttribute('theme', 'dark');
    await settle(pg);
    await settle(pg);
    expect(corner(inPlayground.datasetThumb(pg, 'spiral')), 'the dark surface').to.deep.equal([32, 33, 36]);
  });
});
