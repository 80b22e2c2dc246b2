import { html, nothing, render, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ACTIVATION_NAMES } from '../../core/activation.js';
import { CLASSIFICATION_DATASETS, REGRESSION_DATASETS, generateDataset, splitTrainTest, toSamples, type DatasetName, type Point, type ProblemType } from '../../core/dataset.js';
import { FEATURE_LABELS, FEATURE_NAMES, type FeatureName } from '../../core/features.js';
import { HeatmapGrid } from '../../core/heatmap.js';
import { Network, type NetworkSnapshot } from '../../core/network.js';
import { createRandom } from '../../core/random.js';
import { REGULARIZATION_NAMES } from '../../core/regularization.js';
import { TrainingSession } from '../../core/session.js';
import { emit, type NnNetworkChangeDetail } from '../../events.js';
import '../nn-dataset-plot/nn-dataset-plot.js';
import type { NnDatasetPlot } from '../nn-dataset-plot/nn-dataset-plot.component.js';
import '../nn-graph/nn-graph.js';
import type { NnGraph } from '../nn-graph/nn-graph.component.js';
import { FrameLoopController } from '../shared/controllers/frame-loop.js';
import { stepIcon } from '../shared/icons.js';
import { NnElement } from '../shared/nn-element.js';
import { numberish } from '../shared/attributes/parse.js';
import { parseNameListAttr } from '../shared/attributes/parse.js';
import { themeStyles } from '../shared/styles.js';
import { CONFIG_ATTRIBUTES, CONTROL_NAMES, LEARNING_RATES, MAX_LAYERS, MAX_NEURONS, REGULARIZATION_RATES, SPEEDS, parseConfig, validatePartialConfig, type ControlName, type PlaygroundConfig } from './config.js';
import { checkboxControl, selectControl, sliderControl } from './controls.js';
import { renderLossChart } from './loss-chart.js';
import { playgroundStyles } from './nn-playground.styles.js';
import { PLAYGROUND_STRINGS } from './strings.js';
import type { Compiled } from '../shared/i18n/messages.js';

/** What `state` reads and restores. */
export interface PlaygroundState {
  config: PlaygroundConfig;
  /** How many times "New random start" was pressed: with the seed, it fixes the starting weights. */
  restarts: number;
  network: NetworkSnapshot;
  epoch: number;
  history: { train: number[]; test: number[] };
  /** Links that L1 regularization set to zero for good, per weight layer (optional). */
  dead?: number[][];
}

/** Heatmap cells per side, as in TensorFlow Playground. */
const GRID_DENSITY = 100;
/** Rows of the heatmap grid computed between two looks at the clock while training. */
const HEAT_ROWS = 5;
/**
 * While training, the neuron thumbnails are repainted at most this often (the output every
 * pass): 50-odd small canvases each cost a compositor upload, and a 10 Hz refresh of a 40 px
 * picture looks as smooth to a learner as 60 Hz.
 */
const THUMBNAIL_MS = 100;
/** Share of the frame's work budget that training may use before the heatmap gets the rest. */
const TRAIN_SHARE = 0.6;
/** A heatmap pass that fits in this many milliseconds is done at once after a Step or an edit. */
const SYNC_HEATMAP_MS = 20;
/**
 * While training, the loss chart is redrawn at most this often (5 times a second): a line that
 * grows by a few pixels a second reads the same, and 10 a second cost the default network
 * 0.1-0.2 ms more per frame (A/B, bench).
 */
const CHART_MS = 200;
/**
 * While training, a heatmap pass starts at most this often: 20 per second. The boundary moves
 * smoothly at that rate (TensorFlow Playground redraws at its 13 fps), and it kept the default
 * network under 2 ms of main thread per frame: 30 per second cost 0.2-0.4 ms more (A/B, bench).
 */
