import { createRandom, type Random } from './random.js';
import { type FeatureName, featureValue } from './features.js';

/**
 * The six datasets of TensorFlow Playground, on its domain [−6, 6]², with its point counts
 * (500 for classification, 1200 for regression) and its noise model, drawn from an explicit
 * seeded generator.
 */
export interface Point {
  x: number;
  y: number;
  /** −1 or +1 for classification; in [−1, 1] for regression. */
  label: number;
}

export type DatasetName = 'circle' | 'xor' | 'gauss' | 'spiral' | 'plane' | 'multi-gauss';
export type ProblemType = 'classification' | 'regression';

export const CLASSIFICATION_DATASETS: readonly DatasetName[] = ['circle', 'xor', 'gauss', 'spiral'];
export const REGRESSION_DATASETS: readonly DatasetName[] = ['plane', 'multi-gauss'];
export const DATASET_NAMES: readonly DatasetName[] = [...CLASSIFICATION_DATASETS, ...REGRESSION_DATASETS];

export const DATASET_LABELS: Readonly<Record<DatasetName, string>> = Object.freeze({
  circle: 'Circle',
  xor: 'Exclusive or',
  gauss: 'Gaussian',
  spiral: 'Spiral',
  plane: 'Plane',
  'multi-gauss': 'Multi Gaussian',
});

export const DOMAIN = Object.freeze({ min: -6, max: 6 });
export const CLASSIFICATION_POINTS = 500;
export const REGRESSION_POINTS = 1200;

export function isDatasetName(name: unknown): name is DatasetName {
  return typeof name === 'string' && (DATASET_NAMES as readonly string[]).includes(name);
}

export function problemOf(dataset: DatasetName): ProblemType {
  return REGRESSION_DATASETS.includes(dataset) ? 'regression' : 'classification';
}

export interface GenerateOptions {
  /** Noise in percent, 0 to 50. */
  noise?: number;
  /** How many points; the playground's count by default. */
  count?: number;
}

/** Generates a dataset. The same generator state gives the same points. */
export function generateDataset(name: DatasetName, random: Random, options: GenerateOptions = {}): Point[] {
  const noise = Math.min(50, Math.max(0, options.noise ?? 0)) / 100;
  const n = options.count ?? (problemOf(name) === 'regression' ? REGRESSION_POINTS : CLASSIFICATION_POINTS);
  const points: Point[] = [];
  const u = (a: number, b: number) => random.uniform(a, b);
  switch (name) {
    case 'circle': {
      const radius = 5;
      const label = (x: number, y: number) => (Math.hypot(x, y) < radius * 0.5 ? 1 : -1);
      const ring = (rMin: number, rMax: number) => {
        for (let i = 0; i < n / 2; i++) {
          const r = u(rMin, rMax);
          const angle = u(0, 2 * Math.PI);
          const x = r * Math.sin(angle);
          const y = r * Math.cos(angle);
          const nx = u(-radius, radius) * noise;
          const ny = u(-radius, radius) * noise;
          points.push({ x, y, label: label(x + nx, y + ny) });
        }
      };
      ring(0, radius * 0.5);
      ring(radius * 0.7, radius);
      break;
    }
    case 'xor': {
      const pad = (v: number) => v + (v > 0 ? 0.3 : -0.3);
      for (let i = 0; i < n; i++) {
        const x = pad(u(-5, 5));
        const y = pad(u(-5, 5));
        const nx = u(-5, 5) * noise;
        const ny = u(-5, 5) * noise;
        points.push({ x, y, label: (x + nx) * (y + ny) >= 0 ? 1 : -1 });
      }
      break;
    }
    case 'gauss': {
      // Noise widens the clusters: variance from 0.5 (no noise) to 4 (50 %).
      const variance = 0.5 + (3.5 * noise) / 0.5;
      for (const [c, label] of [[2, 1], [-2, -1]] as const) {
        for (let i = 0; i < n / 2; i++) {
          points.push({ x: random.normal(c, variance), y: random.normal(c, variance), label });
        }
      }
      break;
    }
    case 'spiral': {
      const half = n / 2;
      for (const [delta, label] of [[0, 1], [Math.PI, -1]] as const) {
        for (let i = 0; i < half; i++) {
          const r = (i / half) * 5;
          const t = ((1.75 * i) / half) * 2 * Math.PI + delta;
          points.push({ x: r * Math.sin(t) + u(-1, 1) * noise, y: r * Math.cos(t) + u(-1, 1) * noise, label });
        }
      }
      break;
    }
    case 'plane':
    case 'multi-gauss': {
      const label = name === 'plane' ? planeLabel : multiGaussLabel;
      for (let i = 0; i < n; i++) {
        const x = u(-6, 6);
        const y = u(-6, 6);
        const nx = u(-6, 6) * noise;
        const ny = u(-6, 6) * noise;
        points.push({ x, y, label: label(x + nx, y + ny) });
      }
      break;
    }
  }
  return points;
}

