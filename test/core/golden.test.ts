/**
 * Golden values, pinned here: a change in any engine, any refactor of the generator, the
 * datasets or the initialisation shows up as a diff in this file. Every published lesson's
 * network and data depend on them.
 */
import { expect } from 'chai';
import { createRandom, generateDataset, Network } from '../../src/core/index.js';

describe('core: golden values', () => {
  it('the generator\'s first values for seed 7 (number) and "lesson" (string)', () => {
    const r = createRandom(7);
    expect([r.next(), r.next(), r.next(), r.next()]).to.deep.equal([0.29946461878716946, 0.846514408942312, 0.2751637438777834, 0.5664256883319467]);
    const s = createRandom('lesson');
    expect([s.next(), s.next(), s.next()]).to.deep.equal([0.7802660323213786, 0.6623995960690081, 0.20842333720065653]);
  });

  it('the first points of circle (seed 1) and xor (seed "5")', () => {
    expect(generateDataset('circle', createRandom(1), { noise: 0 }).slice(0, 3)).to.deep.equal([
      { x: -0.11716853998748958, y: -0.14871608002177297, label: 1 },
      { x: 0.9314479142305006, y: -1.9648733371241498, label: 1 },
      { x: 0.4372639405753907, y: -1.20953425475631, label: 1 },
    ]);
    expect(generateDataset('xor', createRandom('5'), { noise: 0 }).slice(0, 2)).to.deep.equal([
      { x: -3.0623748243786393, y: -1.5383587751537562, label: 1 },
      { x: -2.892042488977313, y: 2.6023429908789693, label: -1 },
    ]);
  });

  it('the starting weights of the lesson\'s 3-4-1 ReLU network for seed 7', () => {
    const net = new Network({ inputs: 3, hidden: [4], activation: 'relu', random: createRandom('7') });
    expect(net.toJSON()).to.deep.equal({
      sizes: [3, 4, 1],
      activation: 'relu',
      outputActivation: 'relu',
      weights: [
        [-0.20053538121283054, 0.346514408942312, -0.22483625612221658, 0.06642568833194673, -0.4707116868812591, 0.24686162685975432, 0.13696048920974135, -0.1691447834018618, -0.028687514131888747, -0.1530074959155172, 0.4359048022888601, -0.1441979503724724],
        [0.4678890148643404, -0.08542352030053735, 0.19578015781007707, 0.01795337162911892],
      ],
      biases: [[0.1, 0.1, 0.1, 0.1], [0.1]],
    });
  });
});
