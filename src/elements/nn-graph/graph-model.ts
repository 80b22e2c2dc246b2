import { Network, type ForwardResult, type NetworkSnapshot, type NodeRef, type ParamRef } from '../../core/network.js';
import { createRandom, type Random } from '../../core/random.js';
import type { NetworkChangeKind, NnNetworkChangeDetail } from '../../events.js';
import { quote } from '../shared/attributes/problems.js';

/** What `state` reads and restores. */
export interface GraphState {
  inputs: number[];
  network: NetworkSnapshot;
}

/** Most input nodes a graph shows. */
export const MAX_INPUTS = 10;

export const nodeKey = (n: NodeRef): string => `${n.layer}:${n.index}`;

/** An edit a learner asks for, as the graph sends it to whoever owns the network. */
export type GraphEdit =
  | { kind: 'add-layer' }
  | { kind: 'remove-layer' }
  | { kind: 'add-neuron'; layer: number }
  | { kind: 'remove-neuron'; layer: number }
  | { kind: 'parameter'; param: ParamRef; value: number }
  /** Switch `inputChoices[choice]` on or off: only an owner (a playground) can take it. */
  | { kind: 'input'; choice: number; on: boolean };

type Place = Omit<NnNetworkChangeDetail, 'kind' | 'calculationsChanged' | 'valuesChanged'>;

/**
 * The explorable network of Exercise 1, without a DOM: the network, its inputs, the forward
 * pass as far as the learner has played it, and the marks of what the learner's edits changed.
 * Every edit returns the `nn-network-change` detail (or null when it is not allowed), so the
 * element only has to emit it.
 * @internal
 */
export class GraphModel {
  net: Network;
  inputs: number[];
  /** The forward pass for the current inputs (always complete: `computed` says how much is shown). */
  result: ForwardResult | null = null;
  /** How many non-input nodes are shown as computed, in network order. */
  computed = 0;
  calcChanged = new Set<string>();
  valueChanged = new Set<string>();
  /** The marked nodes in network order, for the sentence that describes them. */
  marks: { calc: NodeRef[]; value: NodeRef[] } = { calc: [], value: [] };
  /**
   * What the marks are about: 'structure' for layers and neurons, or the one parameter or
   * input edited ('w:1:1:0', 'b:2:0', 'i:0'). An edit of another kind starts a new set.
   */
  private markGroup = '';
  /** max-layers and max-neurons. */
  limits = { layers: 6, neurons: 8 };
  /** False for a graph that pictures a playground's network: nothing is computed there. */
  explorable = true;
  random: Random;

  constructor(net: Network, inputs: number[], random: Random) {
    this.net = net;
    this.inputs = inputs;
    this.random = random;
  }

  /** A model that pictures another element's network: nothing is computed or edited here. */
  static picture(net: Network): GraphModel {
    const m = new GraphModel(net, new Array(net.sizes[0]).fill(0), createRandom('1'));
    m.explorable = false;
    return m;
  }

  /** A node's calculation term by term, as the inspector shows it; null before a forward pass or in a picture. */
  traceOf(node: NodeRef): ReturnType<Network['trace']> | null {
    return this.result && this.explorable ? this.net.trace(this.result, node) : null;
  }

  /** Whether the network has this node. */
  has(node: NodeRef): boolean {
    return node.layer < this.net.sizes.length && node.index < this.net.sizes[node.layer];
  }

  /** Shows another network from its start: nothing computed, no marks. */
  replace(net: Network, inputs: number[], random = this.random): void {
    this.net = net;
    this.inputs = inputs;
    this.random = random;
    this.result = null;
    this.computed = 0;
    this.clearChanges();
  }

  get totalNodes(): number {
    const s = this.net.sizes;
    let n = 0;
    for (let l = 1; l < s.length; l++) n += s[l];
    return n;
  }

  /** Runs the forward pass for the current inputs, reusing the last result's arrays when the shape is the same. */
  forward(): ForwardResult {
    const r = this.result;
    const same = r && r.values.length === this.net.sizes.length && r.values.every((v, l) => v.length === this.net.sizes[l]);
    return (this.result = this.net.forward(this.inputs, same ? r : undefined));
  }

  /** The last complete forward pass, by layer (layer 0 the inputs), or null before one. */
  get values(): number[][] | null {
    if (!this.result || this.computed < this.totalNodes) return null;
    return this.result.values.map((v) => Array.from(v));
  }

  isComputed(node: NodeRef): boolean {
    return this.explorable && (node.layer === 0 || this.orderOf(node) < this.computed);
  }

  nodeAt(order: number): NodeRef {
    let rest = order;
    for (let layer = 1; layer < this.net.sizes.length; layer++) {
      if (rest < this.net.sizes[layer]) return { layer, index: rest };
      rest -= this.net.sizes[layer];
    }
    return { layer: this.net.sizes.length - 1, index: 0 };
  }

  orderOf(node: NodeRef): number {
    let order = 0;
    for (let l = 1; l < node.layer; l++) order += this.net.sizes[l];
    return order + node.index;
  }

