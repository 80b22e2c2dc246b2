/**
 * What a learner must be able to read on the plot: points of both classes stay visible on a
 * fully confident background (non-text contrast of at least 3:1, WCAG 1.4.11).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { Network } from '../../src/core/index.js';
import '../../src/index.js';
import type { NnDatasetPlot } from '../../src/elements/nn-dataset-plot/nn-dataset-plot.js';
import { POINT_OUTLINE } from '../../src/elements/nn-dataset-plot/plot-painter.js';
import { drawPlot, plotPixel } from './helpers.js';

const luminance = (c3: ArrayLike<number>) => {
  const [r, g, b] = [c3[0], c3[1], c3[2]];
  const lin = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
};
const contrast = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
};
const hex = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));

/** A model that says `sign` everywhere, with full confidence. */
function sure(sign: 1 | -1): Network {
  const net = new Network({ inputs: 2, hidden: [], activation: 'tanh', init: 'zero' });
  net.setBias(1, 0, 20 * sign);
  return net;
}

describe('plot readability', () => {
  for (const sign of [1, -1] as const) {
    it(`a point keeps at least 3:1 against a fully confident ${sign > 0 ? 'blue' : 'orange'} background, and the two classes' points differ`, async () => {
      const plot = await fixture<NnDatasetPlot>(html`<nn-dataset-plot style="width: 300px"></nn-dataset-plot>`);
      plot.data = [{ x: 2, y: 2, label: sign }, { x: -2, y: -2, label: -sign }];
      plot.model = sure(sign);
      await drawPlot(plot);
      // Data coordinates (−6…6, y up) to fractions of the canvas.
      const px = (x: number, y: number) => plotPixel(plot, (x + 6) / 12, (6 - y) / 12);
      const background = px(4, -4);
      expect(contrast(hex(POINT_OUTLINE), background), 'outline against background').to.be.at.least(3);
      const same = px(2, 2);
      const other = px(-2, -2);
      // Orange cannot reach 3:1 against any tint of itself (not even white); the outline does
      // that. The fill must still stand out from a background of its own class.
      expect(contrast(same, background), 'fill against a background of its own class').to.be.at.least(1.4);
      expect(contrast(same, other), 'the two classes differ').to.be.above(1.5);
    });
  }
});
