// Browser benchmark in headless Chromium: the plot's redraw at densities 50/100/200 and the
// playground's frame budget (default and max configurations), against one 60 Hz frame.
// `node bench/browser.mjs [--json]`; needs `npm run build` first (npm run bench does it).
import { spawn } from 'node:child_process';
import puppeteer from 'puppeteer-core';

const json = process.argv.includes('--json');
const seconds = Number(process.env.BENCH_SECONDS ?? 4);
const port = 8700 + Math.floor(Math.random() * 200);
const server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((resolve) => server.stdout.once('data', resolve));
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 1000 });
  await page.goto(`http://localhost:${port}/bench/browser.html`);
  await page.waitForFunction('window.benchReady === true');
  const result = await page.evaluate((s) => window.runBench(s), seconds);
  const frame = 1000 / 60;
  if (json) {
    console.log(JSON.stringify({ frameBudgetMs: frame, ...result }, null, 2));
  } else {
    const f = (x) => x.toFixed(2).padStart(7);
    console.log(`\nBrowser benchmark (headless Chromium, devicePixelRatio ${result.devicePixelRatio}); one 60 Hz frame = ${frame.toFixed(1)} ms\n`);
    console.log('<nn-dataset-plot>, 500 points, 400 px: median ms');
    console.log('density | redraw (heatmap + points) | share of a frame | grid evaluation ([4,2] tanh)');
    for (const [d, r] of Object.entries(result.plot)) {
      console.log(`${d.padStart(7)} | ${f(r.redrawMs)}${' '.repeat(19)} | ${(100 * r.redrawMs / frame).toFixed(0).padStart(4)} %${' '.repeat(11)} | ${f(r.gridMs)}`);
    }
    console.log(`\n<nn-playground>, training for ${seconds} s: frames per second and median ms per frame`);
    console.log('config  |   fps | epochs |   train | heatmaps |    draw |   total | frame left free');
    for (const [name, r] of Object.entries(result.playground)) {
      const m = r.medianMs;
      console.log(`${name.padEnd(7)} | ${r.fps.toFixed(1).padStart(5)} | ${String(r.epochs).padStart(6)} | ${f(m.train)} | ${f(m.heatmaps)}  | ${f(m.draw)} | ${f(m.total)} | ${(100 * (1 - m.total / frame)).toFixed(0).padStart(4)} %`);
    }
  }
} finally {
  await browser.close();
  server.kill();
}
