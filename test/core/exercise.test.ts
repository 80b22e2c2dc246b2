/** Core's one recipe of a training exercise, and the losses after a hand edit. */
import { expect } from 'chai';
import { buildExercise, createRandom, exerciseData, generateDataset, splitTrainTest } from '../../src/core/index.js';

const recipe = { dataset: 'circle' as const, seed: 5, problem: 'classification' as const, features: ['x1', 'x2'] as const, layers: [3], activation: 'relu' as const, learningRate: 0.01, batchSize: 10, regularization: 'none' as const, regularizationRate: 0 };

describe('core: the exercise recipe', () => {
  it('draws the dataset, then the split, from one stream seeded with the seed', () => {
    const random = createRandom('5');
    const expected = splitTrainTest(generateDataset('circle', random, { noise: 0 }), 50, random);
    expect(exerciseData({ dataset: 'circle', seed: 5 })).to.deep.equal(expected);
  });

  it('builds the session on those points with weights from seed:weights:restarts, and the grid for the starting network', () => {
    const a = buildExercise(recipe);
    const b = buildExercise({ ...recipe, restarts: 1 });
    expect(a.train).to.deep.equal(b.train);
    expect(a.session.network.toJSON()).to.not.deep.equal(b.session.network.toJSON());
    expect(buildExercise(recipe).session.network.toJSON()).to.deep.equal(a.session.network.toJSON());
    expect(a.session.network.outputActivation.name).to.equal('tanh');
    expect(buildExercise({ ...recipe, dataset: 'plane', problem: 'regression' }).session.network.outputActivation.name).to.equal('linear');
    const out = a.grid.output;
    expect(out.length).to.equal(100 * 100);
    expect(out.some((v) => v !== 0), 'the grid is computed').to.equal(true);
  });

  it('refreshLosses measures both losses of a hand-edited network; the history keeps what was measured', () => {
    const { session } = buildExercise(recipe);
    const history = [...session.history.train];
    session.network.setWeight(1, 0, 0, 9);
    session.refreshLosses();
    expect(session.trainLoss).to.equal(session.trainer.loss(session.train));
    expect(session.testLoss).to.equal(session.trainer.loss(session.test));
    expect(session.history.train).to.deep.equal(history);
  });
});
