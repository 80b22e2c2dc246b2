// Many playgrounds on one page, in headless Chromium: 1, 3 and 10 on screen (scaled down so
// that all ten are visible), one of them training or all of them, at speed 1, with the CPU as
// is and throttled 4× (CDP Emulation.setCPUThrottlingRate). Reports, as medians of BENCH_RUNS
// (default 3) runs of BENCH_SECONDS (default 4) each: fps, main-thread ms per frame (CDP
// Performance.getMetrics TaskDuration / frames) and the longest task (a `longtask` observer).
// They share one frame budget (FrameLoopController's PageFrames), so the page's cost per frame
// does not grow with the number training. `node bench/many.mjs [--json]`, after `npm run build`.
import { loadavg } from 'node:os';
import { benchOptions, launchBrowser, median, metric, startServer } from './launch.mjs';

const { json, seconds, runs, loadBefore } = benchOptions();
const { port, stop } = await startServer(8780);
const browser = await launchBrowser();

async function run(count, training, rate) {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width: 1280, height: 1200 });
    await page.goto(`http://localhost:${port}/bench/browser.html`);
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    await page.evaluate(`(async () => {
      await customElements.whenDefined('nn-playground');
      const stage = document.getElementById('stage');
      stage.replaceChildren();
      // Ten 1100-px playgrounds in two columns at a quarter of their size: all on screen.
      stage.style.cssText = 'zoom: 0.25; display: grid; grid-template-columns: 1100px 1100px; gap: 40px';
      for (let i = 0; i < ${count}; i++) {
        const pg = document.createElement('nn-playground');
        pg.setAttribute('seed', String(i + 1));
        pg.setAttribute('dataset-name', 'spiral');
        pg.setAttribute('layers', '4,2');
        stage.append(pg);
      }
      const all = [...stage.children];
      await Promise.all(all.map((p) => p.updateComplete));
      for (let i = 0; i < 30; i++) await new Promise((r) => requestAnimationFrame(r));
      window.__long = 0;
      new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long = Math.max(window.__long, e.duration); }).observe({ type: 'longtask' });
    })()`);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const before = await cdp.send('Performance.getMetrics');
    const frames = await page.evaluate(`(async () => {
      const all = [...document.getElementById('stage').children];
      const training = ${training === 'all'} ? all : all.slice(0, 1);
      for (const p of training) p.play();
      let frames = 0;
      const end = performance.now() + ${seconds * 1000};
      while (performance.now() < end) { await new Promise((r) => requestAnimationFrame(r)); frames++; }
      // Paused together in a task of their own, as a page's "pause all" button does: right
      // after the last frame's callbacks, the pauses were counted into a training frame.
      await new Promise((r) => setTimeout(r, 0));
      for (const p of training) p.pause();
      return frames;
    })()`);
    const after = await cdp.send('Performance.getMetrics');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const longest = await page.evaluate('window.__long');
    const epochs = await page.evaluate(`[...document.getElementById('stage').children].map((p) => p.epoch)`);
    return { fps: frames / seconds, msPerFrame: ((metric(after, 'TaskDuration') - metric(before, 'TaskDuration')) * 1000) / frames, longest, minEpochs: Math.min(...epochs.filter((e, i) => training === 'all' || i === 0)) };
  } finally {
    await page.close();
  }
}

// BENCH_CASES=4:10:all,1:3:one runs only those cases (cpu:playgrounds:training).
const only = process.env.BENCH_CASES?.split(',');
const rows = [];
try {
  for (const rate of [1, 4]) {
    for (const count of [1, 3, 10]) {
      for (const training of count === 1 ? ['one'] : ['one', 'all']) {
        if (only && !only.includes(`${rate}:${count}:${training}`)) continue;
        const samples = [];
        for (let i = 0; i < runs; i++) samples.push(await run(count, training, rate));
        const pick = (f) => median(samples.map(f));
        rows.push({ cpu: `${rate}x`, playgrounds: count, training, fps: pick((s) => s.fps), msPerFrame: pick((s) => s.msPerFrame), longestTaskMs: pick((s) => s.longest), fpsRuns: samples.map((s) => Math.round(s.fps)), epochsOfSlowest: pick((s) => s.minEpochs) });
      }
    }
  }
} finally {
  await browser.close();
  stop();
}
const loadAfter = loadavg();
if (json) console.log(JSON.stringify({ seconds, runs, loadBefore, loadAfter, rows }, null, 2));
else {
  console.log(`\nMany playgrounds on one page: ${seconds} s per run, ${runs} run${runs > 1 ? 's' : ''} (medians); load average ${loadBefore[0].toFixed(2)} before, ${loadAfter[0].toFixed(2)} after`);
  console.log('CPU  on screen  training    fps  main ms/frame  longest task ms  epochs (slowest)  fps per run');
  for (const r of rows) console.log(`${r.cpu.padStart(3)} ${String(r.playgrounds).padStart(10)}  ${r.training.padEnd(8)} ${r.fps.toFixed(1).padStart(6)} ${r.msPerFrame.toFixed(2).padStart(14)} ${r.longestTaskMs.toFixed(0).padStart(16)} ${String(r.epochsOfSlowest).padStart(17)}  ${r.fpsRuns.join(', ')}`);
}
