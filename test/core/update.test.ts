/**
 * The weight update, step for step: exact one-step values from hand-computed numbers, the
 * batch size, the test loss, L1's dead links, pinned trajectories, and a per-link reference
 * written the way TensorFlow Playground's nn.ts is (objects per link, R′ before the step).
 */
import { expect } from 'chai';
import { buildExercise, ACTIVATIONS, REGULARIZATIONS, Network, Trainer, TrainingSession, createRandom, generateDataset, splitTrainTest, toSamples, type Point, type RegularizationName, type TrainingOptions } from '../../src/core/index.js';

const close = (actual: number, expected: number, what: string) => expect(actual, what).to.be.closeTo(expected, 1e-12);

/** y = w1·x1 + w2·x2 + b (no hidden layer, linear output): every gradient by hand. */
function handNet(w1 = 0.5, w2 = -0.25, b = 0.1): Network {
  const net = new Network({ inputs: 2, hidden: [], activation: 'linear', outputActivation: 'linear', random: createRandom(1) });
  net.setWeight(1, 0, 0, w1);
  net.setWeight(1, 0, 1, w2);
  net.setBias(1, 0, b);
  return net;
}

// Two points. y1 = 0.5 − 0.5 + 0.1 = 0.1, error −0.9; y2 = −0.5 − 0.125 + 0.1 = −0.525, error 0.475.
// Mean gradient: w1 (−0.9·1 + 0.475·−1)/2 = −0.6875; w2 (−0.9·2 + 0.475·0.5)/2 = −0.78125; b (−0.9 + 0.475)/2 = −0.2125.
const BATCH: Point[] = [{ x: 1, y: 2, label: 1 }, { x: -1, y: 0.5, label: -1 }];
const samples = toSamples(BATCH, ['x1', 'x2']);
const opts = (regularization: RegularizationName, regularizationRate: number, batchSize = 2): TrainingOptions => ({ learningRate: 0.1, batchSize, regularization, regularizationRate });

function step(net: Network, o: TrainingOptions) {
  new Trainer(net).trainEpoch(samples, o);
  return { w1: net.getWeight(1, 0, 0), w2: net.getWeight(1, 0, 1), b: net.getBias(1, 0) };
}

