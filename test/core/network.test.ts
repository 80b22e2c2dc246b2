import { expect } from 'chai';
import { ACTIVATIONS, ACTIVATION_NAMES, sigmoid, tanh, applyActivation, activationCode, derivativeFromOutput, createRandom, Network, NetworkError, isNetwork, REGULARIZATION_NAMES, Trainer, toSamples, generateDataset } from '../../src/core/index.js';

const relu = (z: number) => Math.max(0, z);

describe('core: activations', () => {
  for (const name of ACTIVATION_NAMES) {
    it(`${name}: derivative matches a finite difference, and the hot-loop forms agree`, () => {
      const f = ACTIVATIONS[name];
      for (const z of [-2.3, -0.7, 0.4, 1.9]) {
        const h = 1e-6;
        expect(f.derivative(z)).to.be.closeTo((f.value(z + h) - f.value(z - h)) / (2 * h), 1e-6);
        expect(applyActivation(activationCode(name), z)).to.equal(f.value(z));
        expect(derivativeFromOutput(activationCode(name), f.value(z))).to.be.closeTo(f.derivative(z), 1e-12);
      }
    });
  }
});

describe('core: the fast tanh', () => {
  it('stays within 5e-12 of Math.tanh everywhere, and is odd, bounded and NaN-safe', () => {
    let worst = 0;
    // A step of 0.0071 puts several samples in every one of the table's e^(-u) intervals
    // (width ln2/8 in 2z) while keeping the test fast enough for the mutation run.
    for (let k = -5700; k <= 5700; k++) {
      const z = k * 0.0071 + 0.0003;
      worst = Math.max(worst, Math.abs(tanh(z) - Math.tanh(z)));
      expect(tanh(-z)).to.equal(-tanh(z));
    }
    expect(worst).to.be.below(5e-12);
    expect(tanh(0)).to.equal(0);
    expect(tanh(1e6)).to.equal(1);
    expect(tanh(-Infinity)).to.equal(-1);
    expect(Number.isNaN(tanh(NaN))).to.equal(true);
    expect(sigmoid(0)).to.equal(0.5);
    expect(sigmoid(3)).to.be.closeTo(1 / (1 + Math.exp(-3)), 1e-11);
  });
});

describe('core: a hand-computed 3-4-1 ReLU network', () => {
  function handNet() {
    const net = new Network({ inputs: 3, hidden: [4], activation: 'relu', init: 'zero' });
    const w1 = [[0.2, -0.5, 0.1], [0.4, 0.3, -0.2], [-0.6, 0.1, 0.5], [0.05, 0.25, -0.35]];
    const b1 = [0.1, -0.3, 0.2, 0];
    const w2 = [0.7, -0.4, 0.9, 0.3];
    const b2 = -0.05;
    w1.forEach((row, j) => row.forEach((w, i) => net.setWeight(1, j, i, w)));
    b1.forEach((b, j) => net.setBias(1, j, b));
    w2.forEach((w, i) => net.setWeight(2, 0, i, w));
    net.setBias(2, 0, b2);
    return { net, w1, b1, w2, b2 };
  }

  it('computes every node number by number', () => {
    const { net, w1, b1, w2, b2 } = handNet();
    const x = [1, 2, -1];
    const r = net.forward(x);
    // Hidden: z = Σ w·x + b, by hand.
    const zs = [0.2 - 1 - 0.1 + 0.1, 0.4 + 0.6 + 0.2 - 0.3, -0.6 + 0.2 - 0.5 + 0.2, 0.05 + 0.5 + 0.35 + 0];
    zs.forEach((z, j) => {
      expect(r.sums[1][j]).to.be.closeTo(z, 1e-12);
      expect(r.values[1][j]).to.be.closeTo(relu(z), 1e-12);
      expect(w1[j].reduce((s, w, i) => s + w * x[i], b1[j])).to.be.closeTo(z, 1e-12);
    });
    const z = w2.reduce((s, w, i) => s + w * relu(zs[i]), b2);
    expect(z).to.be.closeTo(0.7 * 0 - 0.4 * 0.9 + 0.9 * 0 + 0.3 * 0.9 - 0.05, 1e-12);
    expect(r.sums[2][0]).to.be.closeTo(-0.14, 1e-12);
    expect(r.values[2][0]).to.equal(0);
    // With the output bias raised, the output passes its sum through.
    net.setBias(2, 0, 0.5);
    expect(net.forward(x).values[2][0]).to.be.closeTo(0.41, 1e-12);
  });

  it('with all inputs 0, each hidden value is ReLU(bias) (Exercise 1, Task 1)', () => {
    const { net, b1 } = handNet();
    const r = net.forward([0, 0, 0]);
    b1.forEach((b, j) => expect(r.values[1][j]).to.equal(relu(b)));
  });

  it('traces a node: inputs, weights, bias, sum, activation, output', () => {
    const { net } = handNet();
    const t = net.trace(net.forward([1, 2, -1]), { layer: 1, index: 1 });
    expect(t.inputs).to.deep.equal([1, 2, -1]);
    expect(t.weights).to.deep.equal([0.4, 0.3, -0.2]);
    expect(t.bias).to.equal(-0.3);
    expect(t.sum).to.be.closeTo(0.9, 1e-12);
    expect(t.activation).to.equal('relu');
    expect(t.output).to.be.closeTo(0.9, 1e-12);
  });
});

