import { expect } from 'chai';
import { ACTIVATION_NAMES, Network, Trainer, backprop, createRandom, descend, type ActivationName, type Samples } from '../../src/core/index.js';

/** One point as the trainer takes samples: a column per input. */
function onePoint(inputs: number[], target: number): Samples {
  return { count: 1, width: inputs.length, columns: inputs.map((v) => Float64Array.of(v)), targets: Float64Array.of(target) } as unknown as Samples;
}

function net(activation: ActivationName, hidden: number[], seed: string, output: ActivationName = activation): Network {
  return new Network({ inputs: 3, hidden, activation, outputActivation: output, random: createRandom(seed), biasInit: 'random' });
}

describe('core: the backward pass of one point (backprop)', () => {
  it('gives the trainer\'s gradient on the same point to 1e-12', () => {
    for (const act of ACTIVATION_NAMES) {
      const n = net(act, [4, 3], `bp-${act}`);
      const inputs = [0.7, -0.4, 1.2];
      const g = backprop(n, inputs, 0.3);
      const t = new Trainer(n).gradient(onePoint(inputs, 0.3));
      g.weights.forEach((w, l) => w.forEach((v, k) => expect(v, `${act} w ${l}:${k}`).to.be.closeTo(t.weights[l][k], 1e-12)));
      g.biases.forEach((b, l) => b.forEach((v, k) => expect(v, `${act} b ${l}:${k}`).to.be.closeTo(t.biases[l][k], 1e-12)));
    }
  });

  for (const act of ACTIVATION_NAMES) {
    for (const hidden of [[4], [4, 3]]) {
      it(`equals central finite differences of ½(y − t)² to 1e-6: ${act}, hidden ${hidden.join('-')}`, () => {
        const n = net(act, hidden, `fd-${act}-${hidden.length}`);
        const inputs = [0.9, -0.6, 0.45];
        const target = -0.25;
        const g = backprop(n, inputs, target);
        const loss = () => { const y = n.forward(inputs).values[n.sizes.length - 1][0]; return 0.5 * (y - target) ** 2; };
        expect(g.loss).to.be.closeTo(loss(), 1e-15);
        const h = 1e-6;
        let checked = 0;
        for (const [params, grad] of [[n.weights, g.weights], [n.biases, g.biases]] as const) {
          params.forEach((arr, l) => arr.forEach((_, k) => {
            const v = arr[k];
            arr[k] = v + h; const up = loss();
            arr[k] = v - h; const down = loss();
            arr[k] = v;
            expect(grad[l][k], `layer ${l} param ${k}`).to.be.closeTo((up - down) / (2 * h), 1e-6);
            checked++;
          }));
        }
        expect(checked).to.equal(n.weights.reduce((a, w) => a + w.length, 0) + n.biases.reduce((a, b) => a + b.length, 0));
      });
    }
  }

  it('passes no gradient through a ReLU that is off (z < 0), and none at z = 0', () => {
    const n = net('relu', [2], 'off', 'linear');
    n.weights[0].fill(0);
    n.biases[0][0] = -0.5; // z < 0: off, as the seed's Task 1 sets up
    n.biases[0][1] = 0; // z = 0 exactly: the kink, ReLU′(0) = 0
    n.weights[1][0] = 0.8;
    n.weights[1][1] = 0.6;
    const g = backprop(n, [1, 2, 3], 5);
    expect(g.deltas[1]).to.deep.equal([0, 0]);
    expect(g.weights[0].every((v) => v === 0)).to.equal(true);
    expect(g.biases[0]).to.deep.equal([0, 0]);
    // The output's delta is still y − t (linear output).
    expect(g.deltas[2][0]).to.be.closeTo(g.output - 5, 1e-15);
  });

  it('has the shapes of the network\'s parameters, deltas indexed like values', () => {
    const n = net('tanh', [4, 2], 'shape');
    const g = backprop(n, [0.1, 0.2, 0.3], 1);
    expect(g.deltas.map((d) => d.length)).to.deep.equal([0, 4, 2, 1]);
    expect(g.weights.map((w) => w.length)).to.deep.equal(n.toJSON().weights.map((w) => w.length));
    expect(g.biases.map((b) => b.length)).to.deep.equal(n.toJSON().biases.map((b) => b.length));
    expect(JSON.parse(JSON.stringify(g)).deltas).to.deep.equal(g.deltas);
  });

  it('descend moves each parameter by exactly −rate × its gradient, and a small rate lowers the loss', () => {
    const n = net('relu', [4], 'step');
    const inputs = [0.5, 1, -0.5];
    const before = n.toJSON();
    const g = backprop(n, inputs, 1);
    descend(n, g, 0.1);
    const after = n.toJSON();
    after.weights.forEach((w, l) => w.forEach((v, k) => expect(v).to.equal(before.weights[l][k] - 0.1 * g.weights[l][k])));
    after.biases.forEach((b, l) => b.forEach((v, k) => expect(v).to.equal(before.biases[l][k] - 0.1 * g.biases[l][k])));
    expect(backprop(n, inputs, 1).loss).to.be.below(g.loss);
  });

  it('refuses a target or a rate that is not a finite number', () => {
    const n = net('relu', [4], 'bad');
    expect(() => backprop(n, [0, 0, 0], Number.NaN)).to.throw(/target must be a finite number/);
    expect(() => descend(n, backprop(n, [0, 0, 0], 1), Infinity)).to.throw(/learning rate/);
  });
});