  /** Play's next beat: the next layer is computed. True when the pass is complete. */
  computeNextLayer(): boolean {
    let layer = 1;
    let done = 0;
    while (layer < this.net.sizes.length && done + this.net.sizes[layer] <= this.computed) done += this.net.sizes[layer++];
    this.computed = Math.min(this.totalNodes, done + (this.net.sizes[layer] ?? 0));
    return this.computed >= this.totalNodes;
  }

  /** Step (>|): the next node is computed, from the start after a complete pass; returns it. */
  computeNextNode(): NodeRef {
    if (this.computed >= this.totalNodes) this.computed = 0;
    this.computed++;
    return this.nodeAt(this.computed - 1);
  }

  get complete(): boolean {
    return this.computed >= this.totalNodes;
  }

  clearChanges(): void {
    this.calcChanged = new Set();
    this.valueChanged = new Set();
    this.marks = { calc: [], value: [] };
    this.markGroup = '';
  }

  // ----- edits ---------------------------------------------------------------------------

  /** Applies an edit; null when it is not allowed (a limit, the last neuron, an unchanged value). */
  apply(edit: GraphEdit): NnNetworkChangeDetail | null {
    switch (edit.kind) {
      case 'add-layer': return this.addLayer();
      case 'remove-layer': return this.removeLayer();
      case 'add-neuron': return this.addNeuron(edit.layer);
      case 'remove-neuron': return this.removeNeuron(edit.layer);
      case 'parameter': return this.setParameter(edit.param, edit.value);
      default: return null;
    }
  }

  /** Adds a hidden layer of one neuron before the output, as the seed's Task 2 does. */
  addLayer(): NnNetworkChangeDetail | null {
    if (this.net.sizes.length - 2 >= this.limits.layers) return null;
    const before = this.snapshotValues();
    const position = this.net.sizes.length - 1;
    this.net.addLayer(position, 1, this.random);
    return this.finishEdit('add-layer', this.nodesFrom(position), before, (n) => (n.layer < position ? n : n.layer === position ? null : { layer: n.layer - 1, index: n.index }), { layer: position });
  }

  /** Removes the last hidden layer. */
  removeLayer(): NnNetworkChangeDetail | null {
    if (this.net.sizes.length - 2 < 1) return null;
    const before = this.snapshotValues();
    const layer = this.net.sizes.length - 2;
    this.net.removeLayer(layer, this.random);
    return this.finishEdit('remove-layer', this.nodesFrom(layer), before, (n) => (n.layer < layer ? n : { layer: n.layer + 1, index: n.index }), { layer });
  }

  /** Adds a neuron to hidden layer `layer` (1-based, as the learner reads it). */
  addNeuron(layer: number): NnNetworkChangeDetail | null {
    if (!this.isHidden(layer) || this.net.sizes[layer] >= this.limits.neurons) return null;
    const before = this.snapshotValues();
    this.net.addNeuron(layer, this.random);
    const added = this.net.sizes[layer] - 1;
    const calc = [{ layer, index: added }, ...this.nodesFrom(layer + 1)];
    return this.finishEdit('add-neuron', calc, before, (n) => (n.layer === layer && n.index === added ? null : n), { layer, index: added });
  }

  /** Removes the last neuron of hidden layer `layer`. */
  removeNeuron(layer: number): NnNetworkChangeDetail | null {
    if (!this.isHidden(layer) || this.net.sizes[layer] <= 1) return null;
    const before = this.snapshotValues();
    const index = this.net.sizes[layer] - 1;
    this.net.removeNeuron(layer, index);
    return this.finishEdit('remove-neuron', this.nodesFrom(layer + 1), before, (n) => n, { layer, index });
  }

  /** The current value of a weight, bias or input. */
  valueOf(param: ParamRef): number {
    return param.kind === 'input' ? this.inputs[param.index] : this.net.parameter(param);
  }

  /** Sets a weight, bias or input as a learner edit: null when the value is unchanged. */
  setParameter(param: ParamRef, value: number): NnNetworkChangeDetail | null {
    const oldValue = this.valueOf(param);
    if (oldValue === value) return null;
    const before = this.snapshotValues();
    let place: Place;
    if (param.kind === 'input') {
      this.inputs = this.inputs.map((v, i) => (i === param.index ? value : v));
      place = { layer: 0, index: param.index };
    } else {
      this.net.setParameter(param, value);
      place = param.kind === 'weight' ? { layer: param.layer, index: param.to, from: param.from } : { layer: param.layer, index: param.index };
    }
    const deps = this.net.dependents(param);
    return this.finishEdit(param.kind, [...deps.direct, ...deps.downstream], before, (n) => n, { ...place, oldValue, newValue: value });
  }

  private isHidden(layer: number): boolean {
    return layer >= 1 && layer <= this.net.sizes.length - 2;
  }

  private snapshotValues(): Float64Array[] | null {
    return this.result ? this.result.values.map((v) => Float64Array.from(v)) : null;
  }