/** Plane: the label rises linearly with x + y, from −1 at −10 to +1 at +10 (clamped there, so noise cannot leave [−1, 1]). */
function planeLabel(x: number, y: number): number {
  return Math.max(-1, Math.min(1, (x + y) / 10));
}

const GAUSSIANS: readonly (readonly [number, number, number])[] = [
  [-4, 2.5, 1], [0, 2.5, -1], [4, 2.5, 1], [-4, -2.5, -1], [0, -2.5, 1], [4, -2.5, -1],
];

/** Six signed bumps; the label is the strongest bump at the point, falling to 0 at distance 2. */
function multiGaussLabel(x: number, y: number): number {
  let label = 0;
  for (const [cx, cy, sign] of GAUSSIANS) {
    const v = sign * Math.max(0, Math.min(1, 1 - Math.hypot(x - cx, y - cy) / 2));
    if (Math.abs(v) > Math.abs(label)) label = v;
  }
  return label;
}

/** Fisher–Yates with the given generator. */
export function shuffle<T>(items: T[], random: Random): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

/** Shuffles and splits: `trainRatio` percent (10 to 90) for training, the rest for testing. */
export function splitTrainTest(points: readonly Point[], trainRatio: number, random: Random): { train: Point[]; test: Point[] } {
  const shuffled = shuffle([...points], random);
  const cut = Math.floor((shuffled.length * Math.min(90, Math.max(10, trainRatio))) / 100);
  return { train: shuffled.slice(0, cut), test: shuffled.slice(cut) };
}

/** Points turned into the network's inputs: a row of feature values per point, in typed arrays. */
export interface Samples {
  /** count × width feature values, row-major. */
  inputs: Float64Array;
  targets: Float64Array;
  count: number;
  width: number;
  /** The same values by feature: columns[f][k], for the layer-by-layer loss pass. */
  columns: Float64Array[];
}

export function toSamples(points: readonly Point[], features: readonly FeatureName[]): Samples {
  const width = features.length;
  const inputs = new Float64Array(points.length * width);
  const targets = new Float64Array(points.length);
  points.forEach((p, k) => {
    for (let f = 0; f < width; f++) inputs[k * width + f] = featureValue(features[f], p.x, p.y);
    targets[k] = p.label;
  });
  const columns = features.map((_, f) => Float64Array.from({ length: points.length }, (_, k) => inputs[k * width + f]));
  return { inputs, targets, count: points.length, width, columns };
}

/** The data of an exercise: which dataset, its noise, its split and its seed. */
export interface DataRecipe {
  dataset: DatasetName;
  /** Noise in percent (0 to 50). */
  noise?: number;
  /** Share of training points in percent (10 to 90). */
  trainRatio?: number;
  seed: string | number;
  /** Points of the author (or a file), used instead of the dataset: split by trainRatio with the same seeded stream. */
  points?: readonly Point[];
  /** Points a learner drew: always training points, after the split. */
  drawn?: readonly Point[];
  /** Times "Regenerate" was pressed: each draws the data anew from the stream `${seed}:draw:${n}` (0: the seed's own points). */
  draws?: number;
}

/**
 * The seeded points of an exercise: one stream seeded with the seed draws the dataset, then
 * the split, so a plot and a playground with the same seed show every learner the same points.
 */
export function exerciseData(recipe: DataRecipe): { train: Point[]; test: Point[] } {
  const random = createRandom(recipe.draws ? `${recipe.seed}:draw:${recipe.draws}` : `${recipe.seed}`);
  const copy = (p: Point): Point => ({ x: p.x, y: p.y, label: p.label });
  const points = recipe.points ? recipe.points.map(copy) : generateDataset(recipe.dataset, random, { noise: recipe.noise ?? 0 });
  const split = splitTrainTest(points, recipe.trainRatio ?? 50, random);
  if (recipe.drawn) split.train.push(...recipe.drawn.map(copy));
  return split;
}
