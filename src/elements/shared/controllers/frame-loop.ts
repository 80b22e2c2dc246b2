import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { windowOf } from '../realm.js';

/**
 * Main-thread milliseconds a frame gives to its work (training and heatmaps) out of 16.7 at
 * 60 Hz: the rest is left for Lit, style, layout, paint and the host page. Measured in wall
 * time, so a slow or throttled CPU gets less work per frame, not longer frames.
 */
export const FRAME_WORK_MS = 3;

/**
 * One frame loop per window, shared by every element that works in frames: one
 * requestAnimationFrame, and one FRAME_WORK_MS budget split between the loops that want the
 * frame. Ten playgrounds training on one page spent ten budgets (30 ms a frame, 17 fps at 4x
 * CPU); now they share one. Each loop gets an equal part of what is left when its turn comes,
 * and once the budget is spent the rest wait for the next frame, where they go first
 * (round-robin), so every loop keeps its turn and no frame grows with the number of loops.
 */
class PageFrames {
  private static readonly byWindow = new WeakMap<Window, PageFrames>();
  private readonly loops: FrameLoopController[] = [];
  private frame = 0;
  /** Within `run`: the frame is asked for at its end. */
  private running = false;

  static of(win: Window): PageFrames {
    let frames = PageFrames.byWindow.get(win);
    if (!frames) PageFrames.byWindow.set(win, (frames = new PageFrames(win)));
    return frames;
  }

  private constructor(private win: Window) {}

  want(loop: FrameLoopController): void {
    if (!this.loops.includes(loop)) this.loops.push(loop);
    if (!this.frame && !this.running) this.frame = this.win.requestAnimationFrame(this.run);
  }

  drop(loop: FrameLoopController): void {
    const i = this.loops.indexOf(loop);
    if (i < 0) return;
    this.loops.splice(i, 1);
    if (!this.loops.length && this.frame) {
      this.win.cancelAnimationFrame(this.frame);
      this.frame = 0;
    }
  }

  private readonly run = (): void => {
    this.frame = 0;
    this.running = true;
    // This frame's turn, in order; a loop that starts during it (or wants more) joins the next.
    const order = this.loops.splice(0);
    const end = performance.now() + FRAME_WORK_MS;
    /** The first loop that did not get its tick: it and those after it wait. */
    let waitFrom = order.length;
    try {
      for (let k = 0; k < order.length; k++) {
        const now = performance.now();
        if (k > 0 && now >= end) {
          waitFrom = k;
          break;
        }
        const loop = order[k];
        // A tick that throws loses its turn, not the others'.
        waitFrom = k + 1;
        loop.runTick(now + (end - now) / (order.length - k), order.length);
        waitFrom = order.length;
        if (loop.keepsRunning() && !this.loops.includes(loop)) this.loops.push(loop);
      }
    } finally {
      // Those that waited (and still want frames) go first next time.
      const waiting = order.slice(waitFrom).filter((l) => l.keepsRunning() && !this.loops.includes(l));
      this.loops.unshift(...waiting);
      this.running = false;
      if (this.loops.length && !this.frame) this.frame = this.win.requestAnimationFrame(this.run);
    }
  };
}

/**
 * Runs `tick(deadline, sharing)` once per animation frame, `deadline` being the `performance.now()`
 * by which its work should be done (its share of the page's frame budget, see PageFrames) and
 * `sharing` the number of loops that take turns in this frame (1: it alone), while
 * `running`, the host is on screen and the tab is visible; asks for no frame otherwise, so a
 * paused or hidden element costs nothing. Browser APIs are touched only after connect (server
 * rendering imports the class in Node).
 * @internal
 */
export class FrameLoopController implements ReactiveController {
  /** The window whose frames it takes part in (the host's, which an adoption into an iframe changes). */
  private frameWindow: Window | null = null;
  private wanted = false;
  private visible = true;
  private observer: IntersectionObserver | null = null;
  private onVisibility = () => this.schedule();

  constructor(private host: ReactiveControllerHost & HTMLElement, private tick: (deadline: number, sharing: number) => void) {
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
    if (this.frameWindow) PageFrames.of(this.frameWindow).drop(this);
    this.frameWindow = null;
  }

  /** Whether the loop wants the next frame too (PageFrames asks after each tick). */
  keepsRunning(): boolean {
    const keep = this.wanted && this.visible && this.host.isConnected && this.host.ownerDocument.visibilityState !== 'hidden' && windowOf(this.host) === this.frameWindow;
    if (!keep) this.frameWindow = null;
    return keep;
  }

  /** The frame's work, by PageFrames. */
  runTick(deadline: number, sharing = 1): void {
    if (this.wanted && this.visible) this.tick(deadline, sharing);
  }

  private schedule(): void {
    if (!this.wanted || !this.visible || !this.host.isConnected || this.host.ownerDocument.visibilityState === 'hidden') return;
    const win = windowOf(this.host);
    // Adopted into another window: its own frames from now on.
    if (this.frameWindow && this.frameWindow !== win) PageFrames.of(this.frameWindow).drop(this);
    this.frameWindow = win;
    PageFrames.of(win).want(this);
  }
}
