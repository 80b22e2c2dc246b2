// Browser benchmark in headless Chromium, measured as the browser sees a frame: the
// playground's default and max configurations at speeds 1 and 25, with the CPU as is and
// throttled 4× (CDP Emulation.setCPUThrottlingRate, a low-end school laptop), each reporting
//   fps (requestAnimationFrame callbacks per second while training),
//   main-thread ms per frame (CDP Performance.getMetrics TaskDuration / frames), script apart,
//   epochs per second,
//   the longest task (a `longtask` PerformanceObserver; it sees tasks of 50 ms and more) and
//   the longest gap between two frames;
// then the JavaScript-only breakdown per training frame, the plot's redraw cost, and what
// training allocates per frame (V8's sampling heap profiler: garbage is collected mid-frame).
// `node bench/browser.mjs [--json]`; needs `npm run build` first (npm run bench does it).
// BENCH_SECONDS (default 4) sets the time per case, BENCH_RUNS (default 3) how many times
// each case runs: the tables give medians, with the lowest and highest fps and every long
// task, because a shared machine's figures swing between runs. The load average before and
// after says how busy the machine was (the benchmark itself keeps about one core busy).
import { spawn } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { benchOptions, launchBrowser, median, metric, startServer } from './launch.mjs';
import { privateMangle } from '../scripts/private-names.mjs';

const { json, seconds, runs, loadBefore } = benchOptions();
const { port, stop: stopServer } = await startServer(8700);
const browser = await launchBrowser();

function navigatorCores() {
  return availableParallelism();
}

export const CONFIGS = {
  default: {},
  max: { features: 'x1,x2,x1-squared,x2-squared,x1x2,sin-x1,sin-x2', layers: '8,8,8,8,8,8', activation: 'tanh' },
};

// Private members have short names in the bundle (scripts/private-names.mjs): say them in full.
const LONG_NAMES = Object.fromEntries(Object.entries(privateMangle().cache.props).map(([long, short]) => [short, long.slice(1)]));

/** KB allocated per frame while each configuration trains for 3 s, and the three functions that allocate most. */
async function allocationPerFrame(page, cdp) {
  const out = [];
  await cdp.send('HeapProfiler.enable');
  for (const [config, attrs] of Object.entries(CONFIGS)) {
    await page.evaluate((a) => window.bench.setup(a), { ...attrs, speed: '1' });
    await cdp.send('HeapProfiler.startSampling', { samplingInterval: 1024, includeObjectsCollectedByMinorGC: true, includeObjectsCollectedByMajorGC: true });
    await page.evaluate(() => window.bench.start());
    await new Promise((r) => setTimeout(r, 3000));
    const r = await page.evaluate(() => window.bench.stop());
    const { profile } = await cdp.send('HeapProfiler.stopSampling');
    const by = new Map();
    let total = 0;
    const walk = (node) => {
      const raw = node.callFrame.functionName;
      // Arrow functions and Terser's one- and two-letter names say nothing: counted together.
      const name = LONG_NAMES[raw] ?? (raw.length > 2 ? raw : 'unnamed functions');
      total += node.selfSize;
      if (node.selfSize) by.set(name, (by.get(name) ?? 0) + node.selfSize);
      node.children.forEach(walk);
    };
    walk(profile.head);
    const top = [...by].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([name, bytes]) => ({ name, kbPerFrame: bytes / 1024 / r.frames }));
    out.push({ config, kbPerFrame: total / 1024 / r.frames, top });
  }
  await cdp.send('HeapProfiler.disable');
  return out;
}


/** One row per case from its runs: medians, and the spread a noisy machine puts in them. */
function summarize(samples) {
  const pick = (f) => median(samples.map(f));
  const first = samples[0];
  return {
    config: first.config, speed: first.speed, throttle: first.throttle, runs: samples.length,
    fps: pick((r) => r.fps),
    fpsMin: Math.min(...samples.map((r) => r.fps)),
    fpsMax: Math.max(...samples.map((r) => r.fps)),
    mainThreadMsPerFrame: pick((r) => r.mainThreadMsPerFrame),
    scriptMsPerFrame: pick((r) => r.scriptMsPerFrame),
    styleLayoutMsPerFrame: pick((r) => r.styleLayoutMsPerFrame),
    epochsPerSecond: pick((r) => r.epochsPerSecond),
    longestTaskMs: Math.max(...samples.map((r) => r.longestTaskMs)),
    longTasksPerRun: samples.map((r) => r.longTasks),
    maxFrameGapMs: pick((r) => r.maxFrameGapMs),
    js: Object.fromEntries(Object.keys(first.js).map((k) => [k, pick((r) => r.js[k])])),
    samples,
  };
}

