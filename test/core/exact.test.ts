/**
 * The core, pinned exactly where a slip would otherwise pass: every generator's output
 * (checksums with noise), every feature, the heatmap grid, structural edits index by index,
 * the kernels at every width their unrolled loops split on, and every error message.
 */
import { expect } from 'chai';
import { DATASET_NAMES, FEATURE_NAMES, HeatmapGrid, INITIAL_BIAS, Network, NetworkError, Trainer, TrainingSession, createRandom, featureValue, generateDataset, isDatasetName, isFeatureName, toSamples, type Point } from '../../src/core/index.js';

const GENERATED: Record<string, number[]> = {
  // [points, Σx, Σy, Σlabel, Σx·y·label, positive labels] for seed "sum", noise 30
  circle: [500, 23.5189295067, 107.91685995, -76, 69.0361273431, 212],
  xor: [500, 156.986723766, -20.7033889213, 4, 4035.70401556, 252],
  gauss: [500, 19.4689761903, 114.865888503, 0, 275.477757095, 250],
  spiral: [500, -4.41671694964, 1.47076316359, 0, 8.62787119458, 250],
  plane: [1200, 247.573937117, 84.0294955373, 26.9979970619, 563.874690376, 618],
  'multi-gauss': [1200, 247.573937117, 84.0294955373, -4.19708405397, 60.4832759003, 288],
};

describe('core: exact outputs', () => {
  for (const name of DATASET_NAMES) {
    it(`${name} with noise 30: the checksums of every point are pinned`, () => {
      const pts = generateDataset(name, createRandom('sum'), { noise: 30 });
      let sx = 0, sy = 0, sl = 0, sxy = 0, pos = 0;
      for (const p of pts) {
        sx += p.x; sy += p.y; sl += p.label; sxy += p.x * p.y * p.label;
        if (p.label > 0) pos++;
      }
      const [n, ex, ey, el, exy, epos] = GENERATED[name];
      expect(pts.length).to.equal(n);
      expect(sx).to.be.closeTo(ex, 1e-8);
      expect(sy).to.be.closeTo(ey, 1e-8);
      expect(sl).to.be.closeTo(el, 1e-8);
      expect(sxy).to.be.closeTo(exy, 1e-7);
      expect(pos).to.equal(epos);
    });
  }

  it('names are checked: datasets and features', () => {
    expect(DATASET_NAMES.every(isDatasetName)).to.equal(true);
    expect([isDatasetName('moons'), isDatasetName(3), isDatasetName(null)]).to.deep.equal([false, false, false]);
    expect(FEATURE_NAMES.every(isFeatureName)).to.equal(true);
    expect([isFeatureName('x3'), isFeatureName(1)]).to.deep.equal([false, false]);
  });

  it('every feature at (1.5, −2)', () => {
    expect(FEATURE_NAMES.map((f) => featureValue(f, 1.5, -2))).to.deep.equal([1.5, -2, 2.25, 4, -3, Math.sin(1.5), Math.sin(-2)]);
  });

  it('the heatmap grid of a 3-2-1 tanh network over x1, x2, x1x2 at density 5 is pinned, row 0 at the top', () => {
    const grid = new HeatmapGrid(['x1', 'x2', 'x1x2'], 5);
    grid.compute(new Network({ inputs: 3, hidden: [2], activation: 'tanh', random: createRandom('hm') }));
    const expected = [0.325780421495, 0.327141493559, 0.575730502605, -0.137070864439, -0.137228995562, 0.325799465179, 0.333135008812, 0.501545727253, -0.132803574204, -0.137225821614, 0.320237278938, 0.291305571795, 0.156225815415, -0.0535407662392, -0.123931609094, -0.200995877385, -0.310684114695, -0.29056251049, 0.200056478381, 0.320775717497, -0.137542843819, -0.19845610857, -0.418610364199, 0.32034137845, 0.325779139996];
    Array.from(grid.output).forEach((v, k) => expect(v, `cell ${k}`).to.be.closeTo(expected[k], 1e-10));
  });
});

