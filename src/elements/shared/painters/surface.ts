/** A 2D context a Surface draws in: an OffscreenCanvas's, or the shown canvas's own where there is none. */
export type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/**
 * A canvas on the page that shows whole pictures, each drawn off screen and handed to it as
 * an ImageBitmap (its context is 'bitmaprenderer').
 *
 * Why: Chromium without GPU compositing (no GPU, a blocklisted driver, a virtual machine, a
 * remote desktop, our headless benchmarks) copies every 2D canvas on the page to the
 * compositor at every commit, changed or not: about 0.5 ms per megapixel at 1×. Ten idle
 * playgrounds on a page hold 4.6 megapixels of canvas, and cost 14 ms of each frame at 4× CPU
 * while an eleventh element animated anything. A bitmap is handed over once, when it changes.
 *
 * Each picture is drawn whole: `begin` gives a cleared context, `present` shows it. A browser
 * without OffscreenCanvas (Safari before 16.4) draws on the canvas itself, as before.
 * @internal
 */
export class Surface {
  private readonly Offscreen: typeof OffscreenCanvas | null = null;
  private scratch: OffscreenCanvas | null = null;
  private scratchCtx: OffscreenCanvasRenderingContext2D | null = null;
  private renderer: ImageBitmapRenderingContext | null = null;
  private own: CanvasRenderingContext2D | null = null;
  private began = false;

  constructor(readonly canvas: HTMLCanvasElement) {
    const view = canvas.ownerDocument.defaultView as (Window & typeof globalThis) | null;
    if (typeof view?.OffscreenCanvas === 'function') {
      this.Offscreen = view.OffscreenCanvas;
      this.renderer = canvas.getContext('bitmaprenderer');
    }
    if (!this.renderer) this.own = canvas.getContext('2d');
  }

  /** Sizes the canvas to `width` × `height` device pixels and gives a cleared context for its next picture (null: the canvas has no 2D context). */
  begin(width: number, height: number): Context2D | null {
    const c = this.canvas;
    if (c.width !== width) c.width = width;
    if (c.height !== height) c.height = height;
    this.began = true;
    if (this.own) {
      this.own.setTransform(1, 0, 0, 1, 0, 0);
      this.own.clearRect(0, 0, width, height);
      return this.own;
    }
    if (!this.renderer || !this.Offscreen) return null;
    if (!this.scratch) {
      this.scratch = new this.Offscreen(width, height);
      this.scratchCtx = this.scratch.getContext('2d');
    } else if (this.scratch.width !== width || this.scratch.height !== height) {
      this.scratch.width = width;
      this.scratch.height = height;
    }
    // Each picture starts blank, with the default state (transform, styles, smoothing).
    const ctx = this.scratchCtx;
    if (ctx && typeof ctx.reset === 'function') ctx.reset();
    else if (ctx) {
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, width, height);
    }
    return ctx;
  }

  /** Shows what was drawn since `begin`. */
  present(): void {
    if (!this.began) return;
    this.began = false;
    if (this.renderer && this.scratch) this.renderer.transferFromImageBitmap(this.scratch.transferToImageBitmap());
  }
}

const surfaces = new WeakMap<HTMLCanvasElement, Surface>();

/** The Surface of `canvas`, made at its first use (a canvas's context kind is fixed by its first getContext). */
export function surfaceOf(canvas: HTMLCanvasElement): Surface {
  let s = surfaces.get(canvas);
  if (!s) surfaces.set(canvas, (s = new Surface(canvas)));
  return s;
}
