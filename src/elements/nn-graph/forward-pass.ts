import type { ReactiveControllerHost } from 'lit';
import type { NodeRef } from '../../core/network.js';
import { StepTimerController } from '../shared/controllers/step-timer.js';
import type { GraphModel } from './graph-model.js';

/** Time between two layers of a played forward pass. */
const STEP_MS = 450;

/** What a played forward pass tells its graph. */
export interface ForwardPassView {
  model(): GraphModel;
  /** More nodes are shown as computed: render. */
  shown(): void;
  /** The pass is complete. */
  done(): void;
}

/**
 * Plays a graph's forward pass as the learner sees it: Play computes one layer per beat (all
 * at once under reduced motion), Step one node per press; Reset shows nothing computed. The
 * timer stops with the host and goes on when it comes back.
 * @internal
 */
export class ForwardPass {
  private readonly timer: StepTimerController;

  constructor(host: ReactiveControllerHost, private view: ForwardPassView) {
    this.timer = new StepTimerController(host);
  }

  play(): void {
    const m = this.view.model();
    this.timer.cancel();
    const reduced = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (reduced) {
      m.computed = m.totalNodes;
      this.view.shown();
      this.view.done();
      return;
    }
    m.computed = 0;
    this.view.shown();
    const beat = () => {
      const complete = this.view.model().computeNextLayer();
      this.view.shown();
      if (complete) this.view.done();
      else this.timer.schedule(beat, STEP_MS);
    };
    this.timer.schedule(beat, 60);
  }

  /** Computes the next node and returns it; the pass completes with the last one. */
  step(): NodeRef {
    this.timer.cancel();
    const m = this.view.model();
    const node = m.computeNextNode();
    this.view.shown();
    if (m.complete) this.view.done();
    return node;
  }

  reset(): void {
    this.timer.cancel();
    this.view.model().computed = 0;
    this.view.shown();
  }

  cancel(): void {
    this.timer.cancel();
  }
}
