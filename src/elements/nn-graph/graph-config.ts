import { ACTIVATION_NAMES, type ActivationName } from '../../core/activation.js';
import { BIAS_INITS, Network, type BiasInit } from '../../core/network.js';
import { createRandom, type Random } from '../../core/random.js';
import type { ProblemLog } from '../shared/attributes/problems.js';
import { asText, parseEnumAttr, parseLayersAttr, parseNumberAttr, parseTextAttr } from '../shared/attributes/parse.js';
import { parseLocaleNumber } from '../shared/i18n/numbers.js';
import { MAX_INPUTS } from './graph-model.js';
import { subscript } from './names.js';

/** The attributes a standalone graph builds its network from, with whatever value a host set. */
export interface GraphAttributes {
  inputs: unknown;
  layers: unknown;
  activation: unknown;
  outputActivation: unknown;
  seed: unknown;
  biasInit: unknown;
  maxLayers: unknown;
  maxNeurons: unknown;
}

/** One text per set of attributes: a changed key means the author changed the network. */
export function graphConfigKey(a: GraphAttributes): string {
  return [a.inputs, a.layers, a.activation, a.outputActivation, a.seed, a.biasInit, a.maxLayers, a.maxNeurons].map((v) => JSON.stringify(asText(v))).join('|');
}

/** Reads max-layers and max-neurons (hard limits 10 and 12: beyond, a diagram is no longer readable). */
export function readLimits(log: ProblemLog, maxLayers: unknown, maxNeurons: unknown): { layers: number; neurons: number } {
  log.clear(['max-layers', 'max-neurons']);
  return {
    layers: parseNumberAttr(log, 'max-layers', maxLayers, 6, 1, 10, true),
    neurons: parseNumberAttr(log, 'max-neurons', maxNeurons, 8, 1, 12, true),
  };
}

/** The network the attributes describe, its inputs and its random stream; every problem is logged. */
export function buildGraphNetwork(a: GraphAttributes, log: ProblemLog, limits: { layers: number; neurons: number }): { net: Network; inputs: number[]; random: Random } {
  log.clear(['inputs', 'layers', 'activation', 'output-activation', 'seed', 'bias-init']);
  const inputs = parseInputs(log, a.inputs);
  const hidden = parseLayersAttr(log, a.layers, [4], limits.layers, limits.neurons);
  const activation = parseEnumAttr<ActivationName>(log, 'activation', a.activation, ACTIVATION_NAMES, 'relu');
  const outputActivation = parseEnumAttr<ActivationName>(log, 'output-activation', a.outputActivation, ACTIVATION_NAMES, activation);
  const random = createRandom(parseTextAttr(log, 'seed', a.seed, '1'));
  const biasInit = parseEnumAttr<BiasInit>(log, 'bias-init', a.biasInit, BIAS_INITS, 'random');
  const net = new Network({ inputs: inputs.length, hidden, activation, outputActivation, random, biasInit });
  return { net, inputs, random };
}

/** `inputs`: 1 to MAX_INPUTS numbers, in English (the comma separates them). */
export function parseInputs(log: ProblemLog, value: unknown): number[] {
  const raw = asText(value);
  if (raw === null) return [0, 0, 0];
  // Empty entries ("1,,2") are mistakes, not zeros: every entry must be a number.
  const parts = raw.split(',').map((s) => s.trim());
  const values = parts.map((s) => { const r = parseLocaleNumber(s, 'en'); return 'value' in r ? r.value : null; });
  if (raw.trim() === '' || parts.length > MAX_INPUTS || values.some((v) => v === null)) {
    const good = values.filter((v): v is number => v !== null).slice(0, MAX_INPUTS);
    const fallback = good.length ? good : [0, 0, 0];
    log.add({ attribute: 'inputs', value: raw, allowed: `must be 1 to ${MAX_INPUTS} numbers separated by commas`, fallback: `"${fallback.join(',')}"` });
    return fallback;
  }
  return values as number[];
}

/** The input nodes' labels: the author's or the playground's, else x₁, x₂, x₃, … */
export function inputLabels(given: unknown, n: number): string[] {
  const list = Array.isArray(given) ? given.map(String) : typeof given === 'string' && given.trim() ? given.split(',').map((s) => s.trim()) : [];
  return Array.from({ length: n }, (_, i) => list[i] ?? `x${subscript(i + 1)}`);
}
