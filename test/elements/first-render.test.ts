import { expect } from '@open-wc/testing';
import '../../src/index.js';

// A page's graphs, plots and playgrounds render first each in a task of their own, so that a
// lesson's upgrade is not one long task; a quiz renders at once (it shows the author's text).
// updateComplete waits for the elements inside a playground too, and each element gets the
// custom state nn-ready when it has rendered (nn-elements.css holds its space until then).
type AnyEl = HTMLElement & Record<string, any>;
const microtasks = async (n = 20) => { for (let i = 0; i < n; i++) await Promise.resolve(); };

describe('first render', () => {
  const added: Element[] = [];
  afterEach(() => added.splice(0).forEach((e) => e.remove()));

  function add(html: string): AnyEl {
    const wrap = document.createElement('div');
    added.push(wrap);
    wrap.innerHTML = html;
    document.body.append(wrap);
    return wrap.firstElementChild as AnyEl;
  }

  for (const tag of ['nn-graph', 'nn-dataset-plot', 'nn-playground']) {
    it(`${tag} renders first in a later task, then has the state nn-ready`, async () => {
      const el = add(`<${tag}></${tag}>`);
      await microtasks();
      expect(el.hasUpdated, 'not in the task that upgraded it').to.equal(false);
      expect(el.matches(':state(nn-ready)')).to.equal(false);
      await el.updateComplete;
      expect(el.hasUpdated).to.equal(true);
      await microtasks();
      expect(el.matches(':state(nn-ready)')).to.equal(true);
    });
  }

  it('a quiz renders in the task that upgraded it', async () => {
    const q = add('<nn-quiz-task mode="predict"><p data-question>Q?</p><p data-choice="a">A</p></nn-quiz-task>');
    await microtasks();
    expect(q.hasUpdated).to.equal(true);
  });

  it('a playground\'s updateComplete waits for its graph and plot to render', async () => {
    const pg = add('<nn-playground seed="1"></nn-playground>');
    await pg.updateComplete;
    const inner = [...pg.shadowRoot!.querySelectorAll<AnyEl>('nn-graph, nn-dataset-plot')];
    expect(inner.length).to.be.at.least(2);
    expect(inner.map((e) => e.hasUpdated)).to.deep.equal(inner.map(() => true));
  });
});
