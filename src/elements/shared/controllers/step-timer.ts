import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A sequence of timed steps (the graph's layer-by-layer forward pass) that survives the host
 * being moved to another parent: disconnecting pauses it and reconnecting resumes it where it
 * was, instead of silently dropping the rest of the pass.
 * @internal
 */
export class StepTimerController implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private next: (() => void) | null = null;
  private delay = 0;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** True while a step is waiting. */
  get active(): boolean {
    return this.next !== null;
  }

  /** Runs `step` after `delay` ms (replacing any waiting step). */
  schedule(step: () => void, delay: number): void {
    this.clearTimer();
    this.next = step;
    this.delay = delay;
    this.arm();
  }

  cancel(): void {
    this.clearTimer();
    this.next = null;
  }

  hostConnected(): void {
    if (this.next) this.arm();
  }

  hostDisconnected(): void {
    this.clearTimer();
  }

  private arm(): void {
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const step = this.next;
      this.next = null;
      step?.();
    }, this.delay);
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
