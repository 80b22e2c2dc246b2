/** The bounded loss history: what a run keeps after a long time, and old snapshots. */
import { expect } from 'chai';
import { LossHistory, Network, TrainingSession, createRandom, toSamples } from '../../src/core/index.js';

/** A run that trains in microseconds an epoch: one point, one hidden neuron. */
function tinyRun(): TrainingSession {
  const samples = toSamples([{ x: 1, y: -1, label: 1 }], ['x1', 'x2']);
  const net = new Network({ inputs: 2, hidden: [1], activation: 'tanh', random: createRandom(3) });
  return new TrainingSession(net, samples, samples, { learningRate: 0.001, batchSize: 1, regularization: 'none', regularizationRate: 0 });
}

describe('core: the bounded loss history', () => {
  it('1,000,000 epochs of step() keep at most CAP points: every recent epoch, the first and the lowest', function () {
    this.timeout(120000);
    const run = tinyRun();
    let most = 0;
    for (let e = 0; e < 1_000_000; e++) {
      run.step();
      if (run.history.length > most) most = run.history.length;
    }
    const h = run.history;
    expect(most, 'never above the cap').to.be.at.most(LossHistory.CAP);
    expect(h.epochs[0]).to.equal(0);
    expect(h.epochs[h.length - 1]).to.equal(1_000_000);
    const recent = h.epochs.slice(-LossHistory.RECENT);
    expect(recent, 'every epoch of the recent window').to.deep.equal(Array.from({ length: LossHistory.RECENT }, (_, i) => 1_000_000 - LossHistory.RECENT + 1 + i));
    expect(JSON.stringify(run.toJSON()).length, 'state stays small').to.be.below(60_000);
  });

  it('keeps the lowest training and test loss wherever they were', () => {
    const h = new LossHistory();
    for (let e = 0; e <= 50_000; e++) h.push(e, e === 1234 ? 0.01 : 1, e === 777 ? 0.02 : 1);
    expect(h.epochs).to.include(1234);
    expect(h.epochs).to.include(777);
    expect(Math.min(...h.train)).to.equal(0.01);
    expect(Math.min(...h.test)).to.equal(0.02);
  });

  it('restores an old snapshot of 100,000 points (no epochs) into the cap, and refuses epochs that do not increase', () => {
    const train = Array.from({ length: 100_000 }, (_, i) => 1 / (i + 1));
    const h = LossHistory.from({ train, test: train });
    expect(h.length).to.be.at.most(LossHistory.CAP);
    expect(h.epochs[0]).to.equal(0);
    expect(h.epochs[h.length - 1]).to.equal(99_999);
    expect(h.train[h.length - 1]).to.equal(1 / 100_000);
    const run = tinyRun();
    const snap = run.toJSON();
    run.restore({ ...snap, epoch: 99_999, history: { train, test: train } });
    expect(run.history.length).to.be.at.most(LossHistory.CAP);
    expect(() => LossHistory.from({ train: [1, 2], test: [1, 2], epochs: [3, 3] })).to.throw(/increasing/);
    expect(() => run.restore({ ...snap, history: { train: [], test: [] } })).to.throw(/non-empty/);
  });
});
