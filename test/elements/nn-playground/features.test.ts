/**
 * Features switched on the network's input nodes, as in TensorFlow Playground: every feature
 * is a node, the ones not fed in dimmed, each a toggle button with its pressed state.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/elements/nn-playground/nn-playground.js';
import '../../../src/elements/nn-graph/nn-graph.js';
import type { NnPlayground } from '../../../src/elements/nn-playground/nn-playground.js';
import { nextFrame, settle } from '../helpers.js';
import * as inPlayground from '../../harness/nn-playground.js';
import * as inGraph from '../../harness/nn-graph.js';
import { canvasPixels, countPictures } from '../../harness/canvas.js';

const node = (pg: NnPlayground, label: string) => inPlayground.featureNodes(pg).find((n) => n.label === label)!;

/** The losses of `epochs` steps from where the playground stands. */
function losses(pg: NnPlayground, epochs: number): number[] {
  const out: number[] = [];
  for (let e = 0; e < epochs; e++) {
    pg.step();
    out.push(pg.state.history.train.at(-1)!, pg.state.history.test.at(-1)!);
  }
  return out;
}

describe('<nn-playground>: features on the input nodes', () => {
  it('shows all seven features as input nodes, X₁ and X₂ pressed and the others not', async () => {
    const pg = await fixture<NnPlayground>(html`<nn-playground></nn-playground>`);
    await settle(pg);
    const nodes = inPlayground.featureNodes(pg);
    expect(nodes.map((n) => n.label)).to.deep.equal(['X₁', 'X₂', 'X₁²', 'X₂²', 'X₁X₂', 'sin(X₁)', 'sin(X₂)']);
    expect(nodes.filter((n) => n.on).map((n) => n.label)).to.deep.equal(['X₁', 'X₂']);
    expect(nodes.every((n) => n.button.getBoundingClientRect().width >= 24 && n.button.getBoundingClientRect().height >= 24), 'each a 24 px target').to.equal(true);
  });

  it('pressing X₁X₂\'s node feeds it in: the state says so, and 10 epochs train as features="x1,x2,x1x2" set by the host', async () => {
    const [a, b] = await Promise.all([
      fixture<NnPlayground>(html`<nn-playground seed="5"></nn-playground>`),
      fixture<NnPlayground>(html`<nn-playground seed="5"></nn-playground>`),
    ]);
    await Promise.all([settle(a), settle(b)]);
    node(a, 'X₁X₂').button.click();
    b.features = 'x1,x2,x1x2';
    await Promise.all([settle(a), settle(b)]);
    expect(a.state.config.features).to.deep.equal(['x1', 'x2', 'x1x2']);
    expect(node(a, 'X₁X₂').on, 'pressed now').to.equal(true);
    expect(a.model.network.sizes[0], 'three inputs').to.equal(3);
    const la = losses(a, 10);
    const lb = losses(b, 10);
    expect(la.every((v, i) => v === lb[i]), `${la.slice(0, 4)} vs ${lb.slice(0, 4)}`).to.equal(true);
  });

  it('pressing a fed-in node takes it out; the last one stays, with a message', async () => {
    const pg = await fixture<NnPlayground>(html`<nn-playground features="x1,x2"></nn-playground>`);
    await settle(pg);
    node(pg, 'X₁').button.click();
    await settle(pg);
    expect(pg.state.config.features).to.deep.equal(['x2']);
    expect(node(pg, 'X₁').on).to.equal(false);
    node(pg, 'X₂').button.click();
    await settle(pg);
    expect(pg.state.config.features, 'the last feature stays').to.deep.equal(['x2']);
    expect(pg.shadowRoot!.textContent).to.contain('Keep at least one feature');
  });

  it('lock="features" disables every node and hide="features" leaves the fed-in inputs only, as plain nodes', async () => {
    const pg = await fixture<NnPlayground>(html`<nn-playground lock="features"></nn-playground>`);
    await settle(pg);
    expect(inPlayground.featureNodes(pg).every((n) => n.button.disabled)).to.equal(true);
    pg.setAttribute('hide', 'features');
    pg.removeAttribute('lock');
    await settle(pg);
    const nodes = inPlayground.featureNodes(pg);
    expect(nodes.length, 'only X₁ and X₂').to.equal(2);
    expect(nodes.every((n) => !n.label.startsWith('Feature') && !n.button.disabled)).to.equal(true);
    expect(nodes.map((n) => n.button.getAttribute('aria-label'))).to.deep.equal(['Input 1', 'Input 2']);
  });

  it('a graph given inputChoices that are not a list of choices (a number, a string, bad entries) shows its inputs as plain nodes', async () => {
    const graph = await fixture<HTMLElement & Record<string, any>>(html`<nn-graph inputs="1,2"></nn-graph>`);
    for (const junk of [5, 'x1,x2', [{ on: true }, null], [{ label: 'X₁', on: true }]]) {
      graph.inputChoices = junk;
      await graph.updateComplete;
      expect(inGraph.nodes(graph).filter((n) => n.getAttribute('aria-label')?.startsWith('Input')).length, JSON.stringify(junk)).to.equal(2);
    }
    graph.inputChoices = [{ label: 'A', on: true }, { label: 'B', on: false }, { label: 'C', on: true }];
    await graph.updateComplete;
    expect(inGraph.nodes(graph).map((n) => n.getAttribute('aria-label')).slice(0, 2)).to.deep.equal(['Feature A', 'Feature C']);
  });

  it('is accessible with the feature nodes', async () => {
    const pg = await fixture<NnPlayground>(html`<nn-playground lock="x1x2"></nn-playground>`);
    await settle(pg);
    await expect(pg).to.be.accessible();
  });
});

