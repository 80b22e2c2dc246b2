import { type ActCode, activationCode, derivativeFromOutput } from './activation.js';
import type { Samples } from './dataset.js';
import { forwardColumns } from './heatmap.js';
import type { Network } from './network.js';
import { REGULARIZATIONS, type RegularizationName } from './regularization.js';

export interface TrainingOptions {
  learningRate: number;
  /** Points per weight update, 1 to 30 in the playground. */
  batchSize: number;
  regularization: RegularizationName;
  regularizationRate: number;
}

export const DEFAULT_TRAINING: Readonly<TrainingOptions> = Object.freeze({
  learningRate: 0.03,
  batchSize: 10,
  regularization: 'none',
  regularizationRate: 0,
});

/**
 * Minibatch stochastic gradient descent on the squared error, with every buffer allocated
 * once per network shape: a training epoch allocates nothing.
 *
 * For one point with output y and target t, the error derivative at the output is (y − t);
 * each node's delta is δ = f'(z) · Σ (w · δ of the nodes it feeds); a weight's gradient is
 * δ of its target times the value of its source. After each batch every weight moves by
 * −lr · (mean gradient) and then by −lr · rate · R'(w); biases by −lr · (mean delta).
 * Like TensorFlow Playground, an L1 step that would carry a weight across zero stops at zero.
 */
export class Trainer {
  readonly network: Network;
  private version = -1;
  private sizes: number[] = [];
  private values: Float64Array[] = [];
  private deltas: Float64Array[] = [];
  private gradW: Float64Array[] = [];
  private gradB: Float64Array[] = [];
  private codes: ActCode[] = [];
  private hidden: unknown = null;
  private output: unknown = null;
  private accumulated = 0;
  private lossLayers: Float64Array[][] = [];
  private lossScratch = new Float64Array(0);

  constructor(network: Network) {
    this.network = network;
    this.prepare();
  }

  /** Reallocates the buffers when the network's shape or activations changed since last time. */
  private prepare(): void {
    const net = this.network;
    if (this.version === net.structureVersion && this.hidden === net.hiddenActivation && this.output === net.outputActivation && this.sizes.length === net.sizes.length) return;
    this.version = net.structureVersion;
    this.hidden = net.hiddenActivation;
    this.output = net.outputActivation;
    this.sizes = [...net.sizes];
    this.codes = net.sizes.map((_, l) => (l === 0 ? 3 : activationCode(net.activationOf(l).name)) as ActCode);
    this.values = net.sizes.map((n) => new Float64Array(n));
    this.deltas = net.sizes.map((n) => new Float64Array(n));
    this.gradW = net.weights.map((w) => new Float64Array(w.length));
    this.gradB = net.biases.map((b) => new Float64Array(b.length));
    this.accumulated = 0;
    this.lossLayers = [];
  }

  /**
   * Output for row `row` of the inputs; leaves every node's value in the buffers. The
   * activation runs once per layer with the switch outside the loop: on these small layers
   * the loop overhead, not the arithmetic, is what costs.
   */
  private forwardRow(inputs: Float64Array, row: number): number {
    const sizes = this.sizes;
    const values = this.values;
    const weights = this.network.weights;
    const biases = this.network.biases;
    const codes = this.codes;
    const last = sizes.length - 1;
    let prev = values[0];
    const n0 = sizes[0];
    const base = row * n0;
    for (let i = 0; i < n0; i++) prev[i] = inputs[base + i];
    for (let l = 1; l <= last; l++) {
      const nIn = sizes[l - 1];
      const n = sizes[l];
      const w = weights[l - 1];
      const b = biases[l - 1];
      const out = values[l];
      for (let j = 0, r = 0; j < n; j++, r += nIn) {
        let z = b[j];
        for (let i = 0; i < nIn; i++) z += w[r + i] * prev[i];
        out[j] = z;
      }
      const code = codes[l];
      if (code === 0) {
        for (let j = 0; j < n; j++) if (out[j] < 0) out[j] = 0;
      } else if (code === 1) {
        for (let j = 0; j < n; j++) out[j] = Math.tanh(out[j]);
      } else if (code === 2) {
        for (let j = 0; j < n; j++) out[j] = 1 / (1 + Math.exp(-out[j]));
      }
      prev = out;
    }
    return prev[0];
  }

