import type { HeatmapGrid } from '../../core/heatmap.js';
import { paintGrid } from '../shared/painters/heatmap.js';
import type { PaletteTables } from '../shared/painters/palette.js';
import { surfaceOf, type Context2D, type Surface } from '../shared/painters/surface.js';

/** Cells per side of a node's heatmap picture. */
const THUMB_CELLS = 20;

interface Thumbs {
  grid: HeatmapGrid;
  /** THUMB_CELLS wide, one THUMB_CELLS-high slot per node, scaled onto the shared canvas. */
  atlas: CanvasRenderingContext2D;
  nodes: { layer: number; index: number; x: number; y: number; w: number; h: number; image: ImageData; last: Uint16Array }[];
  surface: Surface;
  width: number;
  height: number;
}

/**
 * The neurons' heatmap pictures in a playground's graph. All of them go on one canvas under
 * the nodes (one canvas costs the compositor one upload per frame where one per node cost
 * fifty), through an atlas of 20 × 20 images; only nodes whose picture changed are computed
 * again. At rest the pictures are a still bitmap on their own canvas (a Surface, which costs
 * the compositor nothing per frame); while training they are drawn on the graph's live canvas
 * with the moving dashes (see LivePicture), since handing a new bitmap over ten times a second
 * cost 6-15 ms a frame at 4× CPU where a live 2D canvas costs well under one.
 * @internal
 */
export class NodeThumbs {
  private thumbs: Thumbs | null = null;
  /** Drawn on the live canvas: their own canvas shows nothing. */
  private live = false;
  /** Back from the live canvas: their own shows an older picture until the next update shows them. */
  private stale = false;

  constructor(private colours: PaletteTables) {}

  /** The node boxes moved (a new layout, a resize) or the colours changed: every picture is measured and painted again. */
  invalidate(): void {
    this.thumbs = null;
  }

  /** The size the pictures are placed for, in device pixels (null before they are placed). */
  get size(): { width: number; height: number } | null {
    return this.thumbs && { width: this.thumbs.width, height: this.thumbs.height };
  }

  /**
   * Brings every node's picture up to date with `grid`, measuring the node `buttons` first
   * when needed (`canvas` is the pictures' own); true when one changed, for the caller to show.
   */
  update(grid: HeatmapGrid, canvas: HTMLCanvasElement, buttons: () => HTMLElement[], discretize = false): boolean {
    let thumbs = this.thumbs;
    let changed = false;
    if (!thumbs || thumbs.grid !== grid || thumbs.surface.canvas !== canvas) {
      thumbs = this.place(canvas, grid, buttons());
      if (!thumbs) return false;
      changed = true;
    }
    for (let k = 0; k < thumbs.nodes.length; k++) {
      const t = thumbs.nodes[k];
      const values = grid.outputs[t.layer]?.[t.index];
      if (!values || !paintGrid(t.image, values, grid.density, this.colours.lut, discretize, t.last)) continue;
      thumbs.atlas.putImageData(t.image, 0, k * THUMB_CELLS);
      changed = true;
    }
    return changed || this.stale;
  }

  /** Draws every node's picture from the atlas onto `ctx`, all writes to the atlas done: alternating them would make the canvas copy the atlas for every node. */
  drawOnto(ctx: Context2D): void {
    const t = this.thumbs;
    if (!t) return;
    ctx.imageSmoothingEnabled = false;
    const size = THUMB_CELLS;
    t.nodes.forEach((n, k) => ctx.drawImage(t.atlas.canvas, 0, k * size, size, size, n.x, n.y, n.w, n.h));
  }

  /** Shows the pictures on their own canvas, unless they are on the live one. */
  show(): void {
    const t = this.thumbs;
    if (!t || this.live) return;
    const ctx = t.surface.begin(t.width, t.height);
    if (!ctx) return;
    this.drawOnto(ctx);
    t.surface.present();
    this.stale = false;
  }

  /**
   * The pictures go on the live canvas (`on`), which lies over their own: that one keeps its
   * last picture, covered (emptying it cost 8 ms at 4× CPU), and gets none until they are back.
   * Back, they are shown by the next update (`update` says so), which follows at once: showing
   * them here as well drew and handed over the still picture twice on every Pause (17 ms at 4×).
   */
  setLive(on: boolean): void {
    if (on === this.live) return;
    this.live = on;
    this.stale ||= !on;
  }

  /** Where each node's picture goes on the shared canvas, in device pixels, read after a render or resize. */
  private place(canvas: HTMLCanvasElement, grid: HeatmapGrid, buttons: HTMLElement[]): Thumbs | null {
    const diagram = canvas.parentElement as HTMLElement;
    // Device pixels as shown: a diagram scaled down (CSS zoom or a transform) gets smaller
    // buffers, which each commit copies: ten playgrounds at zoom 0.25 had 16 times too many.
    const dpr = (window.devicePixelRatio || 1) * (diagram.getBoundingClientRect().width / diagram.clientWidth || 1);
    const w = Math.round(diagram.clientWidth * dpr);
    const h = Math.round(diagram.clientHeight * dpr);
    if (!w || !h) return null;
    const atlasCanvas = document.createElement('canvas');
    atlasCanvas.width = THUMB_CELLS;
    atlasCanvas.height = THUMB_CELLS * Math.max(1, buttons.length);
    const atlas = atlasCanvas.getContext('2d');
    if (!atlas) return null;
    const nodes = buttons.map((b) => {
      const [layer, index] = (b.dataset.node ?? '0:0').split(':').map(Number);
      // The node is centred on its offset position by a translate(-50%, -50%).
      const x = b.offsetLeft - b.offsetWidth / 2 + b.clientLeft;
      const y = b.offsetTop - b.offsetHeight / 2 + b.clientTop;
      return {
        layer, index,
        x: Math.round(x * dpr), y: Math.round(y * dpr), w: Math.round(b.clientWidth * dpr), h: Math.round(b.clientHeight * dpr),
        image: atlas.createImageData(THUMB_CELLS, THUMB_CELLS),
        last: new Uint16Array(THUMB_CELLS * THUMB_CELLS).fill(0xffff),
      };
    });
    this.thumbs = { grid, atlas, nodes, surface: surfaceOf(canvas), width: w, height: h };
    return this.thumbs;
  }
}
