import { expect } from '@open-wc/testing';
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { byName } from '../elements/helpers.js';
import { decode } from '../../src/scorm/suspend.js';

// The demo lesson, packaged by `nn-elements scorm` (scripts/build-scorm-fixture.mjs) with a
// mastery score of 80, in scorm-again's LMS runtime: a learner does all of it, leaves, and
// comes back from the data model the LMS kept.
type AnyEl = HTMLElement & Record<string, any>;
const TAGS = ['nn-graph', 'nn-playground', 'nn-quiz-task', 'nn-dataset-plot'];

async function launch(version: '1.2' | '2004'): Promise<{ win: Window & typeof globalThis; doc: Document }> {
  document.querySelectorAll('iframe').forEach((f) => f.remove());
  // What the page keeps itself (persist-key) is gone, as on another computer: only the LMS remembers.
  localStorage.clear();
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1280px; height: 800px; border: 0';
  document.body.append(frame);
  await new Promise<void>((resolve) => {
    frame.addEventListener('load', () => resolve(), { once: true });
    frame.src = `/test/fixtures/scorm/out/demo-${version}/demo/index.html`;
  });
  const win = frame.contentWindow as Window & typeof globalThis;
  await Promise.all(TAGS.map((t) => win.customElements.whenDefined(t)));
  const els = [...win.document.querySelectorAll<AnyEl>(TAGS.join(','))];
  await Promise.all(els.map((el) => el.updateComplete));
  // The adapter connects after the elements' first update: its first report sets the status.
  await waitFor(() => (window as any).API?.isInitialized?.() || (window as any).API_1484_11?.isInitialized?.());
  return { win, doc: win.document };
}

async function waitFor(ok: () => unknown, what = 'the state'): Promise<void> {
  for (let i = 0; i < 600 && !ok(); i++) await new Promise((r) => setTimeout(r, 20));
  if (!ok()) throw new Error(`timed out waiting for ${what}`);
}

function once(target: EventTarget, name: string): Promise<CustomEvent> {
  return new Promise((resolve) => target.addEventListener(name, (e) => resolve(e as CustomEvent), { once: true }));
}

const tick = async (el: AnyEl) => { await el.updateComplete; await el.updateComplete; };

/** The whole lesson as a learner does it: six predictions, Exercise 2's goal with the published solution, Exercise 3's goal by updates. */
async function doLesson(doc: Document): Promise<{ actors: unknown[] }> {
  const task = (id: string) => doc.getElementById(id) as AnyEl;
  const actors: unknown[] = [];
  doc.addEventListener('nn-answer', (e) => actors.push((e as CustomEvent).detail.statement.actor));
  doc.addEventListener('nn-task-complete', (e) => actors.push((e as CustomEvent).detail.statement.actor));
  const picks: [string, string | RegExp][] = [['task1', 'Output value of 0'], ['task2', 'Just the output node'], ['task3', /^The second node in the first hidden layer/],
    ['task4', /^The three weights into hidden neuron 2, its bias/], ['task5', 'Positive'], ['task6', /^Lower it/]];
  for (const [id, name] of picks) {
    byName(task(id).shadowRoot!, name).click();
    await tick(task(id));
  }
  // Exercise 2: the published solution, applied from the goal, then trained to the goal.
  const pg = task('ex2');
  const goal2 = task('goal2');
  byName(goal2.shadowRoot!, 'Apply this solution').click();
  await tick(pg);
  expect(pg.config).to.deep.include({ layers: [3], learningRate: 0.01, activation: 'relu' });
  pg.speed = 10;
  // Training runs while the playground is on screen.
  pg.scrollIntoView();
  const reached = once(goal2, 'nn-task-complete');
  byName(pg.shadowRoot!, 'Play').click();
  await reached;
  pg.pause();
  // Exercise 3: the backward pass, then updates until the loss is below 0.01.
  const ex3 = task('ex3');
  const goal3 = task('goal3');
  ex3.scrollIntoView();
  const backward = once(ex3, 'nn-backward');
  byName(ex3.shadowRoot!, 'Backward pass').click();
  await backward;
  await tick(ex3);
  for (let i = 0; i < 20 && !goal3.complete; i++) {
    const update = once(ex3, 'nn-update');
    byName(ex3.shadowRoot!, 'Apply the update').click();
    await update;
    await tick(goal3);
  }
  expect(goal3.complete, 'Exercise 3 goal').to.equal(true);
  return { actors };
}

