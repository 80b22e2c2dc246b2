// Core benchmark: training epochs per second and the 100×100 heatmap of every node, for our
// core and for two real peers (convnetjs, brain.js), in one process, in interleaved rounds,
// reporting medians and ratios measured in the same run. `npm run bench -- --json` prints JSON.
import { createRequire } from 'node:module';
import * as core from '../lib/core/index.js';

const require = createRequire(import.meta.url);
const convnetjs = require('convnetjs');
const brain = require('brain.js');

const json = process.argv.includes('--json');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const ROUND_MS = Number(process.env.BENCH_ROUND_MS ?? 300);

const CONFIGS = {
  default: { dataset: 'circle', features: ['x1', 'x2'], hidden: [4, 2], activation: 'tanh', learningRate: 0.03 },
  mlcc: { dataset: 'circle', features: ['x1', 'x2'], hidden: [3], activation: 'relu', learningRate: 0.01 },
  max: { dataset: 'circle', features: [...core.FEATURE_NAMES], hidden: [8, 8, 8, 8, 8, 8], activation: 'tanh', learningRate: 0.03 },
  // The default with regularization: the update does more work per weight.
  l1: { dataset: 'circle', features: ['x1', 'x2'], hidden: [4, 2], activation: 'tanh', learningRate: 0.03, regularization: 'l1', regularizationRate: 0.003 },
  l2: { dataset: 'circle', features: ['x1', 'x2'], hidden: [4, 2], activation: 'tanh', learningRate: 0.03, regularization: 'l2', regularizationRate: 0.01 },
};
const BATCH = 10;

function data(cfg) {
  const random = core.createRandom('bench');
  const { train, test } = core.splitTrainTest(core.generateDataset(cfg.dataset, random), 50, random);
  return { train, test, trainS: core.toSamples(train, cfg.features), testS: core.toSamples(test, cfg.features) };
}

// One "epoch" for every engine: one SGD pass over the 250 training points, then the loss over
// the training and the test points (what the playground shows after each epoch).
function ours(cfg, d) {
  const net = new core.Network({ inputs: cfg.features.length, hidden: cfg.hidden, activation: cfg.activation, outputActivation: 'tanh', random: core.createRandom(1) });
  const session = new core.TrainingSession(net, d.trainS, d.testS, { learningRate: cfg.learningRate, batchSize: BATCH, regularization: cfg.regularization ?? 'none', regularizationRate: cfg.regularizationRate ?? 0 });
  return { epoch: () => session.step(), net };
}

function rows(samples) {
  return Array.from({ length: samples.count }, (_, k) => Array.from(samples.inputs.subarray(k * samples.width, (k + 1) * samples.width)));
}

function convnet(cfg, d) {
  const defs = [{ type: 'input', out_sx: 1, out_sy: 1, out_depth: cfg.features.length }];
  for (const n of cfg.hidden) defs.push({ type: 'fc', num_neurons: n, activation: cfg.activation });
  // convnetjs puts a linear fc layer before its regression (½·squared error) loss: its output is linear, not tanh.
  defs.push({ type: 'regression', num_neurons: 1 });
  const net = new convnetjs.Net();
  net.makeLayers(defs);
  const trainer = new convnetjs.Trainer(net, { method: 'sgd', learning_rate: cfg.learningRate, batch_size: BATCH, momentum: 0, l2_decay: cfg.regularization === 'l2' ? cfg.regularizationRate : 0, l1_decay: cfg.regularization === 'l1' ? cfg.regularizationRate : 0 });
  const toVols = (s) => rows(s).map((r) => { const v = new convnetjs.Vol(1, 1, r.length, 0); v.w.set(r); return v; });
  const trainV = toVols(d.trainS), testV = toVols(d.testS);
  const loss = (vols, targets) => {
    let sum = 0;
    for (let k = 0; k < vols.length; k++) { const e = net.forward(vols[k]).w[0] - targets[k]; sum += 0.5 * e * e; }
    return sum / vols.length;
  };
  return {
    net,
    epoch() {
      for (let k = 0; k < trainV.length; k++) trainer.train(trainV[k], [d.trainS.targets[k]]);
      loss(trainV, d.trainS.targets); loss(testV, d.testS.targets);
    },
  };
}

