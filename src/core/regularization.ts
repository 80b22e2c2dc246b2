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
