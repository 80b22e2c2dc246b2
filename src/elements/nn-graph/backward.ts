import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { backprop, descend, type Backprop } from '../../core/backprop.js';
import { squaredError } from '../../core/regularization.js';
import type { NodeRef } from '../../core/network.js';
import { emit, type NnBackwardDetail, type NnUpdateDetail } from '../../events.js';
import { StepTimerController } from '../shared/controllers/step-timer.js';
import type { PartStyled } from '../shared/on-demand.js';
import { headingLevel } from '../shared/heading-level.js';
import { sourceName, termOf } from './formulas.js';
import type { GraphModel } from './graph-model.js';
import type { LinkSource } from './link-painter.js';
import { subscript, weightName, type GraphNames, type GraphStrings } from './names.js';

/** Time between two layers of a played backward pass, as the forward pass plays. */
const STEP_MS = 450;

export { backwardStyles } from './backward.styles.js';
export { inspectorStyles } from './inspector.styles.js';

/** What the backward pass reads from its graph and tells it. */
export interface BackwardSide {
  host: ReactiveControllerHost & HTMLElement & PartStyled;
  model(): GraphModel;
  /** The `target` attribute, read; null without one. */
  target(): number | null;
  rate(): number;
  t(): GraphStrings;
  names(): GraphNames;
  /** The input nodes' labels (x₁, x₂, … by default), as the forward formula names the inputs. */
  labels(): readonly string[];
  /** A number as the backward lines print it, in the page's format. */
  fmt(v: number): string;
  /** Something shown changed: render. */
  changed(): void;
  announce(text: string): void;
  /** The update moved every parameter: keep it (persist-key) and clear the forward marks. */
  updated(): void;
  /** A backward pass starts: the edit marks go, as Play and Step clear them. */
  begun(): void;
}

/**
 * The backward pass of a standalone graph, for the current inputs and the `target`: the
 * deltas shown from the output back, one layer per beat (Backward pass) or per press (Step
 * back), then the gradients on the links and in the inspector, and "Apply the update". It is
 * loaded on demand, when a graph first gets a `target`: a lesson without one never loads it.
 * Any edit makes the numbers stale: the graph calls `clear`.
 * @internal
 */
export class BackwardPass {
  grads: Backprop | null = null;
  /** The deltas of layers ≥ reached are shown (Infinity: none yet). */
  private reached = Infinity;
  /** Links show the gradients once the pass is complete, unless the learner asked for the weights. */
  showWeights = false;
  /** The loss before and after the last update, until the next pass or edit. */
  lastUpdate: { before: number; after: number } | null = null;
  private readonly timer: StepTimerController;
  private waiting: ((g: NnBackwardDetail | null) => void)[] = [];

  constructor(private side: BackwardSide) {
    this.timer = new StepTimerController(side.host);
  }

  get complete(): boolean {
    return !!this.grads && this.reached <= 1;
  }

  /** The public `gradients`: the numbers of a complete pass, or null. */
  get detail(): NnBackwardDetail | null {
    const g = this.grads;
    if (!g || !this.complete) return null;
    return { loss: g.loss, target: g.target, output: g.output, deltas: g.deltas, weights: g.weights, biases: g.biases };
  }

  /** A delta as the diagram and the inspector write it (at least 3 decimals, the page's format). */
  readonly fmt = (v: number): string => this.side.fmt(v);

  /** A node's delta once the pass has reached its layer, else null. */
  delta(node: NodeRef): number | null {
    return this.grads && node.layer >= this.reached && node.layer > 0 ? this.grads.deltas[node.layer][node.index] : null;
  }

  /** A ReLU node that is off (z ≤ 0) passes no gradient back: marked once the pass reached it. */
  off(node: NodeRef): boolean {
    const m = this.side.model();
    return this.delta(node) !== null && m.net.activationOf(node.layer).name === 'relu' && this.grads!.sums[node.layer][node.index] <= 0;
  }

