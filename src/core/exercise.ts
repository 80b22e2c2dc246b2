import type { ActivationName } from './activation.js';
import { exerciseData, toSamples, type DataRecipe, type Point, type ProblemType } from './dataset.js';
import type { FeatureName } from './features.js';
import { HeatmapGrid } from './heatmap.js';
import { Network } from './network.js';
import { createRandom } from './random.js';
import type { RegularizationName } from './regularization.js';
import { TrainingSession } from './session.js';

/** Heatmap cells per side, as in TensorFlow Playground. */
export const GRID_DENSITY = 100;

/** A whole exercise: its data, the network trained on it and how. */
export interface ExerciseRecipe extends DataRecipe {
  problem: ProblemType;
  features: readonly FeatureName[];
  layers: readonly number[];
  activation: ActivationName;
  learningRate: number;
  batchSize: number;
  regularization: RegularizationName;
  regularizationRate: number;
  /** How many times "New random start" was pressed: with the seed, it fixes the starting weights. */
  restarts?: number;
  /** Heatmap cells per side (GRID_DENSITY). */
  density?: number;
}

/** What a recipe makes: the points, the training run and the heatmap grid over every node. */
export interface Exercise {
  train: Point[];
  test: Point[];
  session: TrainingSession;
  grid: HeatmapGrid;
}

/**
 * The one recipe of a training exercise, as `<nn-playground>` builds it: the data from
 * `exerciseData`, the starting weights from a second stream seeded with
 * `${seed}:weights:${restarts}` (so "New random start" changes the weights and not the data),
 * a tanh output for classification and a linear one for regression, and the heatmap grid
 * computed for the starting network.
 */
export function buildExercise(recipe: ExerciseRecipe): Exercise {
  const { train, test } = exerciseData(recipe);
  const network = new Network({
    inputs: recipe.features.length,
    hidden: [...recipe.layers],
    activation: recipe.activation,
    outputActivation: recipe.problem === 'regression' ? 'linear' : 'tanh',
    random: createRandom(`${recipe.seed}:weights:${recipe.restarts ?? 0}`),
  });
  const session = new TrainingSession(network, toSamples(train, recipe.features), toSamples(test, recipe.features), {
    learningRate: recipe.learningRate, batchSize: recipe.batchSize, regularization: recipe.regularization, regularizationRate: recipe.regularizationRate,
  });
  const grid = new HeatmapGrid(recipe.features, recipe.density ?? GRID_DENSITY);
  grid.compute(network);
  return { train, test, session, grid };
}
