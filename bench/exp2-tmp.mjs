import { spawn } from 'node:child_process';
import puppeteer from 'puppeteer-core';
const port = 8950 + Math.floor(Math.random() * 40);
const server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((r) => server.stdout.once('data', r));
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'] });
const page = await browser.newPage();
await page.setViewport({ width: 1280, height: 1000 });
await page.goto(`http://localhost:${port}/bench/browser.html`);
await page.waitForFunction('window.benchReady === true');
const attrs = { features: 'x1,x2,x1-squared,x2-squared,x1x2,sin-x1,sin-x2', layers: '8,8,8,8,8,8', activation: 'tanh', speed: process.argv[2] || '1' };
await page.evaluate((a) => window.bench.setup(a), attrs);
const out = await page.evaluate(async () => {
  const pg = document.querySelector('nn-playground');
  const graph = pg.shadowRoot.querySelector('nn-graph');
  const plot = pg.shadowRoot.querySelector('nn-dataset-plot');
  const t = {};
  const wrap = (obj, name, label) => {
    const f = obj[name];
    obj[name] = function (...a) { const s = performance.now(); const r = f.apply(this, a); t[label] = (t[label] ?? 0) + performance.now() - s; return r; };
  };
  wrap(graph, 'redraw', 'graph.redraw');
  wrap(graph, 'drawHeatmaps', 'graph.drawHeatmaps');
  wrap(graph, 'update', 'graph.update');
  wrap(graph, 'measureThumbs', 'graph.measureThumbs'); wrap(graph, 'paintLinks', 'graph.paintLinks'); let calls = 0; const f0 = graph.measureThumbs; graph.measureThumbs = function (...a) { calls++; t.measureCalls = calls * 1000; return f0.apply(this, a); };
  wrap(plot, 'draw', 'plot.draw'); { const f1 = plot.draw; let c = 0; plot.draw = function (...a) { c++; t.plotDrawCalls = c * 1000; return f1.apply(this, a); }; }
  wrap(plot, 'update', 'plot.update');
  wrap(pg, 'update', 'pg.update');
  for (const m of ['scheduleDraw', 'pullFromSource', 'updated']) { const f2 = plot[m]; let c = 0; plot[m] = function (...a) { c++; t['calls.' + m] = c * 1000; return f2.apply(this, a); }; }
  let frames = 0;
  pg.addEventListener('nn-epoch', () => frames++);
  pg.play();
  await new Promise((r) => setTimeout(r, 3000));
  pg.pause();
  t.passes = pg.heatmapPass * 1000 / frames * frames; t.stack = 0;
  return Object.fromEntries(Object.entries(t).map(([k, v]) => [k, (v / frames).toFixed(3)]).concat([['frames', frames]]));
});
console.log(out);
await browser.close(); server.kill();
