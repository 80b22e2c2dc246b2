import { createRandom, generateDataset, Network, splitTrainTest, toSamples, TrainingSession, type DatasetName, type FeatureName } from '../../src/core/index.js';

/**
 * A seeded training run on one of the generated datasets, set up exactly as <nn-playground>
 * does: the data from a stream seeded with the seed, the weights from a second stream seeded
 * with `${seed}:weights:${restarts}` (see NnPlayground.build).
 */
export function makeRun(dataset: DatasetName, seed: number, hidden: number[], activation: 'relu' | 'tanh' | 'linear' | 'sigmoid', learningRate: number, features: FeatureName[] = ['x1', 'x2'], outputActivation: 'tanh' | 'linear' = 'tanh', restarts = 0) {
  const dataRandom = createRandom(`${seed}`);
  const { train, test } = splitTrainTest(generateDataset(dataset, dataRandom, { noise: 0 }), 50, dataRandom);
  const network = new Network({ inputs: features.length, hidden, activation, outputActivation, random: createRandom(`${seed}:weights:${restarts}`) });
  return new TrainingSession(network, toSamples(train, features), toSamples(test, features), {
    learningRate, batchSize: 10, regularization: 'none', regularizationRate: 0,
  });
}
