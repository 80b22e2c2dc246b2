import { ACTIVATION_NAMES, type ActivationName } from '../../core/activation.js';
import { DATASET_NAMES, problemOf, type DatasetName, type ProblemType } from '../../core/dataset.js';
import { FEATURE_NAMES, type FeatureName } from '../../core/features.js';
import { REGULARIZATION_NAMES, type RegularizationName } from '../../core/regularization.js';
import { ProblemLog } from '../shared/attributes/problems.js';
import { asText, parseEnumAttr, parseLayersAttr, parseNameListAttr, parseNumberAttr, parseTextAttr, toBoolean, toNumber } from '../shared/attributes/parse.js';

/** TensorFlow Playground's choices. */
export const LEARNING_RATES = [0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10] as const;
export const REGULARIZATION_RATES = [0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10] as const;
export const SPEEDS = [1, 2, 5, 10, 25] as const;
export const MAX_LAYERS = 6;
export const MAX_NEURONS = 8;

/** The controls that `hide` and `lock` can name. */
export const CONTROL_NAMES = [
  'learning-rate', 'activation', 'regularization', 'regularization-rate', 'problem', 'dataset', 'features',
  'layers', 'noise', 'train-ratio', 'batch-size', 'show-test-data', 'discretize', 'speed', 'new-random-start', 'step', 'reset',
] as const;
export type ControlName = (typeof CONTROL_NAMES)[number];

/** The validated settings of a playground. */
export interface PlaygroundConfig {
  dataset: DatasetName;
  problem: ProblemType;
  features: FeatureName[];
  layers: number[];
  activation: ActivationName;
  learningRate: number;
  regularization: RegularizationName;
  regularizationRate: number;
  batchSize: number;
  noise: number;
  trainRatio: number;
  seed: string;
  showTestData: boolean;
  discretize: boolean;
  speed: number;
}

export const DEFAULT_CONFIG: Readonly<PlaygroundConfig> = Object.freeze({
  dataset: 'circle',
  problem: 'classification',
  features: ['x1', 'x2'],
  layers: [4, 2],
  activation: 'tanh',
  learningRate: 0.03,
  regularization: 'none',
  regularizationRate: 0,
  batchSize: 10,
  noise: 0,
  trainRatio: 50,
  seed: '1',
  showTestData: false,
  discretize: false,
  speed: 1,
} as PlaygroundConfig);

/** The attributes a playground reads, with whatever value a host gave (strings, numbers, arrays, null). */
export type ConfigAttributes = Partial<Record<'dataset' | 'problem' | 'features' | 'layers' | 'activation' | 'learning-rate' | 'regularization' | 'regularization-rate' | 'batch-size' | 'noise' | 'train-ratio' | 'seed' | 'speed', unknown>> & {
  showTestData?: unknown;
  discretize?: unknown;
};

/** The attribute names behind the config, in the order they are read. */
export const CONFIG_ATTRIBUTES = ['dataset-name', 'problem', 'features', 'layers', 'activation', 'learning-rate', 'regularization', 'regularization-rate', 'batch-size', 'noise', 'train-ratio', 'seed', 'speed'] as const;

/** The closest entry of a list (on a log scale for rates), reporting a value that is not in it. */
function pickFromList(log: ProblemLog, attribute: string, raw: unknown, list: readonly number[], fallback: number): number {
  const text = asText(raw);
  if (text === null || text.trim() === '') return fallback;
  const v = toNumber(raw);
  const allowed = `must be one of ${list.join(', ')}`;
  if (v === null) {
    log.add({ attribute, value: text, allowed, fallback: String(fallback) });
    return fallback;
  }
  if (list.includes(v)) return v;
  // Rates are spread on a log scale: a positive value goes to the nearest positive entry in
  // log terms (0.0025 → 0.003, not to 0); zero or below to the nearest entry.
  const candidates = v > 0 ? list.filter((a) => a > 0) : list;
  const distance = (a: number) => (v > 0 ? Math.abs(Math.log(a) - Math.log(v)) : Math.abs(a - v));
  const nearest = candidates.reduce((best, a) => (distance(a) < distance(best) ? a : best), candidates[0]);
  log.add({ attribute, value: text, allowed, fallback: String(nearest) });
  return nearest;
}