const PASS_MS = 50;
/** Least time between two writes of the epoch and losses while training. */
const LIVE_MS = 66;
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
  protected static override attributeAliases = { dataset: 'dataset-name' };
  protected static override upgradeProperties = ['state'];


  /**
   * Dataset: circle, xor, gauss, spiral (classification); plane, multi-gauss (regression).
   * Plain pages may still write `dataset="…"`; frameworks need `dataset-name`.
   */
  @property({ attribute: 'dataset-name' }) datasetName: string | null = 'circle';
  /** classification or regression; must fit the dataset. */
  @property() problem: string | null = '';
  /** Input features: x1, x2, x1-squared, x2-squared, x1x2, sin-x1, sin-x2 (comma-separated, or an array). */
  @property() features: string | string[] | null = 'x1,x2';
  /** Hidden layer sizes ("" for none), comma-separated or an array: 0 to 6 layers of 1 to 8 neurons. */
  @property() layers: string | number[] | null = '4,2';
  /** relu, tanh, sigmoid or linear. */
  @property() activation: string | null = 'tanh';
  /** One of 0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10. */
  @property({ attribute: 'learning-rate', converter: numberish }) learningRate: number | null = 0.03;
  /** none, l1 or l2. */
  @property() regularization: string | null = 'none';
  /** One of 0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10. */
  @property({ attribute: 'regularization-rate', converter: numberish }) regularizationRate: number | null = 0;
  /** Points per weight update, 1 to 30. */
  @property({ attribute: 'batch-size', converter: numberish }) batchSize: number | null = 10;
  /** Noise in percent, 0 to 50. */
  @property({ converter: numberish }) noise: number | null = 0;
  /** Share of training points in percent, 10 to 90. */
  @property({ attribute: 'train-ratio', converter: numberish }) trainRatio: number | null = 50;
  /** Seed of the data and the starting weights: the same seed gives every learner the same exercise. */
  @property() seed: string | number | null = '1';
  /** Epochs per animation frame: 1, 2, 5, 10 or 25. Display only: changing it never restarts training. */
  @property({ converter: numberish }) speed: number | null = 1;
  /** Shows the test points in the plot. Display only. */
  @property({ type: Boolean, attribute: 'show-test-data' }) showTestData = false;
  /** Thresholds the output at 0 in the plot. Display only. */
  @property({ type: Boolean }) discretize = false;
  /** Controls to remove (comma-separated or an array; re-read whenever it changes): learning-rate, activation, regularization, regularization-rate, problem, dataset, features, layers, noise, train-ratio, batch-size, show-test-data, discretize, speed, new-random-start, step, reset; or one feature's checkbox: x1, x2, x1-squared, x2-squared, x1x2, sin-x1, sin-x2. */
  @property() hide: string | string[] | null = '';
  /** Controls to show disabled, same names as `hide` (re-read whenever it changes). */
  @property() lock: string | string[] | null = '';

  @state() private cfg!: PlaygroundConfig;
  @state() private playing = false;
  @state() private message = '';
  @state() private hiddenControls = new Set<ControlName | FeatureName>();
  @state() private lockedControls = new Set<ControlName | FeatureName>();

  @query('nn-graph') private graph?: NnGraph;
  @query('nn-dataset-plot') private plot?: NnDatasetPlot;

  protected readonly defaultStrings = PLAYGROUND_STRINGS;
  private session!: TrainingSession;
  private grid!: HeatmapGrid;
  private train: Point[] = [];
  private test: Point[] = [];
  private restarts = 0;
  private loop = new FrameLoopController(this, (deadline) => this.runFrame(deadline));
  /** The next heatmap row to compute: while training, one pass over the grid may span frames. */
  private heatRow = 0;
  private passes = 0;
  private passStarted = -Infinity;
  /** The epoch whose weights the current or last pass uses. */
  private passEpoch = -1;
  private lastAnnounce = 0;

  // ----- public API -------------------------------------------------------------------------------

  /** The validated settings in use (a copy). */
  get config(): PlaygroundConfig {
    this.ensureConfig();
    return { ...this.cfg, features: [...this.cfg.features], layers: [...this.cfg.layers] };
  }

  /** Training loss after the last epoch. */
  get trainLoss(): number {
    this.ensureConfig();
    return this.session.trainLoss;
  }

  /** Test loss after the last epoch. */
  get testLoss(): number {
    this.ensureConfig();
    return this.session.testLoss;
  }

  /** Epochs trained since the last restart. */
  get epoch(): number {
    this.ensureConfig();
    return this.session.epoch;
  }

  /** True while training runs. */
  get isPlaying(): boolean {
    return this.playing;
  }

  /**
   * The last frame's work: `epochs` trained, milliseconds spent on `train` (epochs and both
   * losses), `heatmaps` (this frame's share of the grid pass) and `draw` (the canvases drawn
   * synchronously; Lit's re-render follows in the same frame), with `start` the frame's
   * `performance.now()`. For performance monitoring.
   */
  readonly frameTiming = { start: 0, train: 0, heatmaps: 0, draw: 0, epochs: 0 };

  /** The core network being trained. */
  get network(): Network {
    this.ensureConfig();
    return this.session.network;
  }

  /** The model as `<nn-dataset-plot>` takes it. */
  get model(): { network: Network; features: FeatureName[] } {
    this.ensureConfig();
    return { network: this.session.network, features: this.cfg.features };
  }

  /** Training points. */
  get trainPoints(): readonly Point[] {
    this.ensureConfig();
    return this.train;
  }

  /** Test points. */
  get testPoints(): readonly Point[] {
    this.ensureConfig();
    return this.test;
  }

  /**
   * How many times `heatmap` has been completely recomputed. While training, one pass may
   * span several frames (the frame budget); a follower redraws when this changes.
   */
  get heatmapPass(): number {
    return this.passes;
  }

  /** Every node's output over the plot's grid: complete after each pass (see `heatmapPass`). */
  get heatmap(): HeatmapGrid {
    this.ensureConfig();
    return this.grid;
  }

  /** Settings, weights, epoch and loss history. Setting it restores; a bad state throws a clear error and changes nothing. */
  get state(): PlaygroundState {
    this.ensureConfig();
    const s = this.session.toJSON();
    return { config: this.config, restarts: this.restarts, network: s.network, epoch: s.epoch, history: s.history, dead: s.dead };
  }

  set state(value: PlaygroundState) {
    this.ensureConfig();
    if (typeof value !== 'object' || value === null) throw new TypeError('nn-playground state must be an object { config, network, epoch, history }');
    const config = validatePartialConfig(value.config, this.cfg);
    const restarts = value.restarts ?? 0;
    if (!Number.isInteger(restarts) || restarts < 0) throw new TypeError('nn-playground state.restarts must be a whole number ≥ 0');
    // Build everything aside, restore into it, and only then swap: a failure leaves the playground as it was.
    const built = this.build(config, restarts);
    built.session.restore({ network: value.network, epoch: value.epoch, history: value.history, dead: value.dead });
    if (built.session.network.hiddenActivation.name !== config.activation) throw new TypeError('nn-playground state.network.activation does not match state.config.activation');
    this.pause();
    this.adopt(config, restarts, built);
    this.afterStep();
  }

  /** Applies settings given by code (as a quiz's "Apply this solution" does): restarts when the structure or the data changed. Throws on invalid settings. */
  applyConfig(partial: Partial<PlaygroundConfig> | Record<string, unknown>): void {
    this.ensureConfig();
    const next = validatePartialConfig(partial, this.cfg);
    this.changeConfig(next, false);
  }

  /** Starts training. */
  play(): void {
    this.ensureConfig();
    if (this.playing) return;
    this.message = '';
    this.playing = true;
    // Play's own frame renders the button and lays out the toolbar; training starts in the next,
    // so on a slow CPU the two do not add up into one long task (55 ms at 4×, measured).
    this.restFrame = true;
    emit(this, 'nn-play', { epoch: this.session.epoch });
    this.loop.start();
  }

  /** Pauses training. */
  pause(): void {
    if (!this.playing) return;
    this.playing = false;
    // The picture may be from an earlier epoch (a pass spans frames, or was not due): the loop
    // makes one more pass for the paused network within its budget, then stops.
    if (this.heatRow === 0 && this.passEpoch === this.session.epoch) this.loop.stop();
    else this.heatRow = 0;
    emit(this, 'nn-pause', { epoch: this.session.epoch });
    this.announceLoss(true);
  }

  /** Trains one epoch. */
  step(): void {
    this.ensureConfig();
    this.pause();
    this.runEpochs(1);
    this.announceLoss(true);
  }

  /** Back to epoch 0 with the same starting weights. */
  reset(): void {
    this.ensureConfig();
    this.pause();
    this.rebuild();
  }

  /** Back to epoch 0 with new starting weights. */
  newRandomStart(): void {
    this.ensureConfig();
    this.pause();
    this.restarts++;
    this.rebuild();
  }

  // ----- configuration ----------------------------------------------------------------------------

  /** The attributes as the config parser reads them: whatever value the host set. */
  private attributeValues() {
    return {
      dataset: this.datasetName, problem: this.problem, features: this.features, layers: this.layers, activation: this.activation,
      'learning-rate': this.learningRate, regularization: this.regularization, 'regularization-rate': this.regularizationRate,
      'batch-size': this.batchSize, noise: this.noise, 'train-ratio': this.trainRatio, seed: this.seed, speed: this.speed,
      showTestData: this.showTestData, discretize: this.discretize,
    };
  }

  private parseAttributes(): PlaygroundConfig {
    this.problems.clear([...CONFIG_ATTRIBUTES]);
    return parseConfig(this.attributeValues(), this.problems);
  }

  /** Builds the first config and run, for a getter or method called before the first update. */
  private ensureConfig(): void {
    if (this.cfg) return;
    const cfg = this.parseAttributes();
    this.adopt(cfg, 0, this.build(cfg, 0));
  }

  /** Properties by the config key they set. */
  private static readonly CONFIG_PROPERTIES: Record<string, keyof PlaygroundConfig> = {
    datasetName: 'dataset', problem: 'problem', features: 'features', layers: 'layers', activation: 'activation',
    learningRate: 'learningRate', regularization: 'regularization', regularizationRate: 'regularizationRate',
    batchSize: 'batchSize', noise: 'noise', trainRatio: 'trainRatio', seed: 'seed', speed: 'speed',
    showTestData: 'showTestData', discretize: 'discretize',
  };

  private build(cfg: PlaygroundConfig, restarts: number) {
    const dataRandom = createRandom(`${cfg.seed}`);
    const { train, test } = splitTrainTest(generateDataset(cfg.dataset, dataRandom, { noise: cfg.noise }), cfg.trainRatio, dataRandom);
    const network = new Network({
      inputs: cfg.features.length,
      hidden: cfg.layers,
      activation: cfg.activation,
      outputActivation: cfg.problem === 'regression' ? 'linear' : 'tanh',
      random: createRandom(`${cfg.seed}:weights:${restarts}`),
    });
    const session = new TrainingSession(network, toSamples(train, cfg.features), toSamples(test, cfg.features), {
      learningRate: cfg.learningRate, batchSize: cfg.batchSize, regularization: cfg.regularization, regularizationRate: cfg.regularizationRate,
    });
    return { train, test, session, grid: new HeatmapGrid(cfg.features, GRID_DENSITY) };
  }

  private adopt(cfg: PlaygroundConfig, restarts: number, built: ReturnType<NnPlayground['build']>): void {
    this.cfg = cfg;
    this.restarts = restarts;
    this.train = built.train;
    this.test = built.test;
    this.session = built.session;
    this.grid = built.grid;
    this.grid.compute(this.session.network);
    this.message = '';
    // Hand the graph its new network now, not at the next render: an edit made in between
    // would otherwise land on the old network.
    if (this.graph) this.graph.network = this.session.network;
  }

  private rebuild(): void {
    this.adopt(this.cfg, this.restarts, this.build(this.cfg, this.restarts));
    emit(this, 'nn-reset', { epoch: 0 });
    this.afterStep();
  }

  /** Moves to a new config: training options apply in place, anything else restarts. */
  private changeConfig(next: PlaygroundConfig, fromLearner: boolean, setting?: string, value?: unknown): void {
    const prev = this.cfg;
    this.cfg = next;
    const restartKeys: (keyof PlaygroundConfig)[] = ['dataset', 'problem', 'features', 'layers', 'activation', 'noise', 'trainRatio', 'seed'];
    const restart = restartKeys.some((k) => JSON.stringify(prev[k]) !== JSON.stringify(next[k]));
    this.session.options = { learningRate: next.learningRate, batchSize: next.batchSize, regularization: next.regularization, regularizationRate: next.regularizationRate };
    if (restart) {
      const wasPlaying = this.playing;
      this.pause();
      this.restarts = 0;
      this.rebuild();
      if (wasPlaying) this.play();
    }
    if (fromLearner && setting) emit(this, 'nn-config-change', { setting, value, config: { ...this.config } });
    this.requestUpdate();
  }

  private learnerSet<K extends keyof PlaygroundConfig>(key: K, value: PlaygroundConfig[K], setting: string): void {
    if (JSON.stringify(this.cfg[key]) === JSON.stringify(value)) return;
    this.changeConfig({ ...this.cfg, [key]: value }, true, setting, value);
  }

  private parseControls(): void {
    this.problems.clear(['hide', 'lock']);
    // A feature's name hides or locks that one checkbox; `features` all of them.
    const names = [...CONTROL_NAMES, ...FEATURE_NAMES] as const;
    this.hiddenControls = new Set(parseNameListAttr<ControlName | FeatureName>(this.problems, 'hide', this.hide, names) ?? []);
    this.lockedControls = new Set(parseNameListAttr<ControlName | FeatureName>(this.problems, 'lock', this.lock, names) ?? []);
  }

  // ----- training loop ----------------------------------------------------------------------------

  /**
   * One frame within the frame's work budget: while playing, up to `speed` epochs (at least
   * one); then as much of the heatmap pass as fits. The plot and the graph are redrawn when a
   * pass completes, so a large network on a slow machine refreshes its pictures less often
   * instead of dropping frames; the epoch and the losses are shown every frame. After a pause
   * or a Step, the loop runs on without training until the pass is complete.
   */
  private runFrame(deadline: number): void {
    if (this.restFrame) {
      this.restFrame = false;
      if (this.playing) return;
    }
    const start = performance.now();
    const trainUntil = start + (deadline - start) * TRAIN_SHARE;
    const speed = this.cfg.speed;
    let n = 0;
    let diverged = false;
    while (this.playing && n < speed && (n === 0 || performance.now() < trainUntil)) {
      n++;
      if ((diverged = !this.trainOne())) break;
    }
    const trained = performance.now();
    if (diverged) {
      // Paused by trainOne: the picture of the network as it stopped.
      this.afterStep();
      this.reportEpochs(start, trained, n);
      return;
    }
    // While training, a new pass starts at most every PASS_MS: a small network's pass fits in
    // every frame, but the boundary moves too little between two frames to be worth the paint.
    const due = !this.playing || this.heatRow > 0 || start - this.passStarted >= PASS_MS;
    if (due && this.heatRow === 0) this.passStarted = start;
    const done = due && this.advanceHeatmap(deadline);
    const computed = performance.now();
    if (done) {
      this.graph?.redraw(this.playing ? THUMBNAIL_MS : 0);
      this.plot?.draw();
    }
    if (!this.playing) {
      if (done) this.loop.stop();
      if (!n) return;
    }
    // The numbers are written in place, at most LIVE_MS apart while training (faster is a blur
    // no one reads, and each change costs a paint); the loss chart alone, when it is due.
    if (!this.playing || start - this.liveAt >= LIVE_MS) {
      this.liveAt = start;
      this.paintLive();
    }
    if (!this.chart || start - this.chart.at >= CHART_MS) this.paintChart();
    this.frameTiming.heatmaps = computed - trained;
    this.frameTiming.draw = performance.now() - computed;
    this.reportEpochs(start, trained, n);
  }

  /** After epochs were trained: their timing, `nn-epoch`, and the loss for screen readers. */
  private reportEpochs(start: number, trained: number, n: number): void {
    const timing = this.frameTiming;
    timing.start = start;
    timing.train = trained - start;
    timing.epochs = n;
    emit(this, 'nn-epoch', { epoch: this.session.epoch, trainLoss: this.session.trainLoss, testLoss: this.session.testLoss });
    this.announceLoss(false);
  }

  /** Computes heatmap rows until `deadline` (at least one band); true when that completed a pass. */
  private advanceHeatmap(deadline: number): boolean {
    const d = this.grid.density;
    if (this.heatRow === 0) this.passEpoch = this.session.epoch;
    while (this.heatRow < d) {
      const to = Math.min(d, this.heatRow + HEAT_ROWS);
      this.grid.computeRows(this.session.network, this.heatRow, to);
      this.heatRow = to;
      if (performance.now() >= deadline) break;
    }
    if (this.heatRow < d) return false;
    this.heatRow = 0;
    this.passes++;
    return true;
  }

  /** Trains `n` epochs, then brings every picture up to date. */
  private runEpochs(n: number): void {
    const start = performance.now();
    for (let i = 0; i < n; i++) if (!this.trainOne()) break;
    const trained = performance.now();
    this.afterStep();
    this.reportEpochs(start, trained, n);
  }

  /** One epoch; on divergence pauses, says why and returns false (the caller redraws). */
  private trainOne(): boolean {
    const result = this.session.step();
    if (!result.diverged) return true;
    this.message = result.cause === 'learning-rate' ? this.t.divergedRate({ epoch: this.session.epoch, rate: this.num(this.session.options.learningRate, -1) }) : this.t.diverged({ epoch: this.session.epoch });
    this.pause();
    emit(this, 'nn-diverged', { epoch: this.session.epoch, reason: result.reason });
    return false;
  }

  /**
   * Starts a new heatmap pass for changed weights and redraws. The pass is finished at once
   * when it fits in SYNC_HEATMAP_MS (any network on an ordinary machine); otherwise the frame
   * loop finishes it within its budget, so no single task grows with the network.
   */
  private afterStep(): void {
    const t0 = performance.now();
    this.heatRow = 0;
    const done = this.advanceHeatmap(t0 + SYNC_HEATMAP_MS);
    const t1 = performance.now();
    if (done) {
      this.graph?.redraw();
      this.plot?.draw();
      // A pass the loop was finishing after a pause is now made for the current weights.
      if (!this.playing) this.loop.stop();
    } else {
      this.loop.start();
    }
    this.requestUpdate();
    this.frameTiming.heatmaps = t1 - t0;
    this.frameTiming.draw = performance.now() - t1;
  }

  private announceLoss(force: boolean): void {
    const now = performance.now();
    if (!force && now - this.lastAnnounce < ANNOUNCE_MS) return;
    this.lastAnnounce = now;
    this.announcement = this.t.lossAnnouncement({ epoch: this.session.epoch, train: this.num(this.session.trainLoss, 3), test: this.num(this.session.testLoss, 3) });
  }

  // ----- learner input ----------------------------------------------------------------------------

  private onGraphChange(e: CustomEvent<NnNetworkChangeDetail>): void {
    e.stopPropagation();
    const kind = e.detail.kind;
    if (kind === 'weight' || kind === 'bias') {
      // A hand-edited weight: training goes on from it.
      this.session.trainLoss = this.session.trainer.loss(this.session.train);
      this.session.testLoss = this.session.trainer.loss(this.session.test);
      this.afterStep();
      emit(this, 'nn-config-change', { setting: kind, value: e.detail.newValue, config: { ...this.config } });
      return;
    }
    // Structure edits restart from fresh, seeded weights, as in the playground.
    const layers = (e.target as NnGraph).network.hiddenSizes;
    this.learnerSet('layers', layers, 'layers');
  }

  private toggleFeature(f: FeatureName, on: boolean): void {
    const next = FEATURE_NAMES.filter((n) => (n === f ? on : this.cfg.features.includes(n)));
    if (!next.length) {
      this.message = this.t.atLeastOneFeature;
      this.requestUpdate();
      return;
    }
    this.learnerSet('features', next, 'features');
  }

  private setProblem(problem: ProblemType): void {
    if (problem === this.cfg.problem) return;
    const dataset = (problem === 'regression' ? REGRESSION_DATASETS : CLASSIFICATION_DATASETS)[0];
    this.changeConfig({ ...this.cfg, problem, dataset }, true, 'problem', problem);
  }

  private setDataset(dataset: DatasetName): void {
    const problem = REGRESSION_DATASETS.includes(dataset) ? 'regression' : 'classification';
    this.changeConfig({ ...this.cfg, dataset, problem }, true, 'dataset', dataset);
  }

  // ----- rendering --------------------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('hide') || changed.has('lock') || !this.hasUpdated) this.parseControls();
    if (!this.cfg) {
      this.ensureConfig();
      return;
    }
    // An attribute or property changed by the host: its key takes the new value, the learner's
    // other changes stay, and only what needs a restart restarts.
    const keys = [...changed.keys()].map((k) => NnPlayground.CONFIG_PROPERTIES[k as string]).filter(Boolean);
    if (!keys.length) return;
    const parsed = this.parseAttributes();
    const next = { ...this.cfg };
    for (const k of keys) (next as Record<string, unknown>)[k] = parsed[k];
    // The problem type follows the dataset, as in the parser.
    if (keys.includes('dataset') && !keys.includes('problem')) next.problem = parsed.problem;
    this.changeConfig(next, false);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.paintLive();
    this.paintChart();
    if (this.graph && this.graph.network !== this.session.network) {
      this.graph.network = this.session.network;
    }
  }

  private show(name: ControlName | FeatureName): boolean {
    return !this.hiddenControls.has(name);
  }

  private off(name: ControlName | FeatureName): boolean {
    return this.lockedControls.has(name);
  }

  /** What the control templates read: shown (not in `hide`) and locked (in `lock`). */
  private controls = { show: (n: ControlName) => this.show(n), off: (n: ControlName) => this.off(n) };

  protected override render(): TemplateResult {
    const t = this.t;
    const c = this.cfg;
    return html`
      ${this.renderProblems()}
      <div class="toolbar" part="toolbar">
        <div class="buttons">
          ${this.show('reset') ? html`<button type="button" aria-label=${t.reset} title=${t.reset} ?disabled=${this.off('reset')} @click=${() => this.reset()}>↺</button>` : nothing}
          <button type="button" class="play" aria-label=${this.playing ? t.pause : t.play} title=${this.playing ? t.pause : t.play}
            @click=${() => (this.playing ? this.pause() : this.play())}>${this.playing ? '❚❚' : '▶'}</button>
          ${this.show('step') ? html`<button type="button" aria-label=${t.step} title=${t.step} ?disabled=${this.off('step')} @click=${() => this.step()}>${stepIcon}</button>` : nothing}
          ${this.show('new-random-start') ? html`<button type="button" ?disabled=${this.off('new-random-start')} @click=${() => this.newRandomStart()}>${t.newRandomStart}</button>` : nothing}
        </div>
        <div class="epoch" aria-live="off">${t.epoch}<b class="live-epoch"></b></div>
        ${selectControl(this.controls, 'learning-rate', t.learningRate, LEARNING_RATES, c.learningRate, (v) => this.num(v, -1), (v) => this.learnerSet('learningRate', Number(v), 'learning-rate'))}
        ${selectControl(this.controls, 'activation', t.activation, ACTIVATION_NAMES, c.activation, (a) => t.activationNames[a] ?? a, (v) => this.learnerSet('activation', v as PlaygroundConfig['activation'], 'activation'))}
        ${selectControl(this.controls, 'regularization', t.regularization, REGULARIZATION_NAMES, c.regularization, (r) => t.regularizationNames[r] ?? r, (v) => this.learnerSet('regularization', v as PlaygroundConfig['regularization'], 'regularization'))}
        ${selectControl(this.controls, 'regularization-rate', t.regularizationRate, REGULARIZATION_RATES, c.regularizationRate, (v) => this.num(v, -1), (v) => this.learnerSet('regularizationRate', Number(v), 'regularization-rate'))}
        ${selectControl(this.controls, 'problem', t.problem, ['classification', 'regression'] as const, c.problem, (p) => (p === 'classification' ? t.classification : t.regression), (v) => this.setProblem(v as ProblemType))}
        ${selectControl(this.controls, 'speed', t.speed, SPEEDS, c.speed, String, (v) => this.learnerSet('speed', Number(v), 'speed'))}
      </div>
      ${this.message ? html`<p class="message" part="message" role="alert">${this.message}</p>` : nothing}
      <div class="layout ${this.dataShown() ? '' : 'no-data'}">
        ${this.renderData()}
        <section part="network" aria-label=${t.network}>
          <h3>${t.network}</h3>
          <nn-graph exportparts="toolbar: graph-toolbar, diagram: graph-diagram, node: graph-node, inspector: graph-inspector" max-layers=${MAX_LAYERS} max-neurons=${MAX_NEURONS} ?locked=${this.off('layers') || !this.show('layers')}
            .strings=${this.innerStrings('nn-graph')} .inputLabels=${this.inputLabels(c.features)} .heatmaps=${this.grid} .deadLinks=${this.session.trainer.dead}
            @nn-network-change=${this.onGraphChange}></nn-graph>
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
            ${checkboxControl(this.controls, 'show-test-data', t.showTestData, c.showTestData, (on) => this.learnerSet('showTestData', on, 'show-test-data'))}
            ${checkboxControl(this.controls, 'discretize', t.discretize, c.discretize, (on) => this.learnerSet('discretize', on, 'discretize'))}
          </div>
        </section>
      </div>
      ${this.renderLiveRegion()}
    `;
  }

  /** When paintLive last wrote, while training (see LIVE_MS). */
  private liveAt = 0;
  /** Set by Play: the loop's first frame only shows Play (see play()). */
  private restFrame = false;

  /**
   * Writes the epoch and the two losses into their boxes. They have no Lit binding, so Lit
   * never holds a stale copy of them (a Reset back to 000000 would otherwise not show).
   */
  private paintLive(): void {
    const root = this.renderRoot;
    const set = (selector: string, text: string) => {
      const el = root.querySelector(selector);
      if (el && el.textContent !== text) el.textContent = text;
    };
    set('.live-epoch', String(this.session.epoch).padStart(6, '0'));
    set('.live-test', this.num(this.session.testLoss, 3));
    set('.live-train', this.num(this.session.trainLoss, 3));
  }

  /** The playground's `theme` decides its inner graph's and plot's scheme: they read their colours again. */
  protected override onThemeChange(): void {
    this.graph?.refreshTheme();
    this.plot?.refreshTheme();
    this.requestUpdate();
  }

  private chart: { at: number; session: TrainingSession; t: Compiled<typeof PLAYGROUND_STRINGS>; loss: number; result: TemplateResult } | null = null;

  /**
   * Renders the loss chart into its own container: while training, the chart changes (at most
   * every CHART_MS) and nothing else in the template does, so only the chart is rendered.
   */
  private paintChart(): void {
    const host = this.renderRoot?.querySelector<HTMLElement>('.chart-host');
    if (host) render(this.lossChart(), host);
  }

  /** The loss chart, redrawn at most every CHART_MS while training: 600 SVG points a frame cost more than they show. */
  private lossChart(): TemplateResult {
    const now = performance.now();
    const s = this.session;
    const c = this.chart;
    const stale = !c || c.session !== s || c.t !== this.t || c.loss !== s.trainLoss;
    if (stale && (!c || c.session !== s || !this.playing || now - c.at >= CHART_MS)) {
      const fmt3 = (v: number) => this.num(v, 3);
      this.chart = { at: now, session: s, t: this.t, loss: s.trainLoss, result: renderLossChart(s.history, s.epoch, { label: this.t.lossChart({ epoch: s.epoch, train: fmt3(s.trainLoss), test: fmt3(s.testLoss) }), trainingLoss: this.t.trainingLoss, testLoss: this.t.testLoss, epoch: this.t.epoch, locale: this.locale }) };
    }
    return this.chart!.result;
  }

  private labelsFor: { features: readonly FeatureName[]; labels: string[] } | null = null;

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

  private dataShown(): boolean {
    return (['dataset', 'train-ratio', 'noise', 'batch-size', 'features'] as const).some((n) => this.show(n));
  }

  private renderData(): TemplateResult | typeof nothing {
    const t = this.t;
    const c = this.cfg;
    if (!this.dataShown()) return nothing;
    const list = c.problem === 'regression' ? REGRESSION_DATASETS : CLASSIFICATION_DATASETS;
    return html`<section part="data" aria-label=${t.data}>
      <h3>${t.data}</h3>
      ${this.show('dataset') ? html`<fieldset><legend>${t.dataset}</legend><div class="datasets">
        ${list.map((d) => html`<label><input type="radio" name="dataset" value=${d} .checked=${d === c.dataset} ?disabled=${this.off('dataset')}
          @change=${() => this.setDataset(d)} />${t.datasetNames[d] ?? d}</label>`)}
      </div></fieldset>` : nothing}
      ${sliderControl(this.controls, 'train-ratio', t.ratio, c.trainRatio, { min: 10, max: 90, step: 10, unit: '%' }, (v) => this.learnerSet('trainRatio', v, 'train-ratio'))}
      ${sliderControl(this.controls, 'noise', t.noise, c.noise, { min: 0, max: 50, step: 5 }, (v) => this.learnerSet('noise', v, 'noise'))}
      ${sliderControl(this.controls, 'batch-size', t.batchSize, c.batchSize, { min: 1, max: 30, step: 1 }, (v) => this.learnerSet('batchSize', v, 'batch-size'))}
      ${this.show('features') ? html`<fieldset class="features"><legend>${t.features}</legend>
        ${FEATURE_NAMES.filter((f) => this.show(f)).map((f) => html`<label><input type="checkbox" .checked=${c.features.includes(f)} ?disabled=${this.off('features') || this.off(f)}
          @change=${(e: Event) => this.toggleFeature(f, (e.target as HTMLInputElement).checked)} />${FEATURE_LABELS[f]}</label>`)}
      </fieldset>` : nothing}
    </section>`;
  }
}
