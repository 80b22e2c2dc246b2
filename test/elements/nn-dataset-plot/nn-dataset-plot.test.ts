import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { HeatmapGrid, Network, createRandom, generateDataset, splitTrainTest } from '../../../src/core/index.js';
import '../../../src/elements/nn-dataset-plot/nn-dataset-plot.js';
import '../../../src/elements/nn-playground/nn-playground.js';
import type { NnDatasetPlot } from '../../../src/elements/nn-dataset-plot/nn-dataset-plot.js';
import { byName, nextFrame, plotPixel, shadowText } from '../helpers.js';
import * as inPlot from '../../harness/nn-dataset-plot.js';
import { canvasPixel } from '../../harness/canvas.js';

/** The colour a learner sees at data coordinates (x, y). */
function pixelAt(plot: NnDatasetPlot, x: number, y: number): [number, number, number] {
  const [r, g, b] = plotPixel(plot, (x + 6) / 12, (6 - y) / 12);
  return [r, g, b];
}
// By hue, not saturation: the plot's background is a pale version of the scale.
const isBlue = ([r, , b]: number[]) => b > r + 40;
const isOrange = ([r, , b]: number[]) => r > b + 40;

/** A network whose output is +1 where x > 0 and −1 where x < 0. */
function signOfX(): Network {
  const net = new Network({ inputs: 2, hidden: [], activation: 'tanh', init: 'zero' });
  net.setWeight(1, 0, 0, 20);
  return net;
}

async function settle(el: NnDatasetPlot) {
  await el.updateComplete;
  await nextFrame();
  el.draw();
}

