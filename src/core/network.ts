import { NETWORK_BRAND, hasNetworkBrand } from './brand.js';
import { ACTIVATIONS, type Activation, type ActivationName, isActivationName } from './activation.js';
import type { Random } from './random.js';

/**
 * A fully connected feed-forward network with one output.
 *
 * Layers are numbered 0 (the inputs) to `sizes.length − 1` (the output); layers 1 to
 * `sizes.length − 2` are hidden. `weights[l]` holds the links from layer l to layer l + 1,
 * row-major by target: the weight from node i of layer l to node j of layer l + 1 is
 * `weights[l][j * sizes[l] + i]`. `biases[l]` holds the biases of layer l + 1.
 *
 * Node j of layer l ≥ 1 computes y = f(Σᵢ w·xᵢ + b) with f the hidden activation, or the
 * output activation on the last layer.
 */
export interface NodeRef {
  /** 0 is the input layer; the last layer is the output. */
  layer: number;
  /** 0-based position in the layer. */
  index: number;
}

/** A parameter of the calculation: an input value, a weight or a bias. */
export type ParamRef =
  | { kind: 'input'; index: number }
  | { kind: 'weight'; layer: number; to: number; from: number }
  | { kind: 'bias'; layer: number; index: number };

/** The result of a forward pass: every node's weighted sum and value, by layer. */
export interface ForwardResult {
  /** values[0] are the inputs; values[last][0] is the output. */
  values: Float64Array[];
  /** Weighted sums z (before the activation); sums[0] repeats the inputs. */
  sums: Float64Array[];
}

/** Everything the inspector prints for one node. */
export interface NodeTrace {
  layer: number;
  index: number;
  inputs: number[];
  weights: number[];
  bias: number;
  sum: number;
  activation: ActivationName;
  output: number;
}

export interface NetworkOptions {
  inputs: number;
  hidden: readonly number[];
  activation?: ActivationName;
  outputActivation?: ActivationName;
  /** 'random' (default): weights uniform in [−0.5, 0.5], as TensorFlow Playground; 'zero': all 0. */
  init?: 'random' | 'zero';
  /**
   * Biases of a random network, and of neurons added later: 'constant' (default) 0.1, as
   * TensorFlow Playground; 'random' uniform in [−0.5, 0.5], drawn after all the weights (so
   * the weights of a seed do not change), some of them negative; 'zero'.
   */
  biasInit?: BiasInit;
  /** Needed for init 'random'. */
  random?: Random;
}

/** The JSON form of a network: plain arrays, safe to store and send. */
export interface NetworkSnapshot {
  sizes: number[];
  activation: ActivationName;
  outputActivation: ActivationName;
  weights: number[][];
  biases: number[][];
}

/** Thrown when a snapshot or an edit does not fit: the message says what is wrong. */
export class NetworkError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NetworkError';
  }
}

export const INITIAL_BIAS = 0.1;

export type BiasInit = 'constant' | 'random' | 'zero';
export const BIAS_INITS: readonly BiasInit[] = ['constant', 'random', 'zero'];

function randomWeight(random: Random | undefined): number {
  if (!random) throw new NetworkError('a random generator is needed to initialise new weights');
  return random.next() - 0.5;
}

/** Whether `value` is a Network from nn-elements/core: of this copy of the library or of another (the npm package's and the CDN bundle's, another frame's), where `instanceof` would say no. */
export function isNetwork(value: unknown): value is Network {
  return hasNetworkBrand(value);
}

export class Network {
  /** The mark `isNetwork` reads (./brand.ts). */
  get [NETWORK_BRAND](): true {
    return true;
  }

  sizes: number[];
  weights: Float64Array[];
  biases: Float64Array[];
  hiddenActivation: Activation;
  outputActivation: Activation;
  /** Increases on every structural edit, so that buffers sized for the old shape can notice. */
  structureVersion = 0;
  /** How new biases start (see NetworkOptions.biasInit); not part of a snapshot. */
  biasInit: BiasInit;

