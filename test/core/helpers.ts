import { createRandom, generateDataset, Network, splitTrainTest, toSamples, TrainingSession, type DatasetName, type FeatureName } from '../../src/core/index.js';

/** A seeded training run on one of the generated datasets, set up as the playground would. */
export function makeRun(dataset: DatasetName, seed: number, hidden: number[], activation: 'relu' | 'tanh' | 'linear' | 'sigmoid', learningRate: number, features: FeatureName[] = ['x1', 'x2'], outputActivation: 'tanh' | 'linear' = 'tanh') {
  const random = createRandom(seed);
  const { train, test } = splitTrainTest(generateDataset(dataset, random, { noise: 0 }), 50, random);
  const network = new Network({ inputs: features.length, hidden, activation, outputActivation, random });
  return new TrainingSession(network, toSamples(train, features), toSamples(test, features), {
    learningRate, batchSize: 10, regularization: 'none', regularizationRate: 0,
  });
}
