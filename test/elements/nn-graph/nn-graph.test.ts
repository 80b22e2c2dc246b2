import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/nn-graph/nn-graph.js';
import type { NnGraph } from '../../../src/elements/nn-graph/nn-graph.js';
import { byName, shadowText, typeInto } from '../helpers.js';
import type { NodeRef } from '../../../src/core/index.js';
import * as inGraph from '../../harness/nn-graph.js';

const relu = (z: number) => Math.max(0, z);

async function exercise1(): Promise<NnGraph> {
  await emulateMedia({ reducedMotion: 'reduce' });
  const el = await fixture<NnGraph>(html`<nn-graph inputs="0,0,0" layers="4" activation="relu" seed="7"></nn-graph>`);
  await el.updateComplete;
  return el;
}


/** What a screen reader says of a node besides its name: "not computed yet" or "value 0.10". */
function shownValue(el: NnGraph, name: string): string {
  const id = byName(el.shadowRoot!, name).getAttribute('aria-describedby')!;
  return el.shadowRoot!.getElementById(id)!.textContent!.trim();
}

/** Presses Play and waits for the forward pass (the listener goes first: with reduced motion it is synchronous). */
async function play(el: NnGraph) {
  const forward = oneEvent(el, 'nn-forward');
  byName(el.shadowRoot!, 'Play').click();
  return (await forward).detail;
}