  private nodesFrom(layer: number): NodeRef[] {
    const nodes: NodeRef[] = [];
    for (let l = layer; l < this.net.sizes.length; l++) for (let i = 0; i < this.net.sizes[l]; i++) nodes.push({ layer: l, index: i });
    return nodes;
  }

  /**
   * Recomputes after an edit and marks the nodes whose calculation changed and those whose
   * value changed. `oldRef` maps a node of the new network to where it was before (or null).
   */
  private finishEdit(kind: NetworkChangeKind, calcNodes: NodeRef[], before: Float64Array[] | null, oldRef: (n: NodeRef) => NodeRef | null, place: Place): NnNetworkChangeDetail {
    const totalBefore = before ? before.slice(1).reduce((a, v) => a + v.length, 0) : this.totalNodes;
    const wasComplete = this.computed >= totalBefore;
    const result = (this.result = this.net.forward(this.inputs));
    if (wasComplete && this.computed > 0) this.computed = this.totalNodes;
    this.computed = Math.min(this.computed, this.totalNodes);
    const valueNodes: NodeRef[] = [];
    if (before && this.computed > 0) {
      for (let layer = 0; layer < this.net.sizes.length; layer++) {
        for (let index = 0; index < this.net.sizes[layer]; index++) {
          const node = { layer, index };
          if (!this.isComputed(node)) continue;
          const old = oldRef(node);
          // A node that did not exist before has a new value by definition.
          if (!old || before[old.layer]?.[old.index] !== result.values[layer][index]) valueNodes.push(node);
        }
      }
    }
    // Marks add up while the learner makes the same kind of edit (Task 2's three structure
    // clicks mark the new layer and the output together; w12 from 5 to 6 keeps w12's marks),
    // and an edit of another kind starts a new set (Task 3's w12 after Task 2), so the sentence
    // always describes the edits it marks. Play and Step clear them. Earlier marks follow their
    // node through structural edits (oldRef).
    const group = kind === 'weight' ? `w:${place.layer}:${place.index}:${place.from}` : kind === 'bias' ? `b:${place.layer}:${place.index}` : kind === 'input' ? `i:${place.index}` : 'structure';
    if (group !== this.markGroup) {
      this.calcChanged = new Set();
      this.valueChanged = new Set();
      this.markGroup = group;
    }
    const newCalc = new Set(calcNodes.map(nodeKey));
    const newValue = new Set(valueNodes.map(nodeKey));
    const calcAll: NodeRef[] = [];
    const valueAll: NodeRef[] = [];
    for (let layer = 0; layer < this.net.sizes.length; layer++) {
      for (let index = 0; index < this.net.sizes[layer]; index++) {
        const node = { layer, index };
        const old = oldRef(node);
        const k = nodeKey(node);
        if (newCalc.has(k) || (old && this.calcChanged.has(nodeKey(old)))) calcAll.push(node);
        if (newValue.has(k) || (old && this.valueChanged.has(nodeKey(old)))) valueAll.push(node);
      }
    }
    this.calcChanged = new Set(calcAll.map(nodeKey));
    this.valueChanged = new Set(valueAll.map(nodeKey));
    this.marks = { calc: calcAll, value: valueAll };
    return { kind, ...place, calculationsChanged: calcNodes, valuesChanged: valueNodes };
  }

  // ----- snapshots -----------------------------------------------------------------------

  get state(): GraphState {
    return { inputs: [...this.inputs], network: this.net.toJSON() };
  }

  /**
   * Checks a snapshot against the limits and returns what it holds; throws a clear TypeError
   * and changes nothing when it is bad.
   */
  static read(value: unknown, limits: { layers: number; neurons: number }): { net: Network; inputs: number[] } {
    if (typeof value !== 'object' || value === null) throw new TypeError('nn-graph state must be an object { inputs, network }');
    const v = value as Partial<GraphState>;
    const net = Network.fromJSON(v.network);
    const hidden = net.sizes.slice(1, -1);
    if (hidden.length > limits.layers || hidden.some((n) => n > limits.neurons) || net.sizes[0] > MAX_INPUTS) {
      throw new TypeError(`nn-graph state.network has layer sizes ${quote(net.sizes.join('-'))}: at most ${MAX_INPUTS} inputs and ${limits.layers} hidden layers of ${limits.neurons} neurons (max-layers, max-neurons)`);
    }
    if (!Array.isArray(v.inputs) || v.inputs.length !== net.sizes[0] || !v.inputs.every((x) => typeof x === 'number' && Number.isFinite(x))) {
      throw new TypeError(`nn-graph state.inputs must be ${net.sizes[0]} finite numbers, one per input node`);
    }
    return { net, inputs: [...v.inputs] };
  }
}

/** A field's parameter, as the inspector names it: i:index, w:layer:to:from or b:layer:index. */
export function readParam(text: string): ParamRef {
  const [kind, ...rest] = text.split(':');
  const n = rest.map(Number);
  if (kind === 'w') return { kind: 'weight', layer: n[0], to: n[1], from: n[2] };
  if (kind === 'b') return { kind: 'bias', layer: n[0], index: n[1] };
  return { kind: 'input', index: n[0] };
}
