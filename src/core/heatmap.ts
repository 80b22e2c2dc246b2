import { forwardColumns } from './columns.js';
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
  private shapeOf: Network | null = null;
  private shapeVersion = -1;
  private scratch: Float64Array;
  /** Row-band views of `outputs`, keyed by first row × 65536 + end row; cleared with the shape. */
  private bands = new Map<number, Float32Array[][]>();

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
    this.computeRows(network, 0, this.density);
  }

  /**
   * Fills rows `from` (inclusive) to `to` (exclusive) only, so that a caller with a time budget
   * can spread one pass over several frames. The same values as `compute` for those rows.
   */
  computeRows(network: Network, from: number, to: number): void {
    if (network.sizes[0] !== this.features.length) {
      throw new Error(`the grid has ${this.features.length} features but the network has ${network.sizes[0]} inputs`);
    }
    const d = this.density;
    from = Math.max(0, Math.min(d, Math.floor(from)));
    to = Math.max(from, Math.min(d, Math.floor(to)));
    if (to === from) return;
    // The shape is looked at again only for another network or after a structure edit: a
    // budgeted caller comes here 20 times a pass.
    if (network !== this.shapeOf || network.structureVersion !== this.shapeVersion) {
      this.shapeOf = network;
      this.shapeVersion = network.structureVersion;
      const shape = network.sizes.join();
      if (shape !== this.shape) {
        this.shape = shape;
        this.bands.clear();
        const cells = d * d;
        this.outputs = network.sizes.map((n, l) => (l === 0 ? this.inputGrids : Array.from({ length: n }, () => new Float32Array(cells))));
      }
    }
    if (from === 0 && to === d) {
      forwardColumns(network, this.outputs, d * d, this.scratch);
      return;
    }
    // Views are cached: a budgeted caller asks for the same bands frame after frame.
    const id = from * 65536 + to;
    let band = this.bands.get(id);
    if (!band) {
      band = this.outputs.map((layer) => layer.map((column) => column.subarray(from * d, to * d)));
      this.bands.set(id, band);
    }
    forwardColumns(network, band, (to - from) * d, this.scratch);
  }
}
