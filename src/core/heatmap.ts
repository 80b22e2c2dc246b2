import { type ActCode, activationCode, sigmoid, tanh } from './activation.js';
import { DOMAIN } from './dataset.js';
import { type FeatureName, featureValue } from './features.js';
import type { Network } from './network.js';

/**
 * Every node's output over a density × density grid of the domain, as the playground's
 * heatmaps need them. Cell (col, row) is centred at x = min + (col + ½)·step and
 * y = max − (row + ½)·step (row 0 at the top, as an image), stored at row·density + col.
 *
 * The inputs' grids (the features) are computed once; `compute` then runs the network layer
 * by layer over the whole grid, so each weight is read once per layer rather than once per
 * point, and writes straight into the preallocated arrays: nothing is allocated per frame.
 */
export class HeatmapGrid {
  readonly density: number;
  readonly features: readonly FeatureName[];
  readonly min: number;
  readonly max: number;
  /** outputs[layer][node]: density² values, row-major. */
  outputs: Float32Array[][] = [];
  private inputGrids: Float32Array[];
  private shape = '';
  private scratch: Float64Array;

  constructor(features: readonly FeatureName[], density = 100, domain: { min: number; max: number } = DOMAIN) {
    if (!Number.isInteger(density) || density < 2) throw new Error(`density must be a whole number ≥ 2, got ${density}`);
    this.density = density;
    this.features = [...features];
    this.min = domain.min;
    this.max = domain.max;
    const cells = density * density;
    this.scratch = new Float64Array(cells);
    this.inputGrids = this.features.map((f) => {
      const g = new Float32Array(cells);
      for (let row = 0; row < density; row++) {
        const y = this.yAt(row);
        for (let col = 0; col < density; col++) g[row * density + col] = featureValue(f, this.xAt(col), y);
      }
      return g;
    });
  }

  xAt(col: number): number {
    return this.min + ((col + 0.5) * (this.max - this.min)) / this.density;
  }

  yAt(row: number): number {
    return this.max - ((row + 0.5) * (this.max - this.min)) / this.density;
  }

  /** The output layer's grid (one array). */
  get output(): Float32Array {
    return this.outputs[this.outputs.length - 1][0];
  }

  /** Fills `outputs` for the network's current parameters. */
  compute(network: Network): void {
    if (network.sizes[0] !== this.features.length) {
      throw new Error(`the grid has ${this.features.length} features but the network has ${network.sizes[0]} inputs`);
    }
    const shape = network.sizes.join();
    if (shape !== this.shape) {
      this.shape = shape;
      const cells = this.density * this.density;
      this.outputs = network.sizes.map((n, l) => (l === 0 ? this.inputGrids : Array.from({ length: n }, () => new Float32Array(cells))));
    }
    forwardColumns(network, this.outputs, this.density * this.density, this.scratch);
  }
}

/**
 * Runs `count` points through the network layer by layer: `layers[0]` holds one column of
 * values per input, and every later layer's columns are written in place. Each weight is read
 * once per layer instead of once per point, and the inner loops are long and branch-free,
 * which is what makes a whole heatmap grid or a whole loss pass cheap. `scratch` needs
 * `count` slots; nothing is allocated.
 */
export function forwardColumns(network: Network, layers: Column[][], count: number, scratch: Float64Array): void {
  for (let l = 1; l < network.sizes.length; l++) {
    const nIn = network.sizes[l - 1];
    const w = network.weights[l - 1];
    const b = network.biases[l - 1];
    const prev = layers[l - 1];
    const code = activationCode(network.activationOf(l).name);
    const layerOut = layers[l];
    for (let j = 0; j < layerOut.length; j++) {
      const acc = scratch;
      const row = j * nIn;
      // Four inputs per pass over the points: one load and one store of the sum per four
      // multiply-adds instead of per one.
      let i = 0;
      if (nIn >= 4) {
        const w0 = w[row], w1 = w[row + 1], w2 = w[row + 2], w3 = w[row + 3];
        const s0 = prev[0], s1 = prev[1], s2 = prev[2], s3 = prev[3];
        const bj = b[j];
        for (let p = 0; p < count; p++) acc[p] = bj + w0 * s0[p] + w1 * s1[p] + w2 * s2[p] + w3 * s3[p];
        i = 4;
      } else {
        const bj = b[j];
        for (let p = 0; p < count; p++) acc[p] = bj;
      }
      for (; i + 4 <= nIn; i += 4) {
        const w0 = w[row + i], w1 = w[row + i + 1], w2 = w[row + i + 2], w3 = w[row + i + 3];
        const s0 = prev[i], s1 = prev[i + 1], s2 = prev[i + 2], s3 = prev[i + 3];
        for (let p = 0; p < count; p++) acc[p] += w0 * s0[p] + w1 * s1[p] + w2 * s2[p] + w3 * s3[p];
      }
      for (; i < nIn; i++) {
        const wi = w[row + i];
        const src = prev[i];
        for (let p = 0; p < count; p++) acc[p] += wi * src[p];
      }
      activateInto(code, acc, layerOut[j], count);
    }
  }
}

export type Column = Float32Array | Float64Array;

/** The activation over a whole grid: one switch per node, not per cell. */
function activateInto(code: ActCode, src: Float64Array, dst: Column, n: number): void {
  switch (code) {
    case 0:
      for (let p = 0; p < n; p++) dst[p] = src[p] > 0 ? src[p] : 0;
      break;
    case 1:
      for (let p = 0; p < n; p++) dst[p] = tanh(src[p]);
      break;
    case 2:
      for (let p = 0; p < n; p++) dst[p] = sigmoid(src[p]);
      break;
    default:
      for (let p = 0; p < n; p++) dst[p] = src[p];
  }
}
