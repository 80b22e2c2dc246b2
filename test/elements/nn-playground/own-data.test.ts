/**
 * The playground trains on any data: the author's points (the `data` property, an inline JSON
 * child), a CSV file the learner picks, points drawn on the plot, and "Regenerate".
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/nn-playground/nn-playground.js';
import type { NnPlayground } from '../../../src/elements/nn-playground/nn-playground.js';
import type { NnDatasetPlot } from '../../../src/elements/nn-dataset-plot/nn-dataset-plot.js';
import { createRandom } from '../../../src/core/random.js';
import { parsePointsCsv } from '../../../src/core/csv.js';
import { allByName, byName, settle } from '../helpers.js';
import * as inPlayground from '../../harness/nn-playground.js';

/** 40 points of two classes, seeded: x < 0 orange, x > 0 blue. */
function fortyPoints(): { x: number; y: number; label: number }[] {
  const r = createRandom('own');
  return Array.from({ length: 40 }, (_, i) => {
    const x = (r.next() * 5 + 0.5) * (i % 2 ? 1 : -1);
    return { x: Math.round(x * 100) / 100, y: Math.round((r.next() * 10 - 5) * 100) / 100, label: i % 2 ? 1 : -1 };
  });
}

const csvOf = (points: { x: number; y: number; label: number }[], header = true) => `${header ? 'x,y,label\n' : ''}${points.map((p) => `${p.x},${p.y},${p.label}`).join('\n')}\n`;

/** The losses of 10 epochs. */
function tenEpochs(pg: NnPlayground): number[] {
  const out: number[] = [];
  for (let e = 0; e < 10; e++) {
    pg.step();
    out.push(pg.trainLoss, pg.testLoss);
  }
  return out;
}

/** Waits for `done` (checked each frame), for at most 10 s: a state, not a time. */
async function until(done: () => boolean): Promise<void> {
  const end = performance.now() + 10000;
  while (!done() && performance.now() < end) await new Promise((r) => requestAnimationFrame(r));
}

/** Chooses a file in the playground's CSV input, as a learner does, and waits for what it says about the file. */
async function chooseFile(pg: NnPlayground, name: string, text: string): Promise<void> {
  const input = byName<HTMLInputElement>(pg.shadowRoot!, 'Load points from a CSV file');
  const files = new DataTransfer();
  files.items.add(new File([text], name, { type: 'text/csv' }));
  input.files = files.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  // Every outcome names the file in the playground's message.
  await until(() => (pg.shadowRoot!.querySelector('[role="alert"]')?.textContent ?? '').includes(name));
  await pg.updateComplete;
}

