import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { DatasetName, Point, ProblemType } from '../../core/dataset.js';
import { FEATURE_LABELS, FEATURE_NAMES, type FeatureName } from '../../core/features.js';
import type { HeatmapGrid } from '../../core/heatmap.js';
import type { Network } from '../../core/network.js';
import { emit } from '../../events.js';
import '../nn-dataset-plot/nn-dataset-plot.js';
import type { NnDatasetPlot } from '../nn-dataset-plot/nn-dataset-plot.component.js';
import type { GraphEditRequest } from '../nn-graph/edit-request.js';
import '../nn-graph/nn-graph.js';
import type { NnGraph } from '../nn-graph/nn-graph.component.js';
import { numberish, parseNameListAttr } from '../shared/attributes/parse.js';
import { NnElement } from '../shared/nn-element.js';
import { themeStyles } from '../shared/styles.js';
import { CONFIG_ATTRIBUTES, CONTROL_NAMES, MAX_LAYERS, MAX_NEURONS, SETTING_OF_PROPERTY, parseConfig, readSettings, validatePartialConfig, type ControlName, type PlaygroundConfig } from './config.js';
import { checkboxControl } from './controls.js';
import { dataPanelView, dataShown, toolbarView, type PanelsView } from './panels.view.js';
import { PlaygroundRun, type PlaygroundState } from './playground-run.js';
import { playgroundStyles } from './nn-playground.styles.js';
import { Readouts } from './readouts.js';
import { PLAYGROUND_STRINGS } from './strings.js';
import { TrainingLoop, type FrameTiming, type TrainingView } from './training-loop.js';

export type { PlaygroundState } from './playground-run.js';

/** Loss announcements for screen readers: at most this often while training. */
const ANNOUNCE_MS = 8000;

/**
 * TensorFlow Playground's training exercise as one embeddable element: the data, the
 * features, a network whose every neuron shows its own output, the output plot and the loss,
 * with every setting an attribute and every control optional (`hide`, `lock`).
 *
 * @summary A neural-network training playground (MLCC Exercise 2).
 *
 * @fires nn-epoch - Training advanced; at most once per frame. Detail: `{ epoch, trainLoss, testLoss }`.
 * @fires nn-play - Training started. Detail: `{ epoch }`.
 * @fires nn-pause - Training paused. Detail: `{ epoch }`.
 * @fires nn-reset - Back to epoch 0 (Reset, New random start, or a change that restarts). Detail: `{ epoch }`.
 * @fires nn-config-change - The learner changed a setting. Detail: `{ setting, value, config }`.
 * @fires nn-diverged - Training stopped because the loss stopped being finite. Detail: `{ epoch, reason }`.
 * @fires nn-node-select - From the inner graph: the learner opened a node. Detail: `{ layer, index, trace }`.
 * @fires nn-point-hover - From the inner plot: the pointer moved over the output plot. Detail: `{ x, y, output }`.
 *
 * @csspart toolbar - Play, Step, Reset, the epoch and the hyperparameter controls.
 * @csspart data - The data column: dataset, ratio, noise, batch size, features.
 * @csspart network - The network column.
 * @csspart output - The output column: losses, loss chart, plot.
 * @csspart loss-chart - The chart of training and test loss.
 * @csspart message - The message shown when training stops by itself.
 * @csspart problems - The message listing invalid attributes.
 * @csspart graph-toolbar - The inner graph's layer buttons (its `toolbar` part).
 * @csspart graph-diagram - The inner graph's diagram (its `diagram` part).
 * @csspart graph-node - Every node of the inner graph (its `node` part).
 * @csspart graph-inspector - The inner graph's panel for the selected node (its `inspector` part).
 * @csspart plot-canvas - The output plot's points canvas (the inner plot's `canvas` part).
 * @csspart plot-heatmap - The output plot's heatmap canvas (the inner plot's `heatmap` part).
 * @csspart plot-legend - The output plot's colour legend (its `legend` part).
 * @csspart plot-readout - The output plot's pointer readout (its `readout` part).
 *
 * @cssproperty --nn-positive - Colour of positive weights, outputs and the +1 class.
 * @cssproperty --nn-negative - Colour of negative weights, outputs and the −1 class.
 * @cssproperty --nn-neutral - Colour of output 0.
 * @cssproperty --nn-accent - Accent colour (Play button, focus).
 * @cssproperty --nn-border - Border colour of controls and panels.
 * @cssproperty --nn-surface - Background of panels.
 */
