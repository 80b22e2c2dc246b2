import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/nn-quiz-task/nn-quiz-task.js';
import '../../../src/elements/nn-playground/nn-playground.js';
import { parseGoal, type NnQuizTask } from '../../../src/elements/nn-quiz-task/nn-quiz-task.js';
import { byName, shadowText } from '../helpers.js';
import * as inQuiz from '../../harness/nn-quiz-task.js';

/** The author's elements a learner currently sees through a named slot. */
function shown(el: NnQuizTask, slot: string): string {
  const s = inQuiz.slot(el, slot);
  if (!s || s.closest('[hidden]')) return '';
  return s.assignedElements().map((e) => e.textContent!.replace(/\s+/g, ' ').trim()).join(' | ');
}

function liveText(el: NnQuizTask): string {
  return el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
}

const predict = () => fixture<NnQuizTask>(html`<nn-quiz-task mode="predict">
  <p data-question>What kind of output value do you think will be produced?</p>
  <p data-choice="positive">Positive output value</p>
  <p data-choice="zero">Output value of 0</p>
  <p data-feedback="positive">You chose <strong>positive output value</strong>. Follow the instructions below.</p>
  <p data-feedback="zero">You chose <strong>output value of 0</strong>. Follow the instructions below.</p>
  <div data-explanation><p>Each hidden value is <em>ReLU(b)</em>.</p></div>
</nn-quiz-task>`);

const check = () => fixture<NnQuizTask>(html`<nn-quiz-task mode="check" id="acts">
  <p data-question>Which activations can output negative values?</p>
  <p data-choice="relu">ReLU</p>
  <p data-choice="tanh" data-correct>tanh</p>
  <p data-feedback="relu">ReLU is never negative.</p>
  <p data-feedback="tanh">tanh ranges over (−1, 1).</p>
</nn-quiz-task>`);