  /** What the links picture: the gradients after a complete pass (same absolute scale as weights), else the weights. */
  links(): LinkSource | null {
    if (!this.complete || this.showWeights) return null;
    return { sizes: this.side.model().net.sizes, weights: this.grads!.weights };
  }

  /** Backward pass: from the output back, one layer per beat (at once under reduced motion). Resolves with the numbers when complete. */
  run(): Promise<NnBackwardDetail | null> {
    if (!this.begin()) return Promise.resolve(null);
    const done = new Promise<NnBackwardDetail | null>((resolve) => this.waiting.push(resolve));
    const reduced = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (reduced) {
      this.completeNow();
      return done;
    }
    const beat = () => {
      this.reached = Math.min(this.reached, this.side.model().net.sizes.length) - 1;
      this.side.changed();
      if (this.reached <= 1) this.finish();
      else this.timer.schedule(beat, STEP_MS);
    };
    this.timer.schedule(beat, 60);
    return done;
  }

  /** Step back: one more layer per press; after a complete pass, a new one from the output. */
  stepBack(): void {
    this.timer.cancel();
    if (!this.grads || this.complete) {
      if (!this.begin()) return;
    }
    this.reached = Math.min(this.reached, this.side.model().net.sizes.length) - 1;
    this.side.changed();
    if (this.reached <= 1) this.finish();
    else this.side.announce(this.side.t().deltasShown({ layer: this.side.names().column(this.reached) }));
  }

  /** Apply the update: every weight and bias moves by −rate × its gradient (a pass first, if none is complete). */
  apply(): NnUpdateDetail | null {
    if (!this.complete) {
      if (!this.begin()) return null;
      this.completeNow();
    }
    const g = this.grads!;
    const m = this.side.model();
    const rate = this.side.rate();
    descend(m.net, g, rate);
    m.forward();
    m.computed = m.totalNodes;
    const after = squaredError.value(m.result!.values[m.net.sizes.length - 1][0], g.target);
    const before = g.loss;
    this.clear();
    this.lastUpdate = { before, after };
    this.side.updated();
    this.side.changed();
    const fmt = this.side.fmt;
    this.side.announce(this.side.t().updateApplied({ rate: fmt(rate), before: fmt(before), after: fmt(after) }));
    const detail = { lossBefore: before, lossAfter: after, learningRate: rate };
    emit(this.side.host, 'nn-update', detail);
    return detail;
  }

  /** The numbers are stale (an edit, a new target, Reset): nothing backward is shown. */
  clear(): void {
    this.timer.cancel();
    const had = this.grads !== null || this.lastUpdate !== null;
    this.grads = null;
    this.reached = Infinity;
    this.lastUpdate = null;
    for (const w of this.waiting.splice(0)) w(null);
    if (had) this.side.changed();
  }

  /** Computes the forward pass (shown complete) and the gradients; false without a target. */
  private begin(): boolean {
    const target = this.side.target();
    this.timer.cancel();
    for (const w of this.waiting.splice(0)) w(null);
    if (target === null) return false;
    const m = this.side.model();
    m.forward();
    m.computed = m.totalNodes;
    this.grads = backprop(m.net, m.inputs, target);
    this.side.begun();
    this.reached = Infinity;
    this.lastUpdate = null;
    this.side.changed();
    return true;
  }

  /** Every layer's deltas at once: reduced motion, or an update asked for before a pass. */
  private completeNow(): void {
    this.reached = 1;
    this.finish();
  }

  private finish(): void {
    this.timer.cancel();
    this.side.changed();
    const detail = this.detail!;
    this.side.announce(this.side.t().backwardDone({ loss: this.side.fmt(detail.loss) }));
    emit(this.side.host, 'nn-backward', detail);
    for (const w of this.waiting.splice(0)) w(detail);
  }

  // ----- views ---------------------------------------------------------------------------