describe('<nn-graph>', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('Task 1: before Play nothing is computed; after Play each hidden value is ReLU(its bias) and the output ReLU(Σ w·h + b)', async () => {
    const el = await exercise1();
    expect(shownValue(el, 'Hidden layer 1, neuron 1')).to.equal('not computed yet');
    expect(el.values).to.equal(null);
    const forward = oneEvent(el, 'nn-forward');
    byName(el.shadowRoot!, 'Play').click();
    const { detail } = await forward;
    const { network } = el.state;
    const hidden = network.biases[0].map(relu);
    expect(detail.values[1]).to.deep.equal(hidden);
    const z = network.weights[1].reduce((s, w, i) => s + w * hidden[i], network.biases[1][0]);
    expect(detail.output).to.be.closeTo(relu(z), 1e-12);
    await el.updateComplete;
    hidden.forEach((h, i) => expect(shownValue(el, `Hidden layer 1, neuron ${i + 1}`)).to.equal(`value ${h.toFixed(2)}`));
  });

  it('animates the forward pass layer by layer without reduced motion', async () => {
    const el = await fixture<NnGraph>(html`<nn-graph inputs="0,0,0" layers="4" seed="7"></nn-graph>`);
    byName(el.shadowRoot!, 'Play').click();
    // Until the first beat has shown the hidden layer (frame by frame: the second beat comes
    // 450 ms after the first, far more than a frame, however busy the machine).
    while (!/^value /.test(shownValue(el, 'Hidden layer 1, neuron 1'))) {
      await new Promise((r) => requestAnimationFrame(r));
      await el.updateComplete;
    }
    expect(shownValue(el, 'Output')).to.equal('not computed yet');
    await oneEvent(el, 'nn-forward');
    await el.updateComplete;
    expect(shownValue(el, 'Output')).to.match(/^value /);
  });

  it('Step computes one node at a time and shows its calculation in the seed\'s notation', async () => {
    const el = await exercise1();
    byName(el.shadowRoot!, 'Step').click();
    await el.updateComplete;
    const b = el.state.network.biases[0][0];
    const text = shadowText(el);
    expect(text).to.contain('y = ReLU(w₁₁·x₁ + w₂₁·x₂ + w₃₁·x₃ + b)');
    expect(text).to.contain(`= ReLU(${el.state.network.weights[0].slice(0, 3).map((w) => { const s = w.toFixed(2).replace('-', '−'); return s.startsWith('−') ? `(${s})` : s; }).join('·0.00 + ')}·0.00 + ${b.toFixed(2)})`);
    expect(shownValue(el, 'Hidden layer 1, neuron 1')).to.equal(`value ${relu(b).toFixed(2)}`);
    expect(shownValue(el, 'Hidden layer 1, neuron 2')).to.equal('not computed yet');
    byName(el.shadowRoot!, 'Reset').click();
    await el.updateComplete;
    expect(shownValue(el, 'Hidden layer 1, neuron 1')).to.equal('not computed yet');
  });

  it('Task 2: adding a hidden layer of 3 keeps hidden layer 1 and recomputes the new layer and the output', async () => {
    const el = await exercise1();
    const first = (await play(el)).values;
    const change = oneEvent(el, 'nn-network-change');
    byName(el.shadowRoot!, 'Add hidden layer').click();
    const { detail } = await change;
    expect(detail.kind).to.equal('add-layer');
    await el.updateComplete;
    byName(el.shadowRoot!, 'Add neuron to hidden layer 2').click();
    await el.updateComplete;
    byName(el.shadowRoot!, 'Add neuron to hidden layer 2').click();
    await el.updateComplete;
    expect(el.state.network.sizes).to.deep.equal([3, 4, 3, 1]);
    const values = el.values!;
    expect(values[1]).to.deep.equal(first[1]);
    const text = shadowText(el);
    expect(text).to.contain('Calculations changed:');
    expect(text).to.contain('output');
    for (let i = 1; i <= 4; i++) expect(inGraph.isCalcMarked(byName(el.shadowRoot!, `Hidden layer 1, neuron ${i}`))).to.equal(false);
    expect(inGraph.isCalcMarked(byName(el.shadowRoot!, 'Output'))).to.equal(true);
    expect(inGraph.isCalcMarked(byName(el.shadowRoot!, 'Hidden layer 2, neuron 3'))).to.equal(true);
  });

  it('Task 3: setting w12 to 5.00 marks hidden layer 1 neuron 2, all of hidden layer 2 and the output as changed calculations', async () => {
    const el = await exercise1();
    byName(el.shadowRoot!, 'Add hidden layer').click();
    await el.updateComplete;
    byName(el.shadowRoot!, 'Add neuron to hidden layer 2').click();
    await el.updateComplete;
    byName(el.shadowRoot!, 'Add neuron to hidden layer 2').click();
    await el.updateComplete;
    const before = (await play(el)).values;
    byName(el.shadowRoot!, 'Hidden layer 1, neuron 2').click();
    await el.updateComplete;
    const field = byName<HTMLInputElement>(el.shadowRoot!, 'Weight from input 1 to hidden layer 1, neuron 2');
    const change = oneEvent(el, 'nn-network-change');
    await typeInto(field, '5.00');
    const { detail } = await change;
    expect(detail).to.include({ kind: 'weight', layer: 1, index: 1, from: 0, newValue: 5 });
    expect(detail.calculationsChanged).to.deep.equal([{ layer: 1, index: 1 }, { layer: 2, index: 0 }, { layer: 2, index: 1 }, { layer: 2, index: 2 }, { layer: 3, index: 0 }]);
    // Inputs are 0, so 5·0 changes no value: the lesson of Task 3.
    expect(detail.valuesChanged).to.deep.equal([]);
    expect(el.values).to.deep.equal(before);
    await el.updateComplete;
    const marked = (name: string) => inGraph.isCalcMarked(byName(el.shadowRoot!, name));
    expect(marked('Hidden layer 1, neuron 1')).to.equal(false);
    expect(marked('Hidden layer 1, neuron 2')).to.equal(true);
    expect(marked('Hidden layer 1, neuron 3')).to.equal(false);
    expect(marked('Hidden layer 2, neuron 1') && marked('Hidden layer 2, neuron 2') && marked('Hidden layer 2, neuron 3') && marked('Output')).to.equal(true);
    expect(shadowText(el)).to.contain('a calculation can change while its value stays the same');
    expect(el.state.network.weights[0][1 * 3 + 0]).to.equal(5);
  });

  it('editing an input marks the changed values', async () => {
    const el = await exercise1();
    await play(el);
    byName(el.shadowRoot!, 'Input 1').click();
    await el.updateComplete;
    const change = oneEvent(el, 'nn-network-change');
    await typeInto(byName<HTMLInputElement>(el.shadowRoot!, 'Value of input 1'), '3');
    const { detail } = await change;
    expect(detail.kind).to.equal('input');
    expect(detail.calculationsChanged.length).to.equal(5);
    const net = el.network;
    const expected = [0, 1, 2, 3].filter((j) => relu(3 * net.getWeight(1, j, 0) + net.getBias(1, j)) !== relu(net.getBias(1, j)));
    expect(detail.valuesChanged.filter((n: NodeRef) => n.layer === 1).map((n: NodeRef) => n.index)).to.deep.equal(expected);
  });

  it('refuses a mistyped number and keeps the old value', async () => {
    const el = await exercise1();
    byName(el.shadowRoot!, 'Hidden layer 1, neuron 1').click();
    await el.updateComplete;
    const old = el.network.getBias(1, 0);
    let fired = false;
    el.addEventListener('nn-network-change', () => (fired = true));
    await typeInto(byName<HTMLInputElement>(el.shadowRoot!, 'Bias of hidden layer 1, neuron 1'), 'abc');
    await el.updateComplete;
    expect(shadowText(el)).to.contain('“abc” is not a number; the old value stays.');
    expect(el.network.getBias(1, 0)).to.equal(old);
    expect(fired).to.equal(false);
  });

  it('works by keyboard alone: Tab to Play, Enter; Tab to a node, Space opens it', async () => {
    const el = await exercise1();
    byName(el.shadowRoot!, 'Play').focus();
    const forward = oneEvent(el, 'nn-forward');
    await sendKeys({ press: 'Enter' });
    await forward;
    byName(el.shadowRoot!, 'Reset').focus();
    // Tab past the layer buttons and the neuron buttons to reach the first input node.
    let guard = 0;
    while (el.shadowRoot!.activeElement?.getAttribute('aria-label') !== 'Input 1' && guard++ < 12) await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('aria-label')).to.equal('Input 1');
    const selected = oneEvent(el, 'nn-node-select');
    await sendKeys({ press: 'Space' });
    expect((await selected).detail).to.include({ layer: 0, index: 0 });
  });

  it('names every control and passes axe', async () => {
    const el = await exercise1();
    byName(el.shadowRoot!, 'Play').click();
    byName(el.shadowRoot!, 'Hidden layer 1, neuron 2').click();
    await el.updateComplete;
    for (const name of ['Play', 'Step', 'Reset', 'Add hidden layer', 'Remove hidden layer', 'Add neuron to hidden layer 1', 'Remove neuron from hidden layer 1', 'Input 1', 'Output', 'Bias of hidden layer 1, neuron 2']) {
      expect(byName(el.shadowRoot!, name), name).to.exist;
    }
    await expect(el).to.be.accessible();
  });

  it('reports bad attributes visibly and in the console, and runs on the nearest valid configuration', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (m: string) => warnings.push(m);
    try {
      const el = await fixture<NnGraph>(html`<nn-graph inputs="a" layers="4,x,-2" activation="foo"></nn-graph>`);
      expect(el.state.network.sizes).to.deep.equal([3, 4, 1]);
      expect(el.network.hiddenActivation.name).to.equal('relu');
      const text = shadowText(el);
      expect(text).to.contain('layers="4,x,-2"');
      expect(text).to.contain('activation="foo": must be one of relu, tanh, sigmoid, linear');
      expect(text).to.contain('inputs="a"');
      expect(warnings.some((w) => w.includes('activation="foo"'))).to.equal(true);
      const big = await fixture<NnGraph>(html`<nn-graph layers="99"></nn-graph>`);
      expect(big.state.network.sizes).to.deep.equal([3, 8, 1]);
      expect(shadowText(big)).to.contain('layers="99"');
    } finally {
      console.warn = warn;
    }
  });

  it('round-trips its state and refuses a bad one', async () => {
    const a = await exercise1();
    byName(a.shadowRoot!, 'Add hidden layer').click();
    const saved = JSON.parse(JSON.stringify(a.state));
    const b = await fixture<NnGraph>(html`<nn-graph seed="other"></nn-graph>`);
    b.state = saved;
    expect(b.state).to.deep.equal(saved);
    expect(() => (b.state = { ...saved, inputs: [1] })).to.throw(/3 finite numbers/);
    expect(() => (b.state = { inputs: [0], network: { sizes: [1] } } as never)).to.throw(/sizes/);
    expect(b.state).to.deep.equal(saved);
  });

  it('the same seed shows the same network; locked hides structural edits', async () => {
    const a = await fixture<NnGraph>(html`<nn-graph seed="7"></nn-graph>`);
    const b = await fixture<NnGraph>(html`<nn-graph seed="7" locked></nn-graph>`);
    expect(a.state).to.deep.equal(b.state);
    expect(() => byName(b.shadowRoot!, 'Add hidden layer')).to.throw();
    b.addLayer();
    expect(b.state.network.sizes).to.deep.equal([3, 4, 1]);
  });

  it('fits a 320 px wide screen: nodes of a column do not overlap and nothing spills out', async () => {
    const wrap = await fixture(html`<div style="width: 320px"><nn-graph inputs="0,0,0" layers="4"></nn-graph></div>`);
    const el = wrap.querySelector('nn-graph') as NnGraph;
    await el.updateComplete;
    const rects = [1, 2, 3, 4].map((i) => byName(el.shadowRoot!, `Hidden layer 1, neuron ${i}`).getBoundingClientRect());
    for (let i = 1; i < rects.length; i++) expect(rects[i].top).to.be.at.least(rects[i - 1].bottom - 0.5);
    const outer = wrap.getBoundingClientRect();
    for (const name of ['Input 1', 'Output', 'Add hidden layer']) {
      const r = byName(el.shadowRoot!, name).getBoundingClientRect();
      expect(r.left).to.be.at.least(outer.left - 0.5);
      expect(r.right).to.be.at.most(outer.right + 0.5);
    }
  });
});

