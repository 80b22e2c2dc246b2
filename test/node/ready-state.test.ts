import { expect } from 'chai';
import { chromiumAndServer } from './chromium.js';

// The built files, not the sources: an element of dist/ that has rendered has the custom state
// nn-ready, with nobody awaiting its updateComplete, so that nn-elements.css stops holding its
// space (for a quiz, its box) as soon as it has rendered. The minifier once dropped the line
// that set it (a getter taken to be pure), and only the elements someone awaited got it.
describe('nn-ready in the bundle', function () {
  this.timeout(60000);
  const lab = chromiumAndServer(8830);

  for (const path of ['demo/quiz.html', 'demo/index.html']) {
    it(`${path}: each element that rendered by itself has the state nn-ready`, async () => {
      const page = await lab.browser.newPage();
      try {
        await page.setViewport({ width: 1280, height: 800 });
        await page.goto(lab.url(path), { waitUntil: 'load' });
        const seen = (await page.evaluate(`(async () => {
          const all = () => [...document.querySelectorAll('nn-graph, nn-playground, nn-quiz-task, nn-dataset-plot')];
          for (let i = 0; i < 100 && !all().some((e) => e.hasUpdated); i++) await new Promise((r) => setTimeout(r, 50));
          // A playground is ready once its graph and plot have rendered too, a few frames later on
          // a busy machine: give every rendered element up to 5 s.
          const end = performance.now() + 5000;
          while (performance.now() < end && all().some((e) => e.hasUpdated && !e.matches(':state(nn-ready)'))) await new Promise((r) => requestAnimationFrame(r));
          return all().filter((e) => e.hasUpdated).map((e) => e.localName + ':' + e.matches(':state(nn-ready)'));
        })()`)) as string[];
        expect(seen.length, 'elements that rendered').to.be.greaterThan(0);
        expect(seen.filter((s) => s.endsWith(':false'))).to.deep.equal([]);
      } finally {
        await page.close();
      }
    });
  }
});
