import type { Samples } from './dataset.js';
import { Network, NetworkError, type NetworkSnapshot } from './network.js';
import { LossHistory } from './history.js';
import { Trainer, type TrainingOptions } from './trainer.js';

/** A training run as JSON: the network's parameters, the epoch and the loss history. */
export interface SessionSnapshot {
  network: NetworkSnapshot;
  epoch: number;
  /** The loss history (see LossHistory); `epochs` may be absent in snapshots saved before it was bounded: one point per epoch from 0. */
  history: { train: number[]; test: number[]; epochs?: number[] };
  /** Per weight layer, the indices of links that L1 set to zero for good (see updateWeights). */
  dead?: number[][];
}

/** `cause` names the reason for a caller that words it itself (in another language). */
export type StepResult = { diverged: false } | { diverged: true; cause: 'learning-rate' | 'unstable'; reason: string };

/**
 * A training run: a network, its training and test samples, the epoch count and the loss
 * history. `step` trains one epoch; when a loss or a parameter stops being finite the epoch
 * is undone, so the network is never left corrupted.
 */
export class TrainingSession {
  readonly network: Network;
  readonly trainer: Trainer;
  train: Samples;
  test: Samples;
  options: TrainingOptions;
  epoch = 0;
  trainLoss: number;
  testLoss: number;
  /** Share of training points classified right (output sign against a ±1 label), 0 to 1: for classification. */
  trainAccuracy = 0;
  /** The same on the test points. */
  testAccuracy = 0;
  /** Losses by epoch (epoch 0 is before training): every recent epoch, a decimated record before, at most LossHistory.CAP points. */
  history: LossHistory;
  private backupW: Float64Array[] = [];
  private backupB: Float64Array[] = [];
  private backupVersion = -1;

  constructor(network: Network, train: Samples, test: Samples, options: TrainingOptions) {
    this.network = network;
    this.trainer = new Trainer(network);
    this.train = train;
    this.test = test;
    this.options = { ...options };
    this.trainLoss = this.measure(train, 'train');
    this.testLoss = this.measure(test, 'test');
    this.history = new LossHistory();
    this.history.push(0, this.trainLoss, this.testLoss);
  }

  step(): StepResult {
    this.backup();
    this.trainer.trainEpoch(this.train, this.options);
    const trainLoss = this.measure(this.train, 'train');
    const testLoss = this.measure(this.test, 'test');
    if (!Number.isFinite(trainLoss) || !Number.isFinite(testLoss) || !this.parametersFinite()) {
      this.undo();
      // The accuracies were read from the undone epoch: measure the restored network again.
      this.refreshLosses();
      const big = this.options.learningRate >= 1;
      return {
        diverged: true,
        cause: big ? 'learning-rate' : 'unstable',
        reason: big
          ? `the loss became infinite: the learning rate (${this.options.learningRate}) is too high`
          : 'the loss became infinite: try a lower learning rate or less regularization',
      };
    }
    this.epoch++;
    this.trainLoss = trainLoss;
    this.testLoss = testLoss;
    this.history.push(this.epoch, trainLoss, testLoss);
    return { diverged: false };
  }

  /**
   * Recomputes both losses after the network was changed by hand (a learner's weight edit):
   * training goes on from the edited network, and the history keeps what was measured.
   */
  refreshLosses(): void {
    this.trainLoss = this.measure(this.train, 'train');
    this.testLoss = this.measure(this.test, 'test');
  }

  /** The loss of one set, keeping its accuracy from the same pass. */
  private measure(samples: Samples, set: 'train' | 'test'): number {
    const loss = this.trainer.loss(samples);
    if (set === 'train') this.trainAccuracy = this.trainer.accuracy;
    else this.testAccuracy = this.trainer.accuracy;
    return loss;
  }

  toJSON(): SessionSnapshot {
    const dead = this.trainer.dead.map((mask) => {
      const list: number[] = [];
      for (let k = 0; k < mask.length; k++) if (mask[k]) list.push(k);
      return list;
    });
    return { network: this.network.toJSON(), epoch: this.epoch, history: this.history.toJSON(), dead };
  }

  /**
   * Restores parameters, epoch and history from a snapshot of a run with the same network
   * shape. Everything is checked before anything changes: a bad snapshot throws a
   * NetworkError and leaves the run as it was.
   */
  restore(snapshot: unknown): void {
    if (typeof snapshot !== 'object' || snapshot === null) throw new NetworkError('a training snapshot must be an object');
    const s = snapshot as Partial<SessionSnapshot>;
    const net = Network.fromJSON(s.network);
    if (net.sizes.join() !== this.network.sizes.join()) {
      throw new NetworkError(`the snapshot's layer sizes ${net.sizes.join('-')} do not match this network's ${this.network.sizes.join('-')}`);
    }
    if (!Number.isInteger(s.epoch) || (s.epoch as number) < 0) throw new NetworkError(`snapshot.epoch must be a whole number ≥ 0, got ${JSON.stringify(s.epoch)}`);
    let history: LossHistory;
    try {
      history = LossHistory.from(s.history);
    } catch (e) {
      throw new NetworkError((e as Error).message);
    }
    const dead = s.dead ?? [];
    const weights = this.network.weights;
    const deadOk = Array.isArray(dead) && dead.length <= weights.length && dead.every((list, l) => Array.isArray(list) && list.every((k) => Number.isInteger(k) && k >= 0 && k < weights[l].length));
    if (!deadOk) throw new NetworkError('snapshot.dead must list, per weight layer, indices of that layer\'s weights');
    this.network.copyParametersFrom(net);
    this.trainer.setDead(dead);
    this.network.hiddenActivation = net.hiddenActivation;
    this.network.outputActivation = net.outputActivation;
    this.epoch = s.epoch as number;
    this.history = history;
    this.trainLoss = this.measure(this.train, 'train');
    this.testLoss = this.measure(this.test, 'test');
  }

  private backup(): void {
    const net = this.network;
    // Reallocate only when the shape changed: this runs every epoch.
    if (this.backupVersion !== net.structureVersion || this.backupW.length !== net.weights.length) {
      this.backupVersion = net.structureVersion;
      this.backupW = net.weights.map((w) => new Float64Array(w.length));
      this.backupB = net.biases.map((b) => new Float64Array(b.length));
    }
    for (let l = 0; l < net.weights.length; l++) {
      this.backupW[l].set(net.weights[l]);
      this.backupB[l].set(net.biases[l]);
    }
  }

  private undo(): void {
    for (let l = 0; l < this.network.weights.length; l++) {
      this.network.weights[l].set(this.backupW[l]);
      this.network.biases[l].set(this.backupB[l]);
    }
  }

  private parametersFinite(): boolean {
    const { weights, biases } = this.network;
    for (let l = 0; l < weights.length; l++) if (!allFinite(weights[l]) || !allFinite(biases[l])) return false;
    return true;
  }
}

/** x − x is 0 for a finite x and NaN for ±Infinity and NaN, so the sum is 0 only when every value is finite. */
function allFinite(a: Float64Array): boolean {
  let sum = 0;
  for (let k = 0; k < a.length; k++) sum += a[k] - a[k];
  return sum === 0;
}