  constructor(options: NetworkOptions) {
    const { inputs, hidden } = options;
    if (!Number.isInteger(inputs) || inputs < 1) throw new NetworkError(`inputs must be a whole number ≥ 1, got ${inputs}`);
    for (const size of hidden) {
      if (!Number.isInteger(size) || size < 1) throw new NetworkError(`hidden layer sizes must be whole numbers ≥ 1, got ${size}`);
    }
    this.sizes = [inputs, ...hidden, 1];
    this.hiddenActivation = ACTIVATIONS[options.activation ?? 'tanh'];
    this.outputActivation = ACTIVATIONS[options.outputActivation ?? options.activation ?? 'tanh'];
    this.weights = [];
    this.biases = [];
    const zero = options.init === 'zero';
    this.biasInit = options.biasInit ?? 'constant';
    for (let l = 0; l < this.sizes.length - 1; l++) {
      const w = new Float64Array(this.sizes[l] * this.sizes[l + 1]);
      const b = new Float64Array(this.sizes[l + 1]);
      if (!zero) {
        for (let k = 0; k < w.length; k++) w[k] = randomWeight(options.random);
        if (this.biasInit === 'constant') b.fill(INITIAL_BIAS);
      }
      this.weights.push(w);
      this.biases.push(b);
    }
    if (!zero && this.biasInit === 'random') for (const b of this.biases) for (let k = 0; k < b.length; k++) b[k] = randomWeight(options.random);
  }

  /** A new neuron's bias, as biasInit says. */
  private newBias(random: Random): number {
    return this.biasInit === 'random' ? randomWeight(random) : this.biasInit === 'zero' ? 0 : INITIAL_BIAS;
  }

  get inputCount(): number { return this.sizes[0]; }
  get hiddenSizes(): number[] { return this.sizes.slice(1, -1); }
  get outputLayer(): number { return this.sizes.length - 1; }

  activationOf(layer: number): Activation {
    return layer === this.outputLayer ? this.outputActivation : this.hiddenActivation;
  }

  /** Buffers for `forward`, so a caller that runs many passes allocates once. */
  createResult(): ForwardResult {
    return {
      values: this.sizes.map((n) => new Float64Array(n)),
      sums: this.sizes.map((n) => new Float64Array(n)),
    };
  }

  /** Runs the inputs through the network. Pure: reads only its arguments and the parameters. */
  forward(inputs: ArrayLike<number>, result: ForwardResult = this.createResult()): ForwardResult {
    if (inputs.length !== this.sizes[0]) throw new NetworkError(`expected ${this.sizes[0]} inputs, got ${inputs.length}`);
    const { values, sums } = result;
    for (let i = 0; i < inputs.length; i++) values[0][i] = sums[0][i] = inputs[i];
    for (let l = 1; l < this.sizes.length; l++) {
      const nIn = this.sizes[l - 1];
      const w = this.weights[l - 1];
      const b = this.biases[l - 1];
      const prev = values[l - 1];
      const f = this.activationOf(l);
      for (let j = 0; j < this.sizes[l]; j++) {
        let z = b[j];
        const row = j * nIn;
        for (let i = 0; i < nIn; i++) z += w[row + i] * prev[i];
        sums[l][j] = z;
        values[l][j] = f.value(z);
      }
    }
    return result;
  }

  /** The terms of one node's calculation, for the inspector. */
  trace(result: ForwardResult, node: NodeRef): NodeTrace {
    this.checkNode(node);
    const { layer, index } = node;
    if (layer === 0) {
      const v = result.values[0][index];
      return { layer, index, inputs: [], weights: [], bias: 0, sum: v, activation: 'linear', output: v };
    }
    const nIn = this.sizes[layer - 1];
    return {
      layer,
      index,
      inputs: Array.from(result.values[layer - 1]),
      weights: Array.from(this.weights[layer - 1].subarray(index * nIn, (index + 1) * nIn)),
      bias: this.biases[layer - 1][index],
      sum: result.sums[layer][index],
      activation: this.activationOf(layer).name,
      output: result.values[layer][index],
    };
  }

