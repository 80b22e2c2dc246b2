import type { ProblemLog } from '../shared/attributes/problems.js';
import { asText, parseNumberAttr, toNumber } from '../shared/attributes/parse.js';
import { OnDemand } from '../shared/on-demand.js';
import { nowOrIdle } from '../shared/now-or-idle.js';
import type { BackwardPass, BackwardSide } from './backward.js';

/**
 * Where a graph's backward pass plugs in: reads `target` and `learning-rate`, and loads the
 * backward pass (backward.ts, its own chunk) the first time a target is set, so that a lesson
 * without one pays nothing for it. The chunk comes at once when the graph is in or near the
 * viewport, else when the browser is first idle (a lesson's later exercise waits for the
 * page's first render); updateComplete, and so `nn-ready`, waits for it, and nn-elements.css
 * holds the graph's space until then.
 * @internal
 */
export class BackwardSlot {
  pass: BackwardPass | null = null;
  target: number | null = null;
  rate = 0.1;
  private readonly part: OnDemand<typeof import('./backward.js')>;

  constructor(side: Omit<BackwardSide, 'target' | 'rate'>, private log: ProblemLog) {
    const host = side.host;
    this.part = new OnDemand(host, 'nn-graph\'s backward pass', () => new Promise<void>((go) => nowOrIdle([host], go)).then(() => import('./backward.js')).then((m) => {
      this.pass = new m.BackwardPass({ ...side, target: () => this.target, rate: () => this.rate });
      host.addPartStyles(m.inspectorStyles);
      host.addPartStyles(m.backwardStyles);
      return m;
    }));
  }

  /** Reads the attributes (in willUpdate); a new target makes the shown numbers stale. */
  read(target: unknown, rate: unknown, allowed: boolean): void {
    this.log.clear(['target', 'learning-rate']);
    this.rate = parseNumberAttr(this.log, 'learning-rate', rate, 0.1, 0, 10);
    const text = asText(target);
    let next: number | null = null;
    if (allowed && text !== null && text.trim() !== '') {
      if (toNumber(target) === null) this.log.add({ attribute: 'target', value: text, allowed: 'must be a number: the desired output for the current inputs', fallback: 'no backward pass' });
      else next = parseNumberAttr(this.log, 'target', target, 0, -1e6, 1e6);
    }
    if (next !== this.target) this.pass?.clear();
    this.target = next;
    if (next !== null) void this.part.start();
  }

  /** The loaded pass, or null when the graph has no target. */
  async get(): Promise<BackwardPass | null> {
    if (this.target === null) return null;
    await this.part.start();
    return this.pass;
  }

  /** The pass while the graph has a target (else null: no controls, no marks). */
  get active(): BackwardPass | null {
    return this.target === null ? null : this.pass;
  }
}
