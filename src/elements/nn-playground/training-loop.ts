import type { ReactiveControllerHost } from 'lit';
import { FrameLoopController } from '../shared/controllers/frame-loop.js';
import type { PlaygroundRun } from './playground-run.js';
import { nowOrIdle } from '../shared/now-or-idle.js';
import { afterFirstUpdate } from '../shared/nn-element.js';
import { WARM_DRAWS } from '../nn-graph/live-picture.js';
import { frameTurns } from '../shared/frame-turn.js';

/** Rows of the heatmap grid computed between two looks at the clock while training. */
const HEAT_ROWS = 5;
/**
 * While training, the neuron thumbnails are repainted at most this often (the output every
 * pass): a 10 Hz refresh of a 40 px picture looks as smooth to a learner as 60 Hz.
 */
const THUMBNAIL_MS = 100;
/** Share of the frame's work budget that training may use before the heatmap gets the rest. */
const TRAIN_SHARE = 0.6;
/** A heatmap pass that fits in this many milliseconds is done at once after a Step or an edit. */
const SYNC_HEATMAP_MS = 20;
/**
 * While training, a heatmap pass starts at most this often: 20 per second. The boundary moves
 * smoothly at that rate (TensorFlow Playground redraws at its 13 fps), and it kept the default
 * network under 2 ms of main thread per frame: 30 per second cost 0.2-0.4 ms more (A/B, bench).
 */
const PASS_MS = 50;
/** Least time between two writes of the epoch and losses while training. */
const LIVE_MS = 66;
/**
 * Training elements on one page that refresh at the rates above; with more, each refreshes
 * that much less often (slow, in runFrame), so that the page repaints about as much as for
 * this many. The work budget is shared already (PageFrames), but every element's numbers,
 * chart, pictures and dashes were repainted at their own rates: ten training on one page made
 * frames of 33 ms at 4× CPU, nearly all style, layout and paint. Three ran at 52 fps (bench).
 */
const SMOOTH_LOOPS = 3;
/** The training code's warm-up was asked for on this page (warm-training.ts), by the first playground to render. */
let warmed = false;

/**
 * The warm-up's own chunk, fetched when the browser is idle after the first playground has
 * rendered: a lesson whose playground the learner has not reached loads none of it.
 */
function warmTrainingOnce(): void {
  if (!warmed) nowOrIdle([], () => void import('./warm-training.js').then((m) => m.warmTraining(), () => {}));
  warmed = true;
}
/** Frames after Play that train nothing: Play's render, then the live canvas's first draws. */
const REST_FRAMES = 1 + WARM_DRAWS;
/**
 * The frame's turn for a paused playground to show its network at rest. Showing it restyles
 * every link and swaps the live canvas for the still pictures: one Pause did so in its own
 * task, as before, but ten paused together did ten in one task (92 ms at 4× CPU,
 * bench/many.mjs). So the second and later in one frame keep their live picture, which shows
 * the same weights, and come to rest one per frame after.
 */
const rests = frameTurns();

/**
 * What the loop asks of its playground: one epoch, and the pictures and readouts to refresh.
 * @internal
 */
export interface TrainingView {
  readonly run: PlaygroundRun;
  /** Epochs per frame. */
  readonly speed: number;
  /** One epoch; false when training stopped by itself (the loss diverged: the view paused). */
  trainOne(): boolean;
  /** A heatmap pass completed: repaint the graph (its thumbnails at most every `throttleMs`) and the plot. */
  showPass(throttleMs: number): void;
  /** Writes the epoch and losses in place. */
  paintLive(): void;
  /** Renders the loss chart when it is due (`force`: now). */
  paintChart(now: number, slow: number): void;
  /** Epochs were trained: their timing, nn-epoch and the loss for screen readers. */
  report(start: number, trained: number, epochs: number): void;
  /** The template changed (a Step, an edit): render it. */
  requestUpdate(): void;
}

/** The last frame's work, in milliseconds (see NnPlayground.frameTiming). */
export interface FrameTiming { start: number; train: number; heatmaps: number; draw: number; epochs: number }