  /** A weight or a bias by its reference, as the graph's fields and the playground's edits name it. */
  parameter(p: Exclude<ParamRef, { kind: 'input' }>): number {
    return p.kind === 'weight' ? this.getWeight(p.layer, p.to, p.from) : this.getBias(p.layer, p.index);
  }

  /** Sets a weight or a bias by its reference (a finite number, as setWeight and setBias check). */
  setParameter(p: Exclude<ParamRef, { kind: 'input' }>, value: number): void {
    if (p.kind === 'weight') this.setWeight(p.layer, p.to, p.from, value);
    else this.setBias(p.layer, p.index, value);
  }

  getWeight(layer: number, to: number, from: number): number {
    this.checkWeight(layer, to, from);
    return this.weights[layer - 1][to * this.sizes[layer - 1] + from];
  }

  /** Sets the weight of the link into node `to` of `layer` from node `from` of the layer before. */
  setWeight(layer: number, to: number, from: number, value: number): void {
    this.checkWeight(layer, to, from);
    if (!Number.isFinite(value)) throw new NetworkError(`a weight must be a finite number, got ${value}`);
    this.weights[layer - 1][to * this.sizes[layer - 1] + from] = value;
  }

  getBias(layer: number, index: number): number {
    this.checkNode({ layer, index });
    if (layer === 0) throw new NetworkError('input nodes have no bias');
    return this.biases[layer - 1][index];
  }

  setBias(layer: number, index: number, value: number): void {
    this.checkNode({ layer, index });
    if (layer === 0) throw new NetworkError('input nodes have no bias');
    if (!Number.isFinite(value)) throw new NetworkError(`a bias must be a finite number, got ${value}`);
    this.biases[layer - 1][index] = value;
  }

  /**
   * Which nodes' calculations use a parameter: `direct` are the nodes whose formula contains it,
   * `downstream` those that read, through some path, a node that does. A calculation can depend
   * on a parameter while its value happens not to change (ReLU(0) = ReLU(−5)).
   */
  dependents(param: ParamRef): { direct: NodeRef[]; downstream: NodeRef[] } {
    let directLayer: number;
    let direct: NodeRef[];
    if (param.kind === 'input') {
      this.checkNode({ layer: 0, index: param.index });
      directLayer = 1;
      direct = this.layerNodes(1);
    } else if (param.kind === 'weight') {
      this.checkWeight(param.layer, param.to, param.from);
      directLayer = param.layer;
      direct = [{ layer: param.layer, index: param.to }];
    } else {
      this.checkNode({ layer: param.layer, index: param.index });
      if (param.layer === 0) throw new NetworkError('input nodes have no bias');
      directLayer = param.layer;
      direct = [{ layer: param.layer, index: param.index }];
    }
    // Fully connected: every node after a dependent node reads it.
    const downstream: NodeRef[] = [];
    for (let l = directLayer + 1; l < this.sizes.length; l++) downstream.push(...this.layerNodes(l));
    return { direct, downstream };
  }

  private layerNodes(layer: number): NodeRef[] {
    return Array.from({ length: this.sizes[layer] }, (_, index) => ({ layer, index }));
  }

  /**
   * Inserts a hidden layer so that it becomes layer `position` (1 = right after the inputs,
   * `sizes.length − 1` = right before the output). Links into earlier layers and the biases of
   * later layers keep their values; the links into and out of the new layer are new.
   */
  addLayer(position: number, size: number, random: Random): void {
    if (!Number.isInteger(position) || position < 1 || position > this.sizes.length - 1) {
      throw new NetworkError(`a new hidden layer goes at position 1 to ${this.sizes.length - 1}, got ${position}`);
    }
    if (!Number.isInteger(size) || size < 1) throw new NetworkError(`a layer needs at least 1 neuron, got ${size}`);
    const before = this.sizes[position - 1];
    const after = this.sizes[position];
    const into = new Float64Array(size * before).map(() => randomWeight(random));
    const out = new Float64Array(after * size).map(() => randomWeight(random));
    this.sizes.splice(position, 0, size);
    this.weights.splice(position - 1, 1, into, out);
    this.biases.splice(position - 1, 0, new Float64Array(size).map(() => this.newBias(random)));
    this.structureVersion++;
  }

