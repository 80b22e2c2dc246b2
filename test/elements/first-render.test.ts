import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { nearNow } from '../../src/elements/shared/first-render.js';

// A page's graphs, plots, playgrounds and quizzes render first each in a task of their own, so
// that a lesson's upgrade is not one long task; a quiz shows the author's question and choices
// until then (the one-element file nn-quiz-task.js renders it at once: ./nn-quiz-task/own-file.test.ts).
// updateComplete waits for the elements inside a playground too, and each element gets the
// custom state nn-ready when it has rendered (nn-elements.css holds its space until then).
// One far below the viewport waits to render until it comes near, or until it is awaited.
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

  /** What a quiz's shadow root shows of the author's children (its slots' assigned elements). */
  const shown = (q: AnyEl): string[] => [...q.shadowRoot!.querySelectorAll('slot')].flatMap((s) => s.assignedElements()).map((e) => e.textContent!.trim());

  it('a quiz renders first in a later task, showing the author\'s question and choices until then (not the feedback nor the explanation), then has nn-ready', async () => {
    const q = add('<nn-quiz-task mode="predict"><p data-question>Q?</p><p data-choice="a">A</p><p data-feedback="a">F</p><div data-explanation>E</div></nn-quiz-task>');
    await microtasks();
    expect(q.hasUpdated, 'not in the task that upgraded it').to.equal(false);
    expect(shown(q)).to.deep.equal(['Q?', 'A']);
    await q.updateComplete;
    await microtasks();
    expect(q.matches(':state(nn-ready)')).to.equal(true);
    // Rendered: its own slots, the placeholder gone.
    expect(q.shadowRoot!.querySelectorAll('slot:not([name])').length).to.equal(0);
    expect(q.shadowRoot!.querySelectorAll('input').length).to.equal(1);
  });

  it('a playground\'s updateComplete waits for its graph and plot to render', async () => {
    const pg = add('<nn-playground seed="1"></nn-playground>');
    await pg.updateComplete;
    const inner = [...pg.shadowRoot!.querySelectorAll<AnyEl>('nn-graph, nn-dataset-plot')];
    expect(inner.length).to.be.at.least(2);
    expect(inner.map((e) => e.hasUpdated)).to.deep.equal(inner.map(() => true));
  });

  const frames = async (n: number) => { for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r)); };
  /** An element after a spacer three viewports tall: far below the fold. */
  function addBelow(html: string): AnyEl {
    const el = add(`<div style="height: ${3 * innerHeight}px"></div>${html}`);
    return el.nextElementSibling as AnyEl;
  }

  for (const tag of ['nn-graph', 'nn-playground', 'nn-quiz-task']) {
    it(`${tag} far below the viewport renders only when it comes near, then has nn-ready`, async () => {
      const el = addBelow(`<${tag}></${tag}>`);
      await frames(4);
      expect(el.hasUpdated, 'not while far off screen').to.equal(false);
      expect(el.shadowRoot!.querySelector('[part]')).to.equal(null);
      // Half a viewport away counts as near.
      scrollTo(0, el.getBoundingClientRect().top + scrollY - 1.4 * innerHeight);
      try {
        for (let i = 0; i < 60 && !el.matches(':state(nn-ready)'); i++) await frames(1);
        expect(el.hasUpdated).to.equal(true);
        expect(el.matches(':state(nn-ready)')).to.equal(true);
      } finally {
        scrollTo(0, 0);
      }
    });
  }

  it('a goal quiz far below the viewport keeps a goal reached before the learner got there, across a reload', async () => {
    for (const k of Object.keys(localStorage)) if (k.includes('far-goal')) localStorage.removeItem(k);
    const make = () => add(`<div><div style="height: ${3 * innerHeight}px"></div><nn-playground id="far-pg"></nn-playground>
      <nn-quiz-task for="far-pg" goal="epoch >= 1" persist-key="far-goal"><p>Train.</p></nn-quiz-task></div>`);
    const wrap = make();
    const pg = wrap.querySelector<AnyEl>('nn-playground')!;
    const quiz = wrap.querySelector<AnyEl>('nn-quiz-task')!;
    await pg.updateComplete;
    const done = new Promise((r) => quiz.addEventListener('nn-task-complete', r, { once: true }));
    pg.step();
    await done;
    wrap.remove();
    const again = make().querySelector<AnyEl>('nn-quiz-task')!;
    await again.updateComplete;
    expect(again.complete).to.equal(true);
  });

  it('a goal quiz far below the viewport waits to render while its exercise does not change', async () => {
    const quiz = addBelow('<nn-quiz-task for="not-on-this-page" goal="epoch >= 1"><p>Train.</p></nn-quiz-task>');
    await frames(4);
    expect(quiz.hasUpdated).to.equal(false);
    expect(shown(quiz)).to.deep.equal(['Train.']);
  });

  it('a far element that is awaited renders at once and is nn-ready when the await returns, also when its updateComplete is read before its first update began', async () => {
    const pg = addBelow('<nn-playground></nn-playground>');
    // Read in the same task as the upgrade, before the update's own microtasks ran.
    const done = pg.updateComplete;
    await done;
    expect(pg.hasUpdated).to.equal(true);
    // Who awaited it sees it ready, with nothing else awaited.
    expect(pg.matches(':state(nn-ready)')).to.equal(true);
    const graph = addBelow('<nn-graph></nn-graph>');
    await frames(3);
    expect(graph.hasUpdated).to.equal(false);
    await graph.updateComplete;
    expect(graph.shadowRoot!.querySelectorAll('[part~="node"]').length).to.equal(3 + 4 + 1);
  });

  it('a goal reads a far playground\'s losses only after its first update (its training run is not built before), then shows them', async () => {
    const quiz = add('<nn-quiz-task for="far-pg" goal="train-loss < 0.2"><p>Goal</p></nn-quiz-task>');
    const pg = addBelow('<nn-playground id="far-pg" seed="3"></nn-playground>');
    await frames(4);
    await quiz.updateComplete;
    expect(pg.hasUpdated).to.equal(false);
    expect(quiz.shadowRoot!.textContent).to.contain('Training loss: –');
    await pg.updateComplete;
    await frames(2);
    await quiz.updateComplete;
    expect(quiz.shadowRoot!.textContent).to.match(/Training loss: \d\.\d{3}/);
  });

  it('once the page has painted, an element on screen or half a viewport away is near by its box, one further or not laid out is not', async () => {
    await frames(2);
    expect(performance.getEntriesByType('paint').length, 'the test page has painted').to.be.greaterThan(0);
    const box = (css: string) => {
      const el = add(`<div style="position: absolute; left: 0; width: 50px; height: 50px; ${css}"></div>`);
      return nearNow(el, window);
    };
    expect(box('top: 0')).to.equal(true);
    expect(box(`top: ${1.4 * innerHeight}px`)).to.equal(true);
    expect(box(`top: ${1.6 * innerHeight}px`)).to.equal(false);
    expect(box('top: 0; display: none')).to.equal(false);
  });
});