describe('<nn-playground>: its own data', () => {
  it('trains on an author\'s 40 points the same way from `data`, an inline JSON child and a CSV file: the same first 10 epochs', async () => {
    const points = fortyPoints();
    const a = await fixture<NnPlayground>(html`<nn-playground seed="4"></nn-playground>`);
    a.data = points;
    await settle(a);
    const b = await fixture<NnPlayground>(html`<nn-playground seed="4"><script type="application/json">${JSON.stringify(points)}</script></nn-playground>`);
    await settle(b);
    const c = await fixture<NnPlayground>(html`<nn-playground seed="4"></nn-playground>`);
    await settle(c);
    await chooseFile(c, 'points.csv', csvOf(points));
    for (const pg of [a, b, c]) {
      expect(pg.config.dataset).to.equal('custom');
      expect(pg.trainPoints.length + pg.testPoints.length).to.equal(40);
      expect(pg.trainPoints.length, 'train-ratio 50% splits them').to.equal(20);
    }
    const [la, lb, lc] = [tenEpochs(a), tenEpochs(b), tenEpochs(c)];
    expect(lb).to.deep.equal(la);
    expect(lc).to.deep.equal(la);
    expect(c.shadowRoot!.textContent).to.contain('Training on 40 points from points.csv.');
  });

  it('each bad CSV is refused with its line and problem, and the data stays', async () => {
    const pg = await fixture<NnPlayground>(html`<nn-playground seed="4"></nn-playground>`);
    pg.data = fortyPoints();
    await settle(pg);
    const before = JSON.stringify(pg.trainPoints);
    const many = `x,y,label\n${Array.from({ length: 50000 }, (_, i) => `${(i % 10) - 5},0,1`).join('\n')}`;
    const cases: [string, string, string][] = [
      ['row.csv', 'x,y,label\n1,2,1\n1,oops,1\n', 'Line 3 of row.csv'],
      ['label.csv', 'x,y,label\n1,2,1\n1,2,0.5\n', 'Line 3 of label.csv: a label must be −1 (orange) or +1 (blue), not 0.5'],
      ['range.csv', '1,2,1\n9,2,1\n', 'Line 2 of range.csv: x and y must lie from -6 to 6'],
      ['empty.csv', '\n\n', 'empty.csv: the file holds no points'],
      ['cols.csv', '1,2\n', 'Line 1 of cols.csv: a row needs 3 numbers'],
      ['many.csv', many, 'Line 5,002 of many.csv: more than 5,000 points'],
      ['big.csv', `x,y,label\n${'1,1,1\n'.repeat(110000)}`, 'big.csv is larger than 512 KB'],
    ];
    for (const [name, text, message] of cases) {
      await chooseFile(pg, name, text);
      expect(pg.shadowRoot!.querySelector('[role="alert"]')?.textContent ?? '', name).to.contain(message);
      expect(JSON.stringify(pg.trainPoints), `${name} keeps the data`).to.equal(before);
    }
    expect(parsePointsCsv('1;2;1\n-1\t2\t-1\n')).to.deep.equal({ points: [{ x: 1, y: 2, label: 1 }, { x: -1, y: 2, label: -1 }], problem: 'classification' });
  });

  it('regression data (values from −1 to 1) makes a regression problem, and "Your data" is its picker', async () => {
    const pg = await fixture<NnPlayground>(html`<nn-playground></nn-playground>`);
    pg.data = fortyPoints().map((p) => ({ ...p, label: p.x / 6 }));
    await settle(pg);
    expect(pg.config.problem).to.equal('regression');
    const own = byName<HTMLInputElement>(pg.shadowRoot!, 'Your data');
    expect(own.checked).to.equal(true);
    byName<HTMLInputElement>(pg.shadowRoot!, 'Plane').click();
    await settle(pg);
    expect(pg.config.dataset).to.equal('plane');
    byName<HTMLInputElement>(pg.shadowRoot!, 'Your data').click();
    await settle(pg);
    expect(pg.config.dataset).to.equal('custom');
    expect(pg.trainPoints.length + pg.testPoints.length).to.equal(40);
  });

  it('points outside −6…6 are left out and counted; dataset-name="custom" without points is reported', async () => {
    const pg = await fixture<NnPlayground>(html`<nn-playground></nn-playground>`);
    pg.data = [...fortyPoints(), { x: 9, y: 0, label: 1 }, { x: 0, y: -7, label: -1 }];
    await settle(pg);
    expect(pg.trainPoints.length + pg.testPoints.length).to.equal(40);
    expect(pg.attributeProblems.join()).to.contain('2 of the points lie outside −6…6');
    const none = await fixture<NnPlayground>(html`<nn-playground dataset-name="custom"></nn-playground>`);
    await settle(none);
    expect(none.config.dataset).to.equal('circle');
    expect(none.attributeProblems.join()).to.contain('dataset-name="custom"');
  });

  it('"Regenerate" draws new points from the same dataset, keeps them for the seed, and can be hidden', async () => {
    const pg = await fixture<NnPlayground>(html`<nn-playground seed="3"></nn-playground>`);
    await settle(pg);
    const first = JSON.stringify(pg.trainPoints);
    byName<HTMLButtonElement>(pg.shadowRoot!, 'Regenerate').click();
    await settle(pg);
    expect(JSON.stringify(pg.trainPoints)).to.not.equal(first);
    expect(pg.config.dataset).to.equal('circle');
    expect(pg.epoch).to.equal(0);
    const again = await fixture<NnPlayground>(html`<nn-playground seed="3" hide="regenerate,load-csv"></nn-playground>`);
    await settle(again);
    expect(JSON.stringify(again.trainPoints), 'a fresh one has the seed\'s points').to.equal(first);
    expect(allByName(again.shadowRoot!, 'Regenerate').length).to.equal(0);
    expect(allByName(again.shadowRoot!, 'Load points from a CSV file').length).to.equal(0);
  });

  it('with editable-data the learner draws a training point on the plot, and removes it again', async () => {
    const pg = await fixture<NnPlayground>(html`<nn-playground editable-data seed="2"></nn-playground>`);
    await settle(pg);
    const plot = inPlayground.innerPlot<NnDatasetPlot>(pg);
    const n = pg.trainPoints.length;
    plot.addPoint({ x: 1.5, y: -2, label: 1 });
    await settle(pg);
    expect(pg.trainPoints.length).to.equal(n + 1);
    expect(pg.trainPoints.some((p) => p.x === 1.5 && p.y === -2)).to.equal(true);
    expect(pg.state.drawn).to.deep.equal([{ x: 1.5, y: -2, label: 1 }]);
    const i = plot.trainPoints.findIndex((p) => p.x === 1.5 && p.y === -2);
    plot.removePoint(i);
    await settle(pg);
    expect(pg.trainPoints.length).to.equal(n);
  });

  it('a state with own points restores them, and a state with bad points is refused whole', async () => {
    const pg = await fixture<NnPlayground>(html`<nn-playground seed="4"></nn-playground>`);
    pg.data = fortyPoints();
    await settle(pg);
    pg.step();
    const saved = JSON.parse(JSON.stringify(pg.state));
    const other = await fixture<NnPlayground>(html`<nn-playground seed="4"></nn-playground>`);
    await settle(other);
    other.state = saved;
    expect(other.config.dataset).to.equal('custom');
    expect(JSON.stringify(other.trainPoints)).to.equal(JSON.stringify(pg.trainPoints));
    expect(() => (other.state = { ...saved, points: [{ x: 99, y: 0, label: 1 }] })).to.throw(/state\.points\[0\]/);
    expect(other.config.dataset).to.equal('custom');
  });
});