describe('core: one SGD step equals w − lr·(mean batch gradient + rate·R′(w))', () => {
  it('without regularization: w1 0.56875, w2 −0.171875, b 0.12125', () => {
    const r = step(handNet(), opts('none', 0.5));
    close(r.w1, 0.5 + 0.1 * 0.6875, 'w1');
    close(r.w2, -0.25 + 0.1 * 0.78125, 'w2');
    close(r.b, 0.1 + 0.1 * 0.2125, 'b');
  });

  it('L2 takes R′ = w at the weight before the step, and leaves the bias alone', () => {
    const r = step(handNet(), opts('l2', 0.5));
    close(r.w1, 0.56875 - 0.1 * 0.5 * 0.5, 'w1');
    close(r.w2, -0.171875 - 0.1 * 0.5 * -0.25, 'w2');
    close(r.b, 0.12125, 'b');
  });

  it('L1 takes R′ = sign(w) at the weight before the step', () => {
    const r = step(handNet(), opts('l1', 0.5));
    close(r.w1, 0.56875 - 0.05, 'w1');
    close(r.w2, -0.171875 + 0.05, 'w2');
    // w1 = −0.05: errors −1.45 and 1.025, mean gradient −1.2375, so the gradient step takes it
    // to +0.07375. R′ is −1 (the weight before), not +1 (after): the penalty adds 0.005.
    const flip = step(handNet(-0.05), opts('l1', 0.05));
    close(flip.w1, -0.05 + 0.12375 + 0.005, 'w1 with R′ of the weight before the step');
  });

  it('L1: a weight that the penalty would carry across zero is set to 0 and stays dead', () => {
    const net = handNet();
    const trainer = new Trainer(net);
    trainer.trainEpoch(samples, opts('l1', 2));
    // w2 after the gradient step is −0.171875; the L1 step of 0.2 would carry it to +0.028125.
    expect(net.getWeight(1, 0, 1)).to.equal(0);
    close(net.getWeight(1, 0, 0), 0.56875 - 0.2, 'w1 keeps moving');
    expect(Array.from(trainer.dead[0])).to.deep.equal([0, 1]);
    for (let e = 0; e < 5; e++) trainer.trainEpoch(samples, opts('none', 0));
    expect(net.getWeight(1, 0, 1), 'a dead link is never updated again').to.equal(0);
  });

  it('the batch size decides how many points go into one update', () => {
    const together = step(handNet(), opts('none', 0, 2));
    const apart = step(handNet(), opts('none', 0, 1));
    // Batch 1: first (1,2)→1 alone, then (−1,0.5)→−1 with the updated weights.
    let w1 = 0.5 + 0.1 * 0.9, w2 = -0.25 + 0.1 * 1.8, b = 0.1 + 0.1 * 0.9;
    const e2 = w1 * -1 + w2 * 0.5 + b + 1;
    w1 -= 0.1 * e2 * -1;
    w2 -= 0.1 * e2 * 0.5;
    b -= 0.1 * e2;
    close(apart.w1, w1, 'w1');
    close(apart.w2, w2, 'w2');
    close(apart.b, b, 'b');
    expect(apart.w1).to.not.be.closeTo(together.w1, 1e-3);
  });

  it('the test loss is computed on the test points, the training loss on the training points', () => {
    const test = toSamples([{ x: 2, y: 0, label: 1 }], ['x1', 'x2']);
    const session = new TrainingSession(handNet(), samples, test, opts('none', 0));
    // Test: y = 1.0 + 0.1 = 1.1, loss ½·0.1² = 0.005. Training: (½·0.81 + ½·0.225625)/2.
    close(session.testLoss, 0.005, 'test loss');
    close(session.trainLoss, (0.405 + 0.1128125) / 2, 'training loss');
  });
});

/**
 * TensorFlow Playground's loop and update, written as playground.ts and nn.ts do them: an
 * update after every B-th point of an epoch, counted from the epoch's start; the points after
 * the last full batch stay summed and join the next epoch's first update (the mean over all
 * points summed since the last one); per link, R′ before the step, dead links skipped.
 */
function referenceTrain(net: Network, points: { x: number[]; t: number }[], o: TrainingOptions, epochs: number): void {
  const sizes = net.sizes;
  const W = net.weights.map((w) => Array.from(w));
  const B = net.biases.map((b) => Array.from(b));
  const dead = W.map((w) => w.map(() => false));
  const act = (l: number) => ACTIVATIONS[net.activationOf(l).name];
  const R = REGULARIZATIONS[o.regularization];
  let accW = W.map((w) => w.map(() => 0));
  let accB = B.map((b) => b.map(() => 0));
  let summed = 0;
  for (let e = 0; e < epochs; e++) {
    for (let i = 0; i < points.length; i++) {
      {
        const p = points[i];
        summed++;
        const z: number[][] = [p.x];
        const a: number[][] = [p.x];
        for (let l = 1; l < sizes.length; l++) {
          z[l] = [];
          a[l] = [];
          for (let j = 0; j < sizes[l]; j++) {
            let s = B[l - 1][j];
            for (let i = 0; i < sizes[l - 1]; i++) s += W[l - 1][j * sizes[l - 1] + i] * a[l - 1][i];
            z[l][j] = s;
            a[l][j] = act(l).value(s);
          }
        }
        let outDer = [a[sizes.length - 1][0] - p.t];
        for (let l = sizes.length - 1; l >= 1; l--) {
          const inDer = outDer.map((d, j) => d * act(l).derivative(z[l][j]));
          const prevDer = new Array(sizes[l - 1]).fill(0);
          for (let j = 0; j < sizes[l]; j++) {
            accB[l - 1][j] += inDer[j];
            for (let i = 0; i < sizes[l - 1]; i++) {
              const k = j * sizes[l - 1] + i;
              if (!dead[l - 1][k]) accW[l - 1][k] += inDer[j] * a[l - 1][i];
              prevDer[i] += W[l - 1][k] * inDer[j];
            }
          }
          outDer = prevDer;
        }
      }
      if ((i + 1) % o.batchSize !== 0) continue;
      const batch = { length: summed };
      for (let l = 0; l < W.length; l++) {
        for (let k = 0; k < W[l].length; k++) {
          if (dead[l][k]) continue;
          const regulDer = R.derivative(W[l][k]);
          W[l][k] -= (o.learningRate / batch.length) * accW[l][k];
          const next = W[l][k] - o.learningRate * o.regularizationRate * regulDer;
          if (o.regularization === 'l1' && W[l][k] * next < 0) {
            W[l][k] = 0;
            dead[l][k] = true;
          } else W[l][k] = next;
        }
        for (let j = 0; j < B[l].length; j++) B[l][j] -= (o.learningRate / batch.length) * accB[l][j];
      }
      accW = W.map((w) => w.map(() => 0));
      accB = B.map((b) => b.map(() => 0));
      summed = 0;
    }
  }
  W.forEach((w, l) => net.weights[l].set(w));
  B.forEach((b, l) => net.biases[l].set(b));
}

