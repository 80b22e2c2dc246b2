import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { Point, ProblemType } from '../../core/dataset.js';
import { FEATURE_NAMES, type FeatureName } from '../../core/features.js';
import type { HeatmapGrid } from '../../core/heatmap.js';
import type { Network } from '../../core/network.js';
import '../nn-dataset-plot/nn-dataset-plot.js';
import type { NnDatasetPlot } from '../nn-dataset-plot/nn-dataset-plot.component.js';
import type { GraphEditRequest } from '../nn-graph/edit-request.js';
import '../nn-graph/nn-graph.js';
import type { NnGraph } from '../nn-graph/nn-graph.component.js';
import { numberish, parseNameListAttr } from '../shared/attributes/parse.js';
import { NnElement } from '../shared/nn-element.js';
import { themeStyles } from '../shared/styles.js';
import { CONFIG_ATTRIBUTES, CONTROL_NAMES, MAX_LAYERS, MAX_NEURONS, changedSettings, parseConfig, readSettings, validatePartialConfig, withSettings, type ControlName, type PlaygroundConfig, type PlaygroundDataset } from './config.js';
import { checkboxControl } from './controls.js';
import { dataPanelView, dataShown, toolbarView, type PanelsView } from './panels.view.js';
import { PlaygroundRun, type PlaygroundState } from './playground-run.js';
import { paintDatasetThumbs } from './dataset-thumbs.js';
import { readPalette } from '../shared/painters/palette.js';
import { nearViewport } from '../shared/first-render.js';
import { playgroundStyles } from './nn-playground.styles.js';
import { PLAYGROUND_STRINGS } from './strings.js';
import { RunControl } from './run-control.js';
import { headingLevel } from '../shared/heading-level.js';
import { OwnData, ownDataset } from './own-data.js';
import { SetupStore } from './setup-store.js';
import type { FrameTiming } from './training-loop.js';