for (const version of ['1.2', '2004'] as const) {
  describe(`the demo lesson as a SCORM ${version} package, in scorm-again`, () => {
    afterEach(() => {
      delete (window as any).API;
      delete (window as any).API_1484_11;
      document.querySelectorAll('iframe').forEach((f) => f.remove());
      localStorage.clear();
    });

    it(`SCORM ${version}: the learner does the whole lesson (Exercise 2's goal included), and the LMS has it passed with score 100, six interactions, the learner as actor; a relaunch from the kept data model restores answers, networks and the playground's setup`, async function () {
      this.timeout(120000);
      const v12 = version === '1.2';
      const api: any = v12 ? new Scorm12API({ logLevel: 5, autocommit: false }) : new Scorm2004API({ logLevel: 5, autocommit: false });
      api.loadFromJSON(v12 ? { core: { student_name: 'Doe, Jane', student_id: 'u42' }, student_data: { mastery_score: '80' } } : { learner_name: 'Jane Doe', learner_id: 'u42', scaled_passing_score: '0.8' });
      (window as any)[v12 ? 'API' : 'API_1484_11'] = api;
      const get = (k: string) => (v12 ? api.LMSGetValue(k) : api.GetValue(k));
      const { win, doc } = await launch(version);
      expect(get(v12 ? 'cmi.core.lesson_status' : 'cmi.completion_status'), 'before').to.equal('incomplete');

      const { actors } = await doLesson(doc);
      const actor = { objectType: 'Agent', name: v12 ? 'Doe, Jane' : 'Jane Doe', account: { homePage: win.location.origin, name: 'u42' } };
      expect(actors.length, 'statements seen').to.be.at.least(8);
      for (const a of actors) expect(a).to.deep.equal(actor);

      if (v12) {
        expect(get('cmi.core.lesson_status')).to.equal('passed');
        expect([get('cmi.core.score.raw'), get('cmi.core.score.max')]).to.deep.equal(['100', '100']);
      } else {
        expect([get('cmi.completion_status'), get('cmi.success_status')]).to.deep.equal(['completed', 'passed']);
        expect([get('cmi.score.scaled'), get('cmi.score.raw'), get('cmi.score.max')]).to.deep.equal(['1', '2', '2']);
      }
      // In 1.2 an interaction is write-only for the content: the LMS's own record is read instead.
      const model = JSON.parse(JSON.stringify(api.cmi));
      const rows = Object.values(model.interactions.childArray ?? model.interactions).filter((i: any) => i && i.id) as { id: string }[];
      expect(rows.map((i) => i.id)).to.deep.equal(['task1', 'task2', 'task3', 'task4', 'task5', 'task6']);
      const text = get('cmi.suspend_data');
      console.log(`SCORM ${version}: suspend data of the whole lesson, ${text.length} characters (${JSON.stringify(decode(text)).length} as JSON)`);
      if (v12) expect(text.length).to.be.at.most(4096);
      const kept = decode(text) as Record<string, any>;
      expect(Object.keys(kept).sort()).to.deep.equal(['nn-graph#ex1', 'nn-graph#ex3', 'nn-playground#ex2', 'nn-quiz-task#goal2', 'nn-quiz-task#goal3',
        'nn-quiz-task#task1', 'nn-quiz-task#task2', 'nn-quiz-task#task3', 'nn-quiz-task#task4', 'nn-quiz-task#task5', 'nn-quiz-task#task6']);
      const pgBefore = (doc.getElementById('ex2') as AnyEl).state;
      const ex3Before = (doc.getElementById('ex3') as AnyEl).state;
      win.dispatchEvent(new Event('pagehide'));
      expect(api.isTerminated(), 'finished').to.equal(true);

      // The next launch: a new runtime, loaded from what the LMS kept.
      const cmi = JSON.parse(JSON.stringify(api.cmi));
      const next: any = v12 ? new Scorm12API({ logLevel: 5, autocommit: false }) : new Scorm2004API({ logLevel: 5, autocommit: false });
      next.loadFromJSON(v12 ? { suspend_data: cmi.suspend_data, core: { student_id: 'u42' }, student_data: { mastery_score: '80' } } : { suspend_data: cmi.suspend_data, learner_id: 'u42', scaled_passing_score: '0.8' });
      delete (window as any).API;
      delete (window as any).API_1484_11;
      (window as any)[v12 ? 'API' : 'API_1484_11'] = next;
      const again = await launch(version);
      const el = (id: string) => again.doc.getElementById(id) as AnyEl;
      await waitFor(() => el('goal2').complete, 'the goal restored');
      for (const id of ['task1', 'task2', 'task3', 'task4', 'task5', 'task6', 'goal2', 'goal3']) expect(el(id).complete, id).to.equal(true);
      expect(el('task1').state).to.deep.equal(kept['nn-quiz-task#task1']);
      expect(el('ex2').config).to.deep.include({ layers: [3], learningRate: 0.01, activation: 'relu' });
      expect(el('ex2').state.network).to.deep.equal(pgBefore.network);
      expect(el('ex2').state.epoch).to.equal(pgBefore.epoch);
      expect(el('ex3').state).to.deep.equal(ex3Before);
      expect(el('ex2').trainLoss).to.be.below(0.2);
      expect(next[v12 ? 'LMSGetValue' : 'GetValue'](v12 ? 'cmi.core.lesson_status' : 'cmi.completion_status')).to.equal(v12 ? 'passed' : 'completed');
    });
  });
}