/**
 * The playground's training loop: within each animation frame's work budget, up to `speed`
 * epochs (at least one) while playing, then as much of a heatmap pass as fits. The graph and
 * the plot are repainted when a pass completes, so a large network on a slow machine
 * refreshes its pictures less often instead of dropping frames. After a pause or a Step the
 * loop runs on without training until the pass for the current weights is complete.
 * Nothing is allocated per frame: the loop and its callback are made once.
 * @internal
 */
export class TrainingLoop {
  playing = false;
  /** Paused, but not yet shown at rest (another playground took this frame's turn, see rests): its graph still shows the live picture. */
  resting = false;
  /** Set by play: the loop's first frames only show Play (and the graph's live canvas warms, see LivePicture). */
  private restFrames = 0;
  /**
   * A pass completed in a frame already past its budget: the next frame shows it and trains
   * nothing. On the largest network at 4× CPU an epoch, a band of the heatmap and the pictures
   * in one frame made tasks of 50-70 ms; apart, each is under 25.
   */
  private showNext = false;
  /** The next heatmap row to compute: while training, one pass over the grid may span frames. */
  private heatRow = 0;
  private passes = 0;
  private passStarted = -Infinity;
  /** The epoch whose weights the current or last pass uses. */
  private passEpoch = -1;
  private liveAt = 0;
  /** The last pass was shown with every picture repainted (showPass(0)), not throttled. */
  private shownWhole = true;
  private readonly loop: FrameLoopController;

  constructor(private host: ReactiveControllerHost & HTMLElement, private view: TrainingView, readonly timing: FrameTiming) {
    if (!warmed) void (afterFirstUpdate(host) ?? Promise.resolve()).then(warmTrainingOnce);
    this.loop = new FrameLoopController(host, (deadline, sharing) => this.runFrame(deadline, sharing));
  }

  /** Whether this playground may come to rest in this frame (see rests): no other one did. */
  private mayRest(): boolean {
    return rests(this.host.ownerDocument, this) !== null;
  }

  /** Complete heatmap passes so far (NnPlayground.heatmapPass). */
  get passCount(): number {
    return this.passes;
  }

  /** Training, or paused and waiting for its turn to show the network at rest: the graph's live picture stays. */
  get flowing(): boolean {
    return this.playing || this.resting;
  }

  play(): void {
    this.playing = true;
    this.resting = false;
    // Play's own frame renders the button and lays out the toolbar, and the graph's live canvas
    // gets its buffers in the next three (LivePicture's WARM_DRAWS); training starts after, so
    // on a slow CPU they do not add up into one long task (55 ms at 4×, measured).
    this.restFrames = REST_FRAMES;
    this.loop.start();
  }

  pause(): void {
    this.playing = false;
    // The picture may be from an earlier epoch (a pass spans frames, or was not due): the loop
    // makes one more pass for the paused network within its budget, then stops. A pass waiting
    // to be shown is shown first.
    const current = this.pictured;
    if (!this.mayRest()) {
      // Its turn comes in a later frame (runFrame): the pass for these weights is then shown whole.
      this.resting = true;
      if (current) this.showNext = true;
      else this.heatRow = 0;
      this.loop.start();
    } else if (current && !this.showNext) {
      // The pass for these weights is shown, but maybe with the thumbnails throttled (an older
      // picture of some neurons): shown again whole, so the paused network is pictured as it is.
      if (!this.shownWhole) this.show(0);
      this.loop.stop();
    }
    else if (!current) this.heatRow = 0;
  }

  /** Trains `n` epochs at once (Step), then brings every picture up to date. */
  runEpochs(n: number): void {
    const start = performance.now();
    for (let i = 0; i < n; i++) if (!this.view.trainOne()) break;
    const trained = performance.now();
    this.afterStep();
    this.view.report(start, trained, n);
  }