describe('core: gradients against finite differences', () => {
  const random = createRandom('grad');
  const points = generateDataset('circle', random, { count: 12 });
  const samples = toSamples(points, ['x1', 'x2', 'x1x2']);
  for (const activation of ACTIVATION_NAMES) {
    for (const reg of REGULARIZATION_NAMES) {
      it(`${activation} with regularization ${reg}`, () => {
        const net = new Network({ inputs: 3, hidden: [4, 3], activation, outputActivation: activation === 'relu' ? 'tanh' : activation, random: createRandom(`${activation}-${reg}`) });
        const rate = reg === 'none' ? 0 : 0.03;
        const trainer = new Trainer(net);
        const grad = trainer.gradient(samples, reg, rate);
        const objective = () => {
          let penalty = 0;
          if (reg === 'l1') net.weights.forEach((w) => w.forEach((v) => (penalty += Math.abs(v))));
          if (reg === 'l2') net.weights.forEach((w) => w.forEach((v) => (penalty += 0.5 * v * v)));
          return trainer.loss(samples) + rate * penalty;
        };
        const h = 1e-6;
        let checked = 0;
        for (const [params, g] of [[net.weights, grad.weights], [net.biases, grad.biases]] as const) {
          params.forEach((arr, l) => arr.forEach((_, k) => {
            const v = arr[k];
            arr[k] = v + h; const up = objective();
            arr[k] = v - h; const down = objective();
            arr[k] = v;
            expect(g[l][k], `layer ${l} param ${k}`).to.be.closeTo((up - down) / (2 * h), 1e-5);
            checked++;
          }));
        }
        expect(checked).to.equal(3 * 4 + 4 + 4 * 3 + 3 + 3 + 1);
      });
    }
  }
});

