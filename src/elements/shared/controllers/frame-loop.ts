import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { windowOf } from '../realm.js';

/**
 * Main-thread milliseconds a frame gives to its work (training and heatmaps) out of 16.7 at
 * 60 Hz: the rest is left for Lit, style, layout, paint and the host page. Measured in wall
 * time, so a slow or throttled CPU gets less work per frame, not longer frames.
 */
export const FRAME_WORK_MS = 3;

/**
 * Runs `tick(deadline)` once per animation frame, `deadline` being the `performance.now()` by
 * which the frame's work should be done, while `running`, the host is on screen and the tab is
 * visible; asks for no frame otherwise, so a paused or hidden element costs nothing. Browser
 * APIs are touched only after connect (server rendering imports the class in Node).
 * @internal
 */
export class FrameLoopController implements ReactiveController {
  private frame = 0;
  /** The window whose frame was asked for (the host's, which an adoption into an iframe changes). */
  private frameWindow: Window | null = null;
  private wanted = false;
  private visible = true;
  private observer: IntersectionObserver | null = null;
  private onVisibility = () => this.schedule();

  constructor(private host: ReactiveControllerHost & HTMLElement, private tick: (deadline: number) => void) {
    host.addController(this);
  }

  get running(): boolean {
    return this.wanted;
  }

  start(): void {
    this.wanted = true;
    this.schedule();
  }

  stop(): void {
    this.wanted = false;
    this.cancel();
  }

  hostConnected(): void {
    const win = windowOf(this.host);
    this.visible = true;
    if (typeof win.IntersectionObserver === 'function') {
      this.observer = new win.IntersectionObserver((entries) => {
        this.visible = entries.some((e) => e.isIntersecting);
        if (this.visible) this.schedule();
        else this.cancel();
      });
      this.observer.observe(this.host);
    }
    this.host.ownerDocument.addEventListener('visibilitychange', this.onVisibility);
    this.schedule();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.host.ownerDocument.removeEventListener('visibilitychange', this.onVisibility);
    this.cancel();
  }

  private cancel(): void {
    if (this.frame) this.frameWindow?.cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  private schedule(): void {
    if (this.frame || !this.wanted || !this.visible || !this.host.isConnected || this.host.ownerDocument.visibilityState === 'hidden') return;
    const win = (this.frameWindow = windowOf(this.host));
    this.frame = win.requestAnimationFrame(() => {
      this.frame = 0;
      if (!this.wanted || !this.visible) return;
      this.tick(performance.now() + FRAME_WORK_MS);
      this.schedule();
    });
  }
}
