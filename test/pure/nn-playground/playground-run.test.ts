/** The playground's run, in Node and in Chromium: what each change builds, and the learner's rules. */
import { expect } from 'chai';
import { buildExercise } from '../../../src/core/index.js';
import { DEFAULT_CONFIG } from '../../../src/elements/nn-playground/config.js';
import { PlaygroundRun } from '../../../src/elements/nn-playground/playground-run.js';

const config = () => ({ ...DEFAULT_CONFIG, features: [...DEFAULT_CONFIG.features], layers: [...DEFAULT_CONFIG.layers] });

describe('playground run', () => {
  it('builds the exercise from core’s one recipe: the same points and weights as buildExercise', () => {
    const run = new PlaygroundRun(config());
    const direct = buildExercise({ ...config(), dataset: 'circle', restarts: 0 });
    expect(run.train).to.deep.equal(direct.train);
    expect(run.session.network.toJSON()).to.deep.equal(direct.session.network.toJSON());
    run.rebuild(1);
    expect(run.train, 'a new random start keeps the data').to.deep.equal(direct.train);
    expect(run.session.network.toJSON()).to.not.deep.equal(direct.session.network.toJSON());
  });

  it('a training option applies in place; a structure or data change builds a new run', () => {
    const run = new PlaygroundRun(config());
    const session = run.session;
    expect(run.change({ ...run.cfg, learningRate: 0.1 })).to.equal(false);
    expect(run.session).to.equal(session);
    expect(session.options.learningRate).to.equal(0.1);
    expect(run.change({ ...run.cfg, layers: [3] })).to.equal(true);
    expect(run.session).to.not.equal(session);
    expect(run.session.network.sizes).to.deep.equal([2, 3, 1]);
  });

  it('a structure edit of the graph asks for the layers it means, within the limits', () => {
    const run = new PlaygroundRun({ ...config(), layers: [4, 2] });
    expect(run.layersAfter({ kind: 'add-layer' })).to.deep.equal([4, 2, 1]);
    expect(run.layersAfter({ kind: 'remove-layer' })).to.deep.equal([4]);
    expect(run.layersAfter({ kind: 'add-neuron', layer: 2 })).to.deep.equal([4, 3]);
    expect(run.layersAfter({ kind: 'remove-neuron', layer: 2 })).to.deep.equal([4, 1]);
    expect(new PlaygroundRun({ ...config(), layers: [1] }).layersAfter({ kind: 'remove-neuron', layer: 1 })).to.equal(null);
    expect(new PlaygroundRun({ ...config(), layers: [8] }).layersAfter({ kind: 'add-neuron', layer: 1 })).to.equal(null);
    expect(new PlaygroundRun({ ...config(), layers: [1, 1, 1, 1, 1, 1] }).layersAfter({ kind: 'add-layer' })).to.equal(null);
  });

  it('a hand-edited weight measures both losses again; an unchanged one or an input does nothing', () => {
    const run = new PlaygroundRun(config());
    const before = run.session.trainLoss;
    expect(run.setParameter({ kind: 'weight', layer: 1, to: 0, from: 0 }, 4)).to.equal(true);
    expect(run.session.network.getWeight(1, 0, 0)).to.equal(4);
    expect(run.session.trainLoss).to.not.equal(before);
    expect(run.session.trainLoss).to.equal(run.session.trainer.loss(run.session.train));
    expect(run.setParameter({ kind: 'weight', layer: 1, to: 0, from: 0 }, 4)).to.equal(false);
    expect(run.setParameter({ kind: 'input', index: 0 }, 1)).to.equal(false);
  });

  it('restores a state built aside: a bad one throws and leaves the run as it was', () => {
    const run = new PlaygroundRun(config());
    run.session.step();
    const saved = JSON.parse(JSON.stringify(run.state));
    const other = new PlaygroundRun(config());
    other.restore(saved);
    expect(other.state).to.deep.equal(saved);
    const session = other.session;
    expect(() => other.restore({ ...saved, restarts: -1 })).to.throw(/restarts/);
    expect(other.session).to.equal(session);
  });

  it('keeps the features in their order and refuses to turn the last one off', () => {
    const run = new PlaygroundRun(config());
    expect(run.featuresWith('x1x2', true)).to.deep.equal(['x1', 'x2', 'x1x2']);
    expect(new PlaygroundRun({ ...config(), features: ['x1'] }).featuresWith('x1', false)).to.equal(null);
    expect(run.withDataset('plane')).to.deep.include({ dataset: 'plane', problem: 'regression' });
    expect(run.withProblem('classification')).to.equal(null);
    expect(run.inputLabels, 'the same array while the features stay').to.equal(run.inputLabels);
  });
});