describe('core: structural edits and dependencies', () => {
  it('adding a layer keeps the weights that still have a place', () => {
    const random = createRandom(3);
    const net = new Network({ inputs: 3, hidden: [4], activation: 'relu', random });
    const first = Array.from(net.weights[0]);
    const outBias = net.biases[1][0];
    net.addLayer(2, 1, random);
    expect(net.sizes).to.deep.equal([3, 4, 1, 1]);
    expect(Array.from(net.weights[0])).to.deep.equal(first);
    expect(net.biases[2][0]).to.equal(outBias);
    net.addNeuron(2, random);
    net.addNeuron(2, random);
    expect(net.sizes).to.deep.equal([3, 4, 3, 1]);
    expect(Array.from(net.weights[0])).to.deep.equal(first);
    // The first new neuron's links survived the two additions.
    expect(net.weights[1].length).to.equal(12);
  });

  it('adding and removing neurons keeps every other weight where it was', () => {
    const random = createRandom(4);
    const net = new Network({ inputs: 2, hidden: [3, 2], activation: 'tanh', random });
    const before = net.toJSON();
    net.addNeuron(1, random);
    expect(net.getWeight(1, 2, 1)).to.equal(before.weights[0][2 * 2 + 1]);
    expect(net.getWeight(2, 1, 2)).to.equal(before.weights[1][1 * 3 + 2]);
    net.removeNeuron(1, 3);
    expect(net.toJSON()).to.deep.equal(before);
    net.removeNeuron(1, 0);
    expect(net.getWeight(1, 0, 0)).to.equal(before.weights[0][1 * 2 + 0]);
    expect(net.getWeight(2, 1, 1)).to.equal(before.weights[1][1 * 3 + 2]);
    expect(() => new Network({ inputs: 1, hidden: [1], random }).removeNeuron(1)).to.throw(NetworkError, /only one neuron/);
  });

  it('removing a layer joins its neighbours and keeps the rest', () => {
    const random = createRandom(5);
    const net = new Network({ inputs: 2, hidden: [3, 4, 2], activation: 'tanh', random });
    const first = Array.from(net.weights[0]);
    const lastBias = Array.from(net.biases[3]);
    net.removeLayer(2, random);
    expect(net.sizes).to.deep.equal([2, 3, 2, 1]);
    expect(Array.from(net.weights[0])).to.deep.equal(first);
    expect(net.weights[1].length).to.equal(6);
    expect(Array.from(net.biases[2])).to.deep.equal(lastBias);
  });

  it('says which calculations use w12 in a 3-4-3-1 network (Exercise 1, Task 3)', () => {
    const net = new Network({ inputs: 3, hidden: [4, 3], activation: 'relu', random: createRandom(1) });
    const deps = net.dependents({ kind: 'weight', layer: 1, to: 1, from: 0 });
    expect(deps.direct).to.deep.equal([{ layer: 1, index: 1 }]);
    expect(deps.downstream).to.deep.equal([{ layer: 2, index: 0 }, { layer: 2, index: 1 }, { layer: 2, index: 2 }, { layer: 3, index: 0 }]);
    const input = net.dependents({ kind: 'input', index: 2 });
    expect(input.direct.length).to.equal(4);
    expect(net.dependents({ kind: 'bias', layer: 3, index: 0 }).downstream).to.deep.equal([]);
  });

  it('refuses impossible edits with a message', () => {
    const net = new Network({ inputs: 2, hidden: [2], random: createRandom(1) });
    expect(() => net.setWeight(1, 5, 0, 1)).to.throw(NetworkError, /layer 1 has no node 5/);
    expect(() => net.setWeight(1, 0, 0, NaN)).to.throw(NetworkError, /finite/);
    expect(() => net.removeLayer(2, createRandom(1))).to.throw(NetworkError, /no hidden layer 2/);
  });
});

describe('core: snapshots', () => {
  it('round-trip a network exactly', () => {
    const net = new Network({ inputs: 3, hidden: [4, 2], activation: 'sigmoid', outputActivation: 'linear', random: createRandom('snap') });
    const copy = Network.fromJSON(JSON.parse(JSON.stringify(net.toJSON())));
    expect(copy.toJSON()).to.deep.equal(net.toJSON());
    expect(copy.forward([0.3, -1, 2]).values[3][0]).to.equal(net.forward([0.3, -1, 2]).values[3][0]);
  });

  it('refuse bad snapshots, saying what is wrong', () => {
    const good = new Network({ inputs: 2, hidden: [2], random: createRandom(1) }).toJSON();
    const bad: [unknown, RegExp][] = [
      [null, /must be an object/],
      [{ ...good, sizes: [2, 'x', 1] }, /sizes\[1\]/],
      [{ ...good, sizes: [2, 2, 2] }, /end with the single output/],
      [{ ...good, activation: 'swish' }, /activation must be/],
      [{ ...good, weights: [[1, 2, 3, 4]] }, /weights must be an array of 2/],
      [{ ...good, weights: [[1, 2, 3], [1, 2]] }, /weights\[0\] must hold 4/],
      [{ ...good, biases: [[1, NaN], [0]] }, /biases\[0\]\[1\] must be a finite number/],
    ];
    for (const [snapshot, message] of bad) expect(() => Network.fromJSON(snapshot)).to.throw(NetworkError, message);
  });
});