  /** Adds one point's gradient to the accumulators; the forward values must be current. */
  private backwardRow(target: number): void {
    const sizes = this.sizes;
    const last = sizes.length - 1;
    const values = this.values;
    const deltas = this.deltas;
    const weights = this.network.weights;
    const gradW = this.gradW;
    const gradB = this.gradB;
    const y = values[last][0];
    deltas[last][0] = (y - target) * derivativeFromOutput(this.codes[last], y);
    for (let l = last; l >= 1; l--) {
      const nIn = sizes[l - 1];
      const n = sizes[l];
      const d = deltas[l];
      const prev = values[l - 1];
      const gw = gradW[l - 1];
      const gb = gradB[l - 1];
      for (let j = 0, r = 0; j < n; j++, r += nIn) {
        const dj = d[j];
        if (dj === 0) continue;
        gb[j] += dj;
        for (let i = 0; i < nIn; i++) gw[r + i] += dj * prev[i];
      }
      if (l > 1) {
        // Deltas of the layer before: only hidden layers need them.
        const w = weights[l - 1];
        const dPrev = deltas[l - 1];
        dPrev.fill(0);
        for (let j = 0, r = 0; j < n; j++, r += nIn) {
          const dj = d[j];
          if (dj === 0) continue;
          for (let i = 0; i < nIn; i++) dPrev[i] += w[r + i] * dj;
        }
        const code = this.codes[l - 1];
        if (code === 0) {
          for (let i = 0; i < nIn; i++) if (prev[i] <= 0) dPrev[i] = 0;
        } else if (code === 1) {
          for (let i = 0; i < nIn; i++) dPrev[i] *= 1 - prev[i] * prev[i];
        } else if (code === 2) {
          for (let i = 0; i < nIn; i++) dPrev[i] *= prev[i] * (1 - prev[i]);
        }
      }
    }
    this.accumulated++;
  }

  private applyUpdate(options: TrainingOptions): void {
    if (this.accumulated === 0) return;
    const scale = options.learningRate / this.accumulated;
    const regStep = options.learningRate * options.regularizationRate;
    const reg = options.regularization;
    const net = this.network;
    for (let l = 0; l < this.gradW.length; l++) {
      const w = net.weights[l];
      const gw = this.gradW[l];
      for (let k = 0; k < w.length; k++) {
        let v = w[k] - scale * gw[k];
        if (reg === 'l2') v -= regStep * v;
        else if (reg === 'l1' && v !== 0) {
          const next = v - regStep * (v > 0 ? 1 : -1);
          v = next * v < 0 ? 0 : next;
        }
        w[k] = v;
        gw[k] = 0;
      }
      const b = net.biases[l];
      const gb = this.gradB[l];
      for (let k = 0; k < b.length; k++) {
        b[k] -= scale * gb[k];
        gb[k] = 0;
      }
    }
    this.accumulated = 0;
  }

  /** One pass over every training point, updating after each `batchSize` points. */
  trainEpoch(samples: Samples, options: TrainingOptions): void {
    this.prepare();
    this.checkWidth(samples);
    const batch = Math.max(1, Math.floor(options.batchSize));
    const { inputs, targets, count } = samples;
    for (let k = 0; k < count; k++) {
      this.forwardRow(inputs, k);
      this.backwardRow(targets[k]);
      if (this.accumulated === batch) this.applyUpdate(options);
    }
    this.applyUpdate(options);
  }

  /** Mean over points of ½(output − target)²: the loss TensorFlow Playground reports. */
  loss(samples: Samples): number {
    this.prepare();
    this.checkWidth(samples);
    const count = samples.count;
    if (count === 0) return 0;
    // Layer by layer over all points at once: the same sums as forwardRow, far less overhead.
    if (this.lossScratch.length < count) {
      this.lossScratch = new Float64Array(count);
      this.lossLayers = [];
    }
    if (this.lossLayers.length !== this.sizes.length) {
      const size = this.lossScratch.length;
      this.lossLayers = this.sizes.map((n, l) => (l === 0 ? [] : Array.from({ length: n }, () => new Float64Array(size))));
    }
    this.lossLayers[0] = samples.columns;
    forwardColumns(this.network, this.lossLayers, count, this.lossScratch);
    const out = this.lossLayers[this.sizes.length - 1][0];
    const targets = samples.targets;
    let sum = 0;
    for (let k = 0; k < count; k++) {
      const e = out[k] - targets[k];
      sum += e * e;
    }
    return (0.5 * sum) / count;
  }

  /**
   * The gradient of mean loss + rate · Σ R(w) at the current parameters (no update made):
   * what training follows, exposed so that tests can hold it against finite differences.
   */
  gradient(samples: Samples, regularization: RegularizationName = 'none', rate = 0): { weights: Float64Array[]; biases: Float64Array[] } {
    this.prepare();
    this.checkWidth(samples);
    this.accumulated = 0;
    for (const g of this.gradW) g.fill(0);
    for (const g of this.gradB) g.fill(0);
    for (let k = 0; k < samples.count; k++) {
      this.forwardRow(samples.inputs, k);
      this.backwardRow(samples.targets[k]);
    }
    const n = Math.max(1, this.accumulated);
    const r = REGULARIZATIONS[regularization];
    const weights = this.gradW.map((g, l) => g.map((v, k) => v / n + rate * r.derivative(this.network.weights[l][k])));
    const biases = this.gradB.map((g) => g.map((v) => v / n));
    for (const g of this.gradW) g.fill(0);
    for (const g of this.gradB) g.fill(0);
    this.accumulated = 0;
    return { weights, biases };
  }

  private checkWidth(samples: Samples): void {
    if (samples.width !== this.sizes[0]) {
      throw new Error(`the samples have ${samples.width} features but the network has ${this.sizes[0]} inputs`);
    }
  }
}
