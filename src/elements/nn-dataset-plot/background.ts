import { featureValue, type FeatureName } from '../../core/features.js';
import { HeatmapGrid } from '../../core/heatmap.js';
import { hasNetworkBrand } from '../../core/brand.js';
import type { Network } from '../../core/network.js';
import type { PlotModel } from './plot-source.js';

/**
 * What the plot shows behind its points: a grid computed elsewhere (a playground's), or the
 * output of its own `model` over a grid of `density` cells per side, recomputed only when the
 * model, its weights (`changed()`), the density or the features changed: hovering never does.
 * @internal
 */
export class PlotBackground {
  model: PlotModel | null = null;
  density = 100;
  private own: HeatmapGrid | null = null;
  private dirty = true;

  /** A new model: its grid is made again. */
  setModel(model: PlotModel | null): void {
    this.model = model;
    this.own = null;
    this.dirty = true;
  }

  /** The model's weights, the density or the given grid changed: recompute at the next draw. */
  changed(): void {
    this.dirty = true;
  }

  /** The model as network and features: a bare network reads x1 and x2. */
  parts(): { network: Network; features: readonly FeatureName[] } | null {
    const m = this.model;
    if (!m) return null;
    return hasNetworkBrand(m) ? { network: m, features: ['x1', 'x2'] } : m;
  }

  /** The grid to draw: `given`, or one computed here from the model (null: no background). */
  grid(given: HeatmapGrid | null): HeatmapGrid | null {
    if (given) return given;
    const parts = this.parts();
    if (!parts) return null;
    const { network, features } = parts;
    if (!this.own || this.own.density !== this.density || this.own.features.join() !== features.join()) {
      this.own = new HeatmapGrid(features, this.density);
      this.dirty = true;
    }
    if (this.dirty) this.own.compute(network);
    this.dirty = false;
    return this.own;
  }

  /** The model's output at (x, y), or null without a model. */
  outputAt(x: number, y: number): number | null {
    const parts = this.parts();
    if (!parts) return null;
    const r = parts.network.forward(parts.features.map((f) => featureValue(f, x, y)));
    return r.values[r.values.length - 1][0];
  }
}