describe('core: bias initialisation', () => {
  it('constant (the default) is 0.1; random draws after the weights, so a seed keeps its weights; zero is 0', () => {
    const constant = new Network({ inputs: 3, hidden: [4], activation: 'relu', random: createRandom(7) });
    const random = new Network({ inputs: 3, hidden: [4], activation: 'relu', random: createRandom(7), biasInit: 'random' });
    const zero = new Network({ inputs: 3, hidden: [4], activation: 'relu', random: createRandom(7), biasInit: 'zero' });
    expect(constant.biases.flatMap((b) => Array.from(b))).to.deep.equal([0.1, 0.1, 0.1, 0.1, 0.1]);
    expect(zero.biases.flatMap((b) => Array.from(b))).to.deep.equal([0, 0, 0, 0, 0]);
    expect(random.weights.map((w) => Array.from(w))).to.deep.equal(constant.weights.map((w) => Array.from(w)));
    const b = random.biases.flatMap((x) => Array.from(x));
    for (const v of b) expect(Math.abs(v)).to.be.at.most(0.5);
    expect(new Set(b).size).to.equal(5);
    // The next five draws of the same stream, in layer order.
    const stream = createRandom(7);
    for (let k = 0; k < 3 * 4 + 4 * 1; k++) stream.next();
    expect(b).to.deep.equal(Array.from({ length: 5 }, () => stream.next() - 0.5));
  });

  it('a neuron or layer added to a random-bias network gets a drawn bias, to a constant one 0.1', () => {
    const r = createRandom(3);
    const net = new Network({ inputs: 2, hidden: [2], random: r, biasInit: 'random' });
    net.addNeuron(1, r);
    net.addLayer(2, 3, r);
    const added = [net.biases[0][2], ...Array.from(net.biases[1])];
    expect(added.every((v) => v !== 0.1 && Math.abs(v) <= 0.5)).to.equal(true);
    const plain = new Network({ inputs: 2, hidden: [2], random: createRandom(3) });
    plain.addNeuron(1, createRandom(4));
    expect(plain.biases[0][2]).to.equal(0.1);
  });
});

describe('core: parameters by reference', () => {
  it('reads and sets a weight or a bias as the graph names it, with the same checks as setWeight and setBias', () => {
    const net = new Network({ inputs: 2, hidden: [3], random: createRandom(1) });
    net.setParameter({ kind: 'weight', layer: 1, to: 2, from: 1 }, 4);
    expect(net.getWeight(1, 2, 1)).to.equal(4);
    expect(net.parameter({ kind: 'weight', layer: 1, to: 2, from: 1 })).to.equal(4);
    net.setParameter({ kind: 'bias', layer: 2, index: 0 }, -0.5);
    expect(net.getBias(2, 0)).to.equal(-0.5);
    expect(net.parameter({ kind: 'bias', layer: 2, index: 0 })).to.equal(-0.5);
    expect(() => net.setParameter({ kind: 'bias', layer: 1, index: 0 }, Infinity)).to.throw(/finite/);
    expect(() => net.parameter({ kind: 'weight', layer: 1, to: 5, from: 0 })).to.throw();
  });
});

describe('core: isNetwork', () => {
  it('knows a Network, a copy of one, and one from another copy of the library (the registered mark), and nothing else', async () => {
    const net = new Network({ inputs: 2, hidden: [3], random: createRandom(1) });
    expect(isNetwork(net)).to.equal(true);
    expect(isNetwork(net.clone())).to.equal(true);
    // The CDN bundle's core is another copy of the class: instanceof says no, the mark says yes.
    const other = await import('../../dist/core.js' as string) as { Network: typeof Network; createRandom: typeof createRandom };
    const foreign = new other.Network({ inputs: 2, hidden: [3], random: other.createRandom(1) });
    expect(foreign instanceof Network).to.equal(false);
    expect(isNetwork(foreign)).to.equal(true);
    for (const value of [null, undefined, 3, 'network', {}, { sizes: [2, 3, 1], weights: [], biases: [] }, Network]) expect(isNetwork(value)).to.equal(false);
  });
});
