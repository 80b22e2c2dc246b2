/**
 * Looks like the host page: every canvas paints with the theme's custom properties (any CSS
 * colour, resolved by the browser), a dark page gets the dark palette without work from the
 * author, and the dark theme passes axe's contrast rules.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { Network } from '../../src/core/index.js';
import '../../src/index.js';
import type { NnDatasetPlot } from '../../src/elements/nn-dataset-plot/nn-dataset-plot.js';
import type { NnGraph } from '../../src/elements/nn-graph/nn-graph.js';
import type { NnPlayground } from '../../src/elements/nn-playground/nn-playground.js';
import { nextFrame, plotPixel, settle, showHeatmaps, thumbPixel } from './helpers.js';
import * as inPlot from '../harness/nn-dataset-plot.js';
import * as inPlayground from '../harness/nn-playground.js';
import { canvasPixel } from '../harness/canvas.js';

/** How the browser resolves a CSS colour, as [r, g, b]. */
function resolved(color: string, scheme = 'light'): number[] {
  const probe = document.createElement('span');
  probe.style.color = color;
  probe.style.colorScheme = scheme;
  document.body.append(probe);
  const m = /(\d+),\s*(\d+),\s*(\d+)/.exec(getComputedStyle(probe).color)!;
  probe.remove();
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** A network whose every node outputs `value` (biases only). */
function constant(value: number): Network {
  const net = new Network({ inputs: 2, hidden: [1], activation: 'tanh', init: 'zero' });
  net.setBias(1, 0, Math.atanh(value));
  net.setBias(2, 0, Math.atanh(value));
  return net;
}

/** WCAG relative luminance and contrast. */
function luminance([r, g, b]: number[]): number {
  const f = (v: number) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
}
function contrast(a: number[], b: number[]): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

/** A colour painted on a canvas of this page: the browser's own conversion to sRGB. */
function painted(color: string): number[] {
  const ctx = Object.assign(document.createElement('canvas'), { width: 1, height: 1 }).getContext('2d')!;
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, 1, 1);
  return Array.from(ctx.getImageData(0, 0, 1, 1).data.slice(0, 3));
}

describe('theme', () => {
  it('colours written as oklch(), lab(), display-p3 and color-mix in oklab paint as themselves, not black', async () => {
    for (const color of ['oklch(0.62 0.16 150)', 'lab(45% 50 -40)', 'color(display-p3 0.9 0.3 0.2)', 'color-mix(in oklab, teal 60%, gold)']) {
      const graph = await fixture<NnGraph>(html`<nn-graph style="--nn-positive: ${color}; width: 500px"></nn-graph>`);
      await showHeatmaps(graph, constant(0.999999), 10);
      const px = thumbPixel(graph, '1:0');
      const want = painted(color);
      expect(want.some((v) => v > 20), `${color} is not black`).to.equal(true);
      for (let c = 0; c < 3; c++) expect(Math.abs(px[c] - want[c]), `${color} channel ${c}`).to.be.at.most(2);
    }
  });

  it('the dark palette: each class\'s points stand 3:1 against its own confident region, and neither region is brown or slate', async () => {
    const plot = await fixture<NnDatasetPlot>(html`<nn-dataset-plot theme="dark" style="width: 300px"></nn-dataset-plot>`);
    plot.data = [];
    const point = (name: string) => resolved(getComputedStyle(plot).getPropertyValue(name), 'dark');
    for (const [value, cls] of [[-0.999999, '--_negative'], [0.999999, '--_positive']] as const) {
      plot.model = constant(value);
      await settle(plot);
      plot.draw();
      const region = plotPixel(plot, 0.5, 0.5);
      expect(contrast(region, point(cls)), `${cls} point ${point(cls)} on its region ${region}`).to.be.at.least(3);
      // Brown and slate are the class colours greyed by the dark surface: little chroma for their lightness.
      const chroma = (Math.max(...region) - Math.min(...region)) / 255;
      expect(chroma, `${cls} region ${region} keeps its colour`).to.be.at.least(0.5);
      if (value < 0) {
        const [r, g] = region;
        expect(g / r, `orange's region ${region} leans red, not toward brown`).to.be.below(0.35);
      }
    }
  });

  it('neuron heatmaps paint with --nn-positive given as hsl() and with a named --nn-negative', async () => {
    const graph = await fixture<NnGraph>(html`<nn-graph style="--nn-positive: hsl(140 70% 35%); --nn-negative: rebeccapurple; width: 500px"></nn-graph>`);
    for (const [value, color] of [[0.999999, 'hsl(140 70% 35%)'], [-0.999999, 'rebeccapurple']] as const) {
      await showHeatmaps(graph, constant(value), 10);
      const px = thumbPixel(graph, '1:0');
      const want = resolved(color);
      for (let c = 0; c < 3; c++) expect(Math.abs(px[c] - want[c]), `${color} channel ${c}`).to.be.at.most(2);
    }
  });

  it('theme="dark" paints zero with the dark neutral, and a colour set later is picked up by refreshTheme()', async () => {
    const graph = await fixture<NnGraph>(html`<nn-graph theme="dark" style="width: 500px"></nn-graph>`);
    await showHeatmaps(graph, constant(0), 10);
    const near = (a: number[], b: number[]) => a.every((v, c) => Math.abs(v - b[c]) <= 2);
    expect(near(thumbPixel(graph, '1:0'), [0x3c, 0x40, 0x43]), 'dark neutral').to.equal(true);
    graph.style.setProperty('--nn-neutral', 'gold');
    graph.refreshTheme();
    await nextFrame();
    expect(near(thumbPixel(graph, '1:0'), resolved('gold')), 'gold after refreshTheme()').to.equal(true);
  });

  it('follows a page that declares color-scheme: dark, and its switch to light, without any attribute', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="color-scheme: dark"><nn-dataset-plot></nn-dataset-plot></div>`);
    const plot = host.querySelector('nn-dataset-plot') as NnDatasetPlot;
    await settle(plot);
    plot.draw();
    expect(plotPixel(plot, 0.01, 0.01), 'the empty plot is dark').to.deep.equal([0x20, 0x21, 0x24]);
    host.style.colorScheme = 'light';
    plot.refreshTheme();
    expect(plotPixel(plot, 0.01, 0.01), 'and light after the page switches').to.deep.equal([255, 255, 255]);
  });

  it('a dark playground on a dark page has no contrast problem for axe', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="color-scheme: dark; background: #202124; padding: 8px"><nn-playground></nn-playground></div>`);
    const pg = host.querySelector('nn-playground') as NnPlayground;
    await settle(pg);
    await expect(host).to.be.accessible();
  });
});

describe('theme of a playground', () => {
  it('theme="dark" set after the first render reaches the inner graph\'s and plot\'s canvases', async () => {
    const pg = await fixture<NnPlayground>(html`<nn-playground></nn-playground>`);
    await settle(pg);
    const plot = inPlayground.innerPlot<NnDatasetPlot>(pg);
    const canvas = inPlot.heatCanvas(plot);
    const corner = () => canvasPixel(canvas, 1, 1);
    const light = corner();
    pg.setAttribute('theme', 'dark');
    await settle(pg);
    await nextFrame();
    const dark = corner();
    // The pale background is mixed toward the surface: white in light, #202124 in dark.
    expect(dark[0] + dark[1] + dark[2], 'the plot background got darker').to.be.below(light[0] + light[1] + light[2] - 150);
  });
});