  /** Removes hidden layer `layer`; the layers either side are joined by new links. */
  removeLayer(layer: number, random: Random): void {
    if (!Number.isInteger(layer) || layer < 1 || layer > this.sizes.length - 2) {
      throw new NetworkError(`there is no hidden layer ${layer} to remove`);
    }
    const before = this.sizes[layer - 1];
    const after = this.sizes[layer + 1];
    const joined = new Float64Array(after * before).map(() => randomWeight(random));
    this.sizes.splice(layer, 1);
    this.weights.splice(layer - 1, 2, joined);
    this.biases.splice(layer - 1, 1);
    this.structureVersion++;
  }

  /** Appends a neuron to hidden layer `layer` with new links in and out; every other weight stays. */
  addNeuron(layer: number, random: Random): void {
    if (!Number.isInteger(layer) || layer < 1 || layer > this.sizes.length - 2) {
      throw new NetworkError(`there is no hidden layer ${layer} to add a neuron to`);
    }
    const nIn = this.sizes[layer - 1];
    const n = this.sizes[layer];
    const nOut = this.sizes[layer + 1];
    const into = new Float64Array((n + 1) * nIn);
    into.set(this.weights[layer - 1]);
    for (let i = n * nIn; i < into.length; i++) into[i] = randomWeight(random);
    const out = new Float64Array(nOut * (n + 1));
    for (let j = 0; j < nOut; j++) {
      for (let i = 0; i < n; i++) out[j * (n + 1) + i] = this.weights[layer][j * n + i];
      out[j * (n + 1) + n] = randomWeight(random);
    }
    const bias = new Float64Array(n + 1);
    bias.set(this.biases[layer - 1]);
    bias[n] = this.newBias(random);
    this.weights[layer - 1] = into;
    this.weights[layer] = out;
    this.biases[layer - 1] = bias;
    this.sizes[layer] = n + 1;
    this.structureVersion++;
  }

  /** Removes neuron `index` (default: the last) of hidden layer `layer` and its links. */
  removeNeuron(layer: number, index = this.sizes[layer] - 1): void {
    if (!Number.isInteger(layer) || layer < 1 || layer > this.sizes.length - 2) {
      throw new NetworkError(`there is no hidden layer ${layer} to remove a neuron from`);
    }
    const n = this.sizes[layer];
    if (n <= 1) throw new NetworkError(`hidden layer ${layer} has only one neuron; remove the layer instead`);
    this.checkNode({ layer, index });
    const nIn = this.sizes[layer - 1];
    const nOut = this.sizes[layer + 1];
    const into = new Float64Array((n - 1) * nIn);
    into.set(this.weights[layer - 1].subarray(0, index * nIn));
    into.set(this.weights[layer - 1].subarray((index + 1) * nIn), index * nIn);
    const out = new Float64Array(nOut * (n - 1));
    for (let j = 0; j < nOut; j++) {
      for (let i = 0, k = 0; i < n; i++) if (i !== index) out[j * (n - 1) + k++] = this.weights[layer][j * n + i];
    }
    const bias = this.biases[layer - 1].filter((_, i) => i !== index);
    this.weights[layer - 1] = into;
    this.weights[layer] = out;
    this.biases[layer - 1] = bias;
    this.sizes[layer] = n - 1;
    this.structureVersion++;
  }

