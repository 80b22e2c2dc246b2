/**
 * Activation functions as { value, derivative } pairs, both functions of the node's weighted
 * sum z (its input), as in TensorFlow Playground.
 *
 * - relu:    f(z) = max(0, z);            f'(z) = 1 if z > 0, else 0 (0 at the kink, by convention)
 * - tanh:    f(z) = tanh z;               f'(z) = 1 − tanh² z   (computed by `tanh` below)
 * - sigmoid: f(z) = 1 / (1 + e^(−z));     f'(z) = f(z)·(1 − f(z))
 * - linear:  f(z) = z;                    f'(z) = 1
 */
// 2^(−(k + ½)/4) for k = 0 … 255: 2^(−j/8) for odd j times an exact power of two. Written as
// literals, not Math.pow, so that every engine builds the same table.
const FRACTIONS = [0.91700404320467122, 0.77110541270397048, 0.64841977732550482, 0.54525386633262884];
const POW2 = new Float64Array(256);
for (let k = 0, scale = 1; k < 256; k++) {
  POW2[k] = FRACTIONS[k & 3] * scale;
  if ((k & 3) === 3) scale *= 0.5;
}
const TANH_STEPS = 8 * Math.LOG2E; // 2|z|·log2(e) in quarter steps
const QUARTER_LN2 = Math.LN2 / 4;

/**
 * tanh z = (1 − t)/(1 + t) with t = e^(−2|z|) = 2^(−(k + ½)/4) · e^(−u), k whole, |u| ≤ ln2/8,
 * e^(−u) by its Taylor series to u⁶. Absolute error below 5·10⁻¹²; about twice as fast as
 * Math.tanh in V8, which matters because tanh is half the work of a tanh network's epoch. It
 * uses only IEEE +, −, ×, ÷, so every engine returns the same bits (Math.tanh may differ).
 */
export function tanh(z: number): number {
  const az = z < 0 ? -z : z;
  if (az < 0.0625) {
    // Near 0 the Taylor series keeps tanh odd, exact at 0 and accurate relative to z.
    const z2 = z * z;
    return z * (1 + z2 * (-1 / 3 + z2 * (2 / 15 + z2 * (-17 / 315 + z2 * (62 / 2835)))));
  }
  const a = az * TANH_STEPS;
  if (!(a < 256)) return z !== z ? z : z < 0 ? -1 : 1;
  const k = a | 0;
  const u = (a - k - 0.5) * QUARTER_LN2;
  const t = POW2[k] * (1 - u * (1 - u * (1 / 2 - u * (1 / 6 - u * (1 / 24 - u * (1 / 120 - u / 720))))));
  const v = (1 - t) / (1 + t);
  return z < 0 ? -v : v;
}

/** σ(z) = 1/(1 + e^(−z)) = ½ + ½·tanh(z/2): the same fast, engine-independent path. */
export function sigmoid(z: number): number {
  return 0.5 + 0.5 * tanh(0.5 * z);
}

export type ActivationName = 'relu' | 'tanh' | 'sigmoid' | 'linear';

export interface Activation {
  readonly name: ActivationName;
  /** How the inspector writes it: `ReLU`, `tanh`, `sigmoid`, `linear`. */
  readonly label: string;
  value(z: number): number;
  derivative(z: number): number;
}

export const ACTIVATIONS: Readonly<Record<ActivationName, Activation>> = Object.freeze({
  relu: { name: 'relu', label: 'ReLU', value: (z) => (z > 0 ? z : 0), derivative: (z) => (z > 0 ? 1 : 0) },
  tanh: {
    name: 'tanh',
    label: 'tanh',
    value: tanh,
    derivative: (z) => {
      const t = tanh(z);
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
    case 1: return tanh(z);
    case 2: return sigmoid(z);
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
