import type { ForwardResult, Network, NodeRef } from '../../core/network.js';
import { subscript, weightName } from './names.js';

export interface FormulaLines {
  /** y = ReLU(w11·x1 + w21·x2 + b) */
  symbolic: string;
  /** = ReLU(0.31·0.00 + (−0.12)·0.00 + 0.10), once the inputs of the node are known; else ''. */
  numeric: string;
  /** = ReLU(z) = f(z), once the node is computed; else ''. */
  result: string;
}

/** A value that enters a node: an input by the name its node carries (x₁, or a playground's sin(X₁)), or a hidden value h₁, h₂, … */
export function sourceName(layer: number, i: number, labels: readonly string[]): string {
  return layer === 1 ? (labels[i] ?? `x${subscript(i + 1)}`) : `h${subscript(i + 1)}`;
}

/** A number inside a product, negatives in parentheses: 0.31·(−0.12). */
export const termOf = (s: string): string => (s.startsWith('−') || s.startsWith('-') ? `(${s})` : s);

/**
 * The inspector's lines for one node, as the seed writes them: the formula with symbols, the
 * same with numbers (negatives in parentheses), then the weighted sum z and f(z). Pure.
 */
export function formulaLines(net: Network, r: ForwardResult | null, node: NodeRef, fmt: (v: number) => string, inputsKnown: boolean, computed: boolean, labels: readonly string[] = []): FormulaLines {
  const nIn = net.sizes[node.layer - 1];
  const act = net.activationOf(node.layer).label;
  const j = node.index + 1;
  const term = (v: number) => termOf(fmt(v));
  const symbolic = `y = ${act}(${Array.from({ length: nIn }, (_, i) => `${weightName(i + 1, j)}·${sourceName(node.layer, i, labels)}`).join(' + ')} + b)`;
  let numeric = '';
  let result = '';
  if (inputsKnown && r) {
    const weights = Array.from({ length: nIn }, (_, i) => net.getWeight(node.layer, node.index, i));
    numeric = `= ${act}(${weights.map((w, i) => `${term(w)}·${term(r.values[node.layer - 1][i])}`).join(' + ')} + ${term(net.getBias(node.layer, node.index))})`;
    if (computed) result = `= ${act}(${fmt(r.sums[node.layer][node.index])}) = ${fmt(r.values[node.layer][node.index])}`;
  }
  return { symbolic, numeric, result };
}
