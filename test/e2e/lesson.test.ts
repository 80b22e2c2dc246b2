import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { byName, flatText } from '../elements/helpers.js';

// The demo lesson as a learner meets it: the real page, the built bundle, clicks and keys.
type AnyEl = HTMLElement & Record<string, any>;

async function openLesson(): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1100px; height: 900px; border: 0';
  document.body.append(frame);
  await new Promise<void>((resolve) => {
    frame.addEventListener('load', () => resolve(), { once: true });
    frame.src = '/demo/index.html';
  });
  const win = frame.contentWindow as Window & typeof globalThis;
  await Promise.all(['nn-graph', 'nn-playground', 'nn-quiz-task', 'nn-dataset-plot'].map((t) => win.customElements.whenDefined(t)));
  return frame.contentDocument!;
}

function once(target: EventTarget, name: string): Promise<CustomEvent> {
  return new Promise((resolve) => target.addEventListener(name, (e) => resolve(e as CustomEvent), { once: true }));
}

const tick = (el: AnyEl) => (el.updateComplete as Promise<unknown>).then(() => el.updateComplete);

describe('the MLCC lesson page, end to end', () => {
  before(async () => {
    localStorage.clear();
    await emulateMedia({ reducedMotion: 'reduce' });
  });
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('Exercise 1, Tasks 1 to 3, and Exercise 2 with its goal', async function () {
    this.timeout(60000);
    const doc = await openLesson();
    const graph = doc.getElementById('ex1') as AnyEl;
    const task = (id: string) => doc.getElementById(id) as AnyEl;

    // Task 1: predict, then play the forward pass.
    byName(task('task1').shadowRoot!, 'Output value of 0').click();
    await tick(task('task1'));
    const feedback1 = task('task1').shadowRoot!.querySelector('slot[name="feedback"]') as HTMLSlotElement;
    expect(flatText(feedback1)).to.contain('You chose output value of 0');
    const forward = once(graph, 'nn-forward');
    byName(graph.shadowRoot!, 'Play').click();
    const { detail } = await forward;
    const biases: number[] = graph.state.network.biases[0];
    expect(detail.values[1]).to.deep.equal(biases.map((b) => Math.max(0, b)));
    byName(task('task1').shadowRoot!, 'Click here for an explanation').click();
    await tick(task('task1'));
    expect(byName(task('task1').shadowRoot!, 'Click here for an explanation').getAttribute('aria-expanded')).to.equal('true');

    // Task 2: predict, then add a layer of 3.
    byName(task('task2').shadowRoot!, 'Just the output node').click();
    byName(graph.shadowRoot!, 'Add hidden layer').click();
    await tick(graph);
    byName(graph.shadowRoot!, 'Add neuron to hidden layer 2').click();
    await tick(graph);
    byName(graph.shadowRoot!, 'Add neuron to hidden layer 2').click();
    await tick(graph);
    expect(graph.state.network.sizes).to.deep.equal([3, 4, 3, 1]);
    expect(graph.values[1]).to.deep.equal(detail.values[1]);

    // Task 3: open hidden layer 1 neuron 2 and set w12, in the field below x₁, to 5.00.
    byName(graph.shadowRoot!, 'Hidden layer 1, neuron 2').click();
    byName(task('task3').shadowRoot!, /^The second node in the first hidden layer/).click();
    await tick(graph);
    const field = byName<HTMLInputElement>(graph.shadowRoot!, 'w12');
    field.focus();
    field.select();
    const change = once(graph, 'nn-network-change');
    await sendKeys({ type: '5.00' });
    await sendKeys({ press: 'Enter' });
    const edit = (await change).detail;
    expect(edit.calculationsChanged.length).to.equal(5);
    expect(edit.valuesChanged).to.deep.equal([]);

    // Exercise 2: set the published solution through the controls, train, and see the goal complete.
    const pg = doc.getElementById('ex2') as AnyEl;
    const goal = task('goal2');
    pg.scrollIntoView();
    const choose = (label: string, value: string) => {
      const select = [...pg.shadowRoot!.querySelectorAll('select')].find((s) => s.labels[0]?.textContent?.trim().startsWith(label))!;
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    };
    choose('Learning rate', '0.01');
    choose('Activation', 'relu');
    await tick(pg);
    const inner = pg.shadowRoot!.querySelector('nn-graph') as AnyEl;
    byName(inner.shadowRoot!, 'Add hidden layer').click();
    await tick(pg); await tick(inner);
    byName(inner.shadowRoot!, 'Add neuron to hidden layer 1').click();
    await tick(pg); await tick(inner);
    byName(inner.shadowRoot!, 'Add neuron to hidden layer 1').click();
    await tick(pg); await tick(inner);
    expect(pg.config).to.deep.include({ layers: [3], learningRate: 0.01, activation: 'relu' });
    choose('Epochs per frame', '10');
    const completed = once(goal, 'nn-task-complete');
    byName(pg.shadowRoot!, 'Play').click();
    await completed;
    pg.pause();
    expect(pg.trainLoss).to.be.below(0.2);
    expect(pg.testLoss).to.be.below(0.2);
    await tick(goal);
    expect(goal.shadowRoot!.textContent).to.contain('Goal reached at epoch');
  });
});
