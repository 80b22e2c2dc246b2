/** The input features TensorFlow Playground offers, computed from a point (x1, x2). */
export type FeatureName = 'x1' | 'x2' | 'x1-squared' | 'x2-squared' | 'x1x2' | 'sin-x1' | 'sin-x2';

export const FEATURE_NAMES: readonly FeatureName[] = ['x1', 'x2', 'x1-squared', 'x2-squared', 'x1x2', 'sin-x1', 'sin-x2'];

/** How each feature is written for a reader (plain text, no markup). */
export const FEATURE_LABELS: Readonly<Record<FeatureName, string>> = Object.freeze({
  x1: 'X₁',
  x2: 'X₂',
  'x1-squared': 'X₁²',
  'x2-squared': 'X₂²',
  x1x2: 'X₁X₂',
  'sin-x1': 'sin(X₁)',
  'sin-x2': 'sin(X₂)',
});

export function isFeatureName(name: unknown): name is FeatureName {
  return typeof name === 'string' && (FEATURE_NAMES as readonly string[]).includes(name);
}

export function featureValue(name: FeatureName, x: number, y: number): number {
  switch (name) {
    case 'x1': return x;
    case 'x2': return y;
    case 'x1-squared': return x * x;
    case 'x2-squared': return y * y;
    case 'x1x2': return x * y;
    case 'sin-x1': return Math.sin(x);
    case 'sin-x2': return Math.sin(y);
  }
}
