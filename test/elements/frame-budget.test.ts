/**
 * The frame budget's promises that a learner could notice: a heatmap pass spread over frames
 * is finished after Pause, so the paused picture is the network's; one weight edit changes
 * one link; a followed plot draws once per pass, not once per epoch. Speed itself is proven
 * by `npm run bench`, never here.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { HeatmapGrid } from '../../src/core/index.js';
import '../../src/index.js';
import type { NnDatasetPlot } from '../../src/elements/nn-dataset-plot/nn-dataset-plot.js';
import type { NnGraph } from '../../src/elements/nn-graph/nn-graph.js';
import type { NnPlayground } from '../../src/elements/nn-playground/nn-playground.js';
import { nextFrame, settle } from './helpers.js';
import * as inPlot from '../harness/nn-dataset-plot.js';
import * as inPlayground from '../harness/nn-playground.js';
import * as inGraph from '../harness/nn-graph.js';
import { countPictures } from '../harness/canvas.js';

const MAX = { features: 'x1,x2,x1-squared,x2-squared,x1x2,sin-x1,sin-x2', layers: '8,8,8,8,8,8' };

async function frames(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await nextFrame();
}

describe('frame budget', () => {
  it('after Pause, the heatmap is the paused network\'s everywhere, even when a pass spans frames', async () => {
    const pg = await fixture<NnPlayground>(html`<nn-playground features=${MAX.features} layers=${MAX.layers} activation="tanh" speed="25"></nn-playground>`);
    await settle(pg);
    pg.play();
    await frames(12);
    pg.pause();
    // The loop finishes the pass within its budget, then stops.
    await frames(30);
    const fresh = new HeatmapGrid(pg.config.features, pg.heatmap.density);
    fresh.compute(pg.network);
    const got = pg.heatmap.output;
    const want = fresh.output;
    let differing = 0;
    for (let k = 0; k < want.length; k++) if (got[k] !== want[k]) differing++;
    expect(differing, 'cells that still show an older epoch').to.equal(0);
  });

  it('setting one weight changes the width of that link only (absolute scale)', async () => {
    const graph = await fixture<NnGraph>(html`<nn-graph></nn-graph>`);
    await settle(graph);
    const widths = () => inGraph.linkWidths(graph);
    const before = widths();
    graph.network.setWeight(1, 1, 0, 5);
    graph.requestUpdate();
    await settle(graph);
    const after = widths();
    const changed = after.map((w, k) => (w !== before[k] ? k : -1)).filter((k) => k >= 0);
    expect(changed.length, 'links whose width changed').to.equal(1);
    expect(Number(after[changed[0]])).to.equal(7);
  });

  it('a plot following a playground draws once per heatmap pass, not again for each nn-epoch of the same pass', async () => {
    const pg = await fixture<NnPlayground>(html`<nn-playground></nn-playground>`);
    await settle(pg);
    // The first render's draws come first.
    await frames(3);
    const plot = inPlayground.innerPlot<NnDatasetPlot>(pg);
    let draws = 0;
    const draw = plot.draw.bind(plot);
    plot.draw = () => {
      draws++;
      draw();
    };
    const passes0 = pg.heatmapPass;
    pg.play();
    await frames(30);
    pg.pause();
    await frames(3);
    const passes = pg.heatmapPass - passes0;
    expect(passes).to.be.above(0);
    // Play and Pause may each add one draw of their own.
    expect(draws).to.be.at.most(passes + 2);
  });

  it('while training, the loss chart and the losses change without re-rendering the playground\'s template, and the heatmap canvas is the grid\'s size', async () => {
    const pg = await fixture<NnPlayground>(html`<nn-playground style="width: 1000px"></nn-playground>`);
    await settle(pg);
    const instance = pg as unknown as { update(changed: unknown): void };
    const update = instance.update.bind(pg);
    let renders = 0;
    instance.update = (changed: unknown) => {
      renders++;
      update(changed);
    };
    const line = () => inPlayground.chartLine(pg, 'train');
    const charts = new Set<string>();
    const losses = new Set<string>();
    pg.play();
    // Frames, not time: a slow machine gets the same pictures in more of its seconds.
    for (let f = 0; f < 600 && charts.size < 3; f++) {
      await nextFrame();
      charts.add(line());
      losses.add(inPlayground.shownTrainLoss(pg));
    }
    pg.pause();
    expect(charts.size, 'chart pictures while training').to.be.at.least(3);
    expect(losses.size, 'loss values while training').to.be.at.least(3);
    // Play and Pause each render once (the button's label); training itself renders nothing.
    expect(renders, 'template renders').to.be.at.most(3);
    const plot = inPlayground.innerPlot(pg);
    const heat = inPlot.heatCanvas(plot);
    expect([heat.width, heat.height]).to.deep.equal([100, 100]);
  });

  it('after a new layout, the plot and the neurons\' pictures are drawn for it, and then nothing is drawn while idle (a still bitmap needs no warm-up)', async () => {
    const pg = await fixture<NnPlayground>(html`<nn-playground></nn-playground>`);
    await settle(pg);
    await frames(4);
    const plot = inPlayground.innerPlot<NnDatasetPlot>(pg);
    const graph = inPlayground.innerGraph<NnGraph>(pg);
    const thumbs = inGraph.thumbsCanvas(graph)!;
    let plotDraws = 0;
    const draw = plot.draw.bind(plot);
    plot.draw = () => {
      plotDraws++;
      draw();
    };
    const thumbPictures = countPictures(thumbs);
    await frames(5);
    expect([plotDraws, thumbPictures.count], 'idle: nothing drawn').to.deep.equal([0, 0]);
    pg.applyConfig({ layers: [3] });
    await settle(pg);
    await frames(5);
    expect(thumbPictures.count, 'the new layout\'s pictures').to.be.at.least(1);
    expect(plotDraws, 'the new network\'s plot').to.be.at.least(1);
    const [p, t] = [plotDraws, thumbPictures.count];
    await frames(5);
    expect([plotDraws, thumbPictures.count], 'and then nothing').to.deep.equal([p, t]);
  });

  it('while training, one redraw restyles at most 96 links and the next ones finish the sweep; a redraw on pause is complete at once', async () => {
    const graph = await fixture<NnGraph>(html`<nn-graph inputs="0,0,0,0,0,0,0" layers="8,8,8,8,8,8" style="width: 900px"></nn-graph>`);
    await settle(graph);
    const widths = () => inGraph.linkWidths(graph);
    const total = widths().length;
    expect(total).to.equal(7 * 8 + 5 * 64 + 8);
    const setAll = (v: number) => {
      const sizes = graph.network.sizes;
      for (let l = 1; l < sizes.length; l++) for (let to = 0; to < sizes[l]; to++) for (let from = 0; from < sizes[l - 1]; from++) graph.network.setWeight(l, to, from, v);
    };
    setAll(4);
    const want = widths().map(() => '5.8');
    const changedNow = () => widths().filter((w) => w === '5.8').length;
    graph.redraw(100);
    expect(changedNow(), 'after one call while training').to.equal(96);
    for (let i = 0; i < 3; i++) graph.redraw(100);
    expect(widths(), 'after four calls, the sweep is done').to.deep.equal(want);
    setAll(-4);
    graph.redraw(0);
    expect(widths().every((w) => w === '5.8') && inGraph.negativeLinks(graph).length === total, 'on pause, all at once').to.equal(true);
  });

  it('a re-render with the same layout (the inspector refreshing while training) rewrites no link', async () => {
    const graph = await fixture<NnGraph>(html`<nn-graph layers="8,8"></nn-graph>`);
    await settle(graph);
    let writes = 0;
    for (const line of inGraph.links(graph)) {
      const set = line.setAttribute.bind(line);
      line.setAttribute = (name: string, value: string) => {
        writes++;
        set(name, value);
      };
    }
    graph.requestUpdate();
    await settle(graph);
    expect(writes).to.equal(0);
  });
});
