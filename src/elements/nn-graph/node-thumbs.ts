import type { HeatmapGrid } from '../../core/heatmap.js';
import { paintGrid } from '../shared/painters/heatmap.js';
import type { PaletteTables } from '../shared/painters/palette.js';
import { CanvasWarmUp } from '../shared/painters/warm-up.js';

/** Cells per side of a node's heatmap picture. */
const THUMB_CELLS = 20;

interface Thumbs {
  grid: HeatmapGrid;
  /** THUMB_CELLS wide, one THUMB_CELLS-high slot per node, scaled onto the shared canvas. */
  atlas: CanvasRenderingContext2D;
  nodes: { layer: number; index: number; x: number; y: number; w: number; h: number; image: ImageData; last: Uint16Array }[];
  /** Scratch: indices of the nodes repainted this time. */
  changed: Uint16Array;
}

/**
 * The neurons' heatmap pictures in a playground's graph. All of them go on one canvas under
 * the nodes (one canvas costs the compositor one upload per frame where one per node cost
 * fifty), through an atlas of 20 × 20 images; only nodes whose picture changed are redrawn.
 * @internal
 */
export class NodeThumbs {
  private thumbs: Thumbs | null = null;
  private readonly warmUp: CanvasWarmUp;

  constructor(host: Element, private colours: PaletteTables) {
    this.warmUp = new CanvasWarmUp(host);
  }

  /** The node boxes moved (a new layout, a resize) or the colours changed: every picture is measured and painted again. */
  invalidate(): void {
    this.thumbs = null;
  }

  stop(): void {
    this.warmUp.stop();
  }

  /** Paints every node's picture from `grid` onto `canvas`, measuring the node `buttons` first when needed. */
  paint(grid: HeatmapGrid, canvas: HTMLCanvasElement, buttons: () => HTMLElement[], discretize = false): void {
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    let thumbs = this.thumbs;
    if (!thumbs || thumbs.grid !== grid) {
      thumbs = this.place(canvas, grid, buttons());
      if (!thumbs) return;
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      this.warmUp.start(() => {
        const t = this.thumbs;
        if (t) t.nodes.forEach((n, k) => ctx.drawImage(t.atlas.canvas, 0, k * THUMB_CELLS, THUMB_CELLS, THUMB_CELLS, n.x, n.y, n.w, n.h));
      });
    }
    ctx.imageSmoothingEnabled = false;
    const size = THUMB_CELLS;
    // All writes to the atlas first, then all reads from it: alternating them makes the canvas
    // copy the atlas for every node.
    const changed = thumbs.changed;
    let n = 0;
    for (let k = 0; k < thumbs.nodes.length; k++) {
      const t = thumbs.nodes[k];
      const values = grid.outputs[t.layer]?.[t.index];
      if (!values || !paintGrid(t.image, values, grid.density, this.colours.lut, discretize, t.last)) continue;
      thumbs.atlas.putImageData(t.image, 0, k * size);
      changed[n++] = k;
    }
    for (let m = 0; m < n; m++) {
      const k = changed[m];
      const t = thumbs.nodes[k];
      ctx.drawImage(thumbs.atlas.canvas, 0, k * size, size, size, t.x, t.y, t.w, t.h);
    }
  }

  /** Where each node's picture goes on the shared canvas, in device pixels, read after a render or resize. */
  private place(canvas: HTMLCanvasElement, grid: HeatmapGrid, buttons: HTMLElement[]): Thumbs | null {
    const diagram = canvas.parentElement as HTMLElement;
    const dpr = window.devicePixelRatio || 1;
    const w = Math.round(diagram.clientWidth * dpr);
    const h = Math.round(diagram.clientHeight * dpr);
    if (!w || !h) return null;
    if (canvas.width !== w) canvas.width = w;
    if (canvas.height !== h) canvas.height = h;
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
    this.thumbs = { grid, atlas, nodes, changed: new Uint16Array(nodes.length) };
    return this.thumbs;
  }
}
