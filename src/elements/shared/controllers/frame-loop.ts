import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Runs `tick` once per animation frame while `running`, the host is on screen and the tab is
 * visible; asks for no frame otherwise, so a paused or hidden element costs nothing. Browser
 * APIs are touched only after connect (server rendering imports the class in Node).
 */
export class FrameLoopController implements ReactiveController {
  private frame = 0;
  private wanted = false;
  private visible = true;
  private observer: IntersectionObserver | null = null;
  private onVisibility = () => this.schedule();

  constructor(private host: ReactiveControllerHost & HTMLElement, private tick: () => void) {
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
      this.tick();
      this.schedule();
    });
  }
}
