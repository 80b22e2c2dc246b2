import { expect } from '@open-wc/testing';
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { byName } from '../elements/helpers.js';

// A lesson packaged by `nn-elements scorm` (scripts/build-scorm-fixture.mjs, run by npm test),
// launched as an LMS launches it: this page is the LMS, with scorm-again's runtime on
// window.API / window.API_1484_11, and the package's page in a frame.
type AnyEl = HTMLElement & Record<string, any>;

const frames = (win: Window, n = 2) => new Promise<void>((r) => {
  const step = (k: number) => (k ? win.requestAnimationFrame(() => step(k - 1)) : r());
  step(n);
});

async function launch(version: '1.2' | '2004'): Promise<{ win: Window & typeof globalThis; doc: Document }> {
  document.querySelectorAll('iframe').forEach((f) => f.remove());
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 700px; border: 0';
  document.body.append(frame);
  await new Promise<void>((resolve) => {
    frame.addEventListener('load', () => resolve(), { once: true });
    frame.src = `/test/fixtures/scorm/out/${version}/test/fixtures/scorm/lesson.html`;
  });
  const win = frame.contentWindow as Window & typeof globalThis;
  await win.customElements.whenDefined('nn-quiz-task');
  for (const q of win.document.querySelectorAll<AnyEl>('nn-quiz-task')) await q.updateComplete;
  await frames(win, 3);
  return { win, doc: win.document };
}

/** The learner answers both tasks: tanh, checked (correct), and a prediction. */
async function answerAll(doc: Document): Promise<void> {
  const [check, predict] = [...doc.querySelectorAll<AnyEl>('nn-quiz-task')];
  byName(check.shadowRoot!, /tanh/).click();
  await check.updateComplete;
  byName(check.shadowRoot!, 'Check').click();
  await check.updateComplete;
  byName(predict.shadowRoot!, /ReLU of its bias/).click();
  await predict.updateComplete;
}

const cmiOf = (api: { cmi: unknown }) => JSON.parse(JSON.stringify(api.cmi));

describe('a lesson as a SCORM package, in an LMS runtime (scorm-again)', () => {
  afterEach(() => {
    delete (window as any).API;
    delete (window as any).API_1484_11;
    document.querySelectorAll('iframe').forEach((f) => f.remove());
  });

  it('SCORM 1.2: incomplete while tasks remain, passed with score 100 once both are done, one interaction per task, one finish on pagehide', async () => {
    const api = new Scorm12API({ logLevel: 5, autocommit: false });
    api.loadFromJSON({ student_data: { mastery_score: '50' } } as any);
    let finishes = 0;
    const finish = api.LMSFinish;
    api.LMSFinish = (p?: string) => (finishes++, finish.call(api, p));
    (window as any).API = api;
    const { win, doc } = await launch('1.2');
    expect(api.isInitialized(), 'initialised on load').to.equal(true);
    expect(api.LMSGetValue('cmi.core.lesson_status')).to.equal('incomplete');
    await answerAll(doc);
    expect(api.LMSGetValue('cmi.core.lesson_status')).to.equal('passed');
    expect([api.LMSGetValue('cmi.core.score.raw'), api.LMSGetValue('cmi.core.score.min'), api.LMSGetValue('cmi.core.score.max')]).to.deep.equal(['100', '0', '100']);
    const cmi = cmiOf(api);
    const interactions = Object.values(cmi.interactions.childArray ?? cmi.interactions).filter((i: any) => i && i.id) as any[];
    expect(interactions.map((i) => [i.id, i.type, i.student_response, i.result])).to.deep.equal([['negative', 'choice', 'tanh', 'correct'], ['zero', 'choice', 'bias', 'neutral']]);
    win.dispatchEvent(new Event('pagehide'));
    expect(api.isTerminated(), 'finished on pagehide').to.equal(true);
    win.dispatchEvent(new Event('pagehide'));
    expect(finishes, 'one finish for two pagehides').to.equal(1);
  });

  it('SCORM 1.2 resume: a second launch with the first one\'s suspend data shows the tasks as they were', async () => {
    const first = new Scorm12API({ logLevel: 5, autocommit: false });
    (window as any).API = first;
    let page = await launch('1.2');
    const [check] = [...page.doc.querySelectorAll<AnyEl>('nn-quiz-task')];
    byName(check.shadowRoot!, /tanh/).click();
    await check.updateComplete;
    byName(check.shadowRoot!, 'Check').click();
    await check.updateComplete;
    page.win.dispatchEvent(new Event('pagehide'));
    const suspend = first.cmi.suspend_data;
    expect(first.LMSGetValue('cmi.core.lesson_status')).to.equal('incomplete');
    const second = new Scorm12API({ logLevel: 5, autocommit: false });
    second.loadFromJSON({ suspend_data: suspend } as any);
    (window as any).API = second;
    page = await launch('1.2');
    const [again, predict] = [...page.doc.querySelectorAll<AnyEl>('nn-quiz-task')];
    expect(again.complete, 'the checked task is back').to.equal(true);
    expect(predict.complete).to.equal(false);
  });

  it('SCORM 2004: completion and success against the mastery score, score raw/max/scaled, interactions', async () => {
    const api = new Scorm2004API({ logLevel: 5, autocommit: false });
    api.loadFromJSON({ scaled_passing_score: '0.5' } as any);
    (window as any).API_1484_11 = api;
    const { win, doc } = await launch('2004');
    expect(api.GetValue('cmi.completion_status')).to.equal('incomplete');
    await answerAll(doc);
    expect([api.GetValue('cmi.completion_status'), api.GetValue('cmi.success_status')]).to.deep.equal(['completed', 'passed']);
    expect([api.GetValue('cmi.score.raw'), api.GetValue('cmi.score.max'), api.GetValue('cmi.score.scaled')]).to.deep.equal(['1', '1', '1']);
    expect([api.GetValue('cmi.interactions._count'), api.GetValue('cmi.interactions.0.id'), api.GetValue('cmi.interactions.0.result'), api.GetValue('cmi.interactions.1.result')]).to.deep.equal(['2', 'negative', 'correct', 'neutral']);
    win.dispatchEvent(new Event('pagehide'));
    expect(api.isTerminated()).to.equal(true);
  });

  it('without an LMS the lesson works and says nothing is recorded', async () => {
    const { win, doc } = await launch('1.2');
    const said: string[] = [];
    const info = console.info;
    console.info = (m: string) => said.push(m);
    try {
      const { connect } = await import('../../src/scorm/adapter.js');
      expect(connect(win)).to.equal(null);
    } finally {
      console.info = info;
    }
    expect(said.join()).to.contain('nothing is recorded');
    await answerAll(doc);
    expect([...doc.querySelectorAll<AnyEl>('nn-quiz-task')].every((q) => q.complete)).to.equal(true);
  });
});
