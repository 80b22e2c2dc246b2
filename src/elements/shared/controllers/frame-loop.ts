import type { ReactiveController, ReactiveControllerHost } from 'lit';

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
    if (typeof IntersectionObserver === 'function') {
      this.observer = new IntersectionObserver((entries) => {
        this.visible = entries.some((e) => e.isIntersecting);
        if (this.visible) this.schedule();
        else this.cancel();
      });
      this.observer.observe(this.host);
    }
    document.addEventListener('visibilitychange', this.onVisibility);
    this.schedule();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = null;
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.cancel();
  }

  private cancel(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  private schedule(): void {
    if (this.frame || !this.wanted || !this.visible || !this.host.isConnected || document.visibilityState === 'hidden') return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (!this.wanted || !this.visible) return;
      this.tick(performance.now() + FRAME_WORK_MS);
      this.schedule();
    });
  }
}
