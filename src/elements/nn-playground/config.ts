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
  'regenerate', 'load-csv', 'copy-link',
] as const;

/** A built-in dataset, or the author's or learner's own points ("custom"). */
export type PlaygroundDataset = DatasetName | 'custom';
export const PLAYGROUND_DATASETS: readonly PlaygroundDataset[] = [...DATASET_NAMES, 'custom'];
export type ControlName = (typeof CONTROL_NAMES)[number];

/** The validated settings of a playground. */
export interface PlaygroundConfig {
  dataset: PlaygroundDataset;
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
  /** Training stops at this epoch; 0: no limit. */
  maxEpochs: number;
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
  maxEpochs: 0,
} as PlaygroundConfig);

/** A setting's row: its attribute, its property, whether a change restarts training, and its parser. */
interface Setting<K extends keyof PlaygroundConfig> {
  key: K;
  attribute: string;
  property: string;
  /** A change builds a new run (new data or a new network); otherwise it applies in place. */
  restarts: boolean;
  parse(log: ProblemLog, raw: unknown): PlaygroundConfig[K];
}

const row = <K extends keyof PlaygroundConfig>(s: Setting<K>): Setting<K> => s;

/**
 * The one table of a playground's settings. The attribute list, the property-to-setting map,
 * the restart rule and both parsers (attributes and code) are read from it. `problem` and
 * `features` are fixed up after the loop (see parseConfig): they depend on other settings.
 */
export const SETTINGS = [
  row({ key: 'dataset', attribute: 'dataset-name', property: 'datasetName', restarts: true, parse: (log, raw) => parseEnumAttr<PlaygroundDataset>(log, 'dataset-name', raw, PLAYGROUND_DATASETS, DEFAULT_CONFIG.dataset) }),
  // Read after the dataset, whose type is its default (see parseConfig).
  row({ key: 'problem', attribute: 'problem', property: 'problem', restarts: true, parse: (_log, raw) => raw as ProblemType }),
  row({ key: 'features', attribute: 'features', property: 'features', restarts: true, parse: (log, raw) => parseNameListAttr<FeatureName>(log, 'features', raw, FEATURE_NAMES) ?? [] }),
  row({ key: 'layers', attribute: 'layers', property: 'layers', restarts: true, parse: (log, raw) => parseLayersAttr(log, raw, [...DEFAULT_CONFIG.layers], MAX_LAYERS, MAX_NEURONS) }),
  row({ key: 'activation', attribute: 'activation', property: 'activation', restarts: true, parse: (log, raw) => parseEnumAttr<ActivationName>(log, 'activation', raw, ACTIVATION_NAMES, DEFAULT_CONFIG.activation) }),
  row({ key: 'learningRate', attribute: 'learning-rate', property: 'learningRate', restarts: false, parse: (log, raw) => pickFromList(log, 'learning-rate', raw, LEARNING_RATES, DEFAULT_CONFIG.learningRate) }),
  row({ key: 'regularization', attribute: 'regularization', property: 'regularization', restarts: false, parse: (log, raw) => parseEnumAttr<RegularizationName>(log, 'regularization', raw, REGULARIZATION_NAMES, DEFAULT_CONFIG.regularization) }),
  row({ key: 'regularizationRate', attribute: 'regularization-rate', property: 'regularizationRate', restarts: false, parse: (log, raw) => pickFromList(log, 'regularization-rate', raw, REGULARIZATION_RATES, DEFAULT_CONFIG.regularizationRate) }),
  row({ key: 'batchSize', attribute: 'batch-size', property: 'batchSize', restarts: false, parse: (log, raw) => parseNumberAttr(log, 'batch-size', raw, DEFAULT_CONFIG.batchSize, 1, 30, true) }),
  row({ key: 'noise', attribute: 'noise', property: 'noise', restarts: true, parse: (log, raw) => parseNumberAttr(log, 'noise', raw, DEFAULT_CONFIG.noise, 0, 50, true) }),
  row({ key: 'trainRatio', attribute: 'train-ratio', property: 'trainRatio', restarts: true, parse: (log, raw) => parseNumberAttr(log, 'train-ratio', raw, DEFAULT_CONFIG.trainRatio, 10, 90, true) }),
  row({ key: 'seed', attribute: 'seed', property: 'seed', restarts: true, parse: (log, raw) => parseTextAttr(log, 'seed', raw, DEFAULT_CONFIG.seed) }),
  row({ key: 'speed', attribute: 'speed', property: 'speed', restarts: false, parse: (log, raw) => pickFromList(log, 'speed', raw, SPEEDS, DEFAULT_CONFIG.speed) }),
  row({ key: 'showTestData', attribute: 'show-test-data', property: 'showTestData', restarts: false, parse: (_log, raw) => toBoolean(raw) }),
  row({ key: 'discretize', attribute: 'discretize', property: 'discretize', restarts: false, parse: (_log, raw) => toBoolean(raw) }),
  row({ key: 'maxEpochs', attribute: 'max-epochs', property: 'maxEpochs', restarts: false, parse: (log, raw) => parseNumberAttr(log, 'max-epochs', raw, DEFAULT_CONFIG.maxEpochs, 0, 1e9, true) }),
] as const;