export class NnPlayground extends NnElement<typeof PLAYGROUND_STRINGS> {
  protected static override localeSection = 'nn-playground' as const;
  protected static override innerSections = ['nn-graph', 'nn-dataset-plot'] as const;
  static override styles = [themeStyles, playgroundStyles];
  static override properties: PropertyDeclarations = {
    datasetName: { attribute: 'dataset-name' }, problem: {}, features: {}, layers: {}, activation: {},
    learningRate: { attribute: 'learning-rate', converter: numberish }, regularization: {},
    regularizationRate: { attribute: 'regularization-rate', converter: numberish },
    batchSize: { attribute: 'batch-size', converter: numberish }, noise: { converter: numberish },
    trainRatio: { attribute: 'train-ratio', converter: numberish }, seed: {}, speed: { converter: numberish },
    showTestData: { type: Boolean, attribute: 'show-test-data' }, discretize: { type: Boolean }, hide: {},
    lock: {},
    // Reactive state, not attributes:
    message: { state: true }, hiddenControls: { state: true }, lockedControls: { state: true },
  };
  protected static override attributeAliases = { dataset: 'dataset-name' };
  protected static override upgradeProperties = ['state'];


  /**
   * Dataset: circle, xor, gauss, spiral (classification); plane, multi-gauss (regression).
   * Plain pages may still write `dataset="…"`; frameworks need `dataset-name`.
   */
  datasetName: string | null = 'circle';
  /** classification or regression; must fit the dataset. */
  problem: string | null = '';
  /** Input features: x1, x2, x1-squared, x2-squared, x1x2, sin-x1, sin-x2 (comma-separated, or an array). */
  features: string | string[] | null = 'x1,x2';
  /** Hidden layer sizes ("" for none), comma-separated or an array: 0 to 6 layers of 1 to 8 neurons. */
  layers: string | number[] | null = '4,2';
  /** relu, tanh, sigmoid or linear. */
  activation: string | null = 'tanh';
  /** One of 0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10. */
  learningRate: number | null = 0.03;
  /** none, l1 or l2. */
  regularization: string | null = 'none';
  /** One of 0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10. */
  regularizationRate: number | null = 0;
  /** Points per weight update, 1 to 30. */
  batchSize: number | null = 10;
  /** Noise in percent, 0 to 50. */
  noise: number | null = 0;
  /** Share of training points in percent, 10 to 90. */
  trainRatio: number | null = 50;
  /** Seed of the data and the starting weights: the same seed gives every learner the same exercise. */
  seed: string | number | null = '1';
  /** Epochs per animation frame: 1, 2, 5, 10 or 25. Display only: changing it never restarts training. */
  speed: number | null = 1;
  /** Shows the test points in the plot. Display only. */
  showTestData = false;
  /** Thresholds the output at 0 in the plot. Display only. */
  discretize = false;
  /** Controls to remove (comma-separated or an array; re-read whenever it changes): learning-rate, activation, regularization, regularization-rate, problem, dataset, features, layers, noise, train-ratio, batch-size, show-test-data, discretize, speed, new-random-start, step, reset; or one feature's checkbox: x1, x2, x1-squared, x2-squared, x1x2, sin-x1, sin-x2. */
  hide: string | string[] | null = '';
  /** Controls to show disabled, same names as `hide` (re-read whenever it changes). */
  lock: string | string[] | null = '';

