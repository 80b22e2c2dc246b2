import { CLASSIFICATION_DATASETS, REGRESSION_DATASETS, type Point, type ProblemType } from '../../core/dataset.js';
import { buildExercise, type Exercise } from '../../core/exercise.js';
import { FEATURE_LABELS, FEATURE_NAMES, type FeatureName } from '../../core/features.js';
import type { HeatmapGrid } from '../../core/heatmap.js';
import type { NetworkSnapshot, ParamRef } from '../../core/network.js';
import type { TrainingSession } from '../../core/session.js';
import type { GraphEdit } from '../nn-graph/graph-model.js';
import type { InputChoice } from '../nn-graph/diagram.view.js';
import { MAX_LAYERS, MAX_NEURONS, needsRestart, validatePartialConfig, type PlaygroundConfig, type PlaygroundDataset } from './config.js';

/** What `state` reads and restores. */
export interface PlaygroundState {
  config: PlaygroundConfig;
  /** How many times "New random start" was pressed: with the seed, it fixes the starting weights. */
  restarts: number;
  network: NetworkSnapshot;
  epoch: number;
  /** The loss history: `{ epochs, train, test }` (see LossHistory in the core); `epochs` absent in older saves. */
  history: { train: number[]; test: number[]; epochs?: number[] };
  /** Links that L1 regularization set to zero for good, per weight layer (optional). */
  dead?: number[][];
  /** The own points (dataset "custom"): the author's or a file's, split by train-ratio. */
  points?: Point[];
  /** The points the learner drew on the plot (editable-data): training points of whatever data is shown. */
  drawn?: Point[];
  /** Times "Regenerate" was pressed since the data last changed. */
  draws?: number;
}

/** A playground's own points, the author's or a file's: split by train-ratio, seeded. */
export interface OwnPoints {
  list: Point[];
  /** Classification when every label is −1 or +1; regression otherwise. */
  problem: ProblemType;
}

/** The problem type of a set of points: classes when every label is −1 or +1. */
export function problemOfPoints(points: readonly Point[]): ProblemType {
  return points.every((p) => p.label === 1 || p.label === -1) ? 'classification' : 'regression';
}

/**
 * A playground's run, without a DOM: its settings, the exercise they build (points, training
 * session, heatmap grid) and the learner's rules for changing them. Each change says whether
 * it built a new run, so that the element knows to hand its pictures the new network.
 * @internal
 */
export class PlaygroundRun {
  cfg: PlaygroundConfig;
  restarts = 0;
  exercise: Exercise;
  /** The own points, kept while the learner looks at other datasets (null: none given). */
  points: OwnPoints | null;
  /** "Regenerate" presses since the data last changed: each draws the data from a new stream. */
  draws = 0;
  /** Points the learner drew (editable-data): added to the training points; they go when the data settings change. */
  drawn: Point[] = [];

  constructor(cfg: PlaygroundConfig, points: OwnPoints | null = null) {
    this.points = points;
    this.cfg = this.fit(cfg);
    this.exercise = this.make(this.cfg, 0);
  }

  /**
   * The settings made to fit the points: "custom" takes the own points' problem type, and
   * without own points it is the first dataset of the problem type (the element reports it).
   */
  fit(cfg: PlaygroundConfig): PlaygroundConfig {
    if (cfg.dataset !== 'custom') return cfg;
    if (!this.points) return { ...cfg, dataset: (cfg.problem === 'regression' ? REGRESSION_DATASETS : CLASSIFICATION_DATASETS)[0] };
    return cfg.problem === this.points.problem ? cfg : { ...cfg, problem: this.points.problem };
  }

  private make(cfg: PlaygroundConfig, restarts: number, points = this.points, draws = this.draws, drawn = this.drawn): Exercise {
    const own = cfg.dataset === 'custom' && points ? { points: points.list } : {};
    return buildExercise({ ...cfg, dataset: cfg.dataset === 'custom' ? 'circle' : cfg.dataset, restarts, draws, drawn, ...own });
  }

  /**
   * A learner's edit on the plot: a point added to the training points, or one of theirs or
   * of the own points removed (a generated point stays: it belongs to the dataset). The run
   * is built again, from the same starting weights. False when nothing changed.
   */
  editPoint(action: 'add' | 'remove', p: Point): boolean {
    const same = (q: Point) => q.x === p.x && q.y === p.y && q.label === p.label;
    if (action === 'add') this.drawn = [...this.drawn, { x: p.x, y: p.y, label: p.label }];
    else if (this.drawn.some(same)) this.drawn = this.drawn.filter((q) => !same(q));
    else if (this.cfg.dataset === 'custom' && this.points && this.points.list.some(same) && this.points.list.length > 1) this.points = { ...this.points, list: this.points.list.filter((q) => !same(q)) };
    else return false;
    this.rebuild(this.restarts);
    return true;
  }