/** Whatever a host gave, by setting: strings, numbers, arrays, booleans, null. */
export type ConfigAttributes = Partial<Record<keyof PlaygroundConfig, unknown>>;

/** The attribute names behind the config, as the problems log names them. */
export const CONFIG_ATTRIBUTES: readonly string[] = SETTINGS.map((s) => s.attribute);

/** Setting by property name: which setting a changed property sets. */
export const SETTING_OF_PROPERTY: Readonly<Record<string, keyof PlaygroundConfig>> = Object.fromEntries(SETTINGS.map((s) => [s.property, s.key]));

/** The settings that changed properties set. */
export function changedSettings(properties: Iterable<PropertyKey>): (keyof PlaygroundConfig)[] {
  const keys: (keyof PlaygroundConfig)[] = [];
  for (const p of properties) if (typeof p === 'string' && SETTING_OF_PROPERTY[p]) keys.push(SETTING_OF_PROPERTY[p]);
  return keys;
}

/** `cfg` with these settings taken from `parsed`; the problem type follows a changed dataset, as in the parser. */
export function withSettings(cfg: PlaygroundConfig, keys: readonly (keyof PlaygroundConfig)[], parsed: PlaygroundConfig): PlaygroundConfig {
  const next = { ...cfg } as Record<string, unknown>;
  for (const k of keys) next[k] = parsed[k];
  if (keys.includes('dataset') && !keys.includes('problem')) next.problem = parsed.problem;
  return next as unknown as PlaygroundConfig;
}

/** The settings whose change builds a new run. */
export const RESTART_KEYS: readonly (keyof PlaygroundConfig)[] = SETTINGS.filter((s) => s.restarts).map((s) => s.key);

/** Whether going from `prev` to `next` needs a new run. */
export function needsRestart(prev: PlaygroundConfig, next: PlaygroundConfig): boolean {
  return RESTART_KEYS.some((k) => JSON.stringify(prev[k]) !== JSON.stringify(next[k]));
}

/** A host element's settings as the parser reads them, from the properties the table names. */
export function readSettings(host: object): ConfigAttributes {
  const h = host as Record<string, unknown>;
  return Object.fromEntries(SETTINGS.map((s) => [s.key, h[s.property]]));
}

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

/** Turns settings into a config: never throws; every problem is logged with what was used instead. */
export function parseConfig(attrs: ConfigAttributes, log: ProblemLog): PlaygroundConfig {
  const out = {} as Record<string, unknown>;
  for (const s of SETTINGS) if (s.key !== 'problem') out[s.key] = s.parse(log, attrs[s.key]);
  const config = out as unknown as PlaygroundConfig;
  // The problem type follows the dataset: one that does not fit is reported. Own points decide
  // their own (PlaygroundRun.fit), so any problem is taken for "custom" here.
  const fits = config.dataset === 'custom' ? (attrs.problem === 'regression' ? 'regression' : 'classification') : problemOf(config.dataset);
  config.problem = parseEnumAttr<ProblemType>(log, 'problem', attrs.problem, ['classification', 'regression'], fits);
  if (config.problem !== fits) {
    log.add({ attribute: 'problem', value: asText(attrs.problem) ?? '', allowed: `does not fit dataset "${config.dataset}", a ${fits} dataset`, fallback: fits });
    config.problem = fits;
  }
  if (!config.features.length) config.features = [...DEFAULT_CONFIG.features];
  return config;
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
  const current: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(raw)) current[camel(k)] = v;
  const attrs: ConfigAttributes = {};
  for (const s of SETTINGS) attrs[s.key] = typeof base[s.key] === 'boolean' ? current[s.key] : asText(current[s.key]);
  const config = parseConfig(attrs, log);
  const messages = [...unknown.map((k) => `unknown setting "${k}"`), ...log.list.map((p) => `${p.attribute} ${JSON.stringify(p.value)} ${p.allowed}`)];
  if (messages.length) throw new TypeError(`invalid playground config: ${messages.join('; ')}`);
  return config;
}