  private message = '';
  private hiddenControls = new Set<ControlName | FeatureName>();
  private lockedControls = new Set<ControlName | FeatureName>();

  private get graph(): NnGraph | null {
    return this.renderRoot?.querySelector('nn-graph') ?? null;
  }

  private get plot(): NnDatasetPlot | null {
    return this.renderRoot?.querySelector('nn-dataset-plot') ?? null;
  }

  protected readonly defaultStrings = PLAYGROUND_STRINGS;
  /** Settings, points, session and grid: the one owner of the training run. */
  private owned: PlaygroundRun | null = null;
  private lastAnnounce = 0;
  /** The last `model` handed out, kept while the network and features stay (a plot reads it every pass). */
  private modelView: { network: Network; features: FeatureName[] } | null = null;
  private labelsFor: { features: readonly FeatureName[]; labels: string[] } | null = null;

  /**
   * The last frame's work: `epochs` trained, milliseconds spent on `train` (epochs and both
   * losses), `heatmaps` (this frame's share of the grid pass) and `draw` (the canvases drawn
   * synchronously; Lit's re-render follows in the same frame), with `start` the frame's
   * `performance.now()`. For performance monitoring.
   */
  readonly frameTiming: FrameTiming = { start: 0, train: 0, heatmaps: 0, draw: 0, epochs: 0 };

  private readonly training: TrainingLoop = new TrainingLoop(this, this.trainingView(), this.frameTiming);
  private readonly readouts = new Readouts((s) => ({
    label: this.t.lossChart({ epoch: s.epoch, train: this.num(s.trainLoss, 3), test: this.num(s.testLoss, 3) }),
    trainingLoss: this.t.trainingLoss, testLoss: this.t.testLoss, epoch: this.t.epoch, locale: this.locale,
  }));

  // ----- public API -------------------------------------------------------------------------------

  /** The validated settings in use (a copy). */
  get config(): PlaygroundConfig {
    const c = this.run.cfg;
    return { ...c, features: [...c.features], layers: [...c.layers] };
  }

  /** Training loss after the last epoch. */
  get trainLoss(): number {
    return this.run.session.trainLoss;
  }

  /** Test loss after the last epoch. */
  get testLoss(): number {
    return this.run.session.testLoss;
  }

  /** Epochs trained since the last restart. */
  get epoch(): number {
    return this.run.session.epoch;
  }

  /** True while training runs. */
  get isPlaying(): boolean {
    return this.training.playing;
  }

  /** The core network being trained. */
  get network(): Network {
    return this.run.session.network;
  }

  /** The model as `<nn-dataset-plot>` takes it. */
  get model(): { network: Network; features: FeatureName[] } {
    const { session, cfg } = this.run;
    const m = this.modelView;
    if (!m || m.network !== session.network || m.features !== cfg.features) this.modelView = { network: session.network, features: cfg.features };
    return this.modelView!;
  }

  /** Training points. */
  get trainPoints(): readonly Point[] {
    return this.run.train;
  }

  /** Test points. */
  get testPoints(): readonly Point[] {
    return this.run.test;
  }

  /**
   * How many times `heatmap` has been completely recomputed. While training, one pass may
   * span several frames (the frame budget); a follower redraws when this changes.
   */
  get heatmapPass(): number {
    return this.training.passCount;
  }

  /** Every node's output over the plot's grid: complete after each pass (see `heatmapPass`). */
  get heatmap(): HeatmapGrid {
    return this.run.grid;
  }

  /** Settings, weights, epoch and loss history. Setting it restores; a bad state throws a clear error and changes nothing. */
  get state(): PlaygroundState {
    return this.run.state;
  }

  set state(value: PlaygroundState) {
    this.run.restore(value);
    this.pause();
    this.adopted();
    this.training.afterStep();
  }

  /** Applies settings given by code (as a quiz's "Apply this solution" does): restarts when the structure or the data changed. Throws on invalid settings. */
  applyConfig(partial: Partial<PlaygroundConfig> | Record<string, unknown>): void {
    this.changeConfig(validatePartialConfig(partial, this.run.cfg));
  }

