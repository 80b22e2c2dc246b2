// Screenshots of the demo pages in headless Chromium, narrow and wide, for looking at what a
// learner sees: `node scripts/screenshot.mjs [page.html ...]` writes screenshots/*.png.
// Expects `npm start` (or scripts/serve.mjs) running on PORT (default 8000).
import puppeteer from 'puppeteer-core';
import { mkdir } from 'node:fs/promises';

const port = process.env.PORT ?? 8000;
const pages = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const targets = pages.length ? pages : ['index.html', 'graph.html', 'plot.html', 'playground.html', 'quiz.html'];
const actions = process.env.ACTIONS ?? '';
await mkdir('screenshots', { recursive: true });
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
for (const name of targets) {
  for (const [label, width] of [['narrow', 360], ['wide', 1280]]) {
    const page = await browser.newPage();
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log(`[${name} ${label}] ${m.type()}: ${m.text()}`); });
    page.on('pageerror', (e) => console.log(`[${name} ${label}] page error: ${e.message}`));
    await page.setViewport({ width, height: 900 });
    await page.goto(`http://localhost:${port}/demo/${name}`, { waitUntil: 'networkidle0' });
    if (actions) await new Function('page', `return (async () => { ${actions} })()`)(page);
    await new Promise((r) => setTimeout(r, 400));
    const file = `screenshots/${name.replace('.html', '').replace(/[?&=]+/g, '-')}-${label}.png`;
    // FULL=0 and SCROLL=<px> take one viewport at that scroll position instead of the whole page.
    if (process.env.SCROLL) await page.evaluate((y) => window.scrollTo(0, y), Number(process.env.SCROLL));
    await page.screenshot({ path: file, fullPage: process.env.FULL !== '0' });
    console.log(file);
    await page.close();
  }
}
await browser.close();
