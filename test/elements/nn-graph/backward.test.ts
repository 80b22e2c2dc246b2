/**
 * The backward pass of <nn-graph target>: the numbers it shows are the core's, the controls
 * come and go with the attribute, an update moves every parameter by −rate × gradient, and
 * the screen reader hears what the eye sees.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/elements/nn-graph/nn-graph.js';
import '../../../src/elements/nn-quiz-task/nn-quiz-task.js';
import * as inQuiz from '../../harness/nn-quiz-task.js';
import type { NnGraph } from '../../../src/elements/nn-graph/nn-graph.js';
import { backprop, Network } from '../../../src/core/index.js';
import { formatNumber } from '../../../src/elements/shared/i18n/numbers.js';
import { byName } from '../helpers.js';
import * as inGraph from '../../harness/nn-graph.js';

/** Exercise 3's network: the seed's 3-4-1 ReLU, nonzero inputs, a target below the output; hidden neuron 2 is off. */
async function exercise3(extra = ''): Promise<NnGraph> {
  await emulateMedia({ reducedMotion: 'reduce' });
  const wrap = await fixture<HTMLElement>(`<div ${extra}><nn-graph inputs="1,0.5,-1" layers="4" activation="relu" seed="12" target="0.1" learning-rate="0.1" style="width: 900px"></nn-graph></div>`);
  const el = wrap.querySelector<NnGraph>('nn-graph')!;
  await el.updateComplete;
  return el;
}

const press = async (el: NnGraph, name: string) => {
  byName(el.shadowRoot!, name).click();
  await el.updateComplete;
};

/** The same network as the element's, from its state, through the core. */
const coreGradients = (el: NnGraph) => backprop(Network.fromJSON(el.state.network), el.state.inputs, 0.1);