/** Mean ½(y − t)² computed point by point with Network.forward: the reference for the column kernels. */
function referenceLoss(net: Network, pts: { x: number[]; t: number }[]): number {
  let s = 0;
  for (const p of pts) {
    const r = net.forward(p.x);
    const e = r.values[r.values.length - 1][0] - p.t;
    s += 0.5 * e * e;
  }
  return s / pts.length;
}

describe('core: the column kernels at every width', () => {
  for (const width of [1, 2, 3, 4, 5, 6, 7, 8, 9]) {
    it(`${width} inputs, hidden [${width}, 3]: batch loss and gradient equal the point-by-point reference`, () => {
      const random = createRandom(`w${width}`);
      const net = new Network({ inputs: width, hidden: [width, 3], activation: 'tanh', random });
      const pts = Array.from({ length: 7 }, () => ({ x: Array.from({ length: width }, () => random.next() * 4 - 2), t: random.next() > 0.5 ? 1 : -1 }));
      const samples = { width, count: pts.length, columns: Array.from({ length: width }, (_, i) => Float64Array.from(pts.map((p) => p.x[i]))), targets: Float64Array.from(pts.map((p) => p.t)), inputs: Float64Array.from(pts.flatMap((p) => p.x)) };
      const trainer = new Trainer(net);
      expect(trainer.loss(samples as never)).to.be.closeTo(referenceLoss(net, pts), 1e-12);
      const g = trainer.gradient(samples as never);
      const h = 1e-6;
      for (let l = 0; l < net.weights.length; l++) {
        for (let k = 0; k < net.weights[l].length; k++) {
          const w = net.weights[l][k];
          net.weights[l][k] = w + h;
          const up = referenceLoss(net, pts);
          net.weights[l][k] = w - h;
          const down = referenceLoss(net, pts);
          net.weights[l][k] = w;
          expect(g.weights[l][k], `weight ${l}:${k}`).to.be.closeTo((up - down) / (2 * h), 1e-7);
        }
      }
    });
  }
});

