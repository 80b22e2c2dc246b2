import { expect } from 'chai';
import { createRandom, DATASET_NAMES, generateDataset, HeatmapGrid, Network, NetworkError, problemOf, splitTrainTest, toSamples, TrainingSession } from '../../src/core/index.js';
import { makeRun } from './helpers.js';

describe('core: datasets', () => {
  for (const name of DATASET_NAMES) {
    it(`${name}: seeded, on the domain, with the playground's point count and labels`, () => {
      const a = generateDataset(name, createRandom(9), { noise: 20 });
      const b = generateDataset(name, createRandom(9), { noise: 20 });
      expect(a).to.deep.equal(b);
      expect(a.length).to.equal(problemOf(name) === 'regression' ? 1200 : 500);
      for (const p of a) {
        expect(Math.abs(p.x)).to.be.below(12);
        if (problemOf(name) === 'classification') expect([-1, 1]).to.include(p.label);
        else expect(Math.abs(p.label)).to.be.at.most(1);
      }
      expect(generateDataset(name, createRandom(10), { noise: 20 })).to.not.deep.equal(a);
    });
  }

  it('splits by the training share', () => {
    const { train, test } = splitTrainTest(generateDataset('xor', createRandom(1)), 70, createRandom(2));
    expect(train.length).to.equal(350);
    expect(test.length).to.equal(150);
  });
});

describe('core: training', () => {
  it('the same seed gives identical data, weights and losses', () => {
    const a = makeRun('spiral', 4, [4, 2], 'tanh', 0.03);
    const b = makeRun('spiral', 4, [4, 2], 'tanh', 0.03);
    for (let e = 0; e < 5; e++) { a.step(); b.step(); }
    expect(a.network.toJSON()).to.deep.equal(b.network.toJSON());
    expect(a.history).to.deep.equal(b.history);
    expect(a.trainLoss).to.be.below(a.history.train[0]);
  });

  it('reports divergence and leaves the network as it was before the step', () => {
    // A tanh output saturates instead of overflowing; a regression's linear output does not.
    const run = makeRun('plane', 1, [8, 8], 'relu', 10, ['x1', 'x2'], 'linear');
    let result = run.step();
    let before = run.network.toJSON();
    for (let e = 0; e < 50 && !result.diverged; e++) {
      before = run.network.toJSON();
      result = run.step();
    }
    expect(result.diverged).to.equal(true);
    if (result.diverged) expect(result.reason).to.match(/learning rate \(10\) is too high/);
    expect(run.network.toJSON()).to.deep.equal(before);
    expect(Number.isFinite(run.trainLoss)).to.equal(true);
  });

  it('snapshots a run and restores it; a mismatched snapshot is refused and changes nothing', () => {
    const run = makeRun('xor', 2, [3], 'relu', 0.03);
    for (let e = 0; e < 3; e++) run.step();
    const snap = JSON.parse(JSON.stringify(run.toJSON()));
    const other = makeRun('xor', 2, [3], 'relu', 0.03);
    other.restore(snap);
    expect(other.epoch).to.equal(3);
    expect(other.trainLoss).to.equal(run.trainLoss);
    const untouched = other.network.toJSON();
    const wrongShape = makeRun('xor', 3, [4], 'relu', 0.03).toJSON();
    expect(() => other.restore(wrongShape)).to.throw(NetworkError, /do not match/);
    expect(() => other.restore({ ...snap, epoch: -1 })).to.throw(NetworkError, /epoch/);
    expect(other.network.toJSON()).to.deep.equal(untouched);
  });
});

describe('core: heatmap grid', () => {
  it('holds every node\'s output at each cell, equal to a forward pass there', () => {
    const features = ['x1', 'x2', 'sin-x1'] as const;
    const net = new Network({ inputs: 3, hidden: [4, 2], activation: 'tanh', random: createRandom(8) });
    const grid = new HeatmapGrid(features, 20);
    grid.compute(net);
    for (const [col, row] of [[0, 0], [5, 17], [19, 19]]) {
      const x = grid.xAt(col), y = grid.yAt(row);
      const r = net.forward(toSamples([{ x, y, label: 0 }], [...features]).inputs);
      for (let l = 0; l < net.sizes.length; l++) {
        for (let j = 0; j < net.sizes[l]; j++) expect(grid.outputs[l][j][row * 20 + col]).to.be.closeTo(r.values[l][j], 1e-5);
      }
    }
    expect(grid.xAt(0)).to.be.closeTo(-5.7, 1e-12);
    expect(grid.yAt(0)).to.be.closeTo(5.7, 1e-12);
  });

  it('computed in row bands, holds exactly the values of one full pass, and a band leaves other rows alone', () => {
    const net = new Network({ inputs: 2, hidden: [5, 3], activation: 'tanh', random: createRandom(3) });
    const full = new HeatmapGrid(['x1', 'x2'], 12);
    full.compute(net);
    const banded = new HeatmapGrid(['x1', 'x2'], 12);
    for (const [from, to] of [[0, 5], [5, 6], [6, 12]]) banded.computeRows(net, from, to);
    for (let l = 1; l < net.sizes.length; l++) {
      for (let j = 0; j < net.sizes[l]; j++) expect(Array.from(banded.outputs[l][j])).to.deep.equal(Array.from(full.outputs[l][j]));
    }
    const before = Array.from(banded.output);
    net.setBias(3, 0, 2);
    banded.computeRows(net, 3, 4);
    const after = Array.from(banded.output);
    for (let k = 0; k < 144; k++) {
      if (k >= 36 && k < 48) expect(after[k], `cell ${k}`).to.not.equal(before[k]);
      else expect(after[k], `cell ${k}`).to.equal(before[k]);
    }
    banded.computeRows(net, 7, 7);
    expect(Array.from(banded.output)).to.deep.equal(after);
  });

  it('rejects a density below 2 or not whole, a network with other inputs, and clamps rows outside the grid', () => {
    expect(() => new HeatmapGrid(['x1', 'x2'], 1)).to.throw('density must be a whole number ≥ 2, got 1');
    expect(() => new HeatmapGrid(['x1', 'x2'], 2.5)).to.throw('got 2.5');
    expect(new HeatmapGrid(['x1', 'x2'], 2).density).to.equal(2);
    const net = new Network({ inputs: 2, hidden: [3], activation: 'tanh', random: createRandom(5) });
    expect(() => new HeatmapGrid(['x1'], 4).computeRows(net, 0, 4)).to.throw('the grid has 1 features but the network has 2 inputs');
    const full = new HeatmapGrid(['x1', 'x2'], 6);
    full.compute(net);
    const clamped = new HeatmapGrid(['x1', 'x2'], 6);
    clamped.computeRows(net, -3, 2);
    clamped.computeRows(net, 2, 99);
    expect(Array.from(clamped.output)).to.deep.equal(Array.from(full.output));
  });

  it('follows a network whose shape changed', () => {
    const random = createRandom(1);
    const net = new Network({ inputs: 2, hidden: [2], random });
    const grid = new HeatmapGrid(['x1', 'x2'], 10);
    grid.compute(net);
    net.addLayer(2, 3, random);
    grid.compute(net);
    expect(grid.outputs.map((l) => l.length)).to.deep.equal([2, 2, 3, 1]);
  });
});
