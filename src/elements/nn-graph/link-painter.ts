import { linkWidth } from './layout.js';
import type { Context2D } from '../shared/painters/surface.js';

/** What the links picture: a network's weights, or its gradients in the same shapes. */
export interface LinkSource {
  readonly sizes: readonly number[];
  readonly weights: readonly ArrayLike<number>[];
  /** The biases, for the marks on the nodes (a network has them; gradients on the links do not). */
  readonly biases?: readonly ArrayLike<number>[];
}

/** data-level values from −4 to 4, made once: a sweep writes one per changed node. */
const LEVEL_TEXT = ['-4', '-3', '-2', '-1', '0', '1', '2', '3', '4'];

/**
 * The small square at each neuron's corner that shows its bias, as TensorFlow Playground
 * draws it: blue for positive, orange for negative, more opaque for a larger bias (a quarter
 * step per 0.25, full from 1). Like the links, a mark is written only when its look changed.
 * @internal
 */
export class BiasPainter {
  private marks: HTMLElement[] = [];
  private last = new Int8Array(0);

  /** The marks of a new layout, one per non-input node in network order. */
  attach(marks: HTMLElement[]): void {
    this.marks = marks;
    this.last = new Int8Array(marks.length).fill(99);
  }

  paint(src: LinkSource): void {
    const biases = src.biases;
    if (!biases) return;
    let k = 0;
    for (let l = 0; l < biases.length; l++) {
      const b = biases[l];
      for (let j = 0; j < b.length && k < this.marks.length; j++, k++) {
        const v = b[j];
        const look = v >= 0 ? Math.min(4, Math.round(v * 4)) : -Math.min(4, Math.round(-v * 4));
        if (look === this.last[k]) continue;
        this.last[k] = look;
        this.marks[k].setAttribute('data-level', LEVEL_TEXT[look + 4]);
      }
    }
  }
}

/** stroke-width values by tenths of a pixel, made once: a sweep writes up to 96 a pass. */
const WIDTH_TEXT: string[] = [];

/**
 * Paints each link's width and sign from its weight on an absolute scale (as TensorFlow
 * Playground does), so that editing one weight changes one line. It keeps the look it last
 * wrote per line and writes only lines whose look changed: a DOM write per link per frame
 * would cost more than the math. A sweep may stop after `limit` writes and go on at the next
 * call, so that no frame restyles the largest network's 384 links at once.
 * @internal
 */
export class LinkPainter {
  private lines: SVGLineElement[] = [];
  /** Per line: width in tenths of a pixel, negative for negative weights, 0 for a dead link. */
  private last = new Float32Array(0);
  /** Per line: x1, y1, x2, y2 in the diagram's units, read once per layout. */
  private ends = new Float32Array(0);
  /** Where an unfinished sweep goes on (0: none in progress). */
  private cursor = 0;

  /** The lines of a new layout, in the network's weight order. */
  attach(lines: SVGLineElement[]): void {
    this.lines = lines;
    this.last = new Float32Array(lines.length).fill(NaN);
    this.ends = new Float32Array(lines.length * 4);
    lines.forEach((line, k) => this.ends.set([line.x1.baseVal.value, line.y1.baseVal.value, line.x2.baseVal.value, line.y2.baseVal.value], k * 4));
    this.cursor = 0;
  }

  /**
   * Marks moving along the links that are not dead: `per` squares of `size` device pixels on
   * each, at `phase` (0…1) of the way and evenly spaced from there, on a canvas `sx`, `sy`
   * device pixels per diagram unit. Squares, not a dashed stroke: a dash pattern over the
   * largest network's 384 lines rasterised in 50–200 ms tasks at 4× CPU (npm run bench).
   */
  markLive(ctx: Context2D, sx: number, sy: number, phase: number, per: number, size: number): void {
    const e = this.ends;
    const side = Math.round(size);
    const half = side >> 1;
    for (let k = 0; k < this.last.length; k++) {
      if (this.last[k] === 0) continue;
      const x1 = e[k * 4] * sx;
      const y1 = e[k * 4 + 1] * sy;
      const dx = e[k * 4 + 2] * sx - x1;
      const dy = e[k * 4 + 3] * sy - y1;
      for (let m = 0; m < per; m++) {
        const t = (phase + m / per) % 1;
        // Whole pixels: small integers reach the canvas unboxed, where doubles were a
        // heap number each (2.9 KB a frame on the largest network, bench).
        ctx.fillRect(((x1 + dx * t) | 0) - half, ((y1 + dy * t) | 0) - half, side, side);
      }
    }
  }

  get sweeping(): boolean {
    return this.cursor > 0;
  }

  /** Writes up to `limit` changed lines, from the start (`restart`) or where the last sweep stopped. */
  paint(net: LinkSource, dead: readonly Uint8Array[] | null, limit = Infinity, restart = true): void {
    const sizes = net.sizes;
    const lines = this.lines;
    const last = this.last;
    let k = restart ? 0 : this.cursor;
    let writes = 0;
    // The layer of link k, and the index of its first link.
    let l = 1;
    let offset = 0;
    while (l < sizes.length && offset + sizes[l] * sizes[l - 1] <= k) offset += sizes[l] * sizes[l - 1], l++;
    for (; l < sizes.length; l++) {
      const w = net.weights[l - 1];
      const deadLayer = dead?.[l - 1];
      const n = sizes[l] * sizes[l - 1];
      for (let m = k - offset; m < n && k < lines.length; m++, k++) {
        const v = w[m];
        const look = deadLayer?.[m] === 1 ? 0 : Math.sign(v || 1) * Math.round(10 * linkWidth(v));
        if (look === last[k]) continue;
        if (writes === limit) {
          this.cursor = k;
          return;
        }
        writes++;
        last[k] = look;
        const line = lines[k];
        line.classList.toggle('dead', look === 0);
        line.classList.toggle('neg', look < 0);
        const tenths = Math.abs(look);
        line.setAttribute('stroke-width', (WIDTH_TEXT[tenths] ??= String(tenths / 10 || 1)));
      }
      offset += n;
    }
    this.cursor = 0;
  }
}
