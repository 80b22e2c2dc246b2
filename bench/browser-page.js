// Runs in headless Chromium under bench/browser.mjs. The Node side drives it through
// window.bench and reads the browser's own counters over CDP; this page only sets up the
// elements and counts frames, epochs and long tasks.
// The per-element files and core.js come from one build and share their chunks, so the
// playground, the plot and this page use one Network class (the CDN bundle no longer
// exports the core, and defines the playground only after its first idle time).
import * as core from '../dist/core.js';
import '../dist/nn-playground.js';
import '../dist/nn-dataset-plot.js';

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length ? (s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2) : NaN; };
const stage = document.getElementById('stage');
const nextFrame = () => new Promise((r) => requestAnimationFrame(r));

let longest = 0;
let longCount = 0;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) { longest = Math.max(longest, e.duration); longCount++; }
}).observe({ type: 'longtask' });

async function plot() {
  const out = {};
  const random = core.createRandom('bench');
  const points = core.generateDataset('spiral', random, { count: 500 });
  const net = new core.Network({ inputs: 2, hidden: [4, 2], activation: 'tanh', random });
  for (const density of [50, 100, 200]) {
    const el = document.createElement('nn-dataset-plot');
    el.style.width = '400px';
    stage.append(el);
    el.data = points;
    const grid = new core.HeatmapGrid(['x1', 'x2'], density);
    grid.compute(net);
    el.grid = grid;
    await el.updateComplete;
    await nextFrame();
    for (let i = 0; i < 10; i++) el.draw();
    const redraw = [], evaluate = [];
    for (let i = 0; i < 60; i++) {
      let t = performance.now();
      el.draw();
      redraw.push(performance.now() - t);
      t = performance.now();
      grid.compute(net);
      evaluate.push(performance.now() - t);
    }
    out[density] = { redrawMs: median(redraw), gridMs: median(evaluate) };
    el.remove();
  }
  return out;
}

let current = null;
/** Frame records kept per run (a 4-s run has about 240). */
const FRAMES_KEPT = 2000;

/** Adds a playground with these attributes and waits until it is drawn. */
async function setup(attrs) {
  stage.replaceChildren();
  const pg = document.createElement('nn-playground');
  for (const [k, v] of Object.entries(attrs)) pg.setAttribute(k, v);
  stage.append(pg);
  await pg.updateComplete;
  // A learner reads for a while before pressing Play: what the first frames after the element
  // appeared do (its parts on demand, the first pictures) is the page load's, not training's.
  for (let i = 0; i < 12; i++) await nextFrame();
  current = { pg, frames: [], rafs: 0, maxGap: 0 };
  pg.addEventListener('nn-epoch', () => {
    const t = pg.frameTiming;
    // The last FRAMES_KEPT frames only: a soak runs for minutes, and the page must not be what grows.
    if (current.frames.length >= FRAMES_KEPT) current.frames.shift();
    current.frames.push({ train: t.train, heatmaps: t.heatmaps, draw: t.draw, epochs: t.epochs });
  });
}

/** Starts training and counts what the learner sees: frames (requestAnimationFrame) and epochs. */
function start() {
  const c = current;
  c.frames.length = 0;
  longest = 0;
  longCount = 0;
  c.epoch0 = c.pg.epoch;
  c.t0 = performance.now();
  let last = c.t0;
  c.running = true;
  const count = (t) => {
    if (!c.running) return;
    c.rafs++;
    c.maxGap = Math.max(c.maxGap, t - last);
    last = t;
    requestAnimationFrame(count);
  };
  requestAnimationFrame(count);
  c.pg.play();
}

async function stop() {
  const c = current;
  c.pg.pause();
  c.running = false;
  const seconds = (performance.now() - c.t0) / 1000;
  // Long tasks are reported after the fact: give the observer a frame.
  await nextFrame();
  const warm = c.frames.slice(5);
  return {
    seconds,
    frames: c.rafs,
    trainingFrames: c.frames.length,
    epochs: c.pg.epoch - c.epoch0,
    maxFrameGapMs: c.maxGap,
    longestTaskMs: longest,
    longTasks: longCount,
    js: {
      train: median(warm.map((f) => f.train)),
      heatmaps: median(warm.map((f) => f.heatmaps)),
      draw: median(warm.map((f) => f.draw)),
      epochsPerFrame: median(warm.map((f) => f.epochs)),
    },
  };
}

/** What the soak benchmark reads every minute while training runs. */
function counters() {
  const c = current;
  return { frames: c.rafs, epoch: c.pg.epoch, historyPoints: c.pg.state.history.train.length, now: performance.now() };
}

window.bench = { plot, setup, start, stop, counters, devicePixelRatio };
window.benchReady = true;