/** Turns attributes into a config: never throws; every problem is logged with what was used instead. */
export function parseConfig(attrs: ConfigAttributes, log: ProblemLog): PlaygroundConfig {
  const d = DEFAULT_CONFIG;
  const dataset = parseEnumAttr<DatasetName>(log, 'dataset-name', attrs.dataset, DATASET_NAMES, d.dataset);
  let problem = parseEnumAttr<ProblemType>(log, 'problem', attrs.problem, ['classification', 'regression'], problemOf(dataset));
  if (problem !== problemOf(dataset)) {
    log.add({ attribute: 'problem', value: asText(attrs.problem) ?? '', allowed: `does not fit dataset "${dataset}", a ${problemOf(dataset)} dataset`, fallback: problemOf(dataset) });
    problem = problemOf(dataset);
  }
  const listed = parseNameListAttr<FeatureName>(log, 'features', attrs.features, FEATURE_NAMES);
  const features: FeatureName[] = listed && listed.length ? listed : [...d.features];
  return {
    dataset,
    problem,
    features,
    layers: parseLayersAttr(log, attrs.layers, [...d.layers], MAX_LAYERS, MAX_NEURONS),
    activation: parseEnumAttr<ActivationName>(log, 'activation', attrs.activation, ACTIVATION_NAMES, d.activation),
    learningRate: pickFromList(log, 'learning-rate', attrs['learning-rate'], LEARNING_RATES, d.learningRate),
    regularization: parseEnumAttr<RegularizationName>(log, 'regularization', attrs.regularization, REGULARIZATION_NAMES, d.regularization),
    regularizationRate: pickFromList(log, 'regularization-rate', attrs['regularization-rate'], REGULARIZATION_RATES, d.regularizationRate),
    batchSize: parseNumberAttr(log, 'batch-size', attrs['batch-size'], d.batchSize, 1, 30, true),
    noise: parseNumberAttr(log, 'noise', attrs.noise, d.noise, 0, 50, true),
    trainRatio: parseNumberAttr(log, 'train-ratio', attrs['train-ratio'], d.trainRatio, 10, 90, true),
    seed: parseTextAttr(log, 'seed', attrs.seed, d.seed),
    showTestData: toBoolean(attrs.showTestData),
    discretize: toBoolean(attrs.discretize),
    speed: pickFromList(log, 'speed', attrs.speed, SPEEDS, d.speed),
  };
}

/**
 * Validates a config given by code (state restore, a quiz's "Apply this solution"): every key
 * optional, in either the attribute spelling (`learning-rate`) or the property one
 * (`learningRate`). Throws an Error listing every problem; changes nothing on failure.
 */
export function validatePartialConfig(input: unknown, base: PlaygroundConfig): PlaygroundConfig {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new TypeError('a playground config must be an object');
  const raw = input as Record<string, unknown>;
  const camel = (k: string) => k.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
  const known = new Set(Object.keys(DEFAULT_CONFIG));
  const unknown = Object.keys(raw).filter((k) => !known.has(camel(k)));
  const log = new ProblemLog('nn-playground', true);
  // Reuse the attribute parser so that code and markup obey the same rules.
  const attrs: ConfigAttributes = {};
  const current: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(raw)) current[camel(k)] = v;
  attrs.dataset = asText(current.dataset);
  attrs.problem = asText(current.problem);
  attrs.features = asText(current.features);
  attrs.layers = asText(current.layers);
  attrs.activation = asText(current.activation);
  attrs['learning-rate'] = asText(current.learningRate);
  attrs.regularization = asText(current.regularization);
  attrs['regularization-rate'] = asText(current.regularizationRate);
  attrs['batch-size'] = asText(current.batchSize);
  attrs.noise = asText(current.noise);
  attrs['train-ratio'] = asText(current.trainRatio);
  attrs.seed = asText(current.seed);
  attrs.speed = asText(current.speed);
  attrs.showTestData = current.showTestData;
  attrs.discretize = current.discretize;
  const config = parseConfig(attrs, log);
  const messages = [...unknown.map((k) => `unknown setting "${k}"`), ...log.list.map((p) => `${p.attribute} ${JSON.stringify(p.value)} ${p.allowed}`)];
  if (messages.length) throw new TypeError(`invalid playground config: ${messages.join('; ')}`);
  return config;
}
