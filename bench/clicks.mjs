// Play and Pause as a learner presses them, in headless Chromium: the largest network
// (bench/browser.mjs's `max`), the mouse already over the button, a real press and release on
// Play, BENCH_SECONDS (default 3) of training, the same on Pause, then 1.5 s more; with the
// CPU throttled 4× (CDP Emulation.setCPUThrottlingRate). Reports, per run and over
// BENCH_RUNS (default 6) runs, every main-thread task of 50 ms or more (a `longtask`
// PerformanceObserver) after Play and after Pause. A machine's noise makes single runs
// swing: count the runs with a long task and the tasks, not one run's longest.
// `node bench/clicks.mjs [--json]`, after `npm run build`.
import { loadavg } from 'node:os';
import { benchOptions, launchBrowser, startServer } from './launch.mjs';

const { json, seconds, runs, loadBefore } = benchOptions({ seconds: 3, runs: 6 });
const { port, stop } = await startServer(8820);
const browser = await launchBrowser();

try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 1000 });
  const cdp = await page.createCDPSession();
  await page.goto(`http://localhost:${port}/bench/browser.html`);
  await page.waitForFunction('window.benchReady === true');
  // bench/browser.mjs's `max` (importing it would run that benchmark).
  const attrs = { features: 'x1,x2,x1-squared,x2-squared,x1x2,sin-x1,sin-x2', layers: '8,8,8,8,8,8', activation: 'tanh', speed: '1' };
  // One untimed second first: the first Play compiles the training and drawing code, once per page.
  await page.evaluate((a) => window.bench.setup(a), attrs);
  await page.evaluate(() => window.bench.start());
  await new Promise((r) => setTimeout(r, 1000));
  await page.evaluate(() => window.bench.stop());
  const results = [];
  for (let run = 0; run < runs; run++) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await page.evaluate((a) => window.bench.setup(a), attrs);
    await new Promise((r) => setTimeout(r, 500));
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.evaluate(() => {
      window.__tasks = [];
      window.__observer?.disconnect();
      window.__observer = new PerformanceObserver((l) => window.__tasks.push(...l.getEntries().map((e) => [e.startTime, e.duration])));
      window.__observer.observe({ type: 'longtask' });
    });
    const button = await page.evaluateHandle(() => document.querySelector('nn-playground').shadowRoot.querySelector('button.play'));
    const box = await button.boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await new Promise((r) => setTimeout(r, 300));
    const played = await page.evaluate(() => performance.now());
    await page.mouse.down();
    await page.mouse.up();
    await new Promise((r) => setTimeout(r, seconds * 1000));
    const paused = await page.evaluate(() => performance.now());
    await page.mouse.down();
    await page.mouse.up();
    await new Promise((r) => setTimeout(r, 1500));
    const tasks = await page.evaluate(() => window.__tasks);
    const after = (from, to) => tasks.filter(([at]) => at >= from && at < to).map(([at, ms]) => ({ at: Math.round(at - from), ms: Math.round(ms) }));
    results.push({ play: after(played, paused), pause: after(paused, Infinity) });
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const loadAfter = loadavg();
  const sum = (key) => {
    const all = results.flatMap((r) => r[key]);
    return { runsWithOne: results.filter((r) => r[key].length).length, tasks: all.length, longestMs: all.length ? Math.max(...all.map((t) => t.ms)) : 0 };
  };
  const out = { seconds, runs, loadAverage: { before: loadBefore, after: loadAfter }, play: sum('play'), pause: sum('pause'), results };
  if (json) console.log(JSON.stringify(out, null, 2));
  else {
    const load = (l) => l.map((x) => x.toFixed(2)).join(' ');
    console.log(`\nPlay and Pause by real clicks, largest network, 4× CPU: ${runs} runs of ${seconds} s of training; load average before ${load(loadBefore)}, after ${load(loadAfter)}`);
    console.log('Tasks of 50 ms or more (longtask observer), as "ms after the click: duration".');
    results.forEach((r, k) => console.log(`run ${k + 1}: after Play ${r.play.map((t) => `${t.at}: ${t.ms}`).join(', ') || 'none'}; after Pause ${r.pause.map((t) => `${t.at}: ${t.ms}`).join(', ') || 'none'}`));
    for (const key of ['play', 'pause']) {
      const s = out[key];
      console.log(`after ${key === 'play' ? 'Play ' : 'Pause'}: ${s.tasks} long tasks in ${s.runsWithOne} of ${runs} runs${s.tasks ? `, the longest ${s.longestMs} ms` : ''}`);
    }
  }
} finally {
  await browser.close();
  stop();
}
