/**
 * What frameworks do to custom elements, done by hand: React 19 and Vue 3 set a prop as a
 * property when `name in element`, and as an attribute otherwise. No attribute of ours may
 * name a built-in property, or the framework writes to it (React crashes on `dataset`, whose
 * setter does not exist). The old `dataset` attribute still works on plain pages.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { NnDatasetPlot } from '../../src/elements/nn-dataset-plot/nn-dataset-plot.js';
import type { NnPlayground } from '../../src/elements/nn-playground/nn-playground.js';
import { settle } from '../elements/helpers.js';

interface Decl { tagName?: string; attributes?: { name: string }[] }
const manifest: { modules: { declarations?: Decl[] }[] } = await (await fetch('/custom-elements.json')).json();
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);

describe('attributes under frameworks', () => {
  it('no attribute in custom-elements.json is the name of a built-in HTMLElement property', () => {
    const plain = document.createElement('div');
    const clashes = elements.flatMap((d) => (d.attributes ?? []).filter((a) => a.name in plain).map((a) => `${d.tagName} ${a.name}`));
    expect(elements.length).to.equal(4);
    expect(clashes).to.deep.equal([]);
  });

  it('setting every manifest attribute as React does (property when `in`, else attribute) never throws', async () => {
    for (const d of elements) {
      const el = document.createElement(d.tagName!);
      document.body.append(el);
      try {
        for (const a of d.attributes ?? []) {
          // React 19's rule for custom elements.
          if (a.name in el) (el as unknown as Record<string, unknown>)[a.name] = 'x';
          else el.setAttribute(a.name, 'x');
        }
      } finally {
        el.remove();
      }
    }
  });

  it('dataset-name picks the dataset on the playground and the plot, as a property and as an attribute', async () => {
    const pg = await fixture<NnPlayground>(html`<nn-playground dataset-name="xor"></nn-playground>`);
    await settle(pg);
    expect(pg.config.dataset).to.equal('xor');
    pg.datasetName = 'spiral';
    await settle(pg);
    expect(pg.config.dataset).to.equal('spiral');
    const plot = await fixture<NnDatasetPlot>(html`<nn-dataset-plot dataset-name="gauss"></nn-dataset-plot>`);
    await settle(plot);
    expect(plot.datasetName).to.equal('gauss');
  });

  it('a plain page\'s old dataset="…" still works, and dataset-name wins when both are written', async () => {
    const pg = await fixture<NnPlayground>(html`<nn-playground dataset="gauss"></nn-playground>`);
    await settle(pg);
    expect(pg.config.dataset).to.equal('gauss');
    pg.setAttribute('dataset', 'xor');
    await settle(pg);
    expect(pg.config.dataset).to.equal('xor');
    const both = await fixture<NnPlayground>(html`<nn-playground dataset="gauss" dataset-name="spiral"></nn-playground>`);
    await settle(both);
    expect(both.config.dataset).to.equal('spiral');
    const plot = await fixture<NnDatasetPlot>(html`<nn-dataset-plot dataset="xor"></nn-dataset-plot>`);
    await settle(plot);
    expect(plot.datasetName).to.equal('xor');
  });
});