  /** The controls and the loss line, below the toolbar. */
  controls(): TemplateResult {
    const t = this.side.t();
    const fmt = this.side.fmt;
    const g = this.grads;
    const u = this.lastUpdate;
    const loss = u
      ? t.lossUpdate({ before: fmt(u.before), after: fmt(u.after) })
      : g ? `L = ½(y − t)² = ½(${fmt(g.output)} − ${fmt(g.target)})² = ${fmt(g.loss)}` : t.backwardHint({ target: fmt(this.side.target() ?? 0) });
    return html`<div class="backward" part="backward">
      <div class="toolbar">
        <button type="button" class="text" @click=${this.onRun}>${t.backward}</button>
        <button type="button" class="text" @click=${this.onStep}>${t.stepBack}</button>
        <button type="button" class="text" @click=${this.onApply}>${t.applyUpdate}</button>
        <button type="button" class="text" aria-pressed=${this.showWeights ? 'false' : 'true'} ?disabled=${!this.complete} @click=${this.onToggle}>${t.linkGradients}</button>
      </div>
      <p class="loss formula">${loss}</p>
    </div>`;
  }

  /** The selected node's backward calculation with its numbers, once the pass reached it. */
  inspector(node: NodeRef): TemplateResult | typeof nothing {
    const d = this.delta(node);
    if (d === null || !this.grads) return nothing;
    const g = this.grads;
    const m = this.side.model();
    const net = m.net;
    const t = this.side.t();
    const f = this.side.fmt;
    const term = (v: number) => termOf(f(v));
    const l = node.layer;
    const j = node.index;
    const last = net.sizes.length - 1;
    const act = net.activationOf(l);
    const z = g.sums[l][j];
    const fp = act.derivative(z);
    const lines: string[] = [];
    let where: TemplateResult | typeof nothing = nothing;
    if (l === last) {
      lines.push(`δ = ${act.label}′(z) · (y − t)`, `= ${act.label}′(${f(z)}) · (${f(g.output)} − ${f(g.target)}) = ${f(fp)} · ${term(g.output - g.target)} = ${f(d)}`);
    } else {
      const n = net.sizes[l + 1];
      const nHere = net.sizes[l];
      const ks = Array.from({ length: n }, (_, k) => k);
      const w = (k: number) => net.weights[l][k * nHere + j];
      const sum = ks.reduce((a, k) => a + w(k) * g.deltas[l + 1][k], 0);
      lines.push(`δ = ${act.label}′(z) · (${ks.map((k) => `${weightName(j + 1, k + 1)}·δ${subscript(k + 1)}`).join(' + ')})`);
      lines.push(`= ${act.label}′(${f(z)}) · (${ks.map((k) => `${term(w(k))}·${term(g.deltas[l + 1][k])}`).join(' + ')}) = ${f(fp)} · ${term(sum)} = ${f(d)}`);
      where = html`<p class="hint">${t.where} ${l + 1 === last ? t.outputDelta : t.deltasOf({ layer: this.side.names().columnRef(l + 1) })}</p>`;
    }
    const nIn = net.sizes[l - 1];
    const grads = Array.from({ length: nIn }, (_, i) => `∂L/∂${weightName(i + 1, j + 1)} = δ·${sourceName(l, i, this.side.labels())} = ${term(d)}·${term(g.values[l - 1][i])} = ${f(g.weights[l - 1][j * nIn + i])}`);
    return html`<div class="back-lines" role="group" aria-label=${t.backward}>
      <h4 aria-level=${Math.min(6, headingLevel(this.side.host) + 1)}>${t.backward}${this.off(node) ? html` · <span class="off-note">${t.reluOff}</span>` : nothing}</h4>
      ${lines.map((s) => html`<p class="formula">${s}</p>`)}
      ${where}
      ${grads.map((s) => html`<p class="formula grad">${s}</p>`)}
      <p class="formula grad">∂L/∂b = δ = ${f(g.biases[l - 1][j])}</p>
    </div>`;
  }

  private readonly onRun = () => void this.run();
  private readonly onStep = () => this.stepBack();
  private readonly onApply = () => void this.apply();
  private readonly onToggle = () => {
    this.showWeights = !this.showWeights;
    this.side.changed();
  };
}