describe('<nn-playground>: links flow while training', () => {
  const flow = (pg: NnPlayground) => inGraph.flowPicture(inPlayground.innerGraph(pg));
  /** Waits for the marks to be drawn somewhere else than `from` (for at most `ms`): they move at most 10 times a second. */
  async function moved(pg: NnPlayground, from: string, ms = 5000): Promise<boolean> {
    const end = performance.now() + ms;
    while (performance.now() < end) {
      // Read as the frame was painted (after its layout and resize observers), not between two of its callbacks.
      await new Promise((r) => requestAnimationFrame(r));
      await new Promise((r) => setTimeout(r, 0));
      const now = flow(pg);
      if (now.ink > 0 && now.print !== from) return true;
    }
    return false;
  }

  it('dashes move along the links while Play runs, and are gone on Pause and after Reset', async () => {
    const pg = await fixture<NnPlayground>(html`<nn-playground></nn-playground>`);
    await settle(pg);
    expect(flow(pg).ink, 'none before Play').to.equal(0);
    pg.play();
    expect(await moved(pg, ''), 'drawn while training').to.equal(true);
    expect(await moved(pg, flow(pg).print), 'and moving').to.equal(true);
    pg.pause();
    await settle(pg);
    expect(flow(pg).ink, 'paused').to.equal(0);
    pg.play();
    expect(await moved(pg, ''), 'drawn again').to.equal(true);
    pg.reset();
    await settle(pg);
    expect(flow(pg).ink, 'after Reset').to.equal(0);
  });

  /** Frames until `ok` holds, for at most `ms`; the time waited, or Infinity. */
  async function until(ok: () => boolean, ms: number): Promise<number> {
    const start = performance.now();
    while (!ok()) {
      if (performance.now() - start > ms) return Infinity;
      await nextFrame();
    }
    return performance.now() - start;
  }

  it('while training, the neurons\' pictures are drawn on the live canvas and their own gets no new bitmap; on Pause they are a still bitmap again, and the live canvas is hidden at once and freed within a second', async () => {
    const pg = await fixture<NnPlayground>(html`<nn-playground></nn-playground>`);
    await settle(pg);
    const graph = inPlayground.innerGraph(pg);
    const still = inGraph.thumbsCanvas(graph)!;
    const live = inGraph.liveCanvas(graph)!;
    const ink = (c: HTMLCanvasElement) => (c.width ? canvasPixels(c).reduce((a, v, i) => (i % 4 === 3 ? a + v : a), 0) : 0);
    const atRest = inGraph.thumbPixel(graph, '1:0');
    expect(ink(still), 'at rest: on their own canvas').to.be.above(0);
    // The first render's frames are over.
    for (let i = 0; i < 5; i++) await nextFrame();
    const handed = countPictures(still);
    pg.play();
    expect(await moved(pg, ''), 'training').to.equal(true);
    for (let i = 0; i < 20; i++) await nextFrame();
    const [l, t] = [inGraph.node(graph, '1:0').getBoundingClientRect(), live.getBoundingClientRect()];
    const scale = live.width / t.width;
    const onLive = canvasPixels(live, Math.floor((l.left - t.left + l.width / 2) * scale), Math.floor((l.top - t.top + l.height / 2) * scale), 1, 1);
    expect(onLive[3], 'training: the picture is on the live canvas').to.equal(255);
    expect(handed.count, 'and none is handed to their own').to.equal(0);
    pg.pause();
    await settle(pg);
    expect(handed.count, 'paused: on their own canvas again').to.be.at.least(1);
    expect(live.hidden, 'the live canvas hidden').to.equal(true);
    expect(await until(() => live.width === 0 && live.height === 0, 1500), 'the live canvas freed').to.be.below(1500);
    expect(live.hidden, 'and still hidden').to.equal(true);
    expect(inGraph.thumbPixel(graph, '1:0')).to.not.deep.equal(atRest);
  });

  it('at rest (a second after Pause), no canvas of a playground is a 2D canvas with a buffer (each one costs a copy at every commit): all show still bitmaps', async () => {
    const pg = await fixture<NnPlayground>(html`<nn-playground></nn-playground>`);
    await settle(pg);
    pg.play();
    expect(await moved(pg, ''), 'trained').to.equal(true);
    pg.pause();
    await settle(pg);
    await new Promise((r) => setTimeout(r, 1000));
    const canvases: HTMLCanvasElement[] = [];
    const walk = (root: ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        if (el instanceof HTMLCanvasElement) canvases.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(pg.shadowRoot!);
    const drawn = canvases.filter((c) => c.width * c.height > 0 && c.getContext('2d') !== null);
    expect(drawn.map((c) => `${c.className || c.getAttribute('data-dataset')} ${c.width}x${c.height}`)).to.deep.equal([]);
    expect(canvases.length, 'the canvases looked at').to.be.at.least(8);
  });

  it('a playground shown at half its size (CSS zoom) gets canvases for the pictures of the size shown, not of its layout', async () => {
    const pg = await fixture<NnPlayground>(html`<nn-playground style="zoom: 0.5"></nn-playground>`);
    await settle(pg);
    const graph = inPlayground.innerGraph(pg);
    pg.play();
    expect(await moved(pg, ''), 'training').to.equal(true);
    const dpr = window.devicePixelRatio || 1;
    for (const canvas of [inGraph.thumbsCanvas(graph)!, inGraph.liveCanvas(graph)!]) {
      const shown = canvas.getBoundingClientRect().width * dpr;
      expect(canvas.width / shown, `${canvas.width} px for ${shown} shown`).to.be.within(0.95, 1.05);
    }
    pg.pause();
    await settle(pg);
    // Placed where the nodes are shown: a transparent pixel reads black, which no picture has.
    for (const key of ['1:0', '1:3', '2:1']) expect(inGraph.thumbPixel(graph, key), `the picture of ${key}`).to.not.deep.equal([0, 0, 0]);
  });

  it('three playgrounds started together draw their live canvases for the first times in different frames, and each is drawn', async () => {
    const [a, b, c] = await Promise.all([1, 2, 3].map((seed) => fixture<NnPlayground>(html`<nn-playground seed=${seed}></nn-playground>`)));
    const all = [a, b, c];
    await Promise.all(all.map((pg) => settle(pg)));
    /** Per playground, the frames (document.timeline time) in which its live canvas was drawn anew (each draw clears it first). */
    const draws: number[][] = all.map(() => []);
    all.forEach((pg, k) => {
      const ctx = inGraph.liveCanvas(inPlayground.innerGraph(pg))!.getContext('2d')!;
      const clear = ctx.clearRect.bind(ctx);
      ctx.clearRect = (...args: Parameters<CanvasRenderingContext2D['clearRect']>) => {
        draws[k].push(document.timeline.currentTime as number);
        clear(...args);
      };
    });
    for (const pg of all) pg.play();
    const drawnThrice = () => draws.every((d) => d.length >= 3);
    for (let i = 0; i < 300 && !drawnThrice(); i++) await nextFrame();
    for (const pg of all) pg.pause();
    expect(draws.map((d) => d.length >= 3), 'each drawn three times').to.deep.equal([true, true, true]);
    // A new canvas gets a new buffer at each of its first three commits: one canvas a frame.
    const firsts = draws.flatMap((d) => d.slice(0, 3));
    expect(new Set(firsts).size, `frames of the first draws: ${draws.map((d) => d.slice(0, 3).join(',')).join(' | ')}`).to.equal(firsts.length);
  });

  it('stay plain for a reader who prefers reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const pg = await fixture<NnPlayground>(html`<nn-playground></nn-playground>`);
      await settle(pg);
      pg.play();
      expect(await moved(pg, '', 1500), 'no marks in 1.5 s of training').to.equal(false);
      pg.pause();
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});