describe('<nn-playground>: setups that travel', () => {
  afterEach(() => {
    localStorage.clear();
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('persist-key: play, reload, and the same epoch, weights and own points are back', async () => {
    const first = await fixture<NnPlayground>(html`<nn-playground id="keep" persist-key="lesson-2" seed="4"></nn-playground>`);
    first.data = fortyPoints();
    await settle(first);
    for (let e = 0; e < 7; e++) first.step();
    first.pause();
    const saved = first.state;
    first.remove();
    const again = await fixture<NnPlayground>(html`<nn-playground id="keep" persist-key="lesson-2" seed="4"></nn-playground>`);
    await settle(again);
    expect(again.epoch).to.equal(7);
    expect(again.config.dataset).to.equal('custom');
    expect(JSON.stringify(again.state.network)).to.equal(JSON.stringify(saved.network));
    expect(JSON.stringify(again.trainPoints)).to.equal(JSON.stringify(first.trainPoints));
  });

  it('two playgrounds with one key keep their own data', async () => {
    const host = await fixture<HTMLDivElement>(html`<div>
      <nn-playground id="p1" persist-key="shared" seed="4"></nn-playground>
      <nn-playground id="p2" persist-key="shared" seed="4" dataset-name="xor"></nn-playground></div>`);
    const [a, b] = [...host.querySelectorAll('nn-playground')] as NnPlayground[];
    await Promise.all([settle(a), settle(b)]);
    a.data = fortyPoints();
    await settle(a);
    a.step();
    a.pause();
    b.step();
    b.step();
    b.pause();
    host.innerHTML = '';
    const again = await fixture<HTMLDivElement>(html`<div>
      <nn-playground id="p1" persist-key="shared" seed="4"></nn-playground>
      <nn-playground id="p2" persist-key="shared" seed="4" dataset-name="xor"></nn-playground></div>`);
    const [a2, b2] = [...again.querySelectorAll('nn-playground')] as NnPlayground[];
    await Promise.all([settle(a2), settle(b2)]);
    expect([a2.epoch, a2.config.dataset]).to.deep.equal([1, 'custom']);
    expect([b2.epoch, b2.config.dataset]).to.deep.equal([2, 'xor']);
  });

  it('a copied link restores that playground\'s settings in a new page, leaving another playground and the page\'s own hash alone', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#intro`);
    const host = await fixture<HTMLDivElement>(html`<div>
      <nn-playground id="ex2"></nn-playground><nn-playground id="other" url-state></nn-playground></div>`);
    const [a] = [...host.querySelectorAll('nn-playground')] as NnPlayground[];
    await settle(a);
    a.applyConfig({ 'learning-rate': 0.1, activation: 'relu', layers: [3] });
    await settle(a);
    byName<HTMLButtonElement>(a.shadowRoot!, 'Copy link to this setup').click();
    await until(() => location.hash.includes('nn-ex2='));
    expect(location.hash.startsWith('#intro&nn-ex2=')).to.equal(true);
    const link = location.hash;
    host.remove();
    history.replaceState(null, '', `${location.pathname}${location.search}${link}`);
    const page = await fixture<HTMLDivElement>(html`<div>
      <nn-playground id="ex2" url-state></nn-playground><nn-playground id="other" url-state></nn-playground></div>`);
    const [a2, o2] = [...page.querySelectorAll('nn-playground')] as NnPlayground[];
    await Promise.all([settle(a2), settle(o2)]);
    expect([a2.config.learningRate, a2.config.activation, a2.config.layers]).to.deep.equal([0.1, 'relu', [3]]);
    expect([o2.config.learningRate, o2.config.activation], 'the other one is its own').to.deep.equal([0.03, 'tanh']);
    expect(location.hash.startsWith('#intro&'), 'the host\'s hash stays').to.equal(true);
  });

  it('a bad link is reported and ignored; without an id there is no link action', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#nn-ex3=%7Bbroken`);
    const pg = await fixture<NnPlayground>(html`<nn-playground id="ex3" url-state></nn-playground>`);
    await settle(pg);
    expect(pg.attributeProblems.join()).to.contain('url-state');
    expect(pg.config.learningRate).to.equal(0.03);
    const bare = await fixture<NnPlayground>(html`<nn-playground></nn-playground>`);
    await settle(bare);
    expect(allByName(bare.shadowRoot!, 'Copy link to this setup').length).to.equal(0);
  });
});
