import { spawn } from 'node:child_process';
import puppeteer from 'puppeteer-core';
const port = 8950 + Math.floor(Math.random() * 40);
const server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((r) => server.stdout.once('data', r));
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'] });
const page = await browser.newPage();
await page.setViewport({ width: 1280, height: 1000 });
const cdp = await page.createCDPSession();
await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
await page.goto(`http://localhost:${port}/bench/browser.html`);
await page.waitForFunction('window.benchReady === true');
const attrs = { features: 'x1,x2,x1-squared,x2-squared,x1x2,sin-x1,sin-x2', layers: '8,8,8,8,8,8', activation: 'tanh', speed: '1' };
for (const [label, code] of [['as is', ''], ['no graph canvases', "document.querySelector('nn-playground').shadowRoot.querySelector('nn-graph').shadowRoot.querySelectorAll('canvas').forEach(c=>c.style.display='none')"], ['no graph', "document.querySelector('nn-playground').shadowRoot.querySelector('nn-graph').style.display='none'"], ['no plot', "document.querySelector('nn-playground').shadowRoot.querySelector('nn-dataset-plot').style.display='none'"], ['no svg links', "document.querySelector('nn-playground').shadowRoot.querySelector('nn-graph').shadowRoot.querySelector('svg').style.display='none'"]]) {
  await page.evaluate((a) => window.bench.setup(a), attrs);
  if (code) await page.evaluate(code);
  const m0 = await cdp.send('Performance.getMetrics');
  await page.evaluate(() => window.bench.start());
  await new Promise((r) => setTimeout(r, 3000));
  const m1 = await cdp.send('Performance.getMetrics');
  const r = await page.evaluate(() => window.bench.stop());
  const g = (m, n) => m.metrics.find((x) => x.name === n).value;
  const d = (n) => ((g(m1, n) - g(m0, n)) * 1000 / r.frames).toFixed(2);
  console.log(label.padEnd(20), 'fps', (r.frames / r.seconds).toFixed(1), 'task', d('TaskDuration'), 'script', d('ScriptDuration'), 'layout', d('LayoutDuration'), 'style', d('RecalcStyleDuration'));
}
await browser.close(); server.kill();
