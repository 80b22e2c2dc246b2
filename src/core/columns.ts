import { type ActCode, activationCode, sigmoid, tanh } from './activation.js';
import type { Network } from './network.js';

/**
 * Kernels over columns: one typed array per node holding its value at many points (a batch,
 * a test set, a heatmap grid). Every pass over the network goes through these, so the loops
 * that matter for speed live in one place.
 */
export type Column = Float32Array | Float64Array;

/**
 * acc[p] = bias + Σₖ w[offset + k·stride] · cols[k][p] for p < count. With stride 1 that is
 * a node's weighted sum over its inputs; with stride = inputs it is the transposed sum that
 * carries deltas backwards. Four columns per pass: one load and one store of the sum per four
 * multiply-adds instead of per one.
 *
 * The bias is `biases[index]` (0 without `biases`), read here rather than passed: a double
 * passed to a function the JIT does not inline is boxed on the heap, and one box per node per
 * batch was 20 KB of garbage per epoch of the largest network, whose collections (3-12 ms at
 * 4× CPU) landed inside training frames.
 */
export function weightedSum(acc: Float64Array, w: Float64Array, offset: number, stride: number, n: number, cols: readonly Column[], count: number, biases: Float64Array | null, index: number): void {
  const bias = biases === null ? 0 : biases[index];
  // The first (up to) four columns and the bias in one pass: small layers need no second pass.
  const o1 = offset + stride, o2 = offset + 2 * stride, o3 = offset + 3 * stride;
  let k: number;
  if (n >= 4) {
    const w0 = w[offset], w1 = w[o1], w2 = w[o2], w3 = w[o3];
    const c0 = cols[0], c1 = cols[1], c2 = cols[2], c3 = cols[3];
    for (let p = 0; p < count; p++) acc[p] = bias + w0 * c0[p] + w1 * c1[p] + w2 * c2[p] + w3 * c3[p];
    k = 4;
  } else if (n === 3) {
    const w0 = w[offset], w1 = w[o1], w2 = w[o2];
    const c0 = cols[0], c1 = cols[1], c2 = cols[2];
    for (let p = 0; p < count; p++) acc[p] = bias + w0 * c0[p] + w1 * c1[p] + w2 * c2[p];
    return;
  } else if (n === 2) {
    const w0 = w[offset], w1 = w[o1];
    const c0 = cols[0], c1 = cols[1];
    for (let p = 0; p < count; p++) acc[p] = bias + w0 * c0[p] + w1 * c1[p];
    return;
  } else if (n === 1) {
    const w0 = w[offset];
    const c0 = cols[0];
    for (let p = 0; p < count; p++) acc[p] = bias + w0 * c0[p];
    return;
  } else {
    for (let p = 0; p < count; p++) acc[p] = bias;
    return;
  }
  for (; k + 4 <= n; k += 4) {
    const o = offset + k * stride;
    const w0 = w[o], w1 = w[o + stride], w2 = w[o + 2 * stride], w3 = w[o + 3 * stride];
    const c0 = cols[k], c1 = cols[k + 1], c2 = cols[k + 2], c3 = cols[k + 3];
    for (let p = 0; p < count; p++) acc[p] += w0 * c0[p] + w1 * c1[p] + w2 * c2[p] + w3 * c3[p];
  }
  for (; k < n; k++) {
    const wk = w[offset + k * stride];
    const c = cols[k];
    for (let p = 0; p < count; p++) acc[p] += wk * c[p];
  }
}

/** dst[p] = f(src[p]) for p < n: one switch per node, not per point. */
export function activateInto(code: ActCode, src: Float64Array, dst: Column, n: number): void {
  switch (code) {
    case 0:
      for (let p = 0; p < n; p++) dst[p] = src[p] > 0 ? src[p] : 0;
      break;
    case 1:
      for (let p = 0; p < n; p++) dst[p] = tanh(src[p]);
      break;
    case 2:
      for (let p = 0; p < n; p++) dst[p] = sigmoid(src[p]);
      break;
    default:
      for (let p = 0; p < n; p++) dst[p] = src[p];
  }
}

/**
 * dst[p] = f'(z_p) · src[p] for p < n, with f' taken from the outputs y (see
 * derivativeFromOutput): the backward pass's kernel, one loop per activation so the JIT
 * keeps the switch out of it.
 */
export function derivativeInto(code: ActCode, y: Column, src: Float64Array, dst: Float64Array, n: number): void {
  if (code === 0) {
    for (let p = 0; p < n; p++) dst[p] = y[p] > 0 ? src[p] : 0;
  } else if (code === 1) {
    for (let p = 0; p < n; p++) dst[p] = src[p] * (1 - y[p] * y[p]);
  } else if (code === 2) {
    for (let p = 0; p < n; p++) dst[p] = src[p] * y[p] * (1 - y[p]);
  } else {
    for (let p = 0; p < n; p++) dst[p] = src[p];
  }
}

/**
 * Runs `count` points through the network layer by layer: `layers[0]` holds one column per
 * input, and every later layer's columns are written in place. `scratch` needs `count` slots;
 * nothing is allocated.
 */
export function forwardColumns(network: Network, layers: readonly Column[][], count: number, scratch: Float64Array): void {
  for (let l = 1; l < network.sizes.length; l++) {
    const nIn = network.sizes[l - 1];
    const w = network.weights[l - 1];
    const b = network.biases[l - 1];
    const code = activationCode(network.activationOf(l).name);
    const out = layers[l];
    for (let j = 0; j < out.length; j++) {
      weightedSum(scratch, w, j * nIn, 1, nIn, layers[l - 1], count, b, j);
      activateInto(code, scratch, out[j], count);
    }
  }
}
