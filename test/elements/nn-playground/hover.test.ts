/**
 * TensorFlow Playground's hover behaviours in <nn-playground>: a hovered or focused neuron's
 * output becomes the plot's background, from the grid that is already computed, and a
 * hovered link opens a card whose field edits exactly that weight.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/nn-playground/nn-playground.js';
import type { NnPlayground } from '../../../src/elements/nn-playground/nn-playground.js';
import { HeatmapGrid } from '../../../src/core/heatmap.js';
import { settle } from '../helpers.js';
import * as inPlayground from '../../harness/nn-playground.js';
import * as inGraph from '../../harness/nn-graph.js';
import * as inPlot from '../../harness/nn-dataset-plot.js';
import { canvasPixels } from '../../harness/canvas.js';

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

async function playground(): Promise<{ pg: NnPlayground; graph: Updating; plot: Updating }> {
  const pg = await fixture<NnPlayground>(html`<nn-playground dataset-name="circle" layers="4" activation="tanh" learning-rate="0.03" seed="3" style="width: 1100px"></nn-playground>`);
  await settle(pg);
  for (let i = 0; i < 5; i++) pg.step();
  await settle(pg);
  return { pg, graph: inPlayground.innerGraph<Updating>(pg), plot: inPlayground.innerPlot<Updating>(pg) };
}

/** How many bytes of two pixel arrays differ (a count, not a deep-equal: its diff of 40,000 numbers would take minutes). */
function differing(a: Uint8ClampedArray, b: Uint8ClampedArray): number {
  let n = Math.abs(a.length - b.length);
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) n++;
  return n;
}

/** The heatmap canvas's pixels: one per grid cell. */
function heatPixels(plot: Element): Uint8ClampedArray {
  const c = inPlot.heatCanvas(plot);
  return canvasPixels(c);
}

/**
 * How many cells whose value is clearly signed are drawn in the other sign's colour (blue for
 * positive, orange for negative), out of how many checked.
 */
function signMismatches(pixels: Uint8ClampedArray, values: ArrayLike<number>): { wrong: number; checked: number } {
  let wrong = 0;
  let checked = 0;
  for (let k = 0; k < values.length; k++) {
    const v = values[k];
    if (Math.abs(v) < 0.25) continue;
    checked++;
    const blue = pixels[k * 4 + 2] > pixels[k * 4];
    if (blue !== v > 0) wrong++;
  }
  return { wrong, checked };
}

const over = (el: Element) => el.dispatchEvent(new PointerEvent('pointerenter'));
const out = (el: Element) => el.dispatchEvent(new PointerEvent('pointerleave'));

