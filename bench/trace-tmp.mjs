import { spawn } from 'node:child_process';
import puppeteer from 'puppeteer-core';
const port = 8900 + Math.floor(Math.random() * 50);
const cfg = process.argv[2] || 'max';
const throttle = Number(process.argv[3] || 1);
const server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((r) => server.stdout.once('data', r));
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'] });
const page = await browser.newPage();
await page.setViewport({ width: 1280, height: 1000 });
const cdp = await page.createCDPSession();
await page.goto(`http://localhost:${port}/bench/browser.html`);
await page.waitForFunction('window.benchReady === true');
const attrs = cfg === 'max' ? { features: 'x1,x2,x1-squared,x2-squared,x1x2,sin-x1,sin-x2', layers: '8,8,8,8,8,8', activation: 'tanh', speed: '1' } : { speed: '1' };
await page.evaluate((a) => window.bench.setup(a), attrs);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
await page.evaluate(() => window.bench.start());
await new Promise((r) => setTimeout(r, 1000));
await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
await new Promise((r) => setTimeout(r, 2000));
const buf = await page.tracing.stop();
const r = await page.evaluate(() => window.bench.stop());
console.log('frames', r.frames, r.seconds);
const events = JSON.parse(Buffer.from(buf).toString("utf8")).traceEvents;
// main thread: thread named CrRendererMain
const names = new Map();
for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
// self time per event name on the renderer main thread
const main = events.filter((e) => e.ph === 'X' && e.dur && names.get(`${e.pid}:${e.tid}`) === 'CrRendererMain').sort((x, y) => x.ts - y.ts || y.dur - x.dur);
const self = new Map();
const stack = [];
for (const e of main) {
  while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur <= e.ts) stack.pop();
  const parent = stack[stack.length - 1];
  if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - e.dur);
  self.set(e.name, (self.get(e.name) ?? 0) + e.dur);
  stack.push(e);
}
const total = main.filter((e) => e.name === 'RunTask').reduce((t, e) => t + e.dur, 0);
console.log('RunTask total ms', (total / 1000).toFixed(0));
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 18)) console.log(k.padEnd(50), (v / 1000).toFixed(1).padStart(8));
await browser.close(); server.kill();