  /**
   * Starts a new heatmap pass for changed weights and redraws. The pass is finished at once
   * when it fits in SYNC_HEATMAP_MS (any network on an ordinary machine); otherwise the frame
   * loop finishes it within its budget, so no single task grows with the network.
   */
  afterStep(): void {
    const t0 = performance.now();
    this.heatRow = 0;
    this.showNext = false;
    const done = this.advanceHeatmap(t0 + SYNC_HEATMAP_MS);
    const t1 = performance.now();
    if (done) {
      this.show(0);
      // A pass the loop was finishing after a pause is now made for the current weights.
      if (!this.playing) this.loop.stop();
    } else {
      this.loop.start();
    }
    this.view.requestUpdate();
    this.timing.heatmaps = t1 - t0;
    this.timing.draw = performance.now() - t1;
  }

  private runFrame(deadline: number, sharing = 1): void {
    if (this.restFrames) {
      this.restFrames--;
      if (this.playing) return;
    }
    const view = this.view;
    const slow = Math.max(1, sharing / SMOOTH_LOOPS);
    if (this.showNext) {
      // Another playground came to rest in this frame: this one shows its pass in a later one (rests).
      if (this.resting && !this.mayRest()) return;
      this.showNext = false;
      const t = performance.now();
      this.show(this.playing ? THUMBNAIL_MS * slow : 0);
      this.timing.draw = performance.now() - t;
      // Paused meanwhile: done, unless the pause asked for a pass of the paused network.
      if (!this.playing && this.pictured) this.loop.stop();
      return;
    }
    const start = performance.now();
    const trainUntil = start + (deadline - start) * TRAIN_SHARE;
    const speed = view.speed;
    let n = 0;
    let diverged = false;
    while (this.playing && n < speed && (n === 0 || performance.now() < trainUntil)) {
      n++;
      if ((diverged = !view.trainOne())) break;
    }
    const trained = performance.now();
    if (diverged) {
      // Paused by trainOne: the picture of the network as it stopped.
      this.afterStep();
      view.report(start, trained, n);
      return;
    }
    // While training, a new pass starts at most every PASS_MS: a small network's pass fits in
    // every frame, but the boundary moves too little between two frames to be worth the paint.
    const due = !this.playing || this.heatRow > 0 || start - this.passStarted >= PASS_MS * slow;
    if (due && this.heatRow === 0) this.passStarted = start;
    const done = due && this.advanceHeatmap(deadline);
    const computed = performance.now();
    if (done && ((this.playing && computed > deadline) || (this.resting && !this.mayRest()))) this.showNext = true;
    else if (done) this.show(this.playing ? THUMBNAIL_MS * slow : 0);
    if (!this.playing) {
      if (done && !this.showNext) this.loop.stop();
      if (!n) return;
    }
    // The numbers are written in place, at most LIVE_MS apart while training (faster is a blur
    // no one reads, and each change costs a paint); the loss chart alone, when it is due.
    if (!this.playing || start - this.liveAt >= LIVE_MS * slow) {
      this.liveAt = start;
      view.paintLive();
    }
    view.paintChart(start, slow);
    this.timing.heatmaps = computed - trained;
    this.timing.draw = performance.now() - computed;
    view.report(start, trained, n);
  }

  /** No pass is under way, and the last one was made for the current weights. */
  private get pictured(): boolean {
    return this.heatRow === 0 && this.passEpoch === this.view.run.session.epoch;
  }

  private show(throttleMs: number): void {
    this.shownWhole = throttleMs === 0;
    this.view.showPass(throttleMs);
    if (this.resting && !this.playing && throttleMs === 0) {
      // At rest now: the graph's template drops its live picture in this frame's render.
      this.resting = false;
      this.view.requestUpdate();
    }
  }

  /** Computes heatmap rows until `deadline` (at least one band); true when that completed a pass. */
  private advanceHeatmap(deadline: number): boolean {
    const { grid, session } = this.view.run;
    const d = grid.density;
    if (this.heatRow === 0) this.passEpoch = session.epoch;
    while (this.heatRow < d) {
      const to = Math.min(d, this.heatRow + HEAT_ROWS);
      grid.computeRows(session.network, this.heatRow, to);
      this.heatRow = to;
      if (performance.now() >= deadline) break;
    }
    if (this.heatRow < d) return false;
    this.heatRow = 0;
    this.passes++;
    return true;
  }
}