describe('<nn-dataset-plot>', () => {
  it('draws a known point in its class colour', async () => {
    const el = await fixture<NnDatasetPlot>(html`<nn-dataset-plot style="width: 300px"></nn-dataset-plot>`);
    el.data = [{ x: 2, y: 2, label: 1 }, { x: -2, y: -3, label: -1 }];
    await settle(el);
    expect(isBlue(pixelAt(el, 2, 2))).to.equal(true);
    expect(isOrange(pixelAt(el, -2, -3))).to.equal(true);
    expect(pixelAt(el, 4, -4)).to.deep.equal([255, 255, 255]);
  });

  it('paints the heatmap blue where the model outputs +1 and orange where it outputs −1', async () => {
    const el = await fixture<NnDatasetPlot>(html`<nn-dataset-plot style="width: 300px"></nn-dataset-plot>`);
    el.data = [];
    el.model = signOfX();
    await settle(el);
    expect(isBlue(pixelAt(el, 3, 1))).to.equal(true);
    expect(isOrange(pixelAt(el, -3, 1))).to.equal(true);
    el.discretize = true;
    await settle(el);
    // #0877bd mixed 55% of the way to white (the pale background), exactly.
    expect(pixelAt(el, 0.2, 0)).to.deep.equal([144, 194, 225]);
  });

  it('generates the same points as the core for the same dataset and seed, and describes them', async () => {
    const el = await fixture<NnDatasetPlot>(html`<nn-dataset-plot dataset-name="xor" noise="10" seed="3"></nn-dataset-plot>`);
    const random = createRandom('3');
    const { train, test } = splitTrainTest(generateDataset('xor', random, { noise: 10 }), 50, random);
    expect(el.trainPoints).to.deep.equal(train);
    expect(el.testPoints).to.deep.equal(test);
    const label = el.shadowRoot!.querySelector('[role="img"]')!.getAttribute('aria-label')!;
    const blue = train.filter((p) => p.label > 0).length;
    expect(label).to.contain(`Exclusive or: 250 training points (${blue} blue, ${250 - blue} orange), 250 test points not shown`);
  });

  it('reads inline JSON data, reporting bad rows and keeping the good ones', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (m: string) => warnings.push(m);
    try {
      const el = await fixture<NnDatasetPlot>(html`<nn-dataset-plot>
        <script type="application/json">[{"x": 1, "y": 2, "label": 1}, {"x": "a", "y": 0, "label": 1}, {"x": 0, "y": 0, "label": 5}, {"x": -1, "y": -1, "label": -1, "test": true}]</script>
      </nn-dataset-plot>`);
      expect(el.trainPoints).to.deep.equal([{ x: 1, y: 2, label: 1 }]);
      expect(el.testPoints).to.deep.equal([{ x: -1, y: -1, label: -1 }]);
      const text = shadowText(el);
      expect(text).to.contain('row 2: x must be a number');
      expect(text).to.contain('row 3: label must be a number from −1 to 1');
      expect(warnings.some((w) => w.includes('row 2'))).to.equal(true);
    } finally {
      console.warn = warn;
    }
  });

  it('lets a learner add and remove points with the mouse', async () => {
    const el = await fixture<NnDatasetPlot>(html`<nn-dataset-plot editable style="width: 300px"></nn-dataset-plot>`);
    el.data = [];
    await settle(el);
    const canvas = el.shadowRoot!.querySelector<HTMLCanvasElement>('canvas[part=canvas]')!;
    const rect = canvas.getBoundingClientRect();
    const at = (x: number, y: number, shiftKey = false) => new MouseEvent('click', { clientX: rect.left + ((x + 6) / 12) * rect.width, clientY: rect.top + ((6 - y) / 12) * rect.height, shiftKey, bubbles: true, composed: true });
    let ev = oneEvent(el, 'nn-data-change');
    canvas.dispatchEvent(at(3, 3));
    expect((await ev).detail.action).to.equal('add');
    ev = oneEvent(el, 'nn-data-change');
    canvas.dispatchEvent(at(-3, -3, true));
    await ev;
    expect(el.trainPoints.map((p) => p.label)).to.deep.equal([-1, 1]);
    expect(el.trainPoints[0].x).to.be.closeTo(3, 0.1);
    ev = oneEvent(el, 'nn-data-change');
    canvas.dispatchEvent(at(3, 3));
    const removed = await ev;
    expect(removed.detail.action).to.equal('remove');
    expect(el.trainPoints.length).to.equal(1);
    await settle(el);
    expect(isBlue(pixelAt(el, -3, -3))).to.equal(true);
  });

  it('lets a keyboard user add a point and remove it from the table', async () => {
    const el = await fixture<NnDatasetPlot>(html`<nn-dataset-plot editable></nn-dataset-plot>`);
    el.data = [];
    await el.updateComplete;
    byName<HTMLInputElement>(el.shadowRoot!, /x₁ of the new point/).focus();
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '2.5' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '-1' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowDown' });
    const added = oneEvent(el, 'nn-data-change');
    byName(el.shadowRoot!, 'Add point').focus();
    await sendKeys({ press: 'Enter' });
    expect((await added).detail.point).to.deep.equal({ x: 2.5, y: -1, label: 1 });
    byName(el.shadowRoot!, 'Show the points as a table').click();
    await el.updateComplete;
    expect(shadowText(el)).to.contain('2.50');
    const removed = oneEvent(el, 'nn-data-change');
    byName(el.shadowRoot!, 'Remove point 1').focus();
    await sendKeys({ press: 'Enter' });
    expect((await removed).detail.action).to.equal('remove');
    expect(el.trainPoints.length).to.equal(0);
  });

  it('reports the output under the pointer', async () => {
    const el = await fixture<NnDatasetPlot>(html`<nn-dataset-plot style="width: 300px"></nn-dataset-plot>`);
    el.model = signOfX();
    await settle(el);
    const canvas = el.shadowRoot!.querySelector<HTMLCanvasElement>('canvas[part=canvas]')!;
    const rect = canvas.getBoundingClientRect();
    const hover = oneEvent(el, 'nn-point-hover');
    canvas.dispatchEvent(new PointerEvent('pointermove', { clientX: rect.left + rect.width * 0.75, clientY: rect.top + rect.height / 2, bubbles: true }));
    const { detail } = await hover;
    expect(detail.x).to.be.closeTo(3, 0.1);
    expect(detail.output).to.be.closeTo(1, 1e-6);
    await el.updateComplete;
    expect(shadowText(el)).to.contain('output 1.000');
  });

  it('follows another element through for= and its events', async () => {
    const wrapper = await fixture(html`<div><nn-playground id="src"></nn-playground><nn-dataset-plot for="src" style="width: 200px"></nn-dataset-plot></div>`);
    const src = wrapper.querySelector('#src') as HTMLElement & Record<string, unknown>;
    const net = signOfX();
    const grid = new HeatmapGrid(['x1', 'x2'], 50);
    grid.compute(net);
    // What a playground offers, replaced by hand-made values.
    const offer = { trainPoints: [{ x: 1, y: 1, label: 1 }], testPoints: [], heatmap: grid, model: net };
    for (const [k, value] of Object.entries(offer)) Object.defineProperty(src, k, { value, configurable: true });
    const plot = wrapper.querySelector('nn-dataset-plot') as NnDatasetPlot;
    src.dispatchEvent(new CustomEvent('nn-epoch', { detail: { epoch: 1, trainLoss: 0, testLoss: 0 } }));
    await settle(plot);
    expect(plot.trainPoints).to.deep.equal([{ x: 1, y: 1, label: 1 }]);
    expect(isOrange(pixelAt(plot, -3, 3))).to.equal(true);
    net.setWeight(1, 0, 0, -20);
    grid.compute(net);
    src.dispatchEvent(new CustomEvent('nn-epoch', { detail: { epoch: 2, trainLoss: 0, testLoss: 0 } }));
    await settle(plot);
    expect(isBlue(pixelAt(plot, -3, 3))).to.equal(true);
  });

  it('reports bad attributes and keeps drawing on defaults', async () => {
    const warn = console.warn;
    console.warn = () => {};
    try {
      const el = await fixture<NnDatasetPlot>(html`<nn-dataset-plot dataset-name="moons" noise="90" density="abc"></nn-dataset-plot>`);
      await el.updateComplete;
      const text = shadowText(el);
      expect(text).to.contain('dataset-name="moons": must be one of circle, xor, gauss, spiral, plane, multi-gauss');
      expect(text).to.contain('noise="90"');
      expect(el.trainPoints.length).to.equal(250);
    } finally {
      console.warn = warn;
    }
  });

  it('redraws crisp at the device pixel ratio when resized', async () => {
    const el = await fixture<NnDatasetPlot>(html`<nn-dataset-plot style="width: 200px"></nn-dataset-plot>`);
    await settle(el);
    const canvas = el.shadowRoot!.querySelector<HTMLCanvasElement>('canvas[part=canvas]')!;
    expect(canvas.width).to.equal(Math.round(canvas.getBoundingClientRect().width * devicePixelRatio));
    el.style.width = '320px';
    // The resize reaches the plot through its ResizeObserver, then a frame draws it.
    for (let i = 0; i < 120 && canvas.width === Math.round(200 * devicePixelRatio); i++) await nextFrame();
    expect(canvas.width).to.equal(Math.round(canvas.getBoundingClientRect().width * devicePixelRatio));
    expect(canvas.getBoundingClientRect().width).to.be.greaterThan(300);
  });

  it('passes axe, editable and with the table open', async () => {
    await setViewport({ width: 800, height: 800 });
    const el = await fixture<NnDatasetPlot>(html`<nn-dataset-plot editable show-test-data></nn-dataset-plot>`);
    byName(el.shadowRoot!, 'Show the points as a table').click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});

describe('<nn-dataset-plot>: the legend', () => {
  it('has a caption and −1, 0, +1 under a bar painted in the background\'s own colours: its ends are the plot\'s extremes', async () => {
    const plot = await fixture<NnDatasetPlot>(html`<nn-dataset-plot dataset-name="xor" style="width: 300px"></nn-dataset-plot>`);
    // Output tanh(x1): −1 at the left edge (x1 = −6), +1 at the right, 0 down the middle.
    const net = new Network({ inputs: 2, hidden: [], activation: 'tanh', random: createRandom(1) });
    net.weights[0].set([1, 0]);
    net.biases[0][0] = 0;
    plot.model = net;
    await plot.updateComplete;
    plot.draw();
    expect(inPlot.legendText(plot)).to.deep.equal(['Output', '−1', '0', '+1']);
    const heat = inPlot.heatCanvas(plot);
    const cell = (x: number, y: number) => canvasPixel(heat, x, y);
    const close = (a: number[], b: number[], what: string, by = 3) => a.forEach((v, i) => expect(Math.abs(v - b[i]), `${what}: ${a} vs ${b}`).to.be.at.most(by));
    close(inPlot.legendPixel(plot, 0), cell(0, 50), 'the −1 end is the plot\'s orange extreme');
    close(inPlot.legendPixel(plot, 0.999), cell(heat.width - 1, 50), 'the +1 end is its blue extreme');
    // The two middle cells sit at x1 = ±0.06, one step to each side of the neutral: their mean is the plot's 0, to a few levels.
    const mid = cell(heat.width / 2 - 1, 50).map((v, i) => (v + cell(heat.width / 2, 50)[i]) / 2);
    close(inPlot.legendPixel(plot, 0.5), mid, 'the middle is its 0', 8);
  });
});

describe('<nn-dataset-plot show-axes>: axes on the border', () => {
  it('puts −6…6 outside the data box, so no tick label sits on a point, even with points at the ticks', async () => {
    const plot = await fixture<NnDatasetPlot>(html`<nn-dataset-plot show-axes style="width: 320px"></nn-dataset-plot>`);
    // Points on the ticks along both edges, where labels drawn inside would cover them.
    plot.data = [-6, -4, -2, 0, 2, 4, 6].flatMap((v) => [{ x: v, y: -5.9, label: 1 }, { x: -5.9, y: v, label: -1 }]);
    await plot.updateComplete;
    const labels = inPlot.axisLabels(plot);
    expect(labels.map((l) => l.textContent)).to.deep.equal(['−6', '−4', '−2', '0', '2', '4', '6', '−6', '−4', '−2', '0', '2', '4', '6']);
    const box = inPlot.dataBox(plot);
    for (const l of labels) {
      const r = l.getBoundingClientRect();
      const overlaps = r.left < box.right && r.right > box.left && r.top < box.bottom && r.bottom > box.top;
      expect(overlaps, `label ${l.textContent} at ${r.left},${r.top} outside the data box`).to.equal(false);
    }
    // x runs left to right under the box, x2 bottom to top beside it.
    const xs = labels.slice(0, 7).map((l) => l.getBoundingClientRect());
    expect(xs[0].left).to.be.below(xs[6].left);
    const ys = labels.slice(7).map((l) => l.getBoundingClientRect());
    expect(ys[0].top, '−6 at the bottom').to.be.above(ys[6].top);
    plot.removeAttribute('show-axes');
    await plot.updateComplete;
    expect(inPlot.axisLabels(plot)).to.deep.equal([]);
  });

  it('a playground shows them on its output plot', async () => {
    const pg = document.createElement('nn-playground');
    document.body.append(pg);
    try {
      await (pg as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      const inner = pg.shadowRoot!.querySelector('nn-dataset-plot')!;
      await (inner as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(inPlot.axisLabels(inner).length).to.equal(14);
    } finally {
      pg.remove();
    }
  });
});

describe('<nn-dataset-plot>: the point table, a part of its own', () => {
  it('is fetched when the browser is first idle after the first render, so Show table shows it in the click\'s own render', async () => {
    const plot = await fixture<NnDatasetPlot>(html`<nn-dataset-plot></nn-dataset-plot>`);
    await plot.updateComplete;
    // Idle twice (the prefetch waits for the first idle time), then the chunk's request settles.
    for (let i = 0; i < 2; i++) await new Promise((r) => requestIdleCallback(() => r(null)));
    await new Promise((r) => setTimeout(r, 200));
    byName(plot.shadowRoot!, 'Show the points as a table').click();
    for (let i = 0; i < 20; i++) await Promise.resolve();
    expect(inPlot.tableRows(plot).length, 'rows in the same task as the click').to.be.above(0);
  });
});