  get session(): TrainingSession {
    return this.exercise.session;
  }

  get grid(): HeatmapGrid {
    return this.exercise.grid;
  }

  get train(): Point[] {
    return this.exercise.train;
  }

  get test(): Point[] {
    return this.exercise.test;
  }

  private labelsFor: { features: readonly FeatureName[]; labels: string[] } | null = null;

  /** The input nodes' labels: the same array while the features stay (a new one would re-render the graph every frame). */
  get inputLabels(): string[] {
    const features = this.cfg.features;
    if (this.labelsFor?.features !== features) this.labelsFor = { features, labels: features.map((f) => FEATURE_LABELS[f]) };
    return this.labelsFor.labels;
  }

  private choicesFor: { key: string; names: FeatureName[]; list: InputChoice[] } | null = null;

  /**
   * The input nodes as toggles, TensorFlow Playground's way: every feature the author did not
   * hide (a hidden one stays while it is fed in), locked ones disabled; null when the author
   * hid `features`, and the graph shows the fed-in ones only. The same array while nothing
   * changes, like inputLabels.
   */
  inputChoices(k: { show(n: string): boolean; off(n: string): boolean }): InputChoice[] | null {
    if (!k.show('features')) return (this.choicesFor = null);
    const on = this.cfg.features;
    const names = FEATURE_NAMES.filter((f) => k.show(f) || on.includes(f));
    const key = names.map((f) => `${f}${on.includes(f) ? '+' : '-'}${k.off('features') || k.off(f) ? '!' : ''}`).join();
    if (this.choicesFor?.key !== key) {
      this.choicesFor = { key, names, list: names.map((f) => ({ label: FEATURE_LABELS[f], on: on.includes(f), disabled: k.off('features') || k.off(f) })) };
    }
    return this.choicesFor.list;
  }

  /** The feature of input choice `choice` as last handed out, or null when it is locked or gone. */
  choiceFeature(choice: number): FeatureName | null {
    const c = this.choicesFor;
    return c && c.list[choice] && !c.list[choice].disabled ? c.names[choice] : null;
  }

  /** A new run from the current settings: `restarts` new starting weights, or the same again. */
  rebuild(restarts = this.restarts): void {
    this.restarts = restarts;
    this.exercise = this.make(this.cfg, restarts);
  }

  /** "Regenerate": the same dataset (or own points) drawn (or split) anew, from a new stream; the same starting weights. */
  regenerate(): void {
    this.draws++;
    this.rebuild(this.restarts);
  }

  /** New own points (null: none): the settings that show them ("custom", their problem type), or null when those are the settings already. */
  usePoints(points: OwnPoints | null): PlaygroundConfig | null {
    this.points = points;
    this.draws = 0;
    this.drawn = [];
    const next = this.fit({ ...this.cfg, dataset: points ? 'custom' : this.cfg.dataset });
    return next.dataset === this.cfg.dataset && next.problem === this.cfg.problem ? null : next;
  }

  /**
   * Moves to new settings: training options apply in place; anything else (data, features,
   * network) builds a new run from the first starting weights. True when it did.
   */
  change(next: PlaygroundConfig): boolean {
    const restart = needsRestart(this.cfg, next);
    // Other data: the learner's drawn points and "Regenerate" belonged to the old.
    if ((['dataset', 'noise', 'trainRatio', 'seed'] as const).some((k) => this.cfg[k] !== next[k])) {
      this.drawn = [];
      this.draws = 0;
    }
    this.cfg = next;
    this.session.options = { learningRate: next.learningRate, batchSize: next.batchSize, regularization: next.regularization, regularizationRate: next.regularizationRate };
    if (restart) this.rebuild(0);
    return restart;
  }

  /** The settings for choosing a problem type: its first dataset, or null when it is already chosen. */
  withProblem(problem: ProblemType): PlaygroundConfig | null {
    if (problem === this.cfg.problem) return null;
    return { ...this.cfg, problem, dataset: (problem === 'regression' ? REGRESSION_DATASETS : CLASSIFICATION_DATASETS)[0] };
  }

  /** The settings for choosing a dataset, with the problem type it belongs to. */
  withDataset(dataset: PlaygroundDataset): PlaygroundConfig {
    if (dataset === 'custom') return this.fit({ ...this.cfg, dataset });
    return { ...this.cfg, dataset, problem: REGRESSION_DATASETS.includes(dataset) ? 'regression' : 'classification' };
  }

