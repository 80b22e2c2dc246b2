import { expect } from 'chai';
import { BUDGET, ELEMENT_BUDGETS, FIRST_LOAD_BUDGET, firstLoad, sizes } from '../../scripts/sizes.mjs';

// The size budgets of issue 25, on the dist/ that `npm test` has just built: the one-file
// bundle, the seed lesson's first load, and each single-element file at or under its size
// before the round's features (new features go to on-demand parts, not into these files).
describe('the CDN files\' sizes (gzip, per file, as npm run sizes prints them)', () => {
  const rows = sizes();
  const size = (entry: string) => rows.find((r) => r.entry === entry)!.gzip;

  it('keeps the one-file bundle with its static imports within 52,000 B', () => {
    expect(size('nn-elements.js')).to.be.within(10_000, BUDGET);
  });

  it('keeps what the seed lesson loads before its first interaction within 36,000 B', () => {
    expect(firstLoad().gzip).to.be.within(10_000, FIRST_LOAD_BUDGET);
  });

  for (const [entry, budget] of Object.entries(ELEMENT_BUDGETS)) {
    it(`keeps ${entry} with the chunks it imports within its ${budget.toLocaleString('en')} B from before the round`, () => {
      expect(size(entry)).to.be.within(10_000, budget);
    });
  }
});
