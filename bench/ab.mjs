// A/B benchmark of two builds of the core in one process, interleaved rounds, medians and the
// ratio B ÷ A: `node bench/ab.mjs <dir A>/core/index.js <dir B>/core/index.js`. Used to check
// that a change to the training code keeps its speed (the machine's noise hits both alike).
import { pathToFileURL } from 'node:url';

const [pathA, pathB] = process.argv.slice(2);
if (!pathA || !pathB) {
  console.error('usage: node bench/ab.mjs <core A index.js> <core B index.js>');
  process.exit(2);
}
const A = await import(pathToFileURL(pathA).href);
const B = await import(pathToFileURL(pathB).href);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9);
const ROUND_MS = Number(process.env.BENCH_ROUND_MS ?? 300);
const CONFIGS = {
  default: { features: ['x1', 'x2'], hidden: [4, 2], activation: 'tanh', learningRate: 0.03 },
  mlcc: { features: ['x1', 'x2'], hidden: [3], activation: 'relu', learningRate: 0.01 },
  max: { features: ['x1', 'x2', 'x1-squared', 'x2-squared', 'x1x2', 'sin-x1', 'sin-x2'], hidden: [8, 8, 8, 8, 8, 8], activation: 'tanh', learningRate: 0.03 },
  l1: { features: ['x1', 'x2'], hidden: [4, 2], activation: 'tanh', learningRate: 0.03, regularization: 'l1', regularizationRate: 0.003 },
  l2: { features: ['x1', 'x2'], hidden: [4, 2], activation: 'tanh', learningRate: 0.03, regularization: 'l2', regularizationRate: 0.01 },
};
const session = (core, cfg) => {
  const random = core.createRandom('bench');
  const { train, test } = core.splitTrainTest(core.generateDataset('circle', random), 50, random);
  const net = new core.Network({ inputs: cfg.features.length, hidden: cfg.hidden, activation: cfg.activation, outputActivation: 'tanh', random: core.createRandom(1) });
  return new core.TrainingSession(net, core.toSamples(train, cfg.features), core.toSamples(test, cfg.features), { learningRate: cfg.learningRate, batchSize: 10, regularization: cfg.regularization ?? 'none', regularizationRate: cfg.regularizationRate ?? 0 });
};
const rate = (s) => {
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < ROUND_MS) { s.step(); n++; }
  return (n * 1000) / (performance.now() - start);
};
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
console.log(`config   |   A epochs/s |   B epochs/s | B ÷ A   (${ROUNDS} interleaved rounds of ${ROUND_MS} ms, medians)`);
for (const [name, cfg] of Object.entries(CONFIGS)) {
  const a = session(A, cfg), b = session(B, cfg);
  for (let i = 0; i < 50; i++) { a.step(); b.step(); }
  const ra = [], rb = [];
  for (let r = 0; r < ROUNDS; r++) {
    if (r % 2) { rb.push(rate(b)); ra.push(rate(a)); } else { ra.push(rate(a)); rb.push(rate(b)); }
  }
  console.log(`${name.padEnd(8)} | ${median(ra).toFixed(0).padStart(12)} | ${median(rb).toFixed(0).padStart(12)} | ${(median(rb) / median(ra)).toFixed(3)}`);
}