  /** Starts training. */
  play(): void {
    const run = this.run;
    if (this.training.playing) return;
    this.message = '';
    this.training.play();
    emit(this, 'nn-play', { epoch: run.session.epoch });
    this.requestUpdate();
  }

  /** Pauses training. */
  pause(): void {
    if (!this.training.playing) return;
    this.training.pause();
    emit(this, 'nn-pause', { epoch: this.run.session.epoch });
    this.announceLoss(true);
    this.requestUpdate();
  }

  /** Trains one epoch. */
  step(): void {
    void this.run;
    this.pause();
    this.training.runEpochs(1);
    this.announceLoss(true);
  }

  /** Back to epoch 0 with the same starting weights. */
  reset(): void {
    void this.run;
    this.pause();
    this.rebuild(this.run.restarts);
  }

  /** Back to epoch 0 with new starting weights. */
  newRandomStart(): void {
    void this.run;
    this.pause();
    this.rebuild(this.run.restarts + 1);
  }

  // ----- the run ----------------------------------------------------------------------------------

  /** The run, built from the attributes at the first read (a getter or method called before the first update). */
  private get run(): PlaygroundRun {
    if (!this.owned) {
      this.owned = new PlaygroundRun(this.parseAttributes());
      this.adopted();
    }
    return this.owned;
  }

  private parseAttributes(): PlaygroundConfig {
    this.problems.clear([...CONFIG_ATTRIBUTES]);
    return parseConfig(readSettings(this), this.problems);
  }

  /**
   * A new run (or restored weights) is in: the message goes, and the graph gets the new network
   * now, not at the next render: an edit made in between would otherwise land on the old one.
   */
  private adopted(): void {
    this.message = '';
    if (this.graph && this.graph.network !== this.run.session.network) this.graph.network = this.run.session.network;
  }

  private rebuild(restarts: number): void {
    this.run.rebuild(restarts);
    this.adopted();
    emit(this, 'nn-reset', { epoch: 0 });
    this.training.afterStep();
  }

  /** Moves to a new config: training options apply in place, anything else restarts. */
  private changeConfig(next: PlaygroundConfig, setting?: string, value?: unknown): void {
    const wasPlaying = this.training.playing;
    const restarted = this.run.change(next);
    if (restarted) {
      this.pause();
      this.adopted();
      emit(this, 'nn-reset', { epoch: 0 });
      this.training.afterStep();
      if (wasPlaying) this.play();
    }
    if (setting) emit(this, 'nn-config-change', { setting, value, config: { ...this.config } });
    this.requestUpdate();
  }

  private learnerSet<K extends keyof PlaygroundConfig>(key: K, value: PlaygroundConfig[K], setting: string): void {
    if (JSON.stringify(this.run.cfg[key]) === JSON.stringify(value)) return;
    this.changeConfig({ ...this.run.cfg, [key]: value }, setting, value);
  }

  /** What the training loop asks of the element; made once. */
  private trainingView(): TrainingView {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const pg = this;
    return {
      get run() { return pg.run; },
      get speed() { return pg.run.cfg.speed; },
      trainOne: () => this.trainOne(),
      showPass: (throttleMs) => {
        this.graph?.redraw(throttleMs);
        this.plot?.draw();
      },
      paintLive: () => this.paintLive(),
      paintChart: (now) => {
        if (this.readouts.due(now)) this.readouts.paintChart(this.renderRoot, this.run.session, this.t, this.training.playing, now);
      },
      report: (start, trained, n) => this.reportEpochs(start, trained, n),
      requestUpdate: () => this.requestUpdate(),
    };
  }

