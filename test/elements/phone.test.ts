/**
 * The lesson on a phone (320 and 390 px wide) with the largest network (6 hidden layers of 8):
 * every −/+ can be tapped (it is what the finger hits at its centre), no heading covers
 * another, the whole network fits in the element, and while training the playground keeps
 * Play, the epoch, the losses and the output plot on one screen.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import type { NnGraph } from '../../src/elements/nn-graph/nn-graph.js';
import type { NnPlayground } from '../../src/elements/nn-playground/nn-playground.js';
import { nextFrame, settle } from './helpers.js';
import * as inPlot from '../harness/nn-dataset-plot.js';
import * as inPlayground from '../harness/nn-playground.js';
import * as inGraph from '../harness/nn-graph.js';

const LAYERS = '8,8,8,8,8,8';

async function checkGraph(graph: NnGraph, host: HTMLElement): Promise<void> {
  const root = graph.shadowRoot!;
  const buttons = inGraph.neuronButtons(graph);
  expect(buttons.length).to.equal(12);
  for (const b of buttons) {
    b.scrollIntoView({ block: 'center', inline: 'center' });
    await nextFrame();
    const r = b.getBoundingClientRect();
    expect(r.width, `${b.getAttribute('aria-label')} is a 24 px target`).to.be.at.least(24);
    expect(r.height).to.be.at.least(24);
    expect(root.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2), `${b.getAttribute('aria-label')} is what a tap at its centre hits`).to.equal(b);
  }
  const heads = inGraph.columnHeadings(graph).map((h) => h.getBoundingClientRect());
  for (let i = 1; i < heads.length; i++) expect(heads[i].left, `heading ${i + 1} starts after heading ${i} ends`).to.be.at.least(heads[i - 1].right);
  const labels = inGraph.inputLabels(graph).map((l) => l.getBoundingClientRect());
  for (let i = 1; i < labels.length; i++) expect(labels[i].top, `input label ${i + 1} below label ${i}`).to.be.at.least(labels[i - 1].bottom);
  const box = host.getBoundingClientRect();
  for (const l of labels) expect(l.left, 'input labels inside the element').to.be.at.least(box.left - 1);
  const output = inGraph.node(graph, '7:0').getBoundingClientRect();
  expect(output.right, 'the output node inside the element').to.be.at.most(box.right + 1);
  expect(output.left).to.be.at.least(box.left);
}

for (const width of [320, 390]) {
  describe(`on a ${width} px phone`, () => {
    before(() => setViewport({ width, height: 844 }));
    after(() => setViewport({ width: 800, height: 600 }));

    it('the graph with 6 hidden layers of 8: every −/+ tappable, headings apart, the output node inside', async () => {
      const graph = await fixture<NnGraph>(html`<nn-graph layers=${LAYERS}></nn-graph>`);
      await settle(graph);
      await nextFrame();
      await settle(graph);
      await checkGraph(graph, graph);
    });

    it('the playground with 6 hidden layers of 8: the same for its network, and Play, epoch, losses and plot on one screen', async () => {
      const pg = await fixture<NnPlayground>(html`<nn-playground layers=${LAYERS} features="x1,x2,x1-squared,x2-squared,x1x2,sin-x1,sin-x2"></nn-playground>`);
      await settle(pg);
      const graph = inPlayground.innerGraph<NnGraph>(pg);
      await settle(graph);
      await nextFrame();
      await settle(graph);
      await checkGraph(graph, pg);
      window.scrollTo(0, 0);
      pg.scrollIntoView({ block: 'start' });
      await nextFrame();
      const inView = (el: Element, what: string) => {
        const r = el.getBoundingClientRect();
        expect(r.top, `${what} top`).to.be.at.least(0);
        expect(r.bottom, `${what} bottom`).to.be.at.most(844);
      };
      const root = pg.shadowRoot!;
      inView(inPlayground.playButton(pg), 'Play');
      inView(inPlayground.epochBox(pg), 'the epoch');
      inView(inPlayground.lossesBox(pg), 'the losses');
      inView(inPlot.pointsCanvas(inPlayground.innerPlot(pg)), 'the output plot');
    });

    it('in the playground, after pressing + for a layer, the network and the losses are each within one screen of the + pressed', async () => {
      const pg = await fixture<NnPlayground>(html`<nn-playground></nn-playground>`);
      await settle(pg);
      const graph = inPlayground.innerGraph<NnGraph>(pg);
      await settle(graph);
      const plus = () => [...graph.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.getAttribute('aria-label') === 'Add hidden layer')!;
      plus().scrollIntoView({ block: 'center' });
      plus().click();
      await settle(pg);
      await settle(graph);
      await nextFrame();
      const c = plus().getBoundingClientRect();
      const oneScreen = (el: Element, what: string) => {
        const r = el.getBoundingClientRect();
        expect(Math.max(c.bottom, r.bottom) - Math.min(c.top, r.top), `the + and ${what} fit in one 844 px screen`).to.be.at.most(844);
      };
      oneScreen(inGraph.diagram(graph), 'the network');
      oneScreen(inPlayground.lossesBox(pg), 'the losses');
      expect(graph.network.sizes.length - 2).to.equal(3);
    });
  });
}