describe('<nn-graph target>: the backward pass', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('shows Backward pass, Step back and Apply the update only while target is set, and removing target clears the gradients', async () => {
    const el = await fixture<NnGraph>(html`<nn-graph inputs="1,0.5,-1" layers="4" seed="12"></nn-graph>`);
    await el.updateComplete;
    expect(inGraph.backwardPanel(el)).to.equal(null);
    el.setAttribute('target', '0.1');
    await el.updateComplete;
    expect(inGraph.backwardPanel(el)).to.not.equal(null);
    for (const name of ['Backward pass', 'Step back', 'Apply the update']) expect(byName(el.shadowRoot!, name).tagName).to.equal('BUTTON');
    await emulateMedia({ reducedMotion: 'reduce' });
    await el.backward();
    expect(el.gradients).to.not.equal(null);
    el.removeAttribute('target');
    await el.updateComplete;
    expect(inGraph.backwardPanel(el)).to.equal(null);
    expect(el.gradients).to.equal(null);
    expect(inGraph.shownDelta(el, '2:0')).to.equal(null);
    // Back again: the controls return, with nothing stale shown.
    el.target = 0.1;
    await el.updateComplete;
    expect(inGraph.backwardPanel(el)).to.not.equal(null);
    expect(el.gradients).to.equal(null);
  });

  it('gradients are the core\'s backprop of the same network and point, in the shapes of state.network, and nn-backward carries them', async () => {
    const el = await exercise3();
    const event = oneEvent(el, 'nn-backward');
    await press(el, 'Backward pass');
    const detail = (await event).detail;
    const g = el.gradients!;
    const core = coreGradients(el);
    expect(g.loss).to.equal(core.loss);
    expect(g.output).to.equal(core.output);
    expect(g.target).to.equal(0.1);
    expect(g.deltas).to.deep.equal(core.deltas);
    expect(g.weights).to.deep.equal(core.weights);
    expect(g.biases).to.deep.equal(core.biases);
    expect(g.deltas[0]).to.deep.equal([]);
    expect(g.weights.map((w) => w.length)).to.deep.equal(el.state.network.weights.map((w) => w.length));
    expect(g.biases.map((b) => b.length)).to.deep.equal(el.state.network.biases.map((b) => b.length));
    expect(detail).to.deep.equal(g);
    // A forward pass ran first: every value is shown.
    expect(el.values).to.not.equal(null);
  });

  it('Step back shows the deltas one layer per press, from the output back, and the pass completes with the first hidden layer', async () => {
    const el = await exercise3();
    await press(el, 'Step back');
    expect(inGraph.shownDelta(el, '2:0')).to.match(/^δ 0\.423$/);
    expect(inGraph.shownDelta(el, '1:0')).to.equal(null);
    expect(el.gradients).to.equal(null);
    const done = oneEvent(el, 'nn-backward');
    await press(el, 'Step back');
    await done;
    expect(inGraph.shownDelta(el, '1:2')).to.equal(`δ ${formatNumber(el.gradients!.deltas[1][2], 3)}`);
    expect(el.gradients).to.not.equal(null);
    expect(inGraph.announced(el)).to.equal(`Backward pass complete. Loss = ${formatNumber(el.gradients!.loss, 3)}.`);
    // A press after a complete pass starts again from the output.
    await press(el, 'Step back');
    expect(inGraph.shownDelta(el, '1:0')).to.equal(null);
    expect(inGraph.shownDelta(el, '2:0')).to.not.equal(null);
  });

  it('played without reduced motion, the deltas appear layer by layer: the output first, then the hidden layer', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    const el = await fixture<NnGraph>(html`<nn-graph inputs="1,0.5,-1" layers="4,3" seed="12" target="0.1"></nn-graph>`);
    await el.updateComplete;
    const seen: string[] = [];
    const observer = new MutationObserver(() => {
      const layers = [1, 2, 3].filter((l) => inGraph.shownDelta(el, `${l}:0`) !== null).join('');
      if (seen[seen.length - 1] !== layers) seen.push(layers);
    });
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true });
    const result = await el.backward();
    observer.disconnect();
    expect(result).to.deep.equal(el.gradients);
    expect(seen.filter((s) => s !== '')).to.deep.equal(['3', '23', '123']);
  });

  it('marks a ReLU that is off (z ≤ 0) as passing no gradient, and the δ is part of each node\'s description', async () => {
    const el = await exercise3();
    await press(el, 'Backward pass');
    expect(inGraph.isOff(el, '1:1')).to.equal(true);
    expect(['1:0', '1:2', '1:3', '2:0'].map((k) => inGraph.isOff(el, k))).to.deep.equal([false, false, false, false]);
    expect(inGraph.nodeDescription(el, '1:1')).to.equal('value 0.00; delta 0.000; ReLU off (z ≤ 0): passes no gradient');
    expect(inGraph.nodeDescription(el, '2:0')).to.equal(`value 0.52; delta ${formatNumber(el.gradients!.deltas[2][0], 3)}`);
  });

  it('the inspector writes a hidden node\'s δ, each ∂L/∂w and ∂L/∂b with the property\'s numbers, named as the forward formula names them', async () => {
    const el = await exercise3();
    await press(el, 'Backward pass');
    inGraph.node(el, '1:2').click();
    await el.updateComplete;
    const g = el.gradients!;
    const f = (v: number) => formatNumber(v, 3);
    const p = (v: number) => (f(v).startsWith('−') ? `(${f(v)})` : f(v));
    const lines = inGraph.backwardLines(el);
    const w = el.state.network.weights[1][2];
    const z = coreGradients(el).sums[1][2];
    expect(lines[0]).to.equal('δ = ReLU′(z) · (w₃₁·δ₁)');
    expect(lines[1]).to.equal(`= ReLU′(${f(z)}) · (${p(w)}·${p(g.deltas[2][0])}) = ${f(1)} · ${p(w * g.deltas[2][0])} = ${f(g.deltas[1][2])}`);
    expect(lines.slice(2)).to.deep.equal([
      `∂L/∂w₁₃ = δ·x₁ = ${p(g.deltas[1][2])}·${p(1)} = ${f(g.weights[0][2 * 3 + 0])}`,
      `∂L/∂w₂₃ = δ·x₂ = ${p(g.deltas[1][2])}·${p(0.5)} = ${f(g.weights[0][2 * 3 + 1])}`,
      `∂L/∂w₃₃ = δ·x₃ = ${p(g.deltas[1][2])}·${p(-1)} = ${f(g.weights[0][2 * 3 + 2])}`,
      `∂L/∂b = δ = ${f(g.biases[0][2])}`,
    ]);
  });

  it('on a German page every backward number has a decimal comma', async () => {
    const el = await exercise3('lang="de"');
    await el.updateComplete;
    await press(el, 'Rückwärtsdurchlauf');
    inGraph.node(el, '2:0').click();
    await el.updateComplete;
    const g = el.gradients!;
    const lines = inGraph.backwardLines(el);
    expect(lines[lines.length - 1]).to.equal(`∂L/∂b = δ = ${formatNumber(g.biases[1][0], 3, 'de')}`);
    expect(lines[lines.length - 1]).to.match(/0,423$/);
    expect(lines.join(' ')).to.not.match(/\d\.\d/);
    expect(inGraph.lossLine(el)).to.contain(formatNumber(g.loss, 3, 'de'));
  });

  it('Apply the update moves every weight and bias by exactly −learning-rate × its gradient, lowers the loss and says both losses', async () => {
    const el = await exercise3();
    await press(el, 'Backward pass');
    const before = el.state.network;
    const g = el.gradients!;
    const event = oneEvent(el, 'nn-update');
    await press(el, 'Apply the update');
    const detail = (await event).detail;
    const after = el.state.network;
    after.weights.forEach((w, l) => w.forEach((v, k) => expect(v, `w ${l}:${k}`).to.equal(before.weights[l][k] - 0.1 * g.weights[l][k])));
    after.biases.forEach((b, l) => b.forEach((v, k) => expect(v, `b ${l}:${k}`).to.equal(before.biases[l][k] - 0.1 * g.biases[l][k])));
    expect(detail.lossBefore).to.equal(g.loss);
    expect(detail.lossAfter).to.be.below(detail.lossBefore);
    expect(detail.lossAfter).to.equal(el.loss);
    expect(detail.learningRate).to.equal(0.1);
    expect(inGraph.lossLine(el)).to.equal(`Loss before the update ${formatNumber(detail.lossBefore, 3)}, after ${formatNumber(detail.lossAfter, 3)}.`);
    // The gradients were for the old parameters: gone, until the next pass.
    expect(el.gradients).to.equal(null);
    // A changed learning-rate is the next step's.
    el.setAttribute('learning-rate', '0.5');
    await el.updateComplete;
    const next = await el.applyUpdate();
    expect(next!.learningRate).to.equal(0.5);
  });

  it('editing a weight, a bias or an input after a backward pass clears the gradients; the forward marks still work', async () => {
    const el = await exercise3();
    for (const param of ['w:1:0:0', 'b:1:0', 'i:0']) {
      await press(el, 'Backward pass');
      expect(el.gradients, param).to.not.equal(null);
      const key = param === 'i:0' ? '0:0' : '1:0';
      inGraph.node(el, key).click();
      await el.updateComplete;
      const input = inGraph.field(el, param);
      input.value = '0.25';
      input.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(el.gradients, param).to.equal(null);
      expect(inGraph.shownDelta(el, '2:0'), param).to.equal(null);
      expect(inGraph.calcMarked(el), param).to.include('2:0');
      inGraph.node(el, key).click();
      await el.updateComplete;
    }
    // A backward pass clears the marks, as Play and Step do.
    await press(el, 'Backward pass');
    expect(inGraph.calcMarked(el)).to.deep.equal([]);
  });

  it('target="abc" is reported once by name, and the graph keeps working without the backward pass', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...a: unknown[]) => warnings.push(a.join(' '));
    try {
      const el = await fixture<NnGraph>(html`<nn-graph target="abc" learning-rate="lots" seed="12" inputs="1,0.5,-1"></nn-graph>`);
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings.filter((w) => w.includes('target')).length).to.equal(1);
      expect(warnings.filter((w) => w.includes('learning-rate')).length).to.equal(1);
      expect(el.attributeProblems.join(' ')).to.contain('target').and.contain('abc');
      expect(inGraph.backwardPanel(el)).to.equal(null);
      expect(await el.backward()).to.equal(null);
      await emulateMedia({ reducedMotion: 'reduce' });
      el.play();
      await el.updateComplete;
      expect(el.values).to.not.equal(null);
      // Mended: the message goes and the controls come.
      el.setAttribute('target', '0.5');
      await el.updateComplete;
      expect(el.attributeProblems.join(' ')).to.not.contain('target');
      expect(inGraph.backwardPanel(el)).to.not.equal(null);
    } finally {
      console.warn = warn;
    }
  });

  it('links show the gradients after a complete pass, and the toggle brings the weights back', async () => {
    const el = await exercise3();
    const weights = inGraph.linkWidths(el);
    await press(el, 'Backward pass');
    const grads = inGraph.linkWidths(el);
    expect(grads).to.not.deep.equal(weights);
    // The five parameters of the off neuron: its three links in and its link out are the thinnest.
    const toggle = byName(el.shadowRoot!, 'Links show gradients');
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    await press(el, 'Links show gradients');
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    expect(inGraph.linkWidths(el)).to.deep.equal(weights);
  });

  it('axe finds nothing with the backward pass shown and a node open', async () => {
    const el = await exercise3();
    await press(el, 'Backward pass');
    inGraph.node(el, '1:1').click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('a quiz goal on the graph\'s loss follows each update and completes when the loss is under the threshold', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const wrap = await fixture<HTMLElement>(`<div>
      <nn-quiz-task for="g3" goal="loss < 0.01"><p>Goal</p></nn-quiz-task>
      <nn-graph id="g3" inputs="1,0.5,-1" layers="4" seed="12" target="0.1" learning-rate="0.1"></nn-graph></div>`);
    const graph = wrap.querySelector<NnGraph>('nn-graph')!;
    const quiz = wrap.querySelector<HTMLElement & { updateComplete: Promise<unknown>; complete: boolean }>('nn-quiz-task')!;
    await graph.updateComplete;
    await quiz.updateComplete;
    const shown = () => inQuiz.goalItems(quiz)[0];
    expect(shown().met).to.equal(false);
    expect(shown().text).to.contain(formatNumber(graph.loss!, 3));
    const losses: number[] = [];
    for (let i = 0; i < 3; i++) {
      await graph.applyUpdate();
      await quiz.updateComplete;
      losses.push(graph.loss!);
      expect(shown().text, `after update ${i + 1}`).to.contain(formatNumber(graph.loss!, 3));
    }
    expect(quiz.complete).to.equal(false);
    const done = oneEvent(quiz, 'nn-task-complete');
    await graph.applyUpdate();
    await done;
    expect(graph.loss).to.be.below(0.01);
    expect(losses[0]).to.be.above(losses[1]);
    // Without a target the graph has no loss: the goal shows no number.
    graph.removeAttribute('target');
    await graph.updateComplete;
    expect(graph.loss).to.equal(null);
  });
});
