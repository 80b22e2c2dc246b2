import { expect } from 'chai';
import { buildExercise, Network, createRandom, generateDataset, toSamples, TrainingSession, DEFAULT_TRAINING } from '../../src/core/index.js';

/** Points classified right, counted one by one with Network.forward: output ≥ 0 reads as +1. */
function countRight(net: Network, points: { x: number; y: number; label: number }[]): number {
  let right = 0;
  for (const p of points) {
    const out = net.forward([p.x, p.y]).values[net.sizes.length - 1][0];
    if ((out >= 0 ? 1 : -1) === Math.sign(p.label)) right++;
  }
  return right;
}

describe('core: accuracy', () => {
  it('the session\'s training and test accuracy equal an independent count on the same points, at the start and after training', () => {
    const { session, train, test } = buildExercise({ dataset: 'circle', seed: 'acc', features: ['x1', 'x2'], layers: [3], activation: 'relu', problem: 'classification', learningRate: 0.03, batchSize: 10, regularization: 'none', regularizationRate: 0 });
    for (let round = 0; round < 3; round++) {
      expect(session.trainAccuracy, `round ${round}: train`).to.equal(countRight(session.network, train) / train.length);
      expect(session.testAccuracy, `round ${round}: test`).to.equal(countRight(session.network, test) / test.length);
      for (let e = 0; e < 20; e++) session.step();
    }
    expect(session.trainAccuracy).to.be.above(0.8);
  });

  it('follows a hand edit (refreshLosses) and a restore', () => {
    const random = createRandom('acc2');
    const pts = generateDataset('xor', random, { count: 60 });
    const net = new Network({ inputs: 2, hidden: [2], activation: 'tanh', random });
    const session = new TrainingSession(net, toSamples(pts.slice(0, 30), ['x1', 'x2']), toSamples(pts.slice(30), ['x1', 'x2']), DEFAULT_TRAINING);
    const snapshot = session.toJSON();
    net.biases[1][0] = 50; // every output positive: accuracy is the share of +1 labels
    session.refreshLosses();
    expect(session.trainAccuracy).to.equal(pts.slice(0, 30).filter((p) => p.label > 0).length / 30);
    session.restore(snapshot);
    expect(session.trainAccuracy).to.equal(countRight(net, pts.slice(0, 30)) / 30);
  });
});