function brainjs(cfg, d) {
  // brain.js updates after every point (no minibatch), uses one activation for every layer and
  // refuses momentum 0: 1e-9 makes it negligible while the work per update stays the same.
  const net = new brain.NeuralNetwork({ hiddenLayers: cfg.hidden, activation: cfg.activation, learningRate: cfg.learningRate, momentum: 1e-9 });
  const toData = (s) => rows(s).map((input, k) => ({ input: Float32Array.from(input), output: Float32Array.from([s.targets[k]]) }));
  const trainD = toData(d.trainS), testD = toData(d.testS);
  net.train(trainD.slice(0, 1), { iterations: 1, learningRate: cfg.learningRate, momentum: 1e-9, errorThresh: 0.0001 });
  const loss = (rows) => {
    let sum = 0;
    for (const r of rows) { const e = net.runInput(r.input)[0] - r.output[0]; sum += 0.5 * e * e; }
    return sum / rows.length;
  };
  return {
    epoch() {
      for (const r of trainD) net.trainPattern(r);
      loss(trainD); loss(testD);
    },
  };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** Runs fn repeatedly for about ROUND_MS; returns calls per second. */
function rate(fn) {
  const start = performance.now();
  let n = 0, now = start;
  while (now - start < ROUND_MS) { fn(); n++; now = performance.now(); }
  return (n * 1000) / (now - start);
}

/** Runs fn for about ROUND_MS; returns the mean milliseconds per call. */
function msPer(fn) {
  return 1000 / rate(fn);
}

const results = { epochsPerSecond: {}, heatmapMs: {} };
for (const [name, cfg] of Object.entries(CONFIGS)) {
  const d = data(cfg);
  const engines = { ours: ours(cfg, d), convnetjs: convnet(cfg, d), brainjs: brainjs(cfg, d) };
  for (const e of Object.values(engines)) for (let i = 0; i < 20; i++) e.epoch(); // warm up the JIT
  const samples = { ours: [], convnetjs: [], brainjs: [] };
  for (let r = 0; r < ROUNDS; r++) for (const [k, e] of Object.entries(engines)) samples[k].push(rate(e.epoch));
  results.epochsPerSecond[name] = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));

  // Heatmaps: every node's output over the 100×100 grid.
  const grid = new core.HeatmapGrid(cfg.features, 100);
  const net = engines.ours.net;
  const cnet = engines.convnetjs.net;
  const vol = new convnetjs.Vol(1, 1, cfg.features.length, 0);
  const nodeArrays = cnet.layers.map((layer) => Array.from({ length: layer.out_depth }, () => new Float32Array(10000)));
  const convGrid = () => {
    for (let row = 0; row < 100; row++) {
      for (let col = 0; col < 100; col++) {
        const x = grid.xAt(col), y = grid.yAt(row);
        cfg.features.forEach((f, i) => (vol.w[i] = core.featureValue(f, x, y)));
        cnet.forward(vol);
        const p = row * 100 + col;
        for (let l = 0; l < cnet.layers.length; l++) {
          const w = cnet.layers[l].out_act.w;
          for (let j = 0; j < w.length; j++) nodeArrays[l][j][p] = w[j];
        }
      }
    }
  };
  for (let i = 0; i < 3; i++) { grid.compute(net); convGrid(); }
  const h = { ours: [], convnetjs: [] };
  for (let r = 0; r < ROUNDS; r++) { h.ours.push(msPer(() => grid.compute(net))); h.convnetjs.push(msPer(convGrid)); }
  results.heatmapMs[name] = { ours: median(h.ours), convnetjs: median(h.convnetjs) };
}

// brain.js has no regularization: its figures for l1 and l2 are unregularized, a floor for comparison only.
const targets = { default: { convnetjs: 5, brainjs: 2 }, mlcc: { convnetjs: 5, brainjs: 2 }, max: { convnetjs: 3, brainjs: 2 }, l1: { convnetjs: 5, brainjs: 2 }, l2: { convnetjs: 5, brainjs: 2 } };
const report = {
  node: process.version,
  rounds: ROUNDS,
  note: 'medians over interleaved rounds; ratio = ours ÷ peer (epochs/s) or peer ÷ ours (heatmap ms)',
  training: Object.fromEntries(Object.entries(results.epochsPerSecond).map(([name, r]) => [name, {
    epochsPerSecond: r,
    ratioVsConvnetjs: r.ours / r.convnetjs, targetVsConvnetjs: targets[name].convnetjs,
    ratioVsBrainjs: r.ours / r.brainjs, targetVsBrainjs: targets[name].brainjs,
  }])),
  heatmap100: Object.fromEntries(Object.entries(results.heatmapMs).map(([name, r]) => [name, { ms: r, ratioVsConvnetjs: r.convnetjs / r.ours, target: 3 }])),
};

if (json) {
  console.log(JSON.stringify(report, null, 2));
} else {
  const f = (x, d = 0) => x.toFixed(d).padStart(9);
  console.log(`nn-elements core benchmark (Node ${process.version}, ${ROUNDS} interleaved rounds of ${ROUND_MS} ms, medians)\n`);
  console.log('Training: epochs per second (250 training points, batch 10, plus train and test loss)');
  console.log('config   |      ours | convnetjs |   brain.js | vs convnetjs (target) | vs brain.js (target)');
  for (const [name, t] of Object.entries(report.training)) {
    const r = t.epochsPerSecond;
    console.log(`${name.padEnd(8)} | ${f(r.ours)} | ${f(r.convnetjs)} | ${f(r.brainjs, 0).padStart(10)} | ${f(t.ratioVsConvnetjs, 1)}× (≥${t.targetVsConvnetjs}×)${' '.repeat(6)} | ${f(t.ratioVsBrainjs, 1)}× (≥${t.targetVsBrainjs}×)`);
  }
  console.log('\nHeatmap: every node over a 100×100 grid, milliseconds');
  console.log('config   |      ours | convnetjs | ratio (target)');
  for (const [name, t] of Object.entries(report.heatmap100)) {
    console.log(`${name.padEnd(8)} | ${f(t.ms.ours, 2)} | ${f(t.ms.convnetjs, 2)} | ${f(t.ratioVsConvnetjs, 1)}× (≥3×)`);
  }
}