describe('<nn-playground>: hovering a neuron or a link', () => {
  it('hovering a hidden neuron paints the plot with that neuron\'s output from the grid, and leaving restores the network\'s output pixel for pixel', async () => {
    const { pg, graph, plot } = await playground();
    const before = Uint8ClampedArray.from(heatPixels(plot));
    // The pixels read as the grid does: the output's signs match, cell for cell.
    const outMatch = signMismatches(before, pg.heatmap.output);
    expect(outMatch.checked).to.be.above(100);
    expect(outMatch.wrong).to.equal(0);
    const neuron = pg.heatmap.outputs[1][2];
    expect(signMismatches(before, neuron).wrong, 'the neuron differs from the output somewhere').to.be.above(20);
    over(inGraph.node(graph, '1:2'));
    await plot.updateComplete;
    const hovered = heatPixels(plot);
    const m = signMismatches(hovered, neuron);
    expect(m.checked).to.be.above(100);
    expect(m.wrong).to.equal(0);
    out(inGraph.node(graph, '1:2'));
    await plot.updateComplete;
    expect(differing(heatPixels(plot), before), 'pixels unlike the output\'s').to.equal(0);
  });

  it('focusing a neuron by keyboard does the same, and blurring it restores the output', async () => {
    const { pg, graph, plot } = await playground();
    const before = Uint8ClampedArray.from(heatPixels(plot));
    inGraph.node(graph, '1:0').focus();
    await plot.updateComplete;
    expect(signMismatches(heatPixels(plot), pg.heatmap.outputs[1][0]).wrong).to.equal(0);
    inGraph.node(graph, '1:0').blur();
    await plot.updateComplete;
    expect(differing(heatPixels(plot), before), 'pixels unlike the output\'s').to.equal(0);
  });

  it('hovering adds no heatmap pass, paused or training', async () => {
    const { pg, graph, plot } = await playground();
    const compute = HeatmapGrid.prototype.computeRows;
    let rows = 0;
    HeatmapGrid.prototype.computeRows = function (this: HeatmapGrid, ...a: Parameters<typeof compute>) {
      rows++;
      return compute.apply(this, a);
    };
    try {
      const passes = pg.heatmapPass;
      for (const key of ['1:0', '1:1', '1:2', '1:3']) {
        over(inGraph.node(graph, key));
        await plot.updateComplete;
        out(inGraph.node(graph, key));
        await plot.updateComplete;
      }
      expect(pg.heatmapPass).to.equal(passes);
      expect(rows).to.equal(0);
      // Training: the hovers of one task compute nothing; the passes that follow are the loop's.
      pg.play();
      await new Promise((r) => setTimeout(r, 200));
      rows = 0;
      for (let i = 0; i < 20; i++) {
        over(inGraph.node(graph, `1:${i % 4}`));
        out(inGraph.node(graph, `1:${i % 4}`));
      }
      expect(rows).to.equal(0);
      over(inGraph.node(graph, '1:3'));
      await new Promise((r) => setTimeout(r, 300));
      pg.pause();
      await settle(pg);
      (plot as unknown as { draw(): void }).draw();
      expect(signMismatches(heatPixels(plot), pg.heatmap.outputs[1][3]).wrong, 'still the hovered neuron after training').to.equal(0);
    } finally {
      HeatmapGrid.prototype.computeRows = compute;
      pg.pause();
    }
  });

  it('hovering a link shows its weight in a card; typing a value and Enter changes exactly that weight', async () => {
    const { pg, graph } = await playground();
    expect(inGraph.linkCard(graph)).to.equal(null);
    inGraph.link(graph, '1:2:1').dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    await graph.updateComplete;
    const card = inGraph.linkCard(graph)!;
    expect(card).to.not.equal(null);
    const before = pg.state.network;
    const w = before.weights[0][2 * before.sizes[0] + 1];
    const input = card.querySelector('input')!;
    expect(input.value).to.equal(w.toFixed(2));
    expect(card.getAttribute('aria-label')).to.match(/^Weight from input 2 to hidden layer 1, neuron 3$/);
    input.focus();
    input.select();
    await sendKeys({ type: '1.5' });
    await sendKeys({ press: 'Enter' });
    await settle(pg);
    const after = pg.state.network;
    after.weights.forEach((layer, l) => layer.forEach((v, k) => {
      if (l === 0 && k === 2 * before.sizes[0] + 1) expect(v).to.equal(1.5);
      else expect(v, `weight ${l}:${k}`).to.equal(before.weights[l][k]);
    }));
    expect(after.biases).to.deep.equal(before.biases);
  });

  it('the card stays while the pointer moves onto it and closes after it leaves', async () => {
    const { graph } = await playground();
    const line = inGraph.link(graph, '2:0:3');
    line.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    await graph.updateComplete;
    line.dispatchEvent(new PointerEvent('pointerout', { bubbles: true }));
    inGraph.linkCard(graph)!.dispatchEvent(new PointerEvent('pointerenter'));
    await new Promise((r) => setTimeout(r, 500));
    await graph.updateComplete;
    expect(inGraph.linkCard(graph)).to.not.equal(null);
    inGraph.linkCard(graph)!.dispatchEvent(new PointerEvent('pointerleave'));
    await new Promise((r) => setTimeout(r, 500));
    await graph.updateComplete;
    expect(inGraph.linkCard(graph)).to.equal(null);
  });

  it('axe finds nothing with a link card open', async () => {
    const { pg, graph } = await playground();
    inGraph.link(graph, '1:0:0').dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    await graph.updateComplete;
    await expect(pg).to.be.accessible();
  });
});

describe('<nn-playground>: bias marks', () => {
  it('each neuron\'s mark shows its bias\'s sign and size, follows training and an edit, and inputs have none', async () => {
    const { pg, graph } = await playground();
    const level = (b: number) => (b >= 0 ? Math.min(4, Math.round(b * 4)) : -Math.min(4, Math.round(-b * 4)));
    const check = (what: string) => {
      const biases = pg.network.biases;
      biases.forEach((layer, l) => Array.from(layer).forEach((b, j) => expect(inGraph.biasLevel(graph, `${l + 1}:${j}`), `${what}: node ${l + 1}:${j}`).to.equal(level(b))));
    };
    expect(inGraph.biasLevel(graph, '0:0')).to.equal(null);
    check('at the start');
    for (let i = 0; i < 30; i++) pg.step();
    await settle(pg);
    check('after 30 epochs');
    // An edit through the inspector's field: that node's mark changes.
    inGraph.node(graph, '1:1').click();
    await graph.updateComplete;
    const field = inGraph.field(graph, 'b:1:1');
    field.value = '-0.9';
    field.dispatchEvent(new Event('change'));
    await settle(pg);
    await graph.updateComplete;
    expect(inGraph.biasLevel(graph, '1:1')).to.equal(-4);
    check('after the edit');
  });
});
