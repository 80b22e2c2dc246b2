import type { Network } from './network.js';
import { squaredError } from './regularization.js';

/**
 * The backward pass for one point, every number the learner can read: the loss, each node's
 * delta and each parameter's gradient. Plain arrays, JSON-serializable.
 */
export interface Backprop {
  /** L = ½ (y − t)², TensorFlow Playground's square error. */
  loss: number;
  target: number;
  /** y, the network's output for the inputs. */
  output: number;
  /** δ = ∂L/∂z per node, indexed like forward values: `deltas[0]` (the inputs) is empty. */
  deltas: number[][];
  /** ∂L/∂w, the shape of `Network.weights` (`weights[l][j * sizes[l] + i]`). */
  weights: number[][];
  /** ∂L/∂b, the shape of `Network.biases`. */
  biases: number[][];
  /** The weighted sums z of the forward pass the gradients come from, by layer (layer 0: the inputs). */
  sums: number[][];
  /** The values of that forward pass, by layer. */
  values: number[][];
}

/**
 * Backpropagation written out node by node, as the inspector explains it: at the output
 * δ = f′(z) · (y − t); at a hidden node δ = f′(z) · Σₖ wₖ·δₖ over the nodes it feeds;
 * ∂L/∂w = δ · a (the value at the link's source) and ∂L/∂b = δ. f′ is the core's activation
 * derivative of z (ReLU′ is 0 for z ≤ 0). The trainer computes the same numbers column-wise
 * for a batch; this one is for a single point, and clarity.
 */
export function backprop(net: Network, inputs: ArrayLike<number>, target: number): Backprop {
  if (!Number.isFinite(target)) throw new RangeError(`the target must be a finite number, got ${target}`);
  const r = net.forward(inputs);
  const last = net.sizes.length - 1;
  const y = r.values[last][0];
  const deltas: number[][] = net.sizes.map((n, l) => (l === 0 ? [] : new Array<number>(n).fill(0)));
  const weights = net.weights.map((w) => new Array<number>(w.length).fill(0));
  const biases = net.biases.map((b) => new Array<number>(b.length).fill(0));
  for (let l = last; l >= 1; l--) {
    const f = net.activationOf(l);
    const nIn = net.sizes[l - 1];
    for (let j = 0; j < net.sizes[l]; j++) {
      let upstream: number;
      if (l === last) upstream = squaredError.derivative(y, target);
      else {
        upstream = 0;
        const n = net.sizes[l + 1];
        const w = net.weights[l];
        const nHere = net.sizes[l];
        for (let k = 0; k < n; k++) upstream += w[k * nHere + j] * deltas[l + 1][k];
      }
      // + 0 turns −0 (an off ReLU times a negative sum) into 0, which every reader prints as 0.
      const d = f.derivative(r.sums[l][j]) * upstream + 0;
      deltas[l][j] = d;
      biases[l - 1][j] = d;
      for (let i = 0; i < nIn; i++) weights[l - 1][j * nIn + i] = d * r.values[l - 1][i] + 0;
    }
  }
  return {
    loss: squaredError.value(y, target),
    target,
    output: y,
    deltas,
    weights,
    biases,
    sums: r.sums.map((s) => Array.from(s)),
    values: r.values.map((v) => Array.from(v)),
  };
}

/** Gradient descent by hand: every weight and bias moves by −rate × its gradient. */
export function descend(net: Network, g: Pick<Backprop, 'weights' | 'biases'>, rate: number): void {
  if (!Number.isFinite(rate)) throw new RangeError(`the learning rate must be a finite number, got ${rate}`);
  net.weights.forEach((w, l) => {
    for (let k = 0; k < w.length; k++) w[k] -= rate * g.weights[l][k];
  });
  net.biases.forEach((b, l) => {
    for (let k = 0; k < b.length; k++) b[k] -= rate * g.biases[l][k];
  });
}
