/**
 * A page behind a strict Content-Security-Policy (no inline styles, scripts from the page's
 * own origin only), loading the built bundle: no violation is reported, the diagram keeps
 * its size and the forward pass and training run.
 */
import { expect } from '@open-wc/testing';
import * as inGraph from '../harness/nn-graph.js';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:";

async function strictPage(body: string): Promise<{ w: Window; violations: string[] }> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '900px';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta http-equiv="Content-Security-Policy" content="${CSP}"></head>
    <body>${body}<script type="module" src="/dist/nn-elements.js"></script></body></html>`;
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  const w = frame.contentWindow!;
  const violations: string[] = [];
  w.document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective}: ${e.sample || e.blockedURI}`));
  await w.customElements.whenDefined('nn-playground');
  return { w, violations };
}

const frames = (w: Window, n: number) => new Promise<void>((resolve) => {
  const tick = () => (--n <= 0 ? resolve() : w.requestAnimationFrame(tick));
  w.requestAnimationFrame(tick);
});

describe('under a strict CSP (style-src \'self\')', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('the graph renders full size and plays its forward pass with no violation', async () => {
    const { w, violations } = await strictPage('<nn-graph inputs="1,2,3" layers="4"></nn-graph>');
    const graph = w.document.querySelector('nn-graph') as HTMLElement & { play(): void; values: number[][] | null; updateComplete: Promise<unknown> };
    await graph.updateComplete;
    await frames(w, 3);
    const diagram = inGraph.diagram(graph);
    expect(diagram.getBoundingClientRect().height).to.be.above(200);
    const node = inGraph.node(graph, '1:0');
    const box = diagram.getBoundingClientRect();
    const at = node.getBoundingClientRect();
    // Placed in its column, not piled up at the top left.
    expect(at.left - box.left).to.be.above(box.width / 4);
    // Wait for the pass to be complete, not for a time: a busy machine plays it later.
    const done = new Promise((r) => graph.addEventListener('nn-forward', r, { once: true }));
    graph.play();
    await done;
    expect(graph.values).to.not.equal(null);
    expect(violations).to.deep.equal([]);
  });

  it('the playground trains and draws with no violation', async () => {
    const { w, violations } = await strictPage('<nn-playground></nn-playground>');
    const pg = w.document.querySelector('nn-playground') as HTMLElement & { play(): void; pause(): void; epoch: number; updateComplete: Promise<unknown> };
    await pg.updateComplete;
    pg.play();
    await frames(w, 20);
    pg.pause();
    expect(pg.epoch).to.be.above(5);
    expect(violations).to.deep.equal([]);
  });
});