/** The playground's set-up: data from the seed, weights from `seed:weights:restarts`, xor, tanh [4,2]. */
function playgroundRun(o: TrainingOptions) {
  const { session, train } = buildExercise({ dataset: 'xor', seed: '3', features: ['x1', 'x2'], layers: [4, 2], activation: 'tanh', problem: 'classification', ...o });
  return { session, train };
}

describe('core: regularization step for step as TensorFlow Playground', () => {
  for (const [name, o] of [
    ['L1 rate 0.003, lr 0.1', { learningRate: 0.1, batchSize: 10, regularization: 'l1', regularizationRate: 0.003 }],
    ['L1 rate 0.03, lr 0.1 (most links die)', { learningRate: 0.1, batchSize: 10, regularization: 'l1', regularizationRate: 0.03 }],
    ['L2 rate 0.01, lr 0.03', { learningRate: 0.03, batchSize: 10, regularization: 'l2', regularizationRate: 0.01 }],
  ] as [string, TrainingOptions][]) {
    it(`${name}: 30 epochs match a per-link reference to 1e-9`, () => {
      const { session, train } = playgroundRun(o);
      const reference = session.network.clone();
      for (let e = 0; e < 30; e++) session.step();
      referenceTrain(reference, train.map((p) => ({ x: [p.x, p.y], t: p.label })), o, 30);
      session.network.weights.forEach((w, l) => w.forEach((v, k) => expect(v, `weight ${l}:${k}`).to.be.closeTo(reference.weights[l][k], 1e-9)));
      session.network.biases.forEach((b, l) => b.forEach((v, k) => expect(v, `bias ${l}:${k}`).to.be.closeTo(reference.biases[l][k], 1e-9)));
    });
  }

  for (const batchSize of [1, 7, 10, 30]) {
    for (const [reg, rate] of [['none', 0], ['l1', 0.003], ['l2', 0.01]] as const) {
      it(`batch ${batchSize}, ${reg}: 50 epochs on 250 points match TensorFlow Playground's loop to 1e-9 (the last partial batch carried into the next epoch)`, () => {
        const o: TrainingOptions = { learningRate: 0.03, batchSize, regularization: reg, regularizationRate: rate };
        const { session, train } = playgroundRun(o);
        expect(train.length).to.equal(250);
        const reference = session.network.clone();
        for (let e = 0; e < 50; e++) session.step();
        referenceTrain(reference, train.map((p) => ({ x: [p.x, p.y], t: p.label })), o, 50);
        session.network.weights.forEach((w, l) => w.forEach((v, k) => expect(v, `weight ${l}:${k}`).to.be.closeTo(reference.weights[l][k], 1e-9)));
        session.network.biases.forEach((b, l) => b.forEach((v, k) => expect(v, `bias ${l}:${k}`).to.be.closeTo(reference.biases[l][k], 1e-9)));
      });
    }
  }

  it('at batch 7 on 250 points the first update of epoch 2 is the mean over the 5 leftover points and the next 7', () => {
    const { session, train } = playgroundRun({ learningRate: 0.03, batchSize: 7, regularization: 'none', regularizationRate: 0 });
    session.step();
    const after1 = session.network.clone();
    // What the 5 leftover points and the first 7 of epoch 2 give, from the weights after epoch 1's last update.
    const samples = toSamples([...train.slice(245), ...train.slice(0, 7)], ['x1', 'x2']);
    const g = new Trainer(after1).gradient(samples);
    const expected = after1.clone();
    expected.weights.forEach((w, l) => w.forEach((v, k) => (w[k] = v - 0.03 * g.weights[l][k])));
    // Epoch 2's first update, alone: train 7 points of epoch 2 on a copy of the live trainer.
    const trainer = session.trainer as unknown as { trainEpoch(s: unknown, o: TrainingOptions): void };
    trainer.trainEpoch(toSamples(train.slice(0, 7), ['x1', 'x2']), session.options);
    session.network.weights.forEach((w, l) => w.forEach((v, k) => expect(v, `weight ${l}:${k}`).to.be.closeTo(expected.weights[l][k], 1e-12)));
  });

  it('pinned 20-epoch trajectories for L1 and L2 (xor, seed 3, tanh [4,2])', () => {
    const l1 = playgroundRun({ learningRate: 0.1, batchSize: 10, regularization: 'l1', regularizationRate: 0.003 }).session;
    const l2 = playgroundRun({ learningRate: 0.03, batchSize: 10, regularization: 'l2', regularizationRate: 0.01 }).session;
    for (let e = 0; e < 20; e++) {
      l1.step();
      l2.step();
    }
    const pin = (xs: number[]) => xs.map((v) => +v.toPrecision(10));
    expect(pin(l1.history.train.filter((_, i) => i % 5 === 0))).to.deep.equal([0.4887770042, 0.3412268906, 0.1770680359, 0.1133299908, 0.07998408396]);
    expect(pin(l1.history.test.filter((_, i) => i % 5 === 0))).to.deep.equal([0.5114539037, 0.3742818773, 0.1918549167, 0.1331688321, 0.09938371275]);
    expect(pin(l2.history.train.filter((_, i) => i % 5 === 0))).to.deep.equal([0.4887770042, 0.4655558765, 0.4206274905, 0.3528347959, 0.270888819]);
    expect(pin(l2.history.test.filter((_, i) => i % 5 === 0))).to.deep.equal([0.5114539037, 0.4943793614, 0.4587922267, 0.3856448805, 0.2897565268]);
    expect(l1.toJSON().dead).to.deep.equal([[], [5], []]);
  });

  it('an L1 weight that reaches zero stays at zero for the next 20 epochs, and its death survives a snapshot', () => {
    const { session } = playgroundRun({ learningRate: 0.1, batchSize: 10, regularization: 'l1', regularizationRate: 0.003 });
    let e = 0;
    while (!session.trainer.dead[1][5] && e++ < 50) session.step();
    expect(session.network.weights[1][5]).to.equal(0);
    const snapshot = session.toJSON();
    for (let k = 0; k < 20; k++) {
      session.step();
      expect(session.network.weights[1][5]).to.equal(0);
    }
    const again = playgroundRun({ learningRate: 0.1, batchSize: 10, regularization: 'l1', regularizationRate: 0.003 }).session;
    again.restore(snapshot);
    expect(again.trainer.dead[1][5]).to.equal(1);
    again.step();
    expect(again.network.weights[1][5]).to.equal(0);
  });
});
