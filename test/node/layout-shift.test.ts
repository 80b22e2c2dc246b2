import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { chromiumAndServer, type Lab } from './chromium.js';

// The page must not jump when the elements arrive (dist/nn-elements.css holds their space).
// Each demo page, and the README's first example pasted into a bare page with the README's
// loading recipe, at a desktop and a phone width, on a CPU throttled 4× as a slow laptop or
// phone: the layout shifts from the upgrade's start (the first customElements.define) until
// every element is defined and still, as the browser scores them, must add up to at most 0.02.
// Without the stylesheet, the lesson, plot, playground and quiz pages and the README example
// go over (0.05 to 0.5).
const LIMIT = 0.02;
const PAGES = ['demo/index.html', 'demo/graph.html', 'demo/plot.html', 'demo/playground.html', 'demo/quiz.html', 'demo/builder.html', 'readme-example.html'];
const readmeExample = /```html\n([\s\S]*?)```/.exec(readFileSync('README.md', 'utf8'))![1];
const readmePage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>README example</title></head><body>${readmeExample}</body></html>`;


async function shiftWhileUpgrading(lab: Lab, path: string, width: number, height: number): Promise<{ cls: number; before: number; worst: string }> {
  const page = await lab.browser.newPage();
  try {
    await page.setViewport({ width, height, deviceScaleFactor: 1 });
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.setRequestInterception(true);
    // The script comes 500 ms after the page, as from a CDN over a phone's network: the page is
    // painted before the elements are defined, which is when a jump would show.
    page.on('request', (r) => {
      if (r.url().endsWith('/readme-example.html')) void r.respond({ status: 200, contentType: 'text/html', body: readmePage });
      else if (/\/dist\/nn-elements\.js$/.test(r.url())) setTimeout(() => void r.continue(), 500);
      else void r.continue();
    });
    // Scripts as text: tsx would otherwise name the functions with a helper the page lacks.
    // The upgrade starts with the first customElements.define: shifts from then on are what the
    // elements cause (the page's own before it, a demo's nav reflowing, are not theirs).
    await page.evaluateOnNewDocument(`
      window.__shifts = [];
      window.__upgrade = Infinity;
      const define = customElements.define.bind(customElements);
      customElements.define = (...a) => { window.__upgrade = Math.min(window.__upgrade, performance.now()); return define(...a); };
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          if (e.hadRecentInput) continue;
          // What moved, where it lives (the element whose shadow holds it) and how far: a failure says which part jumped.
          window.__shifts.push([e.value, e.startTime, (e.sources || []).map((s) => {
            const n = s.node;
            if (!n) return '?';
            const host = n.getRootNode().host;
            return (host ? host.localName + ' > ' : '') + n.localName + (n.className ? '.' + String(n.className).split(' ')[0] : '') + ' ' + Math.round(s.previousRect.y) + '→' + Math.round(s.currentRect.y) + ' at ' + Math.round(e.startTime) + ' ms';
          }).join(', ')]);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    `);
    await page.goto(lab.url(path), { waitUntil: 'load' });
    // Every element defined and updated, and the layout still for five frames.
    await page.evaluate(`(async () => {
      const tags = ['nn-graph', 'nn-playground', 'nn-quiz-task', 'nn-dataset-plot'];
      await Promise.all(tags.filter((t) => document.querySelector(t)).map((t) => customElements.whenDefined(t)));
      const frame = () => new Promise((r) => requestAnimationFrame(r));
      const shape = () => [...document.querySelectorAll(tags.join(','))].map((e) => e.getBoundingClientRect().height).join() + '|' + document.documentElement.scrollHeight;
      let last = '';
      for (let still = 0; still < 5;) {
        await Promise.all([...document.querySelectorAll(tags.join(','))].map((e) => e.updateComplete));
        await frame();
        const now = shape();
        still = now === last ? still + 1 : 0;
        last = now;
      }
    })()`);
    const all = (await page.evaluate('window.__shifts')) as [number, number, string][];
    const upgrade = (await page.evaluate('window.__upgrade')) as number;
    const shifts = all.filter(([, at]) => at >= upgrade);
    const cls = shifts.reduce((s, [v]) => s + v, 0);
    const before = all.filter(([, at]) => at < upgrade).reduce((s, [v]) => s + v, 0);
    const worst = shifts.sort((a, b) => b[0] - a[0]).slice(0, 3).map(([v, , w]) => `${v.toFixed(4)} (${w})`).join(', ');
    return { cls, before, worst };
  } finally {
    await page.close();
  }
}

describe('no jump while the elements load (layout shift, 4× slower CPU)', function () {
  this.timeout(120000);
  const lab = chromiumAndServer(8700);

  for (const [width, height] of [[1280, 800], [390, 844]]) {
    for (const path of PAGES) {
      it(`${path} at ${width}×${height}: layout shifts add up to at most ${LIMIT}`, async () => {
        const { cls, before, worst } = await shiftWhileUpgrading(lab, path, width, height);
        console.log(`      ${path} ${width}px: ${cls.toFixed(4)}${worst ? ` (largest: ${worst})` : ''}${before ? `; the page's own before the upgrade: ${before.toFixed(4)}` : ''}`);
        expect(cls, `${path} at ${width}px; largest shifts: ${worst}`).to.be.at.most(LIMIT);
      });
    }
  }
});
