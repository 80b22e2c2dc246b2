/**
 * Weight penalties as { value, derivative } pairs of one weight w. The penalty added to the
 * objective is rate · Σ value(w) over every weight (biases are not penalised, as in
 * TensorFlow Playground).
 *
 * - none: 0
 * - l1:   |w|;      derivative sign(w) (0 at 0)
 * - l2:   ½·w²;     derivative w
 */
export type RegularizationName = 'none' | 'l1' | 'l2';

export interface Regularization {
  readonly name: RegularizationName;
  value(w: number): number;
  derivative(w: number): number;
}

export const REGULARIZATIONS: Readonly<Record<RegularizationName, Regularization>> = Object.freeze({
  none: { name: 'none', value: () => 0, derivative: () => 0 },
  l1: { name: 'l1', value: (w) => Math.abs(w), derivative: (w) => (w < 0 ? -1 : w > 0 ? 1 : 0) },
  l2: { name: 'l2', value: (w) => 0.5 * w * w, derivative: (w) => w },
});

export const REGULARIZATION_NAMES: readonly RegularizationName[] = ['none', 'l1', 'l2'];

/**
 * One update of a layer's weights after a batch, as TensorFlow Playground's nn.ts does it:
 *
 *   w ← w − lr·(mean gradient) − lr·rate·R′(w_before)
 *
 * R′ is taken at the weight before the batch's step, so the update follows exactly the
 * gradient of mean loss + rate·ΣR(w) (what Trainer.gradient reports). With L1, a weight whose
 * penalty step would carry it across zero is set to 0 and marked dead (`dead[k] = 1`): from
 * then on it is skipped, so L1 produces exact zeros that stay, as lessons on sparsity show.
 * Dead weights are skipped for every regularization; only L1 creates them.
 *
 * `gradient` holds the batch's summed gradient and is cleared; `scale` is lr / batch size.
 * `dead` may be null while no link is dead (the common case skips the check). Returns how
 * many links died in this update.
 */
export function updateWeights(weights: Float64Array, gradient: Float64Array, dead: Uint8Array | null, scale: number, regularization: RegularizationName, regStep: number): number {
  const n = weights.length;
  let died = 0;
  if (regularization === 'none' || regStep === 0) {
    for (let k = 0; k < n; k++) {
      if (dead === null || dead[k] === 0) weights[k] -= scale * gradient[k];
      gradient[k] = 0;
    }
  } else if (regularization === 'l2') {
    for (let k = 0; k < n; k++) {
      const w = weights[k];
      if (dead === null || dead[k] === 0) weights[k] = w - scale * gradient[k] - regStep * w;
      gradient[k] = 0;
    }
  } else {
    if (dead === null) throw new Error('L1 needs a dead-link mask');
    for (let k = 0; k < n; k++) {
      const w = weights[k];
      const g = gradient[k];
      gradient[k] = 0;
      if (dead[k] !== 0) continue;
      const moved = w - scale * g;
      const next = moved - regStep * (w > 0 ? 1 : w < 0 ? -1 : 0);
      if (moved * next < 0) {
        weights[k] = 0;
        dead[k] = 1;
        died++;
      } else weights[k] = next;
    }
  }
  return died;
}

export function isRegularizationName(name: unknown): name is RegularizationName {
  return typeof name === 'string' && (REGULARIZATION_NAMES as readonly string[]).includes(name);
}

/**
 * The loss TensorFlow Playground reports: per point ½(output − target)², averaged over points.
 * Classification targets are −1 and +1, so "loss below 0.2" means the same here as there.
 * Its derivative with respect to the output is (output − target).
 */
export const squaredError = Object.freeze({
  value: (output: number, target: number): number => 0.5 * (output - target) * (output - target),
  derivative: (output: number, target: number): number => output - target,
});

/** squaredError.value averaged over `count` outputs: the loss kernel, written out so the loop has no call in it. */
export function meanSquaredError(outputs: ArrayLike<number>, targets: ArrayLike<number>, count: number): number {
  let sum = 0;
  for (let k = 0; k < count; k++) {
    const e = outputs[k] - targets[k];
    sum += e * e;
  }
  return (0.5 * sum) / count;
}