describe('<nn-quiz-task>', () => {
  beforeEach(() => localStorage.clear());

  it('predict: choosing shows that choice\'s own feedback, announces it, and the learner may change their mind', async () => {
    const el = await predict();
    expect(shown(el, 'feedback')).to.equal('');
    const answer = oneEvent(el, 'nn-answer');
    byName(el.shadowRoot!, 'Positive output value').click();
    const { detail } = await answer;
    expect(detail).to.include({ choice: 'positive', correct: null });
    await el.updateComplete;
    await el.updateComplete;
    expect(shown(el, 'feedback')).to.equal('You chose positive output value. Follow the instructions below.');
    expect(liveText(el)).to.contain('You chose positive output value');
    expect(el.shadowRoot!.textContent).to.not.match(/Incorrect|Correct/);
    byName(el.shadowRoot!, 'Output value of 0').click();
    await el.updateComplete;
    expect(shown(el, 'feedback')).to.equal('You chose output value of 0. Follow the instructions below.');
    expect(el.state.answer).to.deep.equal(['zero']);
  });

  it('shows the author\'s HTML as written: the feedback keeps its <strong>', async () => {
    const el = await predict();
    byName(el.shadowRoot!, 'Positive output value').click();
    await el.updateComplete;
    const slot = inQuiz.slot(el, 'feedback');
    expect(slot.assignedElements()[0].querySelector('strong')!.textContent).to.equal('positive output value');
    expect(slot.assignedElements()[0].parentElement).to.equal(el);
  });

  it('opens the explanation as a real disclosure', async () => {
    const el = await predict();
    const button = byName(el.shadowRoot!, 'Click here for an explanation');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(shown(el, 'explanation')).to.equal('');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(shown(el, 'explanation')).to.equal('Each hidden value is ReLU(b).');
  });

  it('check: wrong answer, retry, right answer; score, events and an xAPI statement', async () => {
    const el = await check();
    byName(el.shadowRoot!, 'Check').click();
    await el.updateComplete;
    expect(shadowText(el)).to.contain('Choose an answer first.');
    byName(el.shadowRoot!, 'ReLU').click();
    let answer = oneEvent(el, 'nn-answer');
    byName(el.shadowRoot!, 'Check').click();
    let { detail } = await answer;
    expect(detail.correct).to.equal(false);
    expect(detail.statement.verb.id).to.equal('http://adlnet.gov/expapi/verbs/answered');
    expect(detail.statement.result).to.deep.include({ response: 'relu', success: false });
    expect(detail.statement.object.definition.correctResponsesPattern).to.deep.equal(['tanh']);
    expect(detail.statement.object.id).to.match(/#acts$/);
    expect(el.score).to.equal(0);
    await el.updateComplete;
    expect(shadowText(el)).to.contain('✗ Incorrect');
    expect(shadowText(el)).to.contain('Score: 0 of 1');
    expect(shown(el, 'feedback')).to.equal('ReLU is never negative.');
    byName(el.shadowRoot!, 'Show solution').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(liveText(el)).to.contain('The correct answer: tanh');
    byName(el.shadowRoot!, 'Retry').click();
    await el.updateComplete;
    expect(el.state.answer).to.deep.equal([]);
    byName(el.shadowRoot!, 'tanh').click();
    answer = oneEvent(el, 'nn-answer');
    const complete = oneEvent(el, 'nn-task-complete');
    byName(el.shadowRoot!, 'Check').click();
    ({ detail } = await answer);
    expect(detail.correct).to.equal(true);
    const done = (await complete).detail;
    expect(done).to.include({ score: 1, maxScore: 1 });
    expect(done.statement.result).to.deep.include({ completion: true, score: { raw: 1, min: 0, max: 1, scaled: 1 } });
    expect(el.complete).to.equal(true);
    expect(el.hasAttribute('complete')).to.equal(true);
  });

  it('uses checkboxes when several answers are correct', async () => {
    const el = await fixture<NnQuizTask>(html`<nn-quiz-task>
      <p data-question>Which can be negative?</p>
      <p data-choice="tanh" data-correct>tanh</p><p data-choice="linear" data-correct>linear</p><p data-choice="relu">ReLU</p>
    </nn-quiz-task>`);
    expect(el.effectiveMode).to.equal('check');
    expect(inQuiz.choiceInputs(el).map((i) => i.type)).to.deep.equal(['checkbox', 'checkbox', 'checkbox']);
    byName(el.shadowRoot!, 'tanh').click();
    byName(el.shadowRoot!, 'linear').click();
    byName(el.shadowRoot!, 'Check').click();
    expect(el.score).to.equal(1);
  });

  it('keeps answers across a reload with persist-key, and survives corrupt storage', async () => {
    const make = () => fixture<NnQuizTask>(html`<nn-quiz-task mode="predict" persist-key="t1">
      <p data-question>Q?</p><p data-choice="a">A</p><p data-choice="b">B</p><p data-feedback="b">Feedback B</p>
    </nn-quiz-task>`);
    const first = await make();
    byName(first.shadowRoot!, 'B').click();
    first.remove();
    const again = await make();
    expect(again.state.answer).to.deep.equal(['b']);
    expect(again.complete).to.equal(true);
    expect(shown(again, 'feedback')).to.equal('Feedback B');
    again.remove();
    // Stored under the author's key, scoped by what the task asks.
    const keys = Object.keys(localStorage).filter((k) => k.startsWith('nn-quiz-task:t1:'));
    expect(keys).to.have.length(1);
    localStorage.setItem(keys[0], '{not json');
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (m: string) => warnings.push(m);
    try {
      const corrupt = await make();
      expect(corrupt.state.answer).to.deep.equal([]);
      expect(warnings.some((w) => w.includes('persist-key="t1"'))).to.equal(true);
      byName(corrupt.shadowRoot!, 'A').click();
      expect(JSON.parse(localStorage.getItem(keys[0])!).answer).to.deep.equal(['a']);
    } finally {
      console.warn = warn;
    }
  });

  it('tolerates storage that throws', async () => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); };
    try {
      const el = await fixture<NnQuizTask>(html`<nn-quiz-task persist-key="full"><p data-question>Q?</p><p data-choice="a">A</p></nn-quiz-task>`);
      byName(el.shadowRoot!, 'A').click();
      expect(el.state.answer).to.deep.equal(['a']);
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it('follows a goal on a linked element\'s events and completes when it is met', async () => {
    const wrap = await fixture(html`<div><nn-playground id="pg" layers="1"></nn-playground><nn-quiz-task for="pg" goal="train-loss < 0.2 && test-loss < 0.2"><p>Goal</p></nn-quiz-task></div>`);
    const el = wrap.querySelector('nn-quiz-task') as NnQuizTask;
    const pg = wrap.querySelector('#pg')!;
    await el.updateComplete;
    const epoch = (trainLoss: number, testLoss: number) => pg.dispatchEvent(new CustomEvent('nn-epoch', { detail: { epoch: 1, trainLoss, testLoss } }));
    epoch(0.3, 0.1);
    await el.updateComplete;
    expect(el.complete).to.equal(false);
    expect(shadowText(el)).to.contain('Training loss: 0.300 (goal: below 0.2)');
    const complete = oneEvent(el, 'nn-task-complete');
    epoch(0.15, 0.19);
    const { detail } = await complete;
    expect(detail.statement.verb.display['en-US']).to.equal('completed');
    await el.updateComplete;
    expect(shadowText(el)).to.contain('Goal reached at epoch 1.');
  });

  it('parses goals itself and reports a malformed one clearly', async () => {
    expect(parseGoal('train-loss < 0.2 && test-loss <= 0.25 && epoch >= 10')).to.deep.equal([
      { variable: 'train-loss', operator: '<', value: 0.2 }, { variable: 'test-loss', operator: '<=', value: 0.25 }, { variable: 'epoch', operator: '>=', value: 10 },
    ]);
    expect(() => parseGoal('accuracy > 0.9')).to.throw(/unknown name “accuracy”/);
    expect(() => parseGoal('train-loss < 0.2 ||')).to.throw(/unexpected/);
    expect(() => parseGoal('train-loss < ')).to.throw(/expected a number at the end/);
    const warn = console.warn;
    console.warn = () => {};
    try {
      const el = await fixture<NnQuizTask>(html`<nn-quiz-task goal="train-loss < alert(1)"></nn-quiz-task>`);
      expect(shadowText(el)).to.contain('goal="train-loss < alert(1)"');
      expect(shadowText(el)).to.contain('unexpected “(” at character 19');
    } finally {
      console.warn = warn;
    }
  });

  it('never parses attribute or property text as HTML', async () => {
    const warn = console.warn;
    console.warn = () => {};
    try {
      const el = await fixture<NnQuizTask>(html`<nn-quiz-task goal="<img src=x onerror=alert(1)>" solution="<b>x</b>"></nn-quiz-task>`);
      el.strings = { explanation: '<img src=y>' };
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
      expect(shadowText(el)).to.contain('<img src=x onerror=alert(1)>');
    } finally {
      console.warn = warn;
    }
  });

  it('lets the host replace every built-in string', async () => {
    const el = await check();
    el.strings = { check: 'Prüfen', explanation: 'Erklärung' };
    await el.updateComplete;
    expect(byName(el.shadowRoot!, 'Prüfen')).to.exist;
  });

  it('resumes from state, refuses a bad one, and resets', async () => {
    const el = await check();
    el.state = { answer: ['tanh'], checked: true, complete: true, solutionShown: false };
    expect(el.score).to.equal(1);
    expect(() => (el.state = { answer: 'tanh' } as never)).to.throw(/answer must be a list/);
    el.reset();
    expect(el.state).to.deep.equal({ answer: [], checked: false, complete: false, solutionShown: false });
  });

  it('is a real radio group, keyboard operable, and passes axe', async () => {
    const el = await predict();
    const first = inQuiz.choiceInputs(el)[0];
    expect(first.type).to.equal('radio');
    first.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(el.state.answer).to.deep.equal(['zero']);
    byName(el.shadowRoot!, 'Click here for an explanation').click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    const c = await check();
    byName(c.shadowRoot!, 'ReLU').click();
    byName(c.shadowRoot!, 'Check').click();
    await c.updateComplete;
    await expect(c).to.be.accessible();
  });
});

describe('<nn-quiz-task> with a playground', () => {
  it('"Apply this solution" configures the linked playground; a bad solution is reported', async () => {
    await import('../../../src/elements/nn-playground/nn-playground.js');
    const wrap = await fixture(html`<div>
      <nn-playground id="ex" layers="" activation="linear"></nn-playground>
      <nn-quiz-task for="ex" goal="train-loss < 0.2" solution='{"layers":[3],"learning-rate":0.01,"activation":"relu"}'>
        <div data-solution><p>One hidden layer of 3 ReLU neurons, learning rate 0.01.</p></div>
      </nn-quiz-task>
      <nn-quiz-task id="bad" for="ex" solution='{"layers":[3],"learning-rate":42}'><div data-solution>x</div></nn-quiz-task>
    </div>`);
    const pg = wrap.querySelector('nn-playground') as HTMLElement & { config: { layers: number[]; learningRate: number; activation: string } };
    const quiz = wrap.querySelector('nn-quiz-task') as NnQuizTask;
    await quiz.updateComplete;
    byName(quiz.shadowRoot!, 'Click here for our solution').click();
    await quiz.updateComplete;
    expect(shown(quiz, 'solution')).to.contain('One hidden layer of 3 ReLU neurons');
    byName(quiz.shadowRoot!, 'Apply this solution').click();
    expect(pg.config).to.deep.include({ layers: [3], learningRate: 0.01, activation: 'relu' });
    const bad = wrap.querySelector('#bad') as NnQuizTask;
    const warn = console.warn;
    console.warn = () => {};
    try {
      await bad.updateComplete;
      byName(bad.shadowRoot!, 'Click here for our solution').click();
      await bad.updateComplete;
      byName(bad.shadowRoot!, 'Apply this solution').click();
      await bad.updateComplete;
      expect(shadowText(bad)).to.contain('learning-rate');
      expect(pg.config.learningRate).to.equal(0.01);
    } finally {
      console.warn = warn;
    }
  });
});
