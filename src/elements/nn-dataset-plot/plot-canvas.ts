import type { NodeRef } from '../../core/network.js';
import type { ReactiveControllerHost } from 'lit';
import type { Point } from '../../core/dataset.js';
import type { HeatmapGrid } from '../../core/heatmap.js';
import { paintGrid } from '../shared/painters/heatmap.js';
import type { PaletteTables } from '../shared/painters/palette.js';
import { ResizeController } from '../shared/controllers/resize.js';
import { surfaceOf } from '../shared/painters/surface.js';
import { windowOf } from '../shared/realm.js';
import { drawPoints } from './plot-painter.js';

/**
 * The plot's two canvases. The heatmap is a density-sized canvas (100 × 100) that CSS scales
 * under the points: a pass uploads 10,000 pixels, not the plot's size; the points, unchanged
 * while the model trains, are repainted only when what they show changed.
 * @internal
 */
export class PlotCanvas {
  private image: ImageData | null = null;
  /** What the points canvas shows: it is repainted only when one of these changes. */
  private pointsKey: unknown[] = [];
  /** The points canvas's size, border included, from the plot's ResizeObserver (reading it while training would force a layout). */
  size: { width: number; height: number } | null = null;

  private frame = 0;
  private readonly resize: ResizeController;
  /** The background scale the legend was last painted with: repainted only when the colours change. */
  private legendLut: Uint8ClampedArray | null = null;

  constructor(private host: ReactiveControllerHost & HTMLElement, private colours: PaletteTables, private redraw: () => void) {
    // The size of the points canvas, border included, as the observer reports it: reading it in
    // draw() would force a layout in the middle of a training frame.
    this.resize = new ResizeController(host, (entries) => {
      for (const e of entries) {
        const box = e.borderBoxSize?.[0];
        if (e.target !== host && box) this.size = { width: box.inlineSize, height: box.blockSize };
      }
      this.schedule();
      return false;
    }, { box: 'border-box' });
  }

  /** Follows the plot's size and its points canvas's (after each render; the same canvas costs nothing). */
  observe(canvas: HTMLCanvasElement | null): void {
    this.resize.observe(this.host, canvas);
  }

  /** Draws in the next frame (once, however often it is asked); not before the host is connected, whose first update draws. */
  schedule(): void {
    if (this.frame || !this.host.isConnected) return;
    this.frame = windowOf(this.host).requestAnimationFrame(() => {
      this.frame = 0;
      this.redraw();
    });
  }

  stop(): void {
    if (this.frame) windowOf(this.host).cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  /**
   * Paints the legend's bar from the background's own scale (the very colours of the plot's
   * extremes and its 0), one pixel per LUT entry, scaled by CSS.
   */
  legend(bar: HTMLCanvasElement | null): void {
    const lut = this.colours.background;
    if (!bar || lut === this.legendLut) return;
    const surface = surfaceOf(bar);
    const ctx = surface.begin(256, 1);
    if (!ctx) return;
    const img = ctx.createImageData(256, 1);
    img.data.set(lut);
    ctx.putImageData(img, 0, 0);
    surface.present();
    this.legendLut = lut;
  }

  /** Draws the heatmap of `grid` (or none) and, when they changed, the points. */
  draw(canvas: HTMLCanvasElement, heat: HTMLCanvasElement, grid: HeatmapGrid | null, train: readonly Point[], test: readonly Point[], showTest: boolean, showAxes: boolean, discretize: boolean, classification: boolean, node: NodeRef | null = null): void {
    const rect = this.size ?? canvas.getBoundingClientRect();
    const dpr = window.devicePixelRatio || 1;
    const w = Math.max(1, Math.round(rect.width * dpr));
    const h = Math.max(1, Math.round(rect.height * dpr));
    const n = grid ? grid.density : 1;
    if (heat.width !== n || heat.height !== n) this.image = null;
    const heatSurface = surfaceOf(heat);
    if (grid) {
      const hctx = heatSurface.begin(n, n);
      if (!hctx) return;
      if (!this.image) this.image = hctx.createImageData(n, n);
      // A hovered neuron's output comes from the same grid: showing it costs no pass.
      paintGrid(this.image, (node && grid.outputs[node.layer]?.[node.index]) || grid.output, n, this.colours.background, discretize);
      hctx.putImageData(this.image, 0, 0);
      heatSurface.present();
    } else if (heat.width !== 1) {
      heatSurface.begin(1, 1);
      heatSurface.present();
    }
    heat.classList.toggle('crisp', discretize);
    const c = this.colours;
    const key = this.pointsKey;
    if (key.length && key[0] === w && key[1] === h && key[2] === train && key[3] === test && key[4] === showTest && key[5] === showAxes && key[6] === c.colors && key[7] === c.css && key[8] === classification) return;
    const surface = surfaceOf(canvas);
    const ctx = surface.begin(w, h);
    if (!ctx) return;
    this.pointsKey = [w, h, train, test, showTest, showAxes, c.colors, c.css, classification];
    const r = Math.max(2.5, 3.5 * dpr * Math.min(1, w / (300 * dpr)) + 0.5);
    const style = { colors: c.colors, lutCss: c.css, classification };
    drawPoints(ctx, train, w, r, false, style);
    if (showTest) drawPoints(ctx, test, w, r, true, style);
    surface.present();
  }
}
