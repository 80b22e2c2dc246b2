/**
 * The loss chart's refresh rate while training: at most every 200 ms for a playground alone,
 * that many times less often on a page where more train together (TrainingLoop's slow factor).
 */
import { expect } from '@open-wc/testing';
import { Readouts } from '../../../src/elements/nn-playground/readouts.js';
import type { TrainingSession } from '../../../src/core/session.js';

const text = () => ({ label: 'Loss', trainingLoss: 'Training loss', testLoss: 'Test loss', epoch: 'Epoch', locale: 'en', point: () => '' });

describe('Readouts: the chart while training', () => {
  it('is due again 200 ms after it was drawn, and only after 200 × slow on a crowded page', () => {
    const r = new Readouts(text);
    const host = document.createElement('div');
    host.innerHTML = '<div class="chart-host"></div>';
    // What the chart reads of a session.
    const session = { history: { train: [0.5, 0.4], test: [0.5, 0.45] }, epoch: 2, trainLoss: 0.4 } as unknown as TrainingSession;
    expect(r.due(0), 'never drawn').to.equal(true);
    r.paintChart(host, session, {}, true, 1000);
    expect(r.due(1100), '100 ms later').to.equal(false);
    expect(r.due(1200), '200 ms later').to.equal(true);
    expect(r.due(1200, 3), '200 ms later, three times slower').to.equal(false);
    expect(r.due(1600, 3), '600 ms later, three times slower').to.equal(true);
  });
});
