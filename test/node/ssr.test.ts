/**
 * Server rendering, as Astro or Next do it: every element renders with @lit-labs/ssr in Node
 * without throwing, and its shadow content (toolbar, diagram, controls) is in the HTML.
 * Browser-only APIs (requestAnimationFrame, matchMedia, observers, storage) may be touched
 * only after connect, which never happens on the server.
 */
import { expect } from 'chai';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import '../../src/index.js';

function ssr(template: ReturnType<typeof html>): string {
  return collectResultSync(render(template));
}

describe('server rendering with @lit-labs/ssr', () => {
  it('nn-graph renders its toolbar and its diagram of 3-4-1 nodes', () => {
    const out = ssr(html`<nn-graph inputs="0,0,0" layers="4" activation="relu"></nn-graph>`);
    expect(out).to.include('<template shadowroot="open"');
    expect(out.match(/part="node"/g)?.length).to.equal(3 + 4 + 1);
  });

  it('nn-dataset-plot renders its canvas and summary', () => {
    const out = ssr(html`<nn-dataset-plot dataset-name="xor"></nn-dataset-plot>`);
    expect(out).to.include('<canvas');
    expect(out).to.match(/training points/);
  });

  it('nn-playground renders its controls and its inner graph and plot', () => {
    const out = ssr(html`<nn-playground dataset-name="circle"></nn-playground>`);
    expect(out).to.include('Learning rate');
    expect(out).to.include('<nn-graph');
    expect(out).to.include('<nn-dataset-plot');
  });

  it('nn-quiz-task renders in goal mode and in choice mode', () => {
    const goal = ssr(html`<nn-quiz-task goal="train-loss < 0.2"><p>Train.</p></nn-quiz-task>`);
    expect(goal).to.include('<template shadowroot="open"');
    const choice = ssr(html`<nn-quiz-task mode="predict"><p data-question>Q?</p><p data-choice="a">A</p></nn-quiz-task>`);
    expect(choice).to.include('<template shadowroot="open"');
  });
});
