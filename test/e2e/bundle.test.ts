import { expect } from '@open-wc/testing';

describe('the CDN bundle', () => {
  it('registers all four tags and can be loaded twice without throwing', async () => {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    try {
      // Two URLs are two module instances: the second defines nothing and must not throw.
      const first = await import(/* @vite-ignore */ '/dist/nn-elements.js?first' as string);
      await import(/* @vite-ignore */ '/dist/nn-elements.js?second' as string);
      // The graph is defined by the script itself; the others by the parts it loads (in idle time, with none on this page).
      expect(customElements.get('nn-graph')).to.equal(first.NnGraph);
      await Promise.all(['nn-quiz-task', 'nn-dataset-plot', 'nn-playground'].map((tag) => customElements.whenDefined(tag)));
      expect(typeof first.registerLocale).to.equal('function');
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });
});
