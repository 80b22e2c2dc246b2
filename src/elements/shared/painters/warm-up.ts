import { windowOf } from '../realm.js';

/**
 * Draws a canvas again in the next frames, after it was drawn at a new size. The compositor
 * allocates a buffer at each of a canvas's first draws at a new size (it keeps two): done
 * while the learner looks, that cost stays out of the first frame of training, which measured
 * 70 ms on a 4× slower CPU with all three canvases' allocations in it.
 */
export class CanvasWarmUp {
  private frame = 0;
  private win: Window | null = null;

  constructor(private host: Element, private frames = 2) {}

  /** Calls `draw` once in each of the next frames while the host is connected; restarts if already running. */
  start(draw: () => void): void {
    this.stop();
    let left = this.frames;
    const tick = () => {
      this.frame = 0;
      if (!this.host.isConnected) return;
      draw();
      if (--left > 0) this.frame = win.requestAnimationFrame(tick);
    };
    const win = (this.win = windowOf(this.host));
    this.frame = win.requestAnimationFrame(tick);
  }

  stop(): void {
    if (this.frame) this.win?.cancelAnimationFrame(this.frame);
    this.frame = 0;
  }
}
