import { type ActCode, activationCode, derivativeFromOutput } from './activation.js';
import type { Samples } from './dataset.js';
import { derivativeInto, forwardColumns, weightedSum } from './columns.js';
import type { Network } from './network.js';
import { REGULARIZATIONS, meanSquaredError, squaredError, updateWeights, type RegularizationName } from './regularization.js';

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
 * −lr · (mean gradient + rate · R'(w)) with R' at the weight before the step, biases by
 * −lr · (mean delta) (see updateWeights). Like TensorFlow Playground, an L1 step that would
 * carry a weight across zero sets it to 0 and the link is dead for the rest of the run, and a
 * batch that the epoch's end cuts short is not applied then but carried into the next epoch's
 * first update (see trainEpoch), so every batch size trains step for step as it does there.
 */
export class Trainer {
  readonly network: Network;
  private version = -1;
  private sizes: number[] = [];
  private values: Float64Array[][] = [];
  private deltas: Float64Array[][] = [];
  private scratch = new Float64Array(0);
  private gradW: Float64Array[] = [];
  private gradB: Float64Array[] = [];
  /** Per weight, 1 once an L1 step set it to zero: skipped from then on (see updateWeights). */
  dead: Uint8Array[] = [];
  /** How many links are dead: while none is, the update skips the mask. */
  private deadCount = 0;
  private codes: ActCode[] = [];
  private hidden: unknown = null;
  private output: unknown = null;
  private accumulated = 0;
  private cap = 0;
  private lossLayers: Float64Array[][] = [];
  /**
   * The share of points the last `loss` call classified right (an output ≥ 0 reads as +1,
   * below 0 as −1): read from the same forward pass, so it costs one comparison a point.
   */
  accuracy = 0;
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
    this.cap = 0;
    this.values = [];
    this.deltas = [];
    this.gradW = net.weights.map((w) => new Float64Array(w.length));
    this.gradB = net.biases.map((b) => new Float64Array(b.length));
    this.dead = net.weights.map((w) => new Uint8Array(w.length));
    this.deadCount = 0;
    this.accumulated = 0;
    this.lossLayers = [];
  }

  /** Sizes the per-batch buffers: one column of `cap` points per node, values and deltas. */
  private ensureBatch(cap: number): void {
    if (this.cap >= cap && this.values.length === this.sizes.length) return;
    this.cap = Math.max(cap, 1);
    const columns = () => this.sizes.map((n) => Array.from({ length: n }, () => new Float64Array(this.cap)));
    this.values = columns();
    this.deltas = columns();
    this.scratch = new Float64Array(this.cap);
  }

  /**
   * Adds the gradient of rows [start, start + m) to the accumulators. The rows of one batch
   * share the weights, so they go through the network together, column by column, with the
   * same kernels as the loss and the heatmaps: each weight is loaded once per batch and a
   * weight's gradient is a dot product over the batch summed in registers.
   */
  private accumulateBatch(samples: Samples, start: number, m: number): void {
    const sizes = this.sizes;
    const last = sizes.length - 1;
    const values = this.values;
    const deltas = this.deltas;
    const weights = this.network.weights;
    const codes = this.codes;
    const scratch = this.scratch;
    for (let i = 0; i < sizes[0]; i++) {
      const src = samples.columns[i];
      const dst = values[0][i];
      for (let p = 0; p < m; p++) dst[p] = src[start + p];
    }
    forwardColumns(this.network, values, m, scratch);
    const y = values[last][0];
    const dOut = deltas[last][0];
    const targets = samples.targets;
    const outCode = codes[last];
    const dLoss = squaredError.derivative;
    for (let p = 0; p < m; p++) dOut[p] = dLoss(y[p], targets[start + p]) * derivativeFromOutput(outCode, y[p]);
    for (let l = last; l >= 1; l--) {
      const nIn = sizes[l - 1];
      const n = sizes[l];
      const d = deltas[l];
      const prev = values[l - 1];
      const gw = this.gradW[l - 1];
      const gb = this.gradB[l - 1];
      for (let j = 0; j < n; j++) {
        const dj = d[j];
        const r = j * nIn;
        let sb = 0;
        for (let p = 0; p < m; p++) sb += dj[p];
        gb[j] += sb;
        let i = 0;
        for (; i + 2 <= nIn; i += 2) {
          // Two gradients per pass share each load of the delta.
          const a0 = prev[i], a1 = prev[i + 1];
          let s0 = 0, s1 = 0;
          for (let p = 0; p < m; p++) {
            const dp = dj[p];
            s0 += dp * a0[p];
            s1 += dp * a1[p];
          }
          gw[r + i] += s0;
          gw[r + i + 1] += s1;
        }
        if (i < nIn) {
          const a = prev[i];
          let s0 = 0;
          for (let p = 0; p < m; p++) s0 += dj[p] * a[p];
          gw[r + i] += s0;
        }
      }
      if (l > 1) {
        // Deltas of the layer before: f'(its value) times the weighted deltas it feeds.
        const w = weights[l - 1];
        const dPrev = deltas[l - 1];
        const code = codes[l - 1];
        for (let i = 0; i < nIn; i++) {
          weightedSum(scratch, w, i, nIn, n, d, m, null, 0);
          derivativeInto(code, prev[i], scratch, dPrev[i], m);
        }
      }
    }
    this.accumulated += m;
  }

  private applyUpdate(options: TrainingOptions): void {
    if (this.accumulated === 0) return;
    const scale = options.learningRate / this.accumulated;
    const regStep = options.learningRate * options.regularizationRate;
    const net = this.network;
    for (let l = 0; l < this.gradW.length; l++) {
      const mask = this.deadCount > 0 || options.regularization === 'l1' ? this.dead[l] : null;
      this.deadCount += updateWeights(net.weights[l], this.gradW[l], mask, scale, options.regularization, regStep);
      const b = net.biases[l];
      const gb = this.gradB[l];
      for (let k = 0; k < b.length; k++) {
        b[k] -= scale * gb[k];
        gb[k] = 0;
      }
    }
    this.accumulated = 0;
  }

  /**
   * One pass over every training point, as TensorFlow Playground's loop makes it: an update
   * after points B, 2B, 3B, … counted from the epoch's start. The points after the last full
   * batch are not applied when the epoch ends: their gradients stay summed and join the next
   * epoch's first update, the mean over those leftover points and the new epoch's first B (at
   * batch 7 on 250 points, 5 + 7 = 12). A new shape or a new run starts with nothing summed.
   */
  trainEpoch(samples: Samples, options: TrainingOptions): void {
    this.prepare();
    this.checkWidth(samples);
    const batch = Math.max(1, Math.floor(options.batchSize));
    this.ensureBatch(batch);
    for (let start = 0; start < samples.count; start += batch) {
      const m = Math.min(batch, samples.count - start);
      this.accumulateBatch(samples, start, m);
      if (m === batch) this.applyUpdate(options);
    }
  }

  /** Mean over points of ½(output − target)²: the loss TensorFlow Playground reports. */
  loss(samples: Samples): number {
    this.prepare();
    this.checkWidth(samples);
    const count = samples.count;
    if (count === 0) {
      this.accuracy = 0;
      return 0;
    }
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
    this.accuracy = shareRight(out, targets, count);
    return meanSquaredError(out, targets, count);
  }

  /**
   * The gradient of mean loss + rate · Σ R(w) at the current parameters (no update made):
   * what training follows, exposed so that tests can hold it against finite differences.
   */
  gradient(samples: Samples, regularization: RegularizationName = 'none', rate = 0): { weights: Float64Array[]; biases: Float64Array[] } {
    this.prepare();
    this.checkWidth(samples);
    // What training carries into its next update (a partial batch) is kept aside, not lost.
    const carried = { n: this.accumulated, w: this.gradW.map((g) => Float64Array.from(g)), b: this.gradB.map((g) => Float64Array.from(g)) };
    this.accumulated = 0;
    for (const g of this.gradW) g.fill(0);
    for (const g of this.gradB) g.fill(0);
    this.ensureBatch(32);
    for (let start = 0; start < samples.count; start += this.cap) this.accumulateBatch(samples, start, Math.min(this.cap, samples.count - start));
    const n = Math.max(1, this.accumulated);
    const r = REGULARIZATIONS[regularization];
    const weights = this.gradW.map((g, l) => g.map((v, k) => v / n + rate * r.derivative(this.network.weights[l][k])));
    const biases = this.gradB.map((g) => g.map((v) => v / n));
    carried.w.forEach((g, l) => this.gradW[l].set(g));
    carried.b.forEach((g, l) => this.gradB[l].set(g));
    this.accumulated = carried.n;
    return { weights, biases };
  }

  /** Marks links dead (a restored run): `lists[l]` holds weight indices of layer l. */
  setDead(lists: readonly (readonly number[])[]): void {
    this.prepare();
    this.deadCount = 0;
    this.dead.forEach((mask, l) => {
      mask.fill(0);
      for (const k of lists[l] ?? []) mask[k] = 1;
      this.deadCount += lists[l]?.length ?? 0;
    });
  }

  private checkWidth(samples: Samples): void {
    if (samples.width !== this.sizes[0]) {
      throw new Error(`the samples have ${samples.width} features but the network has ${this.sizes[0]} inputs`);
    }
  }
}

/**
 * Share of outputs on the side of 0 their ±1 target is on (an output ≥ 0 reads as +1). Its
 * own small function, as meanSquaredError is: written inside loss(), the loop made V8 box a
 * number per point (485 KB an epoch on the largest network, by the allocation test).
 */
function shareRight(outputs: ArrayLike<number>, targets: ArrayLike<number>, count: number): number {
  let right = 0;
  for (let k = 0; k < count; k++) {
    const positive = outputs[k] >= 0;
    if (positive === targets[k] > 0) right++;
  }
  return right / count;
}
