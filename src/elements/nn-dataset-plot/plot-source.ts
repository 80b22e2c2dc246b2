import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Point } from '../../core/dataset.js';
import type { HeatmapGrid } from '../../core/heatmap.js';
import type { FeatureName } from '../../core/features.js';
import type { Network } from '../../core/network.js';
import type { ProblemLog } from '../shared/attributes/problems.js';
import { LinkController } from '../shared/controllers/link.js';

/** What the plot can draw as its background: a network over chosen features, or a grid already computed. */
export type PlotModel = Network | { network: Network; features: readonly FeatureName[] };

/** What another element (a playground) offers to a plot that follows it with `for`. */
export interface PlotSource extends HTMLElement {
  trainPoints: readonly Point[];
  testPoints: readonly Point[];
  heatmap: HeatmapGrid | null;
  /**
   * Counts complete recomputations of `heatmap`, when the source spreads one over several
   * frames: an `nn-epoch` that brings no new pass and no new points is not redrawn.
   */
  heatmapPass?: number;
  model: PlotModel | null;
  config?: { dataset?: string; showTestData?: boolean; discretize?: boolean };
}

const SOURCE_EVENTS = ['nn-epoch', 'nn-reset', 'nn-config-change', 'nn-network-change', 'nn-data-change'] as const;

/**
 * The element a plot follows: named by `for`, or set by code as `source`. A sibling source is
 * followed through its events. A source that is the plot's own host (the playground that holds
 * it) drives it by direct calls instead, in the same task: the plot then listens to nothing,
 * so each change reaches it by one route.
 * @internal
 */
export class PlotSourceController implements ReactiveController {
  private el: PlotSource | null = null;
  private byCode = false;
  private listening: PlotSource | null = null;
  /** The source's heatmapPass when the plot last drew. */
  drawnPass: number | undefined;
  private readonly link: LinkController<PlotSource>;
  private readonly onEvent = (e: Event) => {
    const s = this.el;
    if (e.type === 'nn-epoch' && s && s.heatmapPass !== undefined && s.heatmapPass === this.drawnPass && this.unchanged(s)) return;
    this.changed(s);
  };

  /** `changed` gets the source (null when there is none any more) whenever it may have new data. */
  constructor(private host: ReactiveControllerHost & HTMLElement, log: ProblemLog, private changed: (source: PlotSource | null) => void, private unchanged: (s: PlotSource) => boolean) {
    host.addController(this);
    this.link = new LinkController<PlotSource>(host, { accepts: ['nn-playground'], log, onChange: (el) => this.linked(el) });
  }

  get source(): PlotSource | null {
    return this.el;
  }

  /** The id `for` names ('' for none). */
  set id(id: string) {
    this.link.id = id;
  }

  /** A source set by code wins over `for`; null goes back to `for`. */
  setByCode(el: PlotSource | null): void {
    // Lit sets an object-valued binding again on every render of the host: same element, no work.
    if (el === this.el && this.byCode === !!el) return;
    this.byCode = !!el;
    this.attach(el);
  }

  /** Whether the source is the element whose shadow root holds the plot (it calls the plot directly). */
  get hostDriven(): boolean {
    const root = this.host.getRootNode() as ShadowRoot;
    return !!this.el && root.host === this.el;
  }

  hostConnected(): void {
    this.listen();
  }

  hostDisconnected(): void {
    this.unlisten();
  }

  private linked(el: PlotSource | null): void {
    if (this.byCode) return;
    if (el === this.el) this.changed(el);
    else this.attach(el);
  }

  private attach(el: PlotSource | null): void {
    this.unlisten();
    this.el = el;
    this.listen();
    this.changed(el);
  }

  /** Events only from a sibling, and only while connected: where the plot lives decides the route. */
  private listen(): void {
    const el = this.el;
    if (!el || !this.host.isConnected || this.hostDriven || this.listening === el) return;
    for (const name of SOURCE_EVENTS) el.addEventListener(name, this.onEvent);
    this.listening = el;
  }

  private unlisten(): void {
    const el = this.listening;
    if (el) for (const name of SOURCE_EVENTS) el.removeEventListener(name, this.onEvent);
    this.listening = null;
  }
}
