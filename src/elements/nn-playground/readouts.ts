import { render, type TemplateResult } from 'lit';
import type { TrainingSession } from '../../core/session.js';
import { renderLossChart, type LossChartText } from './loss-chart.js';

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
  paintChart(root: ParentNode, session: TrainingSession, strings: unknown, playing: boolean, now = performance.now()): void {
    const host = root.querySelector<HTMLElement>('.chart-host');
    if (!host) return;
    const c = this.chart;
    const stale = !c || c.session !== session || c.strings !== strings || c.loss !== session.trainLoss;
    if (stale && (!c || c.session !== session || !playing || now - c.at >= CHART_MS)) {
      this.chart = { at: now, session, strings, loss: session.trainLoss, result: renderLossChart(session.history, session.epoch, this.text(session)) };
    }
    render(this.chart!.result, host);
  }

  /** Whether the chart may be redrawn in a training frame that starts at `now`. */
  due(now: number): boolean {
    return !this.chart || now - this.chart.at >= CHART_MS;
  }
}

function setText(root: ParentNode, selector: string, text: string): void {
  const el = root.querySelector(selector);
  if (el && el.textContent !== text) el.textContent = text;
}