try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 1000 });
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(`http://localhost:${port}/bench/browser.html`);
  await page.waitForFunction('window.benchReady === true');
  const playground = [];
  // BENCH_CASES=max:1:4,default:25:1 runs only those cases (config:speed:throttle).
  const only = process.env.BENCH_CASES?.split(',');
  // One untimed second first: the first Play compiles the training and drawing code, once per page.
  await page.evaluate((a) => window.bench.setup(a), CONFIGS.max);
  await page.evaluate(() => window.bench.start());
  await new Promise((r) => setTimeout(r, 1000));
  await page.evaluate(() => window.bench.stop());
  const byCase = new Map();
  // Runs are rounds over all cases, so a busy minute on a shared machine spreads over cases.
  for (let run = 0; run < runs; run++) for (const [config, attrs] of Object.entries(CONFIGS)) {
    for (const speed of [1, 25]) {
      for (const throttle of [1, 4]) {
        if (only && !only.includes(`${config}:${speed}:${throttle}`)) continue;
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
        await page.evaluate((a) => window.bench.setup(a), { ...attrs, speed: String(speed) });
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
        const m0 = await cdp.send('Performance.getMetrics');
        await page.evaluate(() => window.bench.start());
        await new Promise((r) => setTimeout(r, seconds * 1000));
        const m1 = await cdp.send('Performance.getMetrics');
        const r = await page.evaluate(() => window.bench.stop());
        const d = (name) => (metric(m1, name) - metric(m0, name)) * 1000;
        const key = `${config}:${speed}:${throttle}`;
        if (!byCase.has(key)) byCase.set(key, []);
        byCase.get(key).push({
          config, speed, throttle,
          fps: r.frames / r.seconds,
          mainThreadMsPerFrame: d('TaskDuration') / r.frames,
          scriptMsPerFrame: d('ScriptDuration') / r.frames,
          styleLayoutMsPerFrame: (d('RecalcStyleDuration') + d('LayoutDuration')) / r.frames,
          epochsPerSecond: r.epochs / r.seconds,
          longestTaskMs: r.longestTaskMs,
          longTasks: r.longTasks,
          maxFrameGapMs: r.maxFrameGapMs,
          js: r.js,
        });
      }
    }
  }
  for (const samples of byCase.values()) playground.push(summarize(samples));
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const plot = only ? {} : await page.evaluate(() => window.bench.plot());
  const allocation = only ? [] : await allocationPerFrame(page, cdp);
  const dpr = await page.evaluate(() => window.bench.devicePixelRatio);
  const loadAfter = loadavg();
  const result = { seconds, runs, devicePixelRatio: dpr, loadAverage: { before: loadBefore, after: loadAfter }, playground, plot, allocation };
  if (json) {
    console.log(JSON.stringify(result, null, 2));
  } else {
    const f = (x, w = 6, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : '-').padStart(w);
    const load = (l) => l.map((x) => x.toFixed(2)).join(' ');
    console.log(`\nBrowser benchmark: headless Chromium, ${seconds} s of training per case, ${runs} run${runs > 1 ? 's' : ''} of each (medians), devicePixelRatio ${dpr}`);
    console.log(`Load average (1, 5, 15 min) before ${load(loadBefore)}, after ${load(loadAfter)}; this benchmark alone keeps it near 1 on ${navigatorCores()} cores.`);
    console.log('Main thread = CDP Performance.getMetrics TaskDuration per frame; long task = longtask observer (≥ 50 ms only), longest over all runs.\n');
    console.log('<nn-playground>');
    console.log('config  speed CPU |   fps (lowest-highest) | main ms/frame | script | style+layout | epochs/s | longest task (runs with one) | longest gap | JS: epochs/frame  train  heatmap  draw');
    for (const r of playground) {
      const long = r.longestTaskMs > 0 ? `${r.longestTaskMs.toFixed(0)} ms (${r.longTasksPerRun.filter((n) => n > 0).length}/${r.runs})` : '< 50 ms';
      console.log(`${r.config.padEnd(7)} ${String(r.speed).padStart(5)} ${(r.throttle === 1 ? '1×' : `${r.throttle}×`).padStart(3)} | ${f(r.fps, 5)} (${f(r.fpsMin, 4)}-${f(r.fpsMax, 4, 1).trim()}) | ${f(r.mainThreadMsPerFrame, 13, 2)} | ${f(r.scriptMsPerFrame, 6, 2)} | ${f(r.styleLayoutMsPerFrame, 12, 2)} | ${f(r.epochsPerSecond, 8, 0)} | ${long.padStart(28)} | ${f(r.maxFrameGapMs, 8, 0)} ms | ${f(r.js.epochsPerFrame, 16, 0)} ${f(r.js.train, 6, 2)} ${f(r.js.heatmaps, 8, 2)} ${f(r.js.draw, 5, 2)}`);
    }
    console.log('\n<nn-dataset-plot>, 500 points, 400 px, CPU as is: median ms');
    console.log('density | redraw (heatmap + points) | grid evaluation ([4,2] tanh)');
    for (const [d, r] of Object.entries(plot)) console.log(`${d.padStart(7)} | ${f(r.redrawMs, 25, 2)} | ${f(r.gridMs, 8, 2)}`);
    if (allocation.length) {
      console.log('\nAllocated while training, speed 1, CPU as is (V8 sampling heap profiler): KB per frame, and where most of it is made');
      for (const a of allocation) console.log(`${a.config.padEnd(7)} | ${f(a.kbPerFrame, 5, 1)} KB | ${a.top.map((t) => `${t.name} ${t.kbPerFrame.toFixed(1)}`).join(', ')}`);
    }
  }
} finally {
  await browser.close();
  stopServer();
}