  /** One epoch; on divergence pauses, says why and returns false (the caller redraws). */
  private trainOne(): boolean {
    const session = this.run.session;
    const result = session.step();
    if (!result.diverged) return true;
    this.message = result.cause === 'learning-rate' ? this.t.divergedRate({ epoch: session.epoch, rate: this.num(session.options.learningRate, -1) }) : this.t.diverged({ epoch: session.epoch });
    this.pause();
    emit(this, 'nn-diverged', { epoch: session.epoch, reason: result.reason });
    return false;
  }

  /** After epochs were trained: their timing, `nn-epoch`, and the loss for screen readers. */
  private reportEpochs(start: number, trained: number, n: number): void {
    const timing = this.frameTiming;
    timing.start = start;
    timing.train = trained - start;
    timing.epochs = n;
    const s = this.run.session;
    emit(this, 'nn-epoch', { epoch: s.epoch, trainLoss: s.trainLoss, testLoss: s.testLoss });
    this.announceLoss(false);
  }

  private announceLoss(force: boolean): void {
    const now = performance.now();
    if (!force && now - this.lastAnnounce < ANNOUNCE_MS) return;
    this.lastAnnounce = now;
    const s = this.run.session;
    this.announcement = this.t.lossAnnouncement({ epoch: s.epoch, train: this.num(s.trainLoss, 3), test: this.num(s.testLoss, 3) });
  }

  // ----- learner input ----------------------------------------------------------------------------

  /**
   * The inner graph asks for an edit: the playground, the only owner of the session, applies
   * it. A weight or bias goes on training from the edited value; a structure edit restarts
   * from fresh, seeded weights (one rebuild, one new network handed down), as in TensorFlow
   * Playground.
   */
  private readonly onGraphEdit = (e: GraphEditRequest): void => {
    e.preventDefault();
    e.stopPropagation();
    const edit = e.detail;
    if (edit.kind === 'parameter') {
      if (!this.run.setParameter(edit.param, edit.value)) return;
      this.training.afterStep();
      emit(this, 'nn-config-change', { setting: edit.param.kind, value: edit.value, config: { ...this.config } });
      return;
    }
    const layers = this.run.layersAfter(edit);
    if (layers) this.learnerSet('layers', layers, 'layers');
  };

  private readonly panels: Omit<PanelsView, 't' | 'cfg' | 'playing'> = {
    controls: { show: (n) => !this.hiddenControls.has(n), off: (n) => this.lockedControls.has(n) },
    num: (v, d) => this.num(v, d),
    set: (key, value, setting) => this.learnerSet(key, value, setting),
    setProblem: (p: ProblemType) => {
      const next = this.run.withProblem(p);
      if (next) this.changeConfig(next, 'problem', p);
    },
    setDataset: (d: DatasetName) => this.changeConfig(this.run.withDataset(d), 'dataset', d),
    toggleFeature: (f, on) => {
      const next = this.run.featuresWith(f, on);
      if (next) this.learnerSet('features', next, 'features');
      else {
        this.message = this.t.atLeastOneFeature;
        this.requestUpdate();
      }
    },
    reset: () => this.reset(),
    playPause: () => (this.training.playing ? this.pause() : this.play()),
    step: () => this.step(),
    newRandomStart: () => this.newRandomStart(),
  };

