import type { NodeRef, ParamRef } from '../../core/network.js';
import type { Compiled } from '../shared/i18n/messages.js';
import type { GRAPH_STRINGS } from './strings.js';

export type GraphStrings = Compiled<typeof GRAPH_STRINGS>;

/** 12 → ₁₂: the lesson's subscripts (w₁₂, x₁), in text that cannot hold a <sub>. */
export const subscript = (n: number): string => String(n).replace(/\d/g, (d) => '₀₁₂₃₄₅₆₇₈₉'[Number(d)]);

/** The weight from node `from` to node `to` (both 1-based) as the lesson writes it: w₁₂; w₁₀,₁ when an index has two digits. */
export const weightName = (from: number, to: number): string => `w${subscript(from)}${from > 9 || to > 9 ? ',' : ''}${subscript(to)}`;

/**
 * How the graph names its nodes, columns and parameters, and the sentence that says what an
 * edit changed. Pure: a string table and the layer sizes in, text out.
 */
export class GraphNames {
  constructor(private t: GraphStrings, private sizes: readonly number[]) {}

  /** The accessible name of a node, as its button reads. */
  node(node: NodeRef): string {
    if (node.layer === 0) return this.t.inputNode({ i: node.index + 1 });
    if (node.layer === this.sizes.length - 1) return this.t.outputNode;
    return this.t.hiddenNode({ layer: node.layer, i: node.index + 1 });
  }

  /** A node's name inside a sentence. */
  ref(node: NodeRef): string {
    if (node.layer === 0) return this.t.inputNodeRef({ i: node.index + 1 });
    if (node.layer === this.sizes.length - 1) return this.t.outputNodeRef;
    return this.t.hiddenNodeRef({ layer: node.layer, i: node.index + 1 });
  }

  /** A column's name inside a sentence. */
  columnRef(layer: number): string {
    if (layer === 0) return this.t.inputColumnRef;
    if (layer === this.sizes.length - 1) return this.t.outputColumnRef;
    return this.t.hiddenColumnRef({ layer });
  }

  column(layer: number): string {
    if (layer === 0) return this.t.inputColumn;
    if (layer === this.sizes.length - 1) return this.t.outputColumn;
    return this.t.hiddenColumn({ layer });
  }

  columnShort(layer: number): string {
    if (layer === 0) return this.t.inputColumnShort;
    if (layer === this.sizes.length - 1) return this.t.outputColumnShort;
    return this.t.hiddenColumnShort({ layer });
  }

  param(param: ParamRef): string {
    if (param.kind === 'weight') return this.t.weightField({ from: this.ref({ layer: param.layer - 1, index: param.from }), to: this.ref({ layer: param.layer, index: param.to }) });
    if (param.kind === 'bias') return this.t.biasField({ node: this.ref({ layer: param.layer, index: param.index }) });
    return this.t.inputField({ i: param.index + 1 });
  }

  /** Words for a list of nodes: whole layers are named as such ("all 3 neurons of hidden layer 2"). */
  nodes(nodes: readonly NodeRef[]): string {
    const parts: string[] = [];
    for (let layer = 0; layer < this.sizes.length; layer++) {
      const inLayer = nodes.filter((n) => n.layer === layer);
      if (!inLayer.length) continue;
      const size = this.sizes[layer];
      if (inLayer.length === size && size > 1) parts.push(this.t.allOf({ count: size, layer: this.columnRef(layer) }));
      else parts.push(...inLayer.map((n) => this.ref(n)));
    }
    return parts.join('; ');
  }

  /** The change report: which calculations changed, and which computed values. */
  changes(calc: readonly NodeRef[], values: readonly NodeRef[], computed: boolean): string {
    if (!calc.length) return this.t.changesNone;
    const valueText = !computed ? this.t.valuesNotComputed : values.length ? this.t.valuesChanged({ list: this.nodes(values) }) : this.t.valuesUnchanged;
    return this.t.changesSummary({ calculations: this.nodes(calc), values: valueText });
  }
}

/**
 * The names of a graph, kept while the strings and the network stay the same (GraphNames reads
 * the live layer sizes): render asks for a name per node, every frame in a playground.
 */
export class NamesCache {
  private cached: { t: GraphStrings; net: object; names: GraphNames } | null = null;

  get(t: GraphStrings, net: { sizes: readonly number[] }): GraphNames {
    const c = this.cached;
    if (c && c.t === t && c.net === net) return c.names;
    return (this.cached = { t, net, names: new GraphNames(t, net.sizes) }).names;
  }
}