  /** The features with `f` on or off, in their canonical order; null when none would be left. */
  featuresWith(f: FeatureName, on: boolean): FeatureName[] | null {
    const next = FEATURE_NAMES.filter((n) => (n === f ? on : this.cfg.features.includes(n)));
    return next.length ? next : null;
  }

  /** The hidden layer sizes a structure edit of the graph asks for; null when it is not allowed. */
  layersAfter(edit: Exclude<GraphEdit, { kind: 'parameter' | 'input' }>): number[] | null {
    const layers = [...this.cfg.layers];
    switch (edit.kind) {
      case 'add-layer': return layers.length < MAX_LAYERS ? [...layers, 1] : null;
      case 'remove-layer': return layers.length ? layers.slice(0, -1) : null;
      case 'add-neuron':
      case 'remove-neuron': {
        const i = edit.layer - 1;
        const n = layers[i] + (edit.kind === 'add-neuron' ? 1 : -1);
        if (i < 0 || i >= layers.length || n < 1 || n > MAX_NEURONS) return null;
        layers[i] = n;
        return layers;
      }
    }
  }

  /**
   * A learner's hand edit of a weight or bias: training goes on from it, with both losses
   * measured again. False for what a playground does not edit by hand (an input) or an
   * unchanged value.
   */
  setParameter(param: ParamRef, value: number): boolean {
    const net = this.session.network;
    if (param.kind === 'input' || net.parameter(param) === value) return false;
    net.setParameter(param, value);
    this.session.refreshLosses();
    return true;
  }

  get state(): PlaygroundState {
    const s = this.session.toJSON();
    const own = this.points ? { points: this.points.list.map((p) => ({ ...p })) } : {};
    const drawn = this.drawn.length ? { drawn: this.drawn.map((p) => ({ ...p })) } : {};
    return { config: { ...this.cfg, features: [...this.cfg.features], layers: [...this.cfg.layers] }, restarts: this.restarts, network: s.network, epoch: s.epoch, history: s.history, dead: s.dead, ...own, ...drawn, ...(this.draws ? { draws: this.draws } : {}) };
  }

  /**
   * Restores a state: everything is built aside and checked first, then swapped in, so a bad
   * state throws a clear error and changes nothing. A state without `network` (its settings
   * only, as an LMS keeps one when space is short) starts those settings afresh at epoch 0.
   */
  restore(value: unknown): void {
    if (typeof value !== 'object' || value === null) throw new TypeError('nn-playground state must be an object { config, network, epoch, history }');
    const v = value as Partial<PlaygroundState>;
    const config = validatePartialConfig(v.config, this.cfg);
    const restarts = v.restarts ?? 0;
    if (!Number.isInteger(restarts) || restarts < 0) throw new TypeError('nn-playground state.restarts must be a whole number ≥ 0');
    const draws = v.draws ?? 0;
    if (!Number.isInteger(draws) || draws < 0) throw new TypeError('nn-playground state.draws must be a whole number ≥ 0');
    const list = v.points === undefined ? null : pointRows(v.points, 'points');
    const points = list ? { list, problem: problemOfPoints(list) } : this.points;
    if (points && !points.list.length) throw new TypeError('nn-playground state.points holds no point');
    const drawn = v.drawn === undefined ? [] : pointRows(v.drawn, 'drawn');
    if (config.dataset === 'custom' && !points) throw new TypeError('nn-playground state.config.dataset is "custom" but the state has no points');
    const built = this.make(config, restarts, points, draws, drawn);
    if (v.network !== undefined) built.session.restore({ network: v.network, epoch: v.epoch, history: v.history, dead: v.dead });
    if (built.session.network.hiddenActivation.name !== config.activation) throw new TypeError('nn-playground state.network.activation does not match state.config.activation');
    built.grid.compute(built.session.network);
    this.cfg = config;
    this.restarts = restarts;
    this.points = points;
    this.draws = draws;
    this.drawn = drawn;
    this.exercise = built;
  }
}

/** Points from a saved state, checked as rows of finite x, y in −6…6 and a label from −1 to 1; throws a clear error. */
function pointRows(r: unknown, name: string): Point[] {
  if (!Array.isArray(r)) throw new TypeError(`nn-playground state.${name} must be an array of { x, y, label }`);
  return r.map((p, i) => {
    const q = p as Partial<Point> | null;
    const ok = !!q && [q.x, q.y, q.label].every((n) => typeof n === 'number' && Number.isFinite(n)) && Math.abs(q.x!) <= 6 && Math.abs(q.y!) <= 6 && Math.abs(q.label!) <= 1;
    if (!ok) throw new TypeError(`nn-playground state.${name}[${i}] must be { x, y, label } with x, y in −6…6 and label in −1…1`);
    return { x: q!.x!, y: q!.y!, label: q!.label! };
  });
}