  // ----- rendering --------------------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('hide') || changed.has('lock') || !this.hasUpdated) this.parseControls();
    if (!this.owned) {
      void this.run;
      return;
    }
    // An attribute or property changed by the host: its key takes the new value, the learner's
    // other changes stay, and only what needs a restart restarts.
    const keys = [...changed.keys()].map((k) => SETTING_OF_PROPERTY[k as string]).filter(Boolean);
    if (!keys.length) return;
    const parsed = this.parseAttributes();
    const next = { ...this.run.cfg };
    for (const k of keys) (next as Record<string, unknown>)[k] = parsed[k];
    // The problem type follows the dataset, as in the parser.
    if (keys.includes('dataset') && !keys.includes('problem')) next.problem = parsed.problem;
    this.changeConfig(next);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.paintLive();
    this.readouts.paintChart(this.renderRoot, this.run.session, this.t, this.training.playing);
    if (this.graph && this.graph.network !== this.run.session.network) this.graph.network = this.run.session.network;
  }

  private parseControls(): void {
    this.problems.clear(['hide', 'lock']);
    // A feature's name hides or locks that one checkbox; `features` all of them.
    const names = [...CONTROL_NAMES, ...FEATURE_NAMES] as const;
    this.hiddenControls = new Set(parseNameListAttr<ControlName | FeatureName>(this.problems, 'hide', this.hide, names) ?? []);
    this.lockedControls = new Set(parseNameListAttr<ControlName | FeatureName>(this.problems, 'lock', this.lock, names) ?? []);
  }

  private paintLive(): void {
    const s = this.run.session;
    this.readouts.paintLive(this.renderRoot, s.epoch, this.num(s.testLoss, 3), this.num(s.trainLoss, 3));
  }

  /** The playground's `theme` decides its inner graph's and plot's scheme: they read their colours again. */
  protected override onThemeChange(): void {
    this.graph?.refreshTheme();
    this.plot?.refreshTheme();
    this.requestUpdate();
  }

  /** The host's overrides for an inner element (`strings['nn-graph']`); a stable object, so the inner table is not rebuilt each render. */
  private innerStrings(section: 'nn-graph' | 'nn-dataset-plot'): Record<string, unknown> | null {
    const given = this.strings?.[section];
    return given && typeof given === 'object' ? given : null;
  }

  /** The same array while the features stay: a new one would re-render the graph every frame. */
  private inputLabels(features: readonly FeatureName[]): string[] {
    if (this.labelsFor?.features !== features) this.labelsFor = { features, labels: features.map((f) => FEATURE_LABELS[f]) };
    return this.labelsFor.labels;
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const run = this.run;
    const c = run.cfg;
    const view: PanelsView = { ...this.panels, t, cfg: c, playing: this.training.playing };
    const k = this.panels.controls;
    return html`
      ${this.renderProblems()}
      ${toolbarView(view)}
      ${this.message ? html`<p class="message" part="message" role="alert">${this.message}</p>` : nothing}
      <div class="layout ${dataShown(view) ? '' : 'no-data'}">
        ${dataPanelView(view)}
        <section part="network" aria-label=${t.network}>
          <h3>${t.network}</h3>
          <nn-graph exportparts="toolbar: graph-toolbar, diagram: graph-diagram, node: graph-node, inspector: graph-inspector" max-layers=${MAX_LAYERS} max-neurons=${MAX_NEURONS} ?locked=${k.off('layers') || !k.show('layers')}
            .strings=${this.innerStrings('nn-graph')} .inputLabels=${this.inputLabels(c.features)} .heatmaps=${run.grid} .deadLinks=${run.session.trainer.dead}
            @nn-graph-edit=${this.onGraphEdit}></nn-graph>
        </section>
        <section part="output" aria-label=${t.output}>
          <h3>${t.output}</h3>
          <div class="losses">
            <div>${t.testLoss}<b class="live-test"></b></div>
            <div>${t.trainingLoss}<b class="live-train"></b></div>
          </div>
          <div class="chart-host"></div>
          <nn-dataset-plot exportparts="canvas: plot-canvas, heatmap: plot-heatmap, legend: plot-legend, readout: plot-readout" ?show-test-data=${c.showTestData} ?discretize=${c.discretize} .strings=${this.innerStrings('nn-dataset-plot')} .source=${this}></nn-dataset-plot>
          <div class="checks">
            ${checkboxControl(k, 'show-test-data', t.showTestData, c.showTestData, (on) => this.learnerSet('showTestData', on, 'show-test-data'))}
            ${checkboxControl(k, 'discretize', t.discretize, c.discretize, (on) => this.learnerSet('discretize', on, 'discretize'))}
          </div>
        </section>
      </div>
      ${this.renderLiveRegion()}
    `;
  }
}
