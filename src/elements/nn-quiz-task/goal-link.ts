import type { ReactiveControllerHost } from 'lit';
import type { NnEpochDetail } from '../../events.js';
import type { ProblemLog } from '../shared/attributes/problems.js';
import { LinkController } from '../shared/controllers/link.js';
import { afterFirstUpdate } from '../shared/nn-element.js';
import type { GoalVariable } from './goal.js';

/** The element a goal follows: anything that fires nn-epoch and reads like a playground. */
export interface GoalTarget extends HTMLElement {
  trainLoss?: number;
  testLoss?: number;
  epoch?: number;
  trainAccuracy?: number;
  testAccuracy?: number;
  /** A graph's current loss for its `target` (null without one). */
  loss?: number | null;
  applyConfig?: (config: Record<string, unknown>) => void;
  pause?: () => void;
}

/**
 * A task's link to the exercise its goal is about (`for`): it follows the element by id as it
 * comes, goes or is replaced, listens to its `nn-epoch` and `nn-reset`, and reads the goal's
 * numbers from the event, else from the element's properties.
 * @internal
 */
export class GoalLink {
  private readonly link: LinkController<GoalTarget>;
  private readonly onEpoch = (e: Event) => this.changed((e as CustomEvent<NnEpochDetail>).detail);
  private readonly onReset = () => this.changed(null);
  /** What changes a graph's loss: an update, an edit, a restored network. */
  private static readonly GRAPH_EVENTS = ['nn-update', 'nn-network-change', 'nn-backward'];
  /**
   * An attribute of the linked element changed (a graph's `target`, say) or it upgraded: read
   * again once it has taken the change in. No event says so, hence the observer.
   */
  private readonly watcher = typeof MutationObserver === 'undefined' ? null : new MutationObserver(() => this.afterUpdate(this.link.target));

  /** `changed` gets an epoch's detail, or null when the target changed or reset. */
  constructor(host: ReactiveControllerHost & HTMLElement, log: ProblemLog, private changed: (detail: NnEpochDetail | null) => void) {
    this.link = new LinkController<GoalTarget>(host, { accepts: ['nn-playground', 'nn-graph'], log, onChange: (el, prev) => this.retarget(el, prev) });
  }

  get target(): GoalTarget | null {
    return this.link.target;
  }

  get id(): string {
    return this.link.id;
  }

  set id(id: string) {
    this.link.id = id;
  }

  /** A goal variable now: from the epoch's detail, else the target's property; null when unknown. */
  read(name: GoalVariable, detail: NnEpochDetail | null): number | null {
    const t = this.link.target;
    // An event's numbers, else the target's own, but not before its first update: reading them
    // would build its training run (70 ms at 4x CPU) for a playground the learner has not
    // reached, whose first render waits until it is near (shared/first-render.ts). The goal
    // reads again after that update.
    if (!detail && (t as { hasUpdated?: boolean } | null)?.hasUpdated === false) return null;
    const v =
      name === 'train-loss' ? (detail?.trainLoss ?? t?.trainLoss)
      : name === 'test-loss' ? (detail?.testLoss ?? t?.testLoss)
      : name === 'train-accuracy' ? (detail?.trainAccuracy ?? t?.trainAccuracy)
      : name === 'test-accuracy' ? (detail?.testAccuracy ?? t?.testAccuracy)
      : name === 'loss' ? t?.loss : (detail?.epoch ?? t?.epoch);
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
  }

  private retarget(el: GoalTarget | null, previous: GoalTarget | null): void {
    previous?.removeEventListener('nn-epoch', this.onEpoch);
    previous?.removeEventListener('nn-reset', this.onReset);
    for (const name of GoalLink.GRAPH_EVENTS) previous?.removeEventListener(name, this.onReset);
    el?.addEventListener('nn-epoch', this.onEpoch);
    el?.addEventListener('nn-reset', this.onReset);
    for (const name of GoalLink.GRAPH_EVENTS) el?.addEventListener(name, this.onReset);
    this.watcher?.disconnect();
    if (el) this.watcher?.observe(el, { attributes: true });
    this.changed(null);
    this.afterUpdate(el);
  }

  private afterUpdate(el: GoalTarget | null): void {
    // After its first update (a restored state), without hastening it: an off-screen playground renders when near.
    const done = el ? afterFirstUpdate(el) ?? (el as { updateComplete?: Promise<unknown> }).updateComplete : undefined;
    if (done) void done.then(() => el === this.link.target && this.changed(null));
  }
}
