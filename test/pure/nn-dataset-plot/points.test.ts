/** The plot's points, in Node and in Chromium: counts, the generated dataset and the author's inline rows. */
import { expect } from 'chai';
import { buildExercise } from '../../../src/core/index.js';
import { ProblemLog } from '../../../src/elements/shared/attributes/problems.js';
import { countPoints, generatedPoints, parseInlineRows } from '../../../src/elements/nn-dataset-plot/points.js';

describe('plot points', () => {
  it('counts the classes, tells labels from values, and counts the points outside −6…6 that are shown', () => {
    const train = [{ x: 0, y: 0, label: 1 }, { x: 7, y: 0, label: -1 }, { x: 0, y: 0, label: -1 }];
    const test = [{ x: 0, y: -9, label: 1 }];
    expect(countPoints(train, test, false)).to.deep.equal({ positive: 1, negative: 2, classification: true, outside: 1 });
    expect(countPoints(train, test, true).outside).to.equal(2);
    expect(countPoints([{ x: 0, y: 0, label: 0.5 }], [], false).classification).to.equal(false);
  });

  it('generates the points the playground trains on for the same dataset, noise, ratio and seed', () => {
    const log = new ProblemLog('nn-dataset-plot', true);
    const plot = generatedPoints({ datasetName: 'xor', noise: 10, trainRatio: 70, seed: 'lesson' }, log);
    const pg = buildExercise({ dataset: 'xor', noise: 10, trainRatio: 70, seed: 'lesson', problem: 'classification', features: ['x1', 'x2'], layers: [], activation: 'linear', learningRate: 0.03, batchSize: 10, regularization: 'none', regularizationRate: 0 });
    expect(plot).to.deep.equal({ train: pg.train, test: pg.test });
    expect(log.list).to.deep.equal([]);
  });

  it('reports inline JSON that does not parse, and keeps the data (undefined)', () => {
    const log = new ProblemLog('nn-dataset-plot', true);
    expect(parseInlineRows('[{"x":1,"y":2,"label":1}]', log)).to.deep.equal([{ x: 1, y: 2, label: 1 }]);
    expect(parseInlineRows('[{x:1}]', log)).to.equal(undefined);
    expect(log.messages[0]).to.match(/data=.*the inline JSON does not parse/);
  });
});
