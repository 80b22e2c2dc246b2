import { buildExercise, type DatasetName, type FeatureName } from '../../src/core/index.js';

/** A seeded training run on one of the generated datasets, from the recipe <nn-playground> uses (core/exercise.ts). */
export function makeRun(dataset: DatasetName, seed: number, hidden: number[], activation: 'relu' | 'tanh' | 'linear' | 'sigmoid', learningRate: number, features: FeatureName[] = ['x1', 'x2'], outputActivation: 'tanh' | 'linear' = 'tanh', restarts = 0) {
  return buildExercise({
    dataset, seed, features, layers: hidden, activation, problem: outputActivation === 'linear' ? 'regression' : 'classification',
    learningRate, batchSize: 10, regularization: 'none', regularizationRate: 0, restarts,
  }).session;
}
