/** The explorable graph's model, in Node and in Chromium: edits return their nn-network-change detail and mark what they changed. */
import { expect } from 'chai';
import { Network, createRandom } from '../../../src/core/index.js';
import { GraphModel, readParam } from '../../../src/elements/nn-graph/graph-model.js';

/** Exercise 1: 3 inputs at 0, 4 hidden ReLU, 1 output, seed 7. */
function exercise1(): GraphModel {
  const random = createRandom('7');
  return new GraphModel(new Network({ inputs: 3, hidden: [4], activation: 'relu', random }), [0, 0, 0], random);
}

describe('graph model', () => {
  it('plays the forward pass a layer per beat and steps a node at a time', () => {
    const m = exercise1();
    m.forward();
    expect(m.values).to.equal(null);
    expect(m.computeNextLayer()).to.equal(false);
    expect(m.computed).to.equal(4);
    expect(m.computeNextLayer()).to.equal(true);
    expect(m.values![1]).to.deep.equal(Array.from(m.net.biases[0], (b) => Math.max(0, b)));
    expect(m.computeNextNode(), 'after a complete pass, Step starts again').to.deep.equal({ layer: 1, index: 0 });
    expect(m.computed).to.equal(1);
  });

  it("Task 2's three clicks return add-layer and add-neuron details, and the marks add up: the new layer and the output", () => {
    const m = exercise1();
    m.forward();
    m.computed = m.totalNodes;
    const add = m.addLayer()!;
    expect(add.kind).to.equal('add-layer');
    expect(add.calculationsChanged).to.deep.equal([{ layer: 2, index: 0 }, { layer: 3, index: 0 }]);
    expect(m.addNeuron(2)!.kind).to.equal('add-neuron');
    m.addNeuron(2);
    expect(m.net.sizes).to.deep.equal([3, 4, 3, 1]);
    expect(m.marks.calc.map((n) => `${n.layer}:${n.index}`)).to.deep.equal(['2:0', '2:1', '2:2', '3:0']);
    expect(m.values![1], 'the first hidden layer is untouched').to.deep.equal(Array.from(m.net.biases[0], (b) => Math.max(0, b)));
  });

  it('a weight edit returns its old and new value and the nodes whose calculation changed; an unchanged value returns null', () => {
    const m = exercise1();
    m.forward();
    m.computed = m.totalNodes;
    const param = readParam('w:1:1:0');
    expect(param).to.deep.equal({ kind: 'weight', layer: 1, to: 1, from: 0 });
    const old = m.valueOf(param);
    const detail = m.setParameter(param, 5)!;
    expect(detail).to.deep.include({ kind: 'weight', layer: 1, index: 1, from: 0, oldValue: old, newValue: 5 });
    expect(detail.calculationsChanged).to.deep.equal([{ layer: 1, index: 1 }, { layer: 2, index: 0 }]);
    expect(detail.valuesChanged, 'the inputs are 0: no value changes').to.deep.equal([]);
    expect(m.setParameter(param, 5)).to.equal(null);
  });

  it('refuses what the limits forbid, and a picture computes nothing', () => {
    const m = exercise1();
    m.limits = { layers: 1, neurons: 4 };
    expect(m.addLayer()).to.equal(null);
    expect(m.addNeuron(1)).to.equal(null);
    expect(m.removeNeuron(2), 'not a hidden layer').to.equal(null);
    const p = GraphModel.picture(m.net);
    p.forward();
    p.computed = p.totalNodes;
    expect(p.isComputed({ layer: 0, index: 0 })).to.equal(false);
    expect(p.traceOf({ layer: 1, index: 0 })).to.equal(null);
  });

  it('reads a snapshot only when it fits the limits, with a clear error otherwise', () => {
    const m = exercise1();
    const state = JSON.parse(JSON.stringify(m.state));
    expect(GraphModel.read(state, { layers: 6, neurons: 8 }).inputs).to.deep.equal([0, 0, 0]);
    expect(() => GraphModel.read(state, { layers: 6, neurons: 3 })).to.throw(/layer sizes 3-4-1:/);
    expect(() => GraphModel.read({ ...state, inputs: [0, Infinity, 0] }, { layers: 6, neurons: 8 })).to.throw(/3 finite numbers/);
  });
});

describe('graph model: the seed\'s Task 3 after Task 2', () => {
  /** Task 1 played, Task 2's three clicks (no Play after them), then w12 = 5.00. */
  function tasks1to3(): { m: GraphModel; key: (n: { layer: number; index: number }[]) => string[] } {
    const m = exercise1();
    m.forward();
    m.computed = m.totalNodes;
    m.addLayer();
    m.addNeuron(2);
    m.addNeuron(2);
    m.setParameter(readParam('w:1:1:0'), 5);
    return { m, key: (ns) => ns.map((n) => `${n.layer}:${n.index}`) };
  }

  it('marks exactly hidden layer 1 neuron 2, all of layer 2 and the output, and no computed value', () => {
    const { m, key } = tasks1to3();
    expect(key(m.marks.calc)).to.deep.equal(['1:1', '2:0', '2:1', '2:2', '3:0']);
    expect(m.marks.value, 'the inputs are 0: no value changed').to.deep.equal([]);
  });

  it('w12 again, from 5 to 6, keeps the same marks; an input edit after it starts a new set; Play clears them', () => {
    const { m, key } = tasks1to3();
    m.setParameter(readParam('w:1:1:0'), 6);
    expect(key(m.marks.calc)).to.deep.equal(['1:1', '2:0', '2:1', '2:2', '3:0']);
    m.setParameter(readParam('i:0'), 1);
    expect(key(m.marks.calc), 'x₁ feeds every first-layer node, and all after them').to.deep.equal(['1:0', '1:1', '1:2', '1:3', '2:0', '2:1', '2:2', '3:0']);
    expect(key(m.marks.value).length, 'with x₁ = 1, w12 = 6 changes values').to.be.above(0);
    m.clearChanges();
    expect(m.marks.calc).to.deep.equal([]);
  });
});
