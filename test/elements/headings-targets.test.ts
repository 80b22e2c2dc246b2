import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { byName, deepQueryAll, settle } from './helpers.js';

// Headings follow the host page (no level skipped, whatever the page's own levels), and every
// checkbox and radio is a 24 × 24 px target.
type AnyEl = HTMLElement & Record<string, any>;
const levels = (root: ParentNode) => deepQueryAll(root, 'h1,h2,h3,h4,h5,h6,[role="heading"]').map((h) => `${h.getAttribute('aria-level') ?? h.localName.slice(1)} ${h.textContent!.trim().slice(0, 24)}`);

describe('headings and targets', () => {
  it('a playground under an h1 titles its panels at level 2 and its inner graph\'s inspector at level 3; under an h3, at 4 and 5; axe finds nothing', async () => {
    for (const [tag, panel, inspector] of [['h1', '2', '3'], ['h3', '4', '5']]) {
      const wrap = await fixture<HTMLElement>(html`<div><h1>Lesson</h1>${tag === 'h3' ? html`<h2>Part</h2><h3>Exercise</h3>` : ''}<nn-playground seed="1"></nn-playground></div>`);
      const pg = wrap.querySelector('nn-playground') as AnyEl;
      await settle(pg);
      const graph = pg.shadowRoot!.querySelector('nn-graph') as AnyEl;
      byName(graph.shadowRoot!, 'Hidden layer 1, neuron 1').click();
      await settle(graph);
      const got = levels(pg.shadowRoot!);
      expect(got.filter((l) => /^\d (Data|Network|Output)$/.test(l)), tag).to.deep.equal([`${panel} Data`, `${panel} Network`, `${panel} Output`]);
      expect(levels(graph.shadowRoot!).filter((l) => l.includes('neuron 1')), tag).to.deep.equal([`${inspector} Hidden layer 1, neuron 1`]);
      // axe (best practices included: heading-order) over the page part and the element.
      await expect(wrap).to.be.accessible();
    }
  });

  it('a graph whose page has no heading before it titles its inspector at level 2, and its backward lines one below', async () => {
    const graph = await fixture<AnyEl>(html`<nn-graph inputs="1,0.5,-1" layers="4" seed="12" target="0.1"></nn-graph>`);
    await settle(graph);
    byName(graph.shadowRoot!, 'Backward pass').click();
    await graph.updateComplete;
    await new Promise((r) => graph.addEventListener('nn-backward', r, { once: true }));
    byName(graph.shadowRoot!, 'Output').click();
    await settle(graph);
    expect(levels(graph.shadowRoot!).map((l) => l.split(' ')[0])).to.deep.equal(['2', '3']);
    await expect(graph).to.be.accessible();
  });

  it('every checkbox and radio of the four elements is at least 24 × 24 px', async () => {
    const wrap = await fixture<HTMLElement>(html`<div style="width: 1100px">
      <nn-playground seed="1"></nn-playground>
      <nn-quiz-task mode="check"><p data-question>Q?</p><p data-choice="a" data-correct>A</p><p data-choice="b">B</p></nn-quiz-task>
      <nn-quiz-task mode="predict"><p data-question>P?</p><p data-choice="a">A</p><p data-choice="b">B</p></nn-quiz-task>
      <nn-dataset-plot editable show-axes></nn-dataset-plot>
    </div>`);
    for (const el of wrap.querySelectorAll<AnyEl>('*')) if (el.updateComplete) await settle(el);
    const inputs = deepQueryAll(wrap, 'input[type="checkbox"], input[type="radio"]') as HTMLInputElement[];
    expect(inputs.length).to.be.at.least(10);
    const small = inputs.map((i) => [i, i.getBoundingClientRect()] as const).filter(([, r]) => r.width < 24 || r.height < 24).map(([i, r]) => `${i.type} ${i.closest('label')?.textContent?.trim()}: ${r.width}×${r.height}`);
    expect(small).to.deep.equal([]);
  });
});
