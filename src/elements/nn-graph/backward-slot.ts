import type { ProblemLog } from '../shared/attributes/problems.js';
import { asText, parseNumberAttr, toNumber } from '../shared/attributes/parse.js';
import { adoptPartStyles } from '../shared/on-demand.js';
import { nowOrIdle } from '../shared/now-or-idle.js';
import type { BackwardPass, BackwardSide } from './backward.js';

/**
 * Where a graph's backward pass plugs in: reads `target` and `learning-rate`, and loads the
 * backward pass (backward.ts, its own chunk) the first time a target is set, so that a lesson
 * without one pays nothing for it. `ready` settles when the chunk is in (updateComplete
 * waits for it, so tests and hosts see the controls after one await).
 * @internal
 */
export class BackwardSlot {
  pass: BackwardPass | null = null;
  ready: Promise<unknown> = Promise.resolve();
  target: number | null = null;
  rate = 0.1;
  private loading = false;

  constructor(private side: Omit<BackwardSide, 'target' | 'rate'>, private log: ProblemLog) {}

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
    if (next !== null) this.load(false);
  }

  /** The loaded pass, or null when the graph has no target. */
  async get(): Promise<BackwardPass | null> {
    if (this.target === null) return null;
    this.load(true);
    await this.ready;
    return this.pass;
  }

  /** Waits for the chunk, and for the updates it brings, until no new load started meanwhile (a target set during that update). */
  async settle(update: () => Promise<boolean>): Promise<boolean> {
    let ready: Promise<unknown>;
    let done: boolean;
    do {
      ready = this.ready;
      await ready.catch(() => undefined);
      done = await update();
    } while (ready !== this.ready);
    return done;
  }

  /** The pass while the graph has a target (else null: no controls, no marks). */
  get active(): BackwardPass | null {
    return this.target === null ? null : this.pass;
  }

  /**
   * Fetches the chunk: at once when asked by code (`now`) or when the graph is in or near the
   * viewport, else when the browser is first idle (a lesson's later exercise waits for the
   * page's first render; until then nn-elements.css holds its space, nn-ready not being set).
   */
  private load(now: boolean): void {
    if (this.loading) return;
    this.loading = true;
    const host = this.side.host;
    this.ready = new Promise<void>((go) => (now ? go() : nowOrIdle([host], go))).then(() => import('./backward.js')).then((m) => {
      this.pass = new m.BackwardPass({ ...this.side, target: () => this.target, rate: () => this.rate });
      adoptPartStyles(host, m.inspectorStyles);
      adoptPartStyles(host, m.backwardStyles);
      this.side.changed();
    }).catch((e: unknown) => {
      // A chunk that did not arrive (offline, a blocked path): the graph goes on without it, and may try again.
      this.loading = false;
      console.warn(`nn-graph: the backward pass could not be loaded (${String(e)}); is dist/chunks/ served beside the script?`);
    });
  }
}
