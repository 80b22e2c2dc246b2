/** The loss chart over a decimated history, in Node and in Chromium. */
import { expect } from 'chai';
import { LossHistory } from '../../../src/core/index.js';
import { renderLossChart } from '../../../src/elements/nn-playground/loss-chart.js';

/** The points of the chart's two lines, as [x, y] pairs. */
function lines(result: ReturnType<typeof renderLossChart>): number[][][] {
  const found: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string' && /^[\d.]+,[\d.]+( [\d.]+,[\d.]+)*$/.test(v)) found.push(v);
    else if (v && typeof v === 'object' && 'values' in v) for (const x of (v as { values: unknown[] }).values) walk(x);
  };
  walk(result);
  return found.map((s) => s.split(' ').map((p) => p.split(',').map(Number)));
}

describe('loss chart', () => {
  it('over a decimated history keeps the first point, the last and the lowest, placed by epoch', () => {
    const h = new LossHistory();
    for (let e = 0; e <= 20_000; e++) h.push(e, e === 4321 ? 0.05 : 1 - e / 40_000, 1);
    const [train] = lines(renderLossChart(h, 20_000, { label: '', trainingLoss: '', testLoss: '', epoch: '', locale: 'en', point: () => '' }));
    expect(train[0][0], 'the first point at the left').to.equal(0);
    expect(train[train.length - 1][0], 'the last at the right').to.equal(300);
    const lowest = Math.max(...train.map((p) => p[1]));
    const x = train.find((p) => p[1] === lowest)![0];
    expect(x, 'the lowest loss where epoch 4321 is').to.be.closeTo((4321 / 20_000) * 300, 0.1);
    expect(train.length).to.be.at.most(310);
  });
});
