/**
 * The built CDN files in dist/ (npm test builds them first), each loaded alone in a fresh
 * page as an author would paste it: each registers its own element and only the elements
 * it needs, and the whole-library file renders a working playground (from its second part,
 * nn-elements.playground.js, which it loads itself).
 */
import { expect } from '@open-wc/testing';
import * as inPlot from '../harness/nn-dataset-plot.js';
import * as inPlayground from '../harness/nn-playground.js';
import * as inGraph from '../harness/nn-graph.js';

async function page(script: string, body = ''): Promise<Window> {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '600px';
  frame.srcdoc = `<!doctype html><html lang="en"><body>${body}<script type="module" src="${script}"></script></body></html>`;
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  return frame.contentWindow!;
}

const TAGS = ['nn-graph', 'nn-dataset-plot', 'nn-playground', 'nn-quiz-task'];

/** The README's first example, pasted as-is into a page that sits beside dist/. */
async function readmeExample(): Promise<Window> {
  const readme = await (await fetch('/README.md')).text();
  const example = /```html\n([\s\S]*?)```/.exec(readme)![1];
  const frame = document.createElement('iframe');
  frame.style.width = '1100px';
  frame.style.height = '900px';
  // The page is at the project root, so the example's relative dist/nn-elements.js resolves.
  frame.srcdoc = `<!doctype html><html lang="en"><head><base href="/"></head><body>${example}</body></html>`;
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  return frame.contentWindow!;
}
const defined = (w: Window) => TAGS.filter((t) => w.customElements.get(t));

describe('dist CDN files, each alone in a page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('nn-graph.js defines nn-graph only', async () => {
    const w = await page('/dist/nn-graph.js');
    await w.customElements.whenDefined('nn-graph');
    expect(defined(w)).to.deep.equal(['nn-graph']);
  });

  it('nn-dataset-plot.js defines nn-dataset-plot only', async () => {
    const w = await page('/dist/nn-dataset-plot.js');
    await w.customElements.whenDefined('nn-dataset-plot');
    expect(defined(w)).to.deep.equal(['nn-dataset-plot']);
  });

  it('nn-playground.js defines the playground and the graph and plot inside it, not the quiz', async () => {
    const w = await page('/dist/nn-playground.js');
    await w.customElements.whenDefined('nn-playground');
    expect(defined(w)).to.deep.equal(['nn-graph', 'nn-dataset-plot', 'nn-playground']);
  });

  it('nn-playground.js, whose classes span several chunks, trains, draws, reports a bad attribute and resets', async () => {
    // The base element lives in a shared chunk, the playground, graph and plot in others: their
    // private members must carry the same short names in every chunk (scripts/private-names.mjs).
    const w = await page('/dist/nn-playground.js', '<nn-playground layers="2,x"></nn-playground>');
    await w.customElements.whenDefined('nn-playground');
    type El = HTMLElement & { step(): void; reset(): void; epoch: number; updateComplete: Promise<unknown> };
    const pg = w.document.querySelector('nn-playground') as El;
    await pg.updateComplete;
    const errors: unknown[] = [];
    w.addEventListener('error', (e) => errors.push(e.error));
    pg.step();
    pg.step();
    await pg.updateComplete;
    expect(pg.epoch).to.equal(2);
    expect(pg.shadowRoot!.querySelector('[part~="problems"]')?.textContent).to.include('layers="2,x"');
    const graph = inPlayground.innerGraph<HTMLElement & { updateComplete: Promise<unknown> }>(pg);
    await graph.updateComplete;
    expect(inGraph.links(graph).length).to.be.greaterThan(0);
    const canvas = inPlot.pointsCanvas(inPlayground.innerPlot(pg));
    expect(canvas.width).to.be.greaterThan(0);
    pg.reset();
    await pg.updateComplete;
    expect(pg.epoch).to.equal(0);
    expect(errors).to.deep.equal([]);
  });

  it('nn-quiz-task.js defines nn-quiz-task only', async () => {
    const w = await page('/dist/nn-quiz-task.js');
    await w.customElements.whenDefined('nn-quiz-task');
    expect(defined(w)).to.deep.equal(['nn-quiz-task']);
  });

  it('the README\'s first example, pasted beside dist/, renders both exercises and links the goal quiz', async () => {
    const w = await readmeExample();
    // The graph and the quiz at once; the playground and the plot from nn-elements.playground.js right after (shown on the page).
    await Promise.all(TAGS.map((t) => w.customElements.whenDefined(t)));
    expect(defined(w)).to.deep.equal(TAGS);
    const graph = w.document.querySelector('nn-graph') as HTMLElement & { updateComplete: Promise<unknown> };
    const quiz = w.document.querySelector('nn-quiz-task[goal]') as HTMLElement & { updateComplete: Promise<unknown> };
    await graph.updateComplete;
    await quiz.updateComplete;
    expect(inGraph.nodes(graph).length).to.equal(3 + 4 + 1);
    expect(quiz.shadowRoot!.textContent).to.include('Training loss');
    expect(quiz.shadowRoot!.textContent).to.not.include('Waiting for the exercise');
  });

  // With a query (WordPress adds ?ver=, CDNs cache keys) the parts must still share one copy of the classes.
  for (const src of ['/dist/nn-elements.js', '/dist/nn-elements.js?ver=1']) {
    it(`${src} defines all four (the playground and the plot from its second part), and its playground trains`, async () => {
      const w = await page(src, '<nn-playground></nn-playground>');
      await Promise.all(TAGS.map((t) => w.customElements.whenDefined(t)));
      expect(defined(w)).to.deep.equal(TAGS);
      const pg = w.document.querySelector('nn-playground') as HTMLElement & { step(): void; epoch: number; updateComplete: Promise<unknown> };
      await pg.updateComplete;
      pg.step();
      expect(pg.epoch).to.equal(1);
      const graph = inPlayground.innerGraph<HTMLElement & { updateComplete: Promise<unknown> }>(pg);
      expect(inGraph.nodes(graph).length).to.equal(2 + 4 + 2 + 1);
    });
  }
});
