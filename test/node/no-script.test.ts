import { expect } from 'chai';
import { chromiumAndServer } from './chromium.js';

// A lesson whose script never runs (blocked by an LMS, a network that drops it) still reads as
// one: nn-elements.css shows each quiz's question and choices, and its feedback, explanation
// and solution after 8 s. Until then those are not laid out at all, which is most of what the
// quizzes cost the page's first layout. Animations run 40× faster here (CDP
// Animation.setPlaybackRate), so the 8 s pass in 0.2 s.
describe('the lesson without its script (nn-elements.css alone)', function () {
  this.timeout(60000);
  const lab = chromiumAndServer(8820);

  /** Each quiz's hidden parts: whether their content is laid out, and how they are placed. */
  const hiddenParts = `[...document.querySelectorAll('nn-quiz-task > [data-explanation], nn-quiz-task > [data-feedback]')].map((e) => ({
    contentVisibility: getComputedStyle(e).contentVisibility,
    position: getComputedStyle(e).position,
    childShown: e.firstElementChild ? e.firstElementChild.checkVisibility() : null,
    height: e.getBoundingClientRect().height,
  }))`;

  it('keeps the quizzes\' feedback and explanations out of the first layout, then shows them after 8 s', async () => {
    const page = await lab.browser.newPage();
    try {
      await page.setJavaScriptEnabled(false);
      const cdp = await page.createCDPSession();
      await page.goto(lab.url('demo/index.html'), { waitUntil: 'load' });
      const before = (await page.evaluate(hiddenParts)) as { contentVisibility: string; position: string; childShown: boolean | null; height: number }[];
      expect(before.length, 'hidden parts on the lesson page').to.be.greaterThan(10);
      expect(before.every((p) => p.contentVisibility === 'hidden' && p.position === 'absolute')).to.equal(true);
      expect(before.filter((p) => p.childShown !== null).every((p) => !p.childShown), 'an explanation\'s paragraphs are skipped').to.equal(true);

      await cdp.send('Animation.enable');
      await cdp.send('Animation.setPlaybackRate', { playbackRate: 40 });
      await new Promise((r) => setTimeout(r, 1500));
      const after = (await page.evaluate(hiddenParts)) as typeof before;
      expect(after.every((p) => p.contentVisibility === 'visible' && p.position === 'static' && p.height > 10), JSON.stringify(after.slice(0, 3))).to.equal(true);
      expect(after.filter((p) => p.childShown !== null).every((p) => p.childShown)).to.equal(true);
    } finally {
      await page.close();
    }
  });
});
