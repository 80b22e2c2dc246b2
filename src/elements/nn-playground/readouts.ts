import { render, type TemplateResult } from 'lit';
import type { TrainingSession } from '../../core/session.js';
import { renderLossChart, type LossChartEvents, type LossChartText } from './loss-chart.js';

/**
 * While training, the loss chart is redrawn at most this often (5 times a second): a line that
 * grows by a few pixels a second reads the same, and 10 a second cost the default network
 * 0.1-0.2 ms more per frame (A/B, bench).
 */
const CHART_MS = 200;

/**
 * The playground's live numbers and its loss chart, written in place. The epoch and the two
 * losses have no Lit binding, so Lit never holds a stale copy of them (a Reset back to 000000
 * would otherwise not show); the chart is rendered into its own container, so training never
 * renders the playground's template.
 * @internal
 */
export class Readouts {
  private chart: { at: number; session: TrainingSession; strings: unknown; loss: number; result: TemplateResult } | null = null;
  /** The history entry the learner points at, or moved to by key while the chart has the focus; null: none. */
  private cursor: number | null = null;
  private last: { root: ParentNode; session: TrainingSession; strings: unknown } | null = null;

  /**
   * The chart's answers to a pointer and to keys: the readout under it and the slider's value
   * say the epoch and both losses there, from the history (←/→ one entry, Home/End, PageUp/Down
   * ten). Made once, so a redraw binds the same handlers.
   */
  private readonly events: LossChartEvents = {
    move: (e) => {
      const h = this.last?.session.history;
      const box = (e.currentTarget as Element).getBoundingClientRect();
      if (!h || !h.length || box.width <= 0) return;
      const f = Math.min(1, Math.max(0, (e.clientX - box.left) / box.width));
      const epochs = h.epochs;
      const want = epochs[0] + f * (epochs[epochs.length - 1] - epochs[0]);
      let lo = 0;
      let hi = epochs.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (epochs[mid] < want) lo = mid + 1;
        else hi = mid;
      }
      this.point(lo > 0 && want - epochs[lo - 1] < epochs[lo] - want ? lo - 1 : lo);
    },
    leave: () => {
      if (!this.focused) this.point(null);
    },
    key: (e) => {
      const n = this.last?.session.history.length ?? 0;
      const now = this.cursor ?? n - 1;
      const to = { ArrowLeft: now - 1, ArrowDown: now - 1, ArrowRight: now + 1, ArrowUp: now + 1, Home: 0, End: n - 1, PageDown: now - 10, PageUp: now + 10 }[e.key];
      if (to === undefined || !n) return;
      e.preventDefault();
      this.point(Math.min(n - 1, Math.max(0, to)));
    },
    focus: () => {
      this.focused = true;
      this.point(this.cursor ?? Math.max(0, (this.last?.session.history.length ?? 1) - 1));
    },
    blur: () => {
      this.focused = false;
      this.point(null);
    },
  };
  private focused = false;

  /** `text` words the chart for a session; called only when the chart is redrawn. */
  constructor(private text: (s: TrainingSession) => LossChartText) {}

  /** Writes the epoch and both losses into their boxes, touching only text that changed. */
  paintLive(root: ParentNode, epoch: string, testLoss: string, trainLoss: string, testAccuracy: string, trainAccuracy: string): void {
    setText(root, '.live-epoch', epoch);
    setText(root, '.live-test-acc', testAccuracy);
    setText(root, '.live-train-acc', trainAccuracy);
    setText(root, '.live-test', testLoss);
    setText(root, '.live-train', trainLoss);
  }

  /**
   * Renders the chart when it is stale: a new session, new strings (`strings`, compared by
   * identity) or a new loss, and, while playing, at most every CHART_MS.
   */
  paintChart(root: ParentNode, session: TrainingSession, strings: unknown, playing: boolean, now = performance.now(), slow = 1): void {
    const host = root.querySelector<HTMLElement>('.chart-host');
    if (!host) return;
    const c = this.chart;
    const stale = !c || c.session !== session || c.strings !== strings || c.loss !== session.trainLoss;
    if (c && c.session !== session) this.cursor = null;
    this.last = { root, session, strings };
    if (stale && (!c || c.session !== session || !playing || this.due(now, slow))) {
      this.chart = { at: now, session, strings, loss: session.trainLoss, result: renderLossChart(session.history, session.epoch, this.text(session), this.cursor, this.events) };
    }
    render(this.chart!.result, host);
  }

  /** Moves the readout to history entry `index` (null: hides it) and redraws the chart now. */
  private point(index: number | null): void {
    if (index === this.cursor && this.chart) return;
    this.cursor = index;
    const l = this.last;
    this.chart = null;
    if (l) this.paintChart(l.root, l.session, l.strings, false);
  }

  /** Whether the chart may be redrawn in a training frame that starts at `now` (`slow`: that many times less often, see TrainingLoop). */
  due(now: number, slow = 1): boolean {
    return !this.chart || now - this.chart.at >= CHART_MS * slow;
  }
}

function setText(root: ParentNode, selector: string, text: string): void {
  const el = root.querySelector(selector);
  if (!el || el.textContent === text) return;
  // The text node's data, not textContent: a new node each time is a new item to paint, and
  // made Chromium lay out the page's compositing layers again (see nn-graph's .links .extent).
  const only = el.firstChild;
  if (only && only.nodeType === 3 && !only.nextSibling) (only as Text).data = text;
  else el.textContent = text;
}