describe('core: structural edits, index by index', () => {
  const net = () => new Network({ inputs: 2, hidden: [3], activation: 'relu', random: createRandom('edit') });

  it('addNeuron keeps every old weight in its place and gives the new neuron bias 0.1', () => {
    const a = net();
    const before = a.toJSON();
    a.addNeuron(1, createRandom('new'));
    expect(a.sizes).to.deep.equal([2, 4, 1]);
    expect(Array.from(a.weights[0].subarray(0, 6))).to.deep.equal(before.weights[0]);
    for (let j = 0; j < 3; j++) expect(a.getWeight(2, 0, j)).to.equal(before.weights[1][j]);
    expect(a.getBias(1, 3)).to.equal(INITIAL_BIAS);
    expect(Array.from(a.biases[0].subarray(0, 3))).to.deep.equal(before.biases[0]);
  });

  it('removeNeuron of the middle neuron keeps the others\' weights in order', () => {
    const a = net();
    const before = a.toJSON();
    const version = a.structureVersion;
    a.removeNeuron(1, 1);
    expect(a.sizes).to.deep.equal([2, 2, 1]);
    expect(Array.from(a.weights[0])).to.deep.equal([...before.weights[0].slice(0, 2), ...before.weights[0].slice(4, 6)]);
    expect(Array.from(a.weights[1])).to.deep.equal([before.weights[1][0], before.weights[1][2]]);
    expect(Array.from(a.biases[0])).to.deep.equal([before.biases[0][0], before.biases[0][2]]);
    expect(a.structureVersion).to.equal(version + 1);
  });

  it('addLayer at either end and removeLayer keep what still has a place', () => {
    const a = net();
    const before = a.toJSON();
    a.addLayer(2, 2, createRandom('l'));
    expect(a.sizes).to.deep.equal([2, 3, 2, 1]);
    expect(Array.from(a.weights[0])).to.deep.equal(before.weights[0]);
    expect(Array.from(a.biases[1])).to.deep.equal([INITIAL_BIAS, INITIAL_BIAS]);
    expect(Array.from(a.biases[2])).to.deep.equal(before.biases[1]);
    a.addLayer(1, 1, createRandom('m'));
    expect(a.sizes).to.deep.equal([2, 1, 3, 2, 1]);
    expect(a.weights[0].length).to.equal(2);
    expect(a.weights[1].length).to.equal(3);
    a.removeLayer(1, createRandom('r'));
    expect(a.sizes).to.deep.equal([2, 3, 2, 1]);
    expect(a.weights[0].length).to.equal(6);
  });

  it('every structural and parameter error says exactly what is wrong', () => {
    const a = net();
    const r = createRandom(1);
    const cases: [() => void, string][] = [
      [() => a.addLayer(0, 1, r), 'a new hidden layer goes at position 1 to 2, got 0'],
      [() => a.addLayer(3, 1, r), 'a new hidden layer goes at position 1 to 2, got 3'],
      [() => a.addLayer(1.5, 1, r), 'a new hidden layer goes at position 1 to 2, got 1.5'],
      [() => a.addLayer(1, 0, r), 'a layer needs at least 1 neuron, got 0'],
      [() => a.removeLayer(0, r), 'there is no hidden layer 0 to remove'],
      [() => a.removeLayer(2, r), 'there is no hidden layer 2 to remove'],
      [() => a.addNeuron(2, r), 'there is no hidden layer 2 to add a neuron to'],
      [() => a.addNeuron(0, r), 'there is no hidden layer 0 to add a neuron to'],
      [() => a.removeNeuron(2), 'there is no hidden layer 2 to remove a neuron from'],
      [() => a.removeNeuron(1, 3), 'layer 1 has no node 3'],
      [() => a.removeNeuron(1, -1), 'layer 1 has no node -1'],
      [() => a.getWeight(0, 0, 0), 'weights lead into layers 1 and later'],
      [() => a.getWeight(3, 0, 0), 'there is no layer 3'],
      [() => a.setWeight(1, 0, 0, NaN), 'a weight must be a finite number, got NaN'],
      [() => a.getBias(0, 0), 'input nodes have no bias'],
      [() => a.setBias(0, 0, 1), 'input nodes have no bias'],
      [() => a.setBias(1, 0, Infinity), 'a bias must be a finite number, got Infinity'],
      [() => a.forward([1]), 'expected 2 inputs, got 1'],
      [() => a.copyParametersFrom(new Network({ inputs: 3, hidden: [3], random: r })), 'cannot copy parameters between networks of different shapes'],
      [() => new Network({ inputs: 0, hidden: [], random: r }), 'inputs must be a whole number ≥ 1, got 0'],
      [() => new Network({ inputs: 2, hidden: [2, 0], random: r }), 'hidden layer sizes must be whole numbers ≥ 1, got 0'],
      [() => a.dependents({ kind: 'bias', layer: 0, index: 0 }), 'input nodes have no bias'],
    ];
    for (const [act, message] of cases) expect(act, message).to.throw(NetworkError, message);
    const b = new Network({ inputs: 2, hidden: [1, 2], random: r });
    expect(() => b.removeNeuron(1)).to.throw(NetworkError, 'hidden layer 1 has only one neuron; remove the layer instead');
  });

  it('every snapshot error says exactly what is wrong', () => {
    const good = net().toJSON();
    const cases: [unknown, string][] = [
      [null, 'a network snapshot must be an object'],
      [{ ...good, sizes: [1] }, 'snapshot.sizes must be an array of at least 2 layer sizes'],
      [{ ...good, sizes: [2, 0, 1] }, 'snapshot.sizes[1] must be a whole number ≥ 1, got 0'],
      [{ ...good, sizes: [2, 3, 2] }, 'snapshot.sizes must end with the single output node (1)'],
      [{ ...good, activation: 'swish' }, 'snapshot.activation must be relu, tanh, sigmoid or linear, got "swish"'],
      [{ ...good, outputActivation: 1 }, 'snapshot.outputActivation must be relu, tanh, sigmoid or linear, got 1'],
      [{ ...good, weights: [good.weights[0]] }, 'snapshot.weights must be an array of 2 arrays, one per layer after the inputs'],
      [{ ...good, biases: [[0.1, 0.1], [0.1]] }, 'snapshot.biases[0] must hold 3 numbers for sizes 2→3'],
      [{ ...good, weights: [good.weights[0], ['x', 0, 0]] }, 'snapshot.weights[1][0] must be a finite number, got "x"'],
    ];
    for (const [snapshot, message] of cases) expect(() => Network.fromJSON(snapshot), message).to.throw(NetworkError, message);
  });
});

