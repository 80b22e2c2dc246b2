// How often the published Exercise 2 solution works: for seeds 1-10, does a network with one
// hidden layer of 3 ReLU neurons (learning rate 0.01, batch 10, no noise, 50 % training data)
// reach training and test loss below 0.2 within 500 epochs, and how often does a network
// with no hidden layer? `npm run lesson-counts` (after `npm run build`).
import * as core from '../lib/core/index.js';

const features = ['x1', 'x2'];
for (const dataset of ['circle', 'xor', 'gauss', 'spiral']) {
  const row = [];
  for (const hidden of [[3], []]) {
    let solved = 0;
    const epochs = [];
    for (let seed = 1; seed <= 10; seed++) {
      // The playground's streams: data from the seed, weights from `${seed}:weights:0`.
      const dataRandom = core.createRandom(`${seed}`);
      const { train, test } = core.splitTrainTest(core.generateDataset(dataset, dataRandom), 50, dataRandom);
      const network = new core.Network({ inputs: 2, hidden, activation: hidden.length ? 'relu' : 'linear', outputActivation: 'tanh', random: core.createRandom(`${seed}:weights:0`) });
      const run = new core.TrainingSession(network, core.toSamples(train, features), core.toSamples(test, features), { learningRate: 0.01, batchSize: 10, regularization: 'none', regularizationRate: 0 });
      let reached = 0;
      for (let e = 0; e < 500 && !reached; e++) {
        if (run.step().diverged) break;
        if (run.trainLoss < 0.2 && run.testLoss < 0.2) reached = run.epoch;
      }
      if (reached) solved++;
      epochs.push(reached || '-');
    }
    row.push(`${hidden.length ? '1 hidden layer of 3, ReLU' : 'no hidden layer, linear'}: ${solved}/10 (epochs: ${epochs.join(' ')})`);
  }
  console.log(`${dataset.padEnd(7)} ${row.join(' | ')}`);
}
