import { CLASSIFICATION_DATASETS, REGRESSION_DATASETS, type DatasetName, type Point, type ProblemType } from '../../core/dataset.js';
import { buildExercise, type Exercise } from '../../core/exercise.js';
import { FEATURE_LABELS, FEATURE_NAMES, type FeatureName } from '../../core/features.js';
import type { HeatmapGrid } from '../../core/heatmap.js';
import type { NetworkSnapshot, ParamRef } from '../../core/network.js';
import type { TrainingSession } from '../../core/session.js';
import type { GraphEdit } from '../nn-graph/graph-model.js';
import type { InputChoice } from '../nn-graph/diagram.view.js';
import { MAX_LAYERS, MAX_NEURONS, needsRestart, validatePartialConfig, type PlaygroundConfig } from './config.js';

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

  constructor(cfg: PlaygroundConfig) {
    this.cfg = cfg;
    this.exercise = PlaygroundRun.build(cfg, 0);
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

  static build(cfg: PlaygroundConfig, restarts: number): Exercise {
    return buildExercise({ ...cfg, restarts });
  }

  /** A new run from the current settings: `restarts` new starting weights, or the same again. */
  rebuild(restarts = this.restarts): void {
    this.restarts = restarts;
    this.exercise = PlaygroundRun.build(this.cfg, restarts);
  }

  /**
   * Moves to new settings: training options apply in place; anything else (data, features,
   * network) builds a new run from the first starting weights. True when it did.
   */
  change(next: PlaygroundConfig): boolean {
    const restart = needsRestart(this.cfg, next);
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
  withDataset(dataset: DatasetName): PlaygroundConfig {
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
    return { config: { ...this.cfg, features: [...this.cfg.features], layers: [...this.cfg.layers] }, restarts: this.restarts, network: s.network, epoch: s.epoch, history: s.history, dead: s.dead };
  }

  /**
   * Restores a state: everything is built aside and checked first, then swapped in, so a bad
   * state throws a clear error and changes nothing.
   */
  restore(value: unknown): void {
    if (typeof value !== 'object' || value === null) throw new TypeError('nn-playground state must be an object { config, network, epoch, history }');
    const v = value as Partial<PlaygroundState>;
    const config = validatePartialConfig(v.config, this.cfg);
    const restarts = v.restarts ?? 0;
    if (!Number.isInteger(restarts) || restarts < 0) throw new TypeError('nn-playground state.restarts must be a whole number ≥ 0');
    const built = PlaygroundRun.build(config, restarts);
    built.session.restore({ network: v.network, epoch: v.epoch, history: v.history, dead: v.dead });
    if (built.session.network.hiddenActivation.name !== config.activation) throw new TypeError('nn-playground state.network.activation does not match state.config.activation');
    built.grid.compute(built.session.network);
    this.cfg = config;
    this.restarts = restarts;
    this.exercise = built;
  }
}
