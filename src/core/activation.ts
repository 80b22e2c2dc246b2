/**
 * Activation functions as { value, derivative } pairs, both functions of the node's weighted
 * sum z (its input), as in TensorFlow Playground.
 *
 * - relu:    f(z) = max(0, z);            f'(z) = 1 if z > 0, else 0 (0 at the kink, by convention)
 * - tanh:    f(z) = tanh z;               f'(z) = 1 − tanh² z
 * - sigmoid: f(z) = 1 / (1 + e^(−z));     f'(z) = f(z)·(1 − f(z))
 * - linear:  f(z) = z;                    f'(z) = 1
 */
export type ActivationName = 'relu' | 'tanh' | 'sigmoid' | 'linear';

export interface Activation {
  readonly name: ActivationName;
  /** How the inspector writes it: `ReLU`, `tanh`, `sigmoid`, `linear`. */
  readonly label: string;
  value(z: number): number;
  derivative(z: number): number;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export const ACTIVATIONS: Readonly<Record<ActivationName, Activation>> = Object.freeze({
  relu: { name: 'relu', label: 'ReLU', value: (z) => (z > 0 ? z : 0), derivative: (z) => (z > 0 ? 1 : 0) },
  tanh: {
    name: 'tanh',
    label: 'tanh',
    value: (z) => Math.tanh(z),
    derivative: (z) => {
      const t = Math.tanh(z);
      return 1 - t * t;
    },
  },
  sigmoid: {
    name: 'sigmoid',
    label: 'sigmoid',
    value: sigmoid,
    derivative: (z) => {
      const s = sigmoid(z);
      return s * (1 - s);
    },
  },
  linear: { name: 'linear', label: 'linear', value: (z) => z, derivative: () => 1 },
});

export const ACTIVATION_NAMES: readonly ActivationName[] = ['relu', 'tanh', 'sigmoid', 'linear'];

export function isActivationName(name: unknown): name is ActivationName {
  return typeof name === 'string' && (ACTIVATION_NAMES as readonly string[]).includes(name);
}

/** Integer codes for the hot loops (the index in ACTIVATION_NAMES): a switch beats a call through an object. */
export type ActCode = 0 | 1 | 2 | 3;

export function activationCode(name: ActivationName): ActCode {
  return ACTIVATION_NAMES.indexOf(name) as ActCode;
}

/** f(z) for a code; kept tiny so the JIT inlines it. */
export function applyActivation(code: ActCode, z: number): number {
  switch (code) {
    case 0: return z > 0 ? z : 0;
    case 1: return Math.tanh(z);
    case 2: return 1 / (1 + Math.exp(-z));
    default: return z;
  }
}

/**
 * f'(z) from the output y = f(z), which the forward pass already has: saves a tanh or exp
 * per node per sample. relu: y > 0; tanh: 1 − y²; sigmoid: y(1 − y); linear: 1.
 */
export function derivativeFromOutput(code: ActCode, y: number): number {
  switch (code) {
    case 0: return y > 0 ? 1 : 0;
    case 1: return 1 - y * y;
    case 2: return y * (1 - y);
    default: return 1;
  }
}