describe('core: training session, exactly', () => {
  const pts: Point[] = [{ x: 1, y: 0, label: 1 }, { x: -1, y: 0, label: -1 }];
  const session = (lr = 0.1) => new TrainingSession(new Network({ inputs: 2, hidden: [2], activation: 'tanh', random: createRandom('s') }), toSamples(pts, ['x1', 'x2']), toSamples(pts, ['x1', 'x2']), { learningRate: lr, batchSize: 2, regularization: 'none', regularizationRate: 0 });

  it('starts with epoch 0 and a one-entry history of the starting losses', () => {
    const s = session();
    expect(s.epoch).to.equal(0);
    expect(s.history.toJSON()).to.deep.equal({ epochs: [0], train: [s.trainLoss], test: [s.testLoss] });
    s.step();
    expect(s.epoch).to.equal(1);
    expect(s.history.train).to.have.length(2);
    expect(s.history.train[1]).to.equal(s.trainLoss);
  });

  it('every restore error says exactly what is wrong, and nothing changes', () => {
    const s = session();
    s.step();
    const good = s.toJSON();
    const before = JSON.stringify(s.toJSON());
    const other = new Network({ inputs: 2, hidden: [3], random: createRandom(1) }).toJSON();
    const cases: [unknown, string][] = [
      [null, 'a training snapshot must be an object'],
      [{ ...good, network: other }, 'the snapshot\'s layer sizes 2-3-1 do not match this network\'s 2-2-1'],
      [{ ...good, epoch: -1 }, 'snapshot.epoch must be a whole number ≥ 0, got -1'],
      [{ ...good, epoch: 1.5 }, 'snapshot.epoch must be a whole number ≥ 0, got 1.5'],
      [{ ...good, history: { train: [1], test: [] } }, 'snapshot.history must hold equally long, non-empty lists of finite train and test losses'],
      [{ ...good, history: { train: [], test: [] } }, 'snapshot.history must hold equally long, non-empty lists of finite train and test losses'],
      [{ ...good, history: { train: [NaN], test: [1] } }, 'snapshot.history must hold equally long, non-empty lists of finite train and test losses'],
      [{ ...good, dead: [[99]] }, 'snapshot.dead must list, per weight layer, indices of that layer\'s weights'],
      [{ ...good, dead: [[], [], []] }, 'snapshot.dead must list, per weight layer, indices of that layer\'s weights'],
    ];
    for (const [snapshot, message] of cases) {
      expect(() => s.restore(snapshot), message).to.throw(NetworkError, message);
      expect(JSON.stringify(s.toJSON())).to.equal(before);
    }
  });

  it('divergence gives the reason that fits the learning rate and undoes the epoch', () => {
    const big = new TrainingSession(new Network({ inputs: 2, hidden: [8, 8], activation: 'relu', outputActivation: 'linear', random: createRandom(1) }), toSamples(generateDataset('plane', createRandom(1)), ['x1', 'x2']), toSamples(pts, ['x1', 'x2']), { learningRate: 10, batchSize: 10, regularization: 'none', regularizationRate: 0 });
    let result = big.step();
    for (let i = 0; i < 20 && !result.diverged; i++) result = big.step();
    expect(result).to.deep.equal({ diverged: true, cause: 'learning-rate', reason: 'the loss became infinite: the learning rate (10) is too high' });
    const small = session(0.5);
    small.options = { ...small.options, regularization: 'l2', regularizationRate: 1e308 };
    let r = small.step();
    for (let i = 0; i < 5 && !r.diverged; i++) r = small.step();
    expect(r).to.deep.equal({ diverged: true, cause: 'unstable', reason: 'the loss became infinite: try a lower learning rate or less regularization' });
    const epoch = small.epoch;
    const weights = JSON.stringify(small.toJSON().network);
    expect(small.step().diverged).to.equal(true);
    expect(small.epoch).to.equal(epoch);
    expect(JSON.stringify(small.toJSON().network)).to.equal(weights);
  });
});