export type { PlaygroundState } from './playground-run.js';

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
 * @csspart data - The data column: dataset, ratio, noise, batch size (features are switched on the network's input nodes).
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
 * @cssproperty --nn-negative-region - The output plot's background where the output is −1 (default: --nn-negative 45% over the surface; #a11f00 in the dark theme).
 * @cssproperty --nn-positive-region - The output plot's background where the output is +1 (default: --nn-positive 45% over the surface; #00539b in the dark theme).
 * @cssproperty --nn-accent - Accent colour (Play button, focus).
 * @cssproperty --nn-border - Border colour of controls and panels.
 * @cssproperty --nn-surface - Background of panels.
 */
export class NnPlayground extends NnElement<typeof PLAYGROUND_STRINGS> {
  protected static override localeSection = 'nn-playground' as const;
  protected static override innerSections = ['nn-graph', 'nn-dataset-plot'] as const;
  protected static override readPalette = readPalette;
  protected static override renderGate = nearViewport;
  static override styles = [themeStyles, playgroundStyles];
  static override properties: PropertyDeclarations = {
    datasetName: { attribute: 'dataset-name' }, problem: {}, features: {}, layers: {}, activation: {},
    learningRate: { attribute: 'learning-rate', converter: numberish }, regularization: {},
    regularizationRate: { attribute: 'regularization-rate', converter: numberish },
    batchSize: { attribute: 'batch-size', converter: numberish }, noise: { converter: numberish },
    trainRatio: { attribute: 'train-ratio', converter: numberish }, seed: {}, speed: { converter: numberish }, maxEpochs: { attribute: 'max-epochs', converter: numberish },
    showTestData: { type: Boolean, attribute: 'show-test-data' }, discretize: { type: Boolean }, hide: {},
    lock: {}, data: { attribute: false }, editableData: { type: Boolean, attribute: 'editable-data' }, persistKey: { attribute: 'persist-key' }, urlState: { type: Boolean, attribute: 'url-state' },
    // Reactive state, not attributes:
    message: { state: true }, hiddenControls: { state: true }, lockedControls: { state: true },
  };
  protected static override attributeAliases = { dataset: 'dataset-name' };
  protected static override upgradeProperties = ['state', 'data'];

  /**
   * Dataset: circle, xor, gauss, spiral (classification); plane, multi-gauss (regression);
   * custom, the own points (`data` or an inline `<script type="application/json">`, the default
   * when given). Plain pages may still write `dataset="…"`; frameworks need `dataset-name`.
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
  /** Stops training at this epoch (Play and Step then say so; Reset starts again); 0, the default: no limit. */
  maxEpochs: number | null = 0;
  /** Shows the test points in the plot. Display only. */
  showTestData = false;
  /** Thresholds the output at 0 in the plot. Display only. */
  discretize = false;
  /** Controls to remove (comma-separated or an array; re-read whenever it changes): learning-rate, activation, regularization, regularization-rate, problem, dataset, features, layers, noise, train-ratio, batch-size, show-test-data, discretize, speed, new-random-start, step, reset, regenerate, load-csv, copy-link; or one feature's input node: x1, x2, x1-squared, x2-squared, x1x2, sin-x1, sin-x2. */
  hide: string | string[] | null = '';
  /** Controls to show disabled, same names as `hide` (re-read whenever it changes). */
  lock: string | string[] | null = '';
  /** Own points to train on, `[{ x, y, label }]` in −6…6 (label ±1 for classes, −1…1 for regression), or their JSON; split by `train-ratio`. */
  data: unknown = null;
  /** Lets the learner draw points on the output plot (click: a point of the chosen class; a drawn point: removed). */
  editableData = false;
  /** Keeps settings, network, epoch, history and own points in this browser's storage under this key (scoped by the attributes and the id), and brings them back on the next visit. */
  persistKey: string | null = '';
  /** Reads this playground's settings from the page address's hash (`#nn-<id>=…`, written by "Copy link to this setup") when it loads. Needs an id. */
  urlState = false;

  private message = '';
  private hiddenControls = new Set<ControlName | FeatureName>();
  private lockedControls = new Set<ControlName | FeatureName>();

  private get graph(): NnGraph | null { return this.renderRoot?.querySelector('nn-graph') ?? null; }
  private get plot(): NnDatasetPlot | null { return this.renderRoot?.querySelector('nn-dataset-plot') ?? null; }

  protected readonly defaultStrings = PLAYGROUND_STRINGS;
  /** Settings, points, session and grid: the one owner of the training run. */
  private owned: PlaygroundRun | null = null;
  /** The last `model` handed out, kept while the network and features stay (a plot reads it every pass). */
  private modelView: { network: Network; features: FeatureName[] } | null = null;

  /**
   * The last frame's work: `epochs` trained, milliseconds spent on `train` (epochs and both
   * losses), `heatmaps` (this frame's share of the grid pass) and `draw` (the canvases drawn
   * synchronously; Lit's re-render follows in the same frame), with `start` the frame's
   * `performance.now()`. For performance monitoring.
   */
  readonly frameTiming: FrameTiming = { start: 0, train: 0, heatmaps: 0, draw: 0, epochs: 0 };

  private readonly own = new OwnData(this, this.problems, { changed: (p, m) => this.training.useData(p, m), say: (m) => (this.message = m), strings: () => this.t });
  private readonly setup = new SetupStore(this, this.problems);
  private readonly training = new RunControl(this, {
    run: () => this.run,
    strings: () => this.t,
    num: (v, d) => this.num(v, d),
    locale: () => this.locale,
    graph: () => this.graph,
    plot: () => this.plot,
    say: (text) => this.speak(text),
    stopped: (message) => (this.message = message),
    config: () => this.config,
  }, this.frameTiming);

  // ----- public API -------------------------------------------------------------------------------

  /** The validated settings in use (a copy). */
  get config(): PlaygroundConfig {
    const c = this.run.cfg;
    return { ...c, features: [...c.features], layers: [...c.layers] };
  }

  /** Training loss after the last epoch. */
  get trainLoss(): number { return this.run.session.trainLoss; }

  /** Test loss after the last epoch. */
  get testLoss(): number { return this.run.session.testLoss; }

  /** Share of training points classified right after the last epoch, 0 to 1 (shown for classification; a goal variable). */
  get trainAccuracy(): number { return this.run.session.trainAccuracy; }

  /** Share of test points classified right after the last epoch, 0 to 1. */
  get testAccuracy(): number { return this.run.session.testAccuracy; }

  /** Epochs trained since the last restart. */
  get epoch(): number { return this.run.session.epoch; }

  /** True while training runs. */
  get isPlaying(): boolean { return this.training.playing; }

  /** The core network being trained. */
  get network(): Network { return this.run.session.network; }

  /** The model as `<nn-dataset-plot>` takes it. */
  get model(): { network: Network; features: FeatureName[] } {
    const { session, cfg } = this.run;
    const m = this.modelView;
    if (!m || m.network !== session.network || m.features !== cfg.features) this.modelView = { network: session.network, features: cfg.features };
    return this.modelView!;
  }

  /** Training points. */
  get trainPoints(): readonly Point[] { return this.run.train; }

  /** Test points. */
  get testPoints(): readonly Point[] { return this.run.test; }

  /**
   * How many times `heatmap` has been completely recomputed. While training, one pass may
   * span several frames (the frame budget); a follower redraws when this changes.
   */
  get heatmapPass(): number {
    return this.training.loop.passCount;
  }

  /** Every node's output over the plot's grid: complete after each pass (see `heatmapPass`). */
  get heatmap(): HeatmapGrid { return this.run.grid; }

  /** Settings, weights, epoch and loss history. Setting it restores (settings alone start afresh); a bad state throws a clear error and changes nothing. */
  get state(): PlaygroundState {
    return this.run.state;
  }

  set state(value: PlaygroundState) {
    this.run.restore(value);
    this.pause();
    this.training.adopted();
    this.training.loop.afterStep();
  }

  /** Applies settings given by code (as a quiz's "Apply this solution" does): restarts when the structure or the data changed. Throws on invalid settings. */
  applyConfig(partial: Partial<PlaygroundConfig> | Record<string, unknown>): void {
    this.training.change(validatePartialConfig(partial, this.run.cfg));
  }

  /** Starts training. */
  play(): void {
    void this.run;
    if (!this.training.playing) this.message = '';
    this.training.play();
  }

  /** Pauses training. */
  pause(): void {
    this.training.pause();
  }

  /** Trains one epoch. */
  step(): void {
    void this.run;
    this.training.step();
  }

  /** Back to epoch 0 with the same starting weights. */
  reset(): void {
    void this.run;
    this.training.rebuild(this.run.restarts);
  }

  /** Back to epoch 0 with new starting weights. */
  newRandomStart(): void {
    void this.run;
    this.training.rebuild(this.run.restarts + 1);
  }


  /** The run, built from the attributes at the first read (a getter or method called before the first update). */
  private get run(): PlaygroundRun {
    if (!this.owned) {
      this.owned = new PlaygroundRun(this.parseAttributes(), this.own.points);
      this.training.adopted();
    }
    return this.owned;
  }

  private parseAttributes(): PlaygroundConfig {
    this.problems.clear([...CONFIG_ATTRIBUTES]);
    return ownDataset(parseConfig(readSettings(this), this.problems), this.own.points, this, this.problems);
  }


  /** The inner graph asks for an edit: the playground, the only owner of the session, applies it. */
  private readonly onGraphEdit = (e: GraphEditRequest): void => {
    e.preventDefault();
    e.stopPropagation();
    this.training.edit(e.detail);
  };

  private readonly panels: Omit<PanelsView, 't' | 'level' | 'cfg' | 'playing' | 'ownProblem' | 'canLink'> = {
    controls: { show: (n) => !this.hiddenControls.has(n), off: (n) => this.lockedControls.has(n) },
    num: (v, d) => this.num(v, d),
    set: (key, value, setting) => this.training.set(key, value, setting),
    setProblem: (p: ProblemType) => {
      const next = this.run.withProblem(p);
      if (next) this.training.change(next, 'problem', p);
    },
    setDataset: (d: PlaygroundDataset) => this.training.change(this.run.withDataset(d), 'dataset', d),
    regenerate: () => this.training.regenerate(),
    loadCsv: (file) => void this.own.loadFile(file),
    reset: () => this.reset(),
    playPause: () => (this.training.playing ? this.pause() : this.play()),
    step: () => this.step(),
    newRandomStart: () => this.newRandomStart(),
    copyLink: () => void this.setup.copyLink().then((copied) => (this.message = copied ? this.t.linkCopied : this.t.linkInAddress)),
  };


  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('hide') || changed.has('lock') || !this.hasUpdated) this.parseControls();
    if (changed.has('data')) this.own.setProperty(this.data);
    if (!this.owned) void this.run;
    else {
      // An attribute or property changed by the host: its setting takes the new value, the
      // learner's other changes stay, and only what needs a restart restarts.
      const keys = changedSettings(changed.keys());
      if (keys.length) this.training.change(withSettings(this.run.cfg, keys, this.parseAttributes()));
    }
    // After the attributes: what was stored, or the link, is the learner's setup on top of them.
    this.setup.sync(!this.hasUpdated);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.training.paintAll();
    paintDatasetThumbs(this.renderRoot, this.themer.palette, this.run.points?.list ?? null);
    if (this.graph && this.graph.network !== this.run.session.network) this.graph.network = this.run.session.network;
  }

  private parseControls(): void {
    this.problems.clear(['hide', 'lock']);
    // A feature's name hides or locks that one input node; `features` all of them (hidden: the graph shows the fed-in inputs only).
    const names = [...CONTROL_NAMES, ...FEATURE_NAMES] as const;
    this.hiddenControls = new Set(parseNameListAttr<ControlName | FeatureName>(this.problems, 'hide', this.hide, names) ?? []);
    this.lockedControls = new Set(parseNameListAttr<ControlName | FeatureName>(this.problems, 'lock', this.lock, names) ?? []);
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

  protected override render(): TemplateResult {
    const t = this.t;
    const run = this.run;
    const c = run.cfg;
    const view: PanelsView = { ...this.panels, t, level: headingLevel(this), cfg: c, playing: this.training.playing, ownProblem: run.points?.problem ?? null, canLink: this.setup.canLink };
    const k = this.panels.controls;
    return html`
      ${this.renderProblems()}
      ${toolbarView(view)}
      ${this.message ? html`<p class="message" part="message" role="alert">${this.message}</p>` : nothing}
      <div class="layout ${dataShown(view) ? '' : 'no-data'}">
        ${dataPanelView(view)}
        <section part="network" aria-label=${t.network}>
          <h3 aria-level=${view.level}>${t.network}</h3>
          <nn-graph exportparts="toolbar: graph-toolbar, diagram: graph-diagram, node: graph-node, inspector: graph-inspector" max-layers=${MAX_LAYERS} max-neurons=${MAX_NEURONS} ?locked=${k.off('layers') || !k.show('layers')}
            .strings=${this.innerStrings('nn-graph')} .inputLabels=${run.inputLabels} .inputChoices=${run.inputChoices(k)} .heatmaps=${run.grid} .deadLinks=${run.session.trainer.dead} ?discretize=${c.discretize} ?flowing=${this.training.flowing}
            @nn-graph-edit=${this.onGraphEdit} @nn-graph-hover=${this.training.onGraphHover}></nn-graph>
        </section>
        <section part="output" aria-label=${t.output}>
          <h3 aria-level=${view.level}>${t.output}</h3>
          <div class="losses">
            <div>${t.testLoss}<b class="live-test"></b></div>
            <div>${t.trainingLoss}<b class="live-train"></b></div>
            ${c.problem === 'classification' ? html`<div>${t.testAccuracy}<b class="live-test-acc"></b></div><div>${t.trainingAccuracy}<b class="live-train-acc"></b></div>` : nothing}
          </div>
          <div class="chart-host"></div>
          <nn-dataset-plot exportparts="canvas: plot-canvas, heatmap: plot-heatmap, legend: plot-legend, readout: plot-readout" show-axes ?editable=${this.editableData} @nn-data-change=${this.training.onPointEdit} ?show-test-data=${c.showTestData} ?discretize=${c.discretize} .strings=${this.innerStrings('nn-dataset-plot')} .source=${this}></nn-dataset-plot>
          <div class="checks">
            ${checkboxControl(k, 'show-test-data', t.showTestData, c.showTestData, (on) => this.training.set('showTestData', on, 'show-test-data'))}
            ${checkboxControl(k, 'discretize', t.discretize, c.discretize, (on) => this.training.set('discretize', on, 'discretize'))}
          </div>
        </section>
      </div>
      ${this.renderLiveRegion()}
    `;
  }
}
