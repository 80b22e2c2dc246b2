import { expect } from 'chai';
import { createRandom } from '../../src/core/index.js';

describe('core: seeded random', () => {
  it('gives the same stream for the same seed, whether written as a string or a number', () => {
    const a = createRandom(7), b = createRandom('7');
    const xs = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).to.deep.equal(xs);
  });

  it('gives different streams for different seeds, within [0, 1)', () => {
    const a = createRandom(1), b = createRandom(2);
    const xs = Array.from({ length: 1000 }, () => a.next());
    expect(xs).to.not.deep.equal(Array.from({ length: 1000 }, () => b.next()));
    expect(Math.min(...xs)).to.be.at.least(0);
    expect(Math.max(...xs)).to.be.below(1);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean).to.be.closeTo(0.5, 0.05);
  });

  it('draws normals with the requested mean and variance', () => {
    const r = createRandom('normal');
    const xs = Array.from({ length: 5000 }, () => r.normal(2, 4));
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length;
    expect(mean).to.be.closeTo(2, 0.1);
    expect(variance).to.be.closeTo(4, 0.3);
  });

});
