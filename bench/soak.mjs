// Soak benchmark: does a page left training stay flat? The largest network at speed 1 and the
// default network at speed 25, each for SOAK_MINUTES (10) in headless Chromium. Every minute,
// after a forced garbage collection: the JS heap (CDP Performance.getMetrics JSHeapUsedSize),
// DOM nodes, event listeners, the loss history's points and the fps of that minute.
// Target: heap growth under 5 % after the first minute, fps within 10 %.
// `npm run soak` (builds first); `node bench/soak.mjs [--json]`; not part of npm test.
import { loadavg } from 'node:os';
import { launchBrowser, startServer } from './launch.mjs';

const json = process.argv.includes('--json');
const minutes = Math.max(2, Number(process.env.SOAK_MINUTES ?? 10));
const only = process.env.SOAK_CASES?.split(',');
const CASES = [
  { name: 'max, speed 1', attrs: { features: 'x1,x2,x1-squared,x2-squared,x1x2,sin-x1,sin-x2', layers: '8,8,8,8,8,8', activation: 'tanh', speed: '1' } },
  { name: 'default, speed 25', attrs: { speed: '25' } },
].filter((c, i) => !only || only.includes(String(i)));

const { port, stop: stopServer } = await startServer(8900);
const browser = await launchBrowser();
const results = [];
try {
  for (const c of CASES) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    await page.goto(`http://localhost:${port}/bench/browser.html`);
    await page.waitForFunction(() => window.benchReady === true);
    await page.evaluate((a) => window.bench.setup(a), c.attrs);
    await page.evaluate(() => window.bench.start());
    const rows = [];
    let last = await page.evaluate(() => window.bench.counters());
    for (let m = 1; m <= minutes; m++) {
      await new Promise((r) => setTimeout(r, 60_000));
      const now = await page.evaluate(() => window.bench.counters());
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = await cdp.send('Performance.getMetrics');
      const get = (n) => metrics.find((x) => x.name === n)?.value ?? NaN;
      rows.push({ minute: m, heapMB: get('JSHeapUsedSize') / 1e6, nodes: get('Nodes'), listeners: get('JSEventListeners'), fps: ((now.frames - last.frames) * 1000) / (now.now - last.now), epoch: now.epoch, historyPoints: now.historyPoints });
      last = now;
      if (!json) console.log(`${c.name} minute ${m}: heap ${rows.at(-1).heapMB.toFixed(2)} MB, ${rows.at(-1).nodes} nodes, ${rows.at(-1).listeners} listeners, ${rows.at(-1).fps.toFixed(1)} fps, epoch ${now.epoch}, ${now.historyPoints} history points`);
    }
    await page.evaluate(() => window.bench.stop());
    const first = rows[0];
    const end = rows.at(-1);
    const fpsOf = rows.slice(1).map((r) => r.fps);
    results.push({
      case: c.name, rows,
      heapGrowthAfterFirstMinute: (end.heapMB - first.heapMB) / first.heapMB,
      fpsRange: [Math.min(...fpsOf), Math.max(...fpsOf)],
      nodesGrowth: end.nodes - first.nodes,
      listenersGrowth: end.listeners - first.listeners,
    });
    await page.close();
  }
} finally {
  await browser.close();
  stopServer();
}
const load = loadavg();
if (json) console.log(JSON.stringify({ minutes, loadAverage: load, results }, null, 2));
else {
  console.log(`\n${minutes} minutes per case; load average at the end ${load.map((x) => x.toFixed(2)).join(' ')}`);
  console.log('case                 | heap after 1 min → end (MB) | growth | nodes Δ | listeners Δ | fps min–max after 1 min');
  for (const r of results) {
    const a = r.rows[0].heapMB, b = r.rows.at(-1).heapMB;
    console.log(`${r.case.padEnd(20)} | ${a.toFixed(2)} → ${b.toFixed(2)} | ${(r.heapGrowthAfterFirstMinute * 100).toFixed(1)} % | ${r.nodesGrowth} | ${r.listenersGrowth} | ${r.fpsRange.map((x) => x.toFixed(1)).join('–')}`);
  }
}
const bad = results.filter((r) => r.heapGrowthAfterFirstMinute > 0.05 || r.fpsRange[0] < r.fpsRange[1] * 0.9);
process.exitCode = bad.length ? 1 : 0;