  /** Copies every parameter of another network of the same shape (used to undo a diverged step). */
  copyParametersFrom(other: Network): void {
    if (other.sizes.join() !== this.sizes.join()) throw new NetworkError('cannot copy parameters between networks of different shapes');
    for (let l = 0; l < this.weights.length; l++) {
      this.weights[l].set(other.weights[l]);
      this.biases[l].set(other.biases[l]);
    }
  }

  clone(): Network {
    return Network.fromJSON(this.toJSON());
  }

  toJSON(): NetworkSnapshot {
    return {
      sizes: [...this.sizes],
      activation: this.hiddenActivation.name,
      outputActivation: this.outputActivation.name,
      weights: this.weights.map((w) => Array.from(w)),
      biases: this.biases.map((b) => Array.from(b)),
    };
  }

  /** Rebuilds a network from its snapshot, or throws a NetworkError saying what does not fit. */
  static fromJSON(snapshot: unknown): Network {
    if (typeof snapshot !== 'object' || snapshot === null) throw new NetworkError('a network snapshot must be an object');
    const s = snapshot as Partial<NetworkSnapshot>;
    if (!Array.isArray(s.sizes) || s.sizes.length < 2) throw new NetworkError('snapshot.sizes must be an array of at least 2 layer sizes');
    s.sizes.forEach((n, l) => {
      if (!Number.isInteger(n) || n < 1) throw new NetworkError(`snapshot.sizes[${l}] must be a whole number ≥ 1, got ${JSON.stringify(n)}`);
    });
    if (s.sizes[s.sizes.length - 1] !== 1) throw new NetworkError('snapshot.sizes must end with the single output node (1)');
    if (!isActivationName(s.activation)) throw new NetworkError(`snapshot.activation must be relu, tanh, sigmoid or linear, got ${JSON.stringify(s.activation)}`);
    if (!isActivationName(s.outputActivation)) throw new NetworkError(`snapshot.outputActivation must be relu, tanh, sigmoid or linear, got ${JSON.stringify(s.outputActivation)}`);
    const sizes = s.sizes;
    const checkArrays = (name: 'weights' | 'biases', length: (l: number) => number): void => {
      const arr = s[name];
      if (!Array.isArray(arr) || arr.length !== sizes.length - 1) throw new NetworkError(`snapshot.${name} must be an array of ${sizes.length - 1} arrays, one per layer after the inputs`);
      arr.forEach((values, l) => {
        if (!Array.isArray(values) || values.length !== length(l)) throw new NetworkError(`snapshot.${name}[${l}] must hold ${length(l)} numbers for sizes ${sizes[l]}→${sizes[l + 1]}`);
        values.forEach((v, k) => {
          if (typeof v !== 'number' || !Number.isFinite(v)) throw new NetworkError(`snapshot.${name}[${l}][${k}] must be a finite number, got ${JSON.stringify(v)}`);
        });
      });
    };
    checkArrays('weights', (l) => sizes[l] * sizes[l + 1]);
    checkArrays('biases', (l) => sizes[l + 1]);
    const net = new Network({ inputs: sizes[0], hidden: sizes.slice(1, -1), activation: s.activation, outputActivation: s.outputActivation, init: 'zero' });
    s.weights!.forEach((w, l) => net.weights[l].set(w));
    s.biases!.forEach((b, l) => net.biases[l].set(b));
    return net;
  }

  private checkNode({ layer, index }: NodeRef): void {
    if (!Number.isInteger(layer) || layer < 0 || layer >= this.sizes.length) throw new NetworkError(`there is no layer ${layer}`);
    if (!Number.isInteger(index) || index < 0 || index >= this.sizes[layer]) throw new NetworkError(`layer ${layer} has no node ${index}`);
  }

  private checkWeight(layer: number, to: number, from: number): void {
    if (layer < 1) throw new NetworkError('weights lead into layers 1 and later');
    this.checkNode({ layer, index: to });
    this.checkNode({ layer: layer - 1, index: from });
  }
}
