import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { byName, flatText } from '../elements/helpers.js';
import * as inQuiz from '../harness/nn-quiz-task.js';
import * as inPlayground from '../harness/nn-playground.js';
import * as inGraph from '../harness/nn-graph.js';

// The demo lesson as a learner meets it: the real page, the built bundle, clicks and keys.
type AnyEl = HTMLElement & Record<string, any>;

async function openLesson(width: number, height: number): Promise<Document> {
  document.querySelectorAll('iframe').forEach((f) => f.remove());
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0`;
  document.body.append(frame);
  await new Promise<void>((resolve) => {
    frame.addEventListener('load', () => resolve(), { once: true });
    frame.src = '/demo/index.html';
  });
  const win = frame.contentWindow as Window & typeof globalThis;
  await Promise.all(['nn-graph', 'nn-playground', 'nn-quiz-task', 'nn-dataset-plot'].map((t) => win.customElements.whenDefined(t)));
  await settled(frame.contentDocument!);
  return frame.contentDocument!;
}

// The page as the learner first sees it: every element rendered (those inside shadow roots
// too), the fonts in, and the layout still for three frames in a row. Waiting for that state,
// not for a time, is what keeps the upgrade's own jump (the page-load issue's subject) out of
// the shifts that the learner's actions cause, on a busy machine as on a quiet one.
async function settled(doc: Document): Promise<void> {
  const win = doc.defaultView!;
  const elements = (root: Document | ShadowRoot): AnyEl[] =>
    [...root.querySelectorAll('*')].flatMap((el) => [
      ...(el.localName.startsWith('nn-') ? [el as AnyEl] : []),
      ...(el.shadowRoot ? elements(el.shadowRoot) : []),
    ]);
  await doc.fonts.ready;
  const frame = () => new Promise((r) => win.requestAnimationFrame(r));
  const shape = () => elements(doc).map((el) => {
    const r = el.getBoundingClientRect();
    return `${r.top},${r.height},${r.width}`;
  }).join(';') + `|${doc.documentElement.scrollHeight}`;
  let last = '';
  for (let still = 0; still < 3;) {
    await Promise.all(elements(doc).map((el) => el.updateComplete));
    await frame();
    const now = shape();
    still = now === last ? still + 1 : 0;
    last = now;
  }
}

function once(target: EventTarget, name: string): Promise<CustomEvent> {
  return new Promise((resolve) => target.addEventListener(name, (e) => resolve(e as CustomEvent), { once: true }));
}

const tick = (el: AnyEl) => (el.updateComplete as Promise<unknown>).then(() => el.updateComplete);

describe('the MLCC lesson page, end to end', () => {
  // With motion: the forward pass plays layer by layer, as most learners see it, and the
  // layout must hold still while it does.
  before(() => localStorage.clear());

  for (const [width, height] of [[1280, 800], [390, 844]]) {
  it(`at ${width}×${height}: Exercise 1, Tasks 1 to 3, and Exercise 2 with its goal`, async function () {
    localStorage.clear();
    this.timeout(60000);
    const doc = await openLesson(width, height);
    // Cumulative layout shift through Tasks 1-3, as the browser scores it for a learner: a
    // shift within 500 ms of an input does not count. Our clicks and keys are synthetic, so
    // that rule is applied here from the times they were made; on a busy machine, where the
    // input's own render can come later than 500 ms, its window lasts until the third frame
    // after it, so that what the input caused is never counted as a shift while reading.
    const win = doc.defaultView! as Window & typeof globalThis;
    const inputs: { from: number; to: number }[] = [];
    const input = () => {
      const w = { from: win.performance.now(), to: win.performance.now() + 500 };
      inputs.push(w);
      let n = 0;
      const frame = () => (++n < 3 ? win.requestAnimationFrame(frame) : (w.to = Math.max(w.to, win.performance.now())));
      win.requestAnimationFrame(frame);
    };
    const click = win.HTMLElement.prototype.click;
    win.HTMLElement.prototype.click = function (this: HTMLElement) {
      input();
      click.call(this);
    };
    let shift = 0;
    let all = 0;
    new win.PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number })[]) {
        all += e.value;
        if (!inputs.some((w) => e.startTime >= w.from && e.startTime < w.to)) shift += e.value;
      }
    }).observe({ type: 'layout-shift', buffered: false });
    const graph = doc.getElementById('ex1') as AnyEl;
    const task = (id: string) => doc.getElementById(id) as AnyEl;

    // Task 1: predict, then play the forward pass.
    byName(task('task1').shadowRoot!, 'Output value of 0').click();
    await tick(task('task1'));
    const feedback1 = inQuiz.slot(task('task1'), 'feedback');
    expect(flatText(feedback1)).to.contain('You chose output value of 0');
    // The learner looks at the network and the tasks under it: that is the view that must hold still.
    graph.scrollIntoView();
    // As the seed asks: click the nodes to see the initialized values, then Play with one open.
    byName(graph.shadowRoot!, 'Hidden layer 1, neuron 1').click();
    await tick(graph);
    byName(graph.shadowRoot!, 'Output').click();
    await tick(graph);
    const forward = once(graph, 'nn-forward');
    byName(graph.shadowRoot!, 'Play').click();
    const { detail } = await forward;
    // A learner reads until the page is still: anything that moves before then is counted.
    const reading = () => settled(doc);
    await reading();
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
    await reading();
    expect(graph.values[1]).to.deep.equal(detail.values[1]);

    // Task 3: open hidden layer 1 neuron 2 and set w12, in the field below x₁, to 5.00.
    byName(graph.shadowRoot!, 'Hidden layer 1, neuron 2').click();
    byName(task('task3').shadowRoot!, /^The second node in the first hidden layer/).click();
    await tick(graph);
    const field = byName<HTMLInputElement>(graph.shadowRoot!, 'w12');
    field.focus();
    field.select();
    const change = once(graph, 'nn-network-change');
    input();
    await sendKeys({ type: '5.00' });
    input();
    await sendKeys({ press: 'Enter' });
    const edit = (await change).detail;
    expect(edit.calculationsChanged.length).to.equal(5);
    expect(edit.valuesChanged).to.deep.equal([]);
    await reading();
    console.log(`layout shift through Tasks 1-3: ${shift.toFixed(3)} without input (${all.toFixed(3)} in all)`);
    expect(shift, 'cumulative layout shift through Tasks 1-3').to.be.below(0.05);
    // Shifts right after a click count for nothing in CLS, but the inspector and the change
    // legend pushing the tasks down is what learners complained of (0.17 in all before space
    // was reserved for them); what remains is the quiz feedback and explanation they open.
    expect(all, 'every shift, input or not').to.be.below(0.12);

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
    const inner = inPlayground.innerGraph<AnyEl>(pg);
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

  it(`at ${width}×${height}: Exercise 3, Tasks 4 to 6, the backward pass and its goal`, async function () {
    localStorage.clear();
    this.timeout(60000);
    const doc = await openLesson(width, height);
    const graph = doc.getElementById('ex3') as AnyEl;
    const task = (id: string) => doc.getElementById(id) as AnyEl;
    graph.scrollIntoView();
    const button = (name: string) => byName(graph.shadowRoot!, name);
    // Task 4: predict, then run the backward pass (animated, one layer per beat) and open the off neuron.
    byName(task('task4').shadowRoot!, /^The three weights into hidden neuron 2, its bias/).click();
    await tick(task('task4'));
    expect(flatText(inQuiz.slot(task('task4'), 'feedback'))).to.contain('You chose the weights into hidden neuron 2');
    const backward = once(graph, 'nn-backward');
    button('Backward pass').click();
    const g = (await backward).detail;
    await tick(graph);
    button('Hidden layer 1, neuron 2').click();
    await tick(graph);
    const lines = inGraph.backwardLines(graph);
    expect(lines.slice(2)).to.deep.equal(['∂L/∂w₁₂ = δ·x₁ = 0.000·1.000 = 0.000', '∂L/∂w₂₂ = δ·x₂ = 0.000·0.500 = 0.000', '∂L/∂w₃₂ = δ·x₃ = 0.000·(−1.000) = 0.000', '∂L/∂b = δ = 0.000']);
    // The off neuron's link to the output: its value is 0, so its gradient is too.
    expect(g.weights[1][1]).to.equal(0);
    // Task 5: the output is above the target, so the output bias's gradient y − t is positive.
    byName(task('task5').shadowRoot!, 'Positive').click();
    await tick(task('task5'));
    expect(g.output).to.be.above(g.target);
    expect(g.biases[1][0]).to.be.above(0);
    // Task 6 and the goal: updates bring the loss below 0.01.
    byName(task('task6').shadowRoot!, /^Lower it/).click();
    const goal = task('goal3');
    const completed = once(goal, 'nn-task-complete');
    let updates = 0;
    let lastLoss = g.loss;
    let done = false;
    completed.then(() => (done = true));
    while (!done && updates < 20) {
      const update = once(graph, 'nn-update');
      button('Apply the update').click();
      const u = (await update).detail;
      expect(u.lossAfter, `update ${updates + 1}`).to.be.below(lastLoss);
      lastLoss = u.lossAfter;
      updates++;
      await tick(goal);
    }
    await completed;
    expect(updates).to.equal(4);
    expect(graph.loss).to.be.below(0.01);
    await tick(goal);
    expect(goal.shadowRoot!.textContent).to.contain('Goal reached');
    // At this width the backward controls fit the page: no sideways scrolling.
    expect(doc.documentElement.scrollWidth).to.be.at.most(width);
  });
  }
});
