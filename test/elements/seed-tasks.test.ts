/**
 * Exercise 1 as the seed text words it: inputs labelled x1, x2, x3; w12 found below x1 once
 * the second node of the first hidden layer is open; seeded random biases, so that ReLU(b) = 0
 * can happen.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import type { NnGraph } from '../../src/elements/nn-graph/nn-graph.js';
import { byName, settle, shadowText, typeInto } from './helpers.js';
import * as inQuiz from '../harness/nn-quiz-task.js';
import * as inPlot from '../harness/nn-dataset-plot.js';
import * as inPlayground from '../harness/nn-playground.js';
import * as inGraph from '../harness/nn-graph.js';

const marked = (graph: NnGraph) => inGraph.calcMarked(graph);

describe('Exercise 1 in the seed\'s words', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('labels the inputs x₁, x₂, x₃ by default, and input-labels renames them', async () => {
    const graph = await fixture<NnGraph>(html`<nn-graph inputs="0,0,0" layers="4"></nn-graph>`);
    await settle(graph);
    const text = () => inGraph.inputLabels(graph).map((l) => l.textContent);
    expect(text()).to.deep.equal(['x₁', 'x₂', 'x₃']);
    graph.setAttribute('input-labels', 'age, income, debt');
    await settle(graph);
    expect(text()).to.deep.equal(['age', 'income', 'debt']);
  });

  it('Task 3 by touch: tap hidden node 2, type 5 in the field below x₁, Enter: that node, the whole second hidden layer and the output are recalculated, no other first-layer node', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const graph = await fixture<NnGraph>(html`<nn-graph inputs="0,0,0" layers="4,3" activation="relu" seed="7" style="width: 900px"></nn-graph>`);
    await settle(graph);
    graph.play();
    await settle(graph);
    const root = graph.shadowRoot!;
    inGraph.node(graph, '1:1').click();
    await settle(graph);
    const field = inGraph.diagramField(graph, 'w:1:1:0');
    expect(field.labels?.[0]?.textContent?.trim()).to.equal('w₁₂');
    expect(field.getAttribute('aria-label'), 'its accessible name, as a screen reader spells it').to.equal('w12');
    const x1 = inGraph.node(graph, '0:0').getBoundingClientRect();
    const at = field.getBoundingClientRect();
    expect(at.top, 'below x₁').to.be.above(x1.bottom);
    expect(Math.abs((at.left + at.right) / 2 - (x1.left + x1.right) / 2), 'centred under x₁').to.be.below(30);
    expect(root.elementFromPoint((at.left + at.right) / 2, (at.top + at.bottom) / 2), 'nothing covers the field').to.equal(field);
    expect(at.height, 'a touch target of at least 24 px').to.be.at.least(24);
    await expect(graph).to.be.accessible();
    field.focus();
    field.value = '5';
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await settle(graph);
    expect(graph.network.getWeight(1, 1, 0)).to.equal(5);
    expect(marked(graph)).to.deep.equal(['1:1', '2:0', '2:1', '2:2', '3:0']);
  });

  it('starts with seeded random biases, some negative, so ReLU(b) is 0 for some hidden nodes; bias-init="constant" gives 0.1', async () => {
    const graph = await fixture<NnGraph>(html`<nn-graph inputs="0,0,0" layers="4" activation="relu" seed="7"></nn-graph>`);
    await settle(graph);
    const biases = Array.from(graph.network.biases[0]);
    expect(biases.some((b) => b < 0), 'a negative bias').to.equal(true);
    expect(biases.some((b) => b > 0), 'a positive bias').to.equal(true);
    const again = await fixture<NnGraph>(html`<nn-graph inputs="0,0,0" layers="4" activation="relu" seed="7"></nn-graph>`);
    await settle(again);
    expect(Array.from(again.network.biases[0])).to.deep.equal(biases);
    graph.setAttribute('bias-init', 'constant');
    await settle(graph);
    expect(Array.from(graph.network.biases[0])).to.deep.equal([0.1, 0.1, 0.1, 0.1]);
  });
});

describe('the goal panel tells the truth', () => {
  it('says when the goal was reached, stays complete after Reset while the conditions show the current numbers, and "press Play" clears once training runs', async () => {
    const host = await fixture<HTMLDivElement>(html`<div>
      <nn-playground id="gp" dataset-name="circle" layers="" activation="linear" learning-rate="0.03" seed="5"></nn-playground>
      <nn-quiz-task for="gp" goal="train-loss < 0.2 && test-loss < 0.2" solution='{"layers":[3],"learning-rate":0.01,"activation":"relu"}'><p>Goal.</p></nn-quiz-task>
    </div>`);
    const pg = host.querySelector('nn-playground') as import('../../src/elements/nn-playground/nn-playground.js').NnPlayground;
    const quiz = host.querySelector('nn-quiz-task') as import('../../src/elements/nn-quiz-task/nn-quiz-task.js').NnQuizTask;
    await settle(pg);
    await settle(quiz);
    const text = () => quiz.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    inQuiz.disclosures(quiz)[0]?.click();
    await settle(quiz);
    const apply = byName(quiz.shadowRoot!, 'Apply this solution');
    apply.click();
    await settle(quiz);
    const shown = () => inQuiz.message(quiz);
    expect(shown()).to.include('The solution is applied');
    pg.step();
    await settle(quiz);
    expect(shown(), 'the transient message is gone once training runs').to.equal('');
    let epoch = 1;
    while (!quiz.complete && epoch < 3000) {
      pg.step();
      epoch++;
    }
    await settle(quiz);
    expect(quiz.complete).to.equal(true);
    expect(text()).to.include(`Goal reached at epoch ${pg.epoch}.`);
    expect(quiz.state.reachedEpoch).to.equal(pg.epoch);
    const reached = pg.epoch;
    pg.reset();
    await settle(quiz);
    expect(quiz.complete, 'complete stays, for the LMS').to.equal(true);
    expect(text()).to.include(`Goal reached at epoch ${reached}.`);
    const items = inQuiz.goalItems(quiz);
    expect(items.length).to.equal(2);
    for (const li of items) expect(li.met, 'after Reset the current losses are above 0.2').to.equal(false);
    expect(items[0].text).to.include(pg.trainLoss.toFixed(3));
  });
});

describe('change marks fit the seed\'s questions', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  /** Exercise 1 after Task 1's Play and Task 2's three clicks (a layer, two more neurons in it), with no Play after them. */
  async function afterTask2(): Promise<NnGraph> {
    await emulateMedia({ reducedMotion: 'reduce' });
    const graph = await fixture<NnGraph>(html`<nn-graph inputs="0,0,0" layers="4" activation="relu" seed="7"></nn-graph>`);
    await settle(graph);
    graph.play();
    await settle(graph);
    for (const click of [() => graph.addLayer(), () => graph.addNeuron(2), () => graph.addNeuron(2)]) {
      click();
      await settle(graph);
    }
    return graph;
  }

  it('add up over Task 2\'s three clicks (every new node and the output, no first-layer node) and clear on the next Play', async () => {
    const graph = await afterTask2();
    expect(graph.network.sizes).to.deep.equal([3, 4, 3, 1]);
    expect(marked(graph)).to.deep.equal(['2:0', '2:1', '2:2', '3:0']);
    graph.play();
    await settle(graph);
    expect(marked(graph)).to.deep.equal([]);
  });

  it("in the seed's order, Task 2's clicks and no Play, then w12 = 5.00 marks that node, layer 2 and the output, and says no computed value changed", async () => {
    const graph = await afterTask2();
    inGraph.node(graph, '1:1').click();
    await settle(graph);
    await typeInto(inGraph.field(graph, 'w:1:1:0'), '5.00');
    await settle(graph);
    expect(marked(graph)).to.deep.equal(['1:1', '2:0', '2:1', '2:2', '3:0']);
    const said = shadowText(graph);
    expect(said).to.include('No computed value changed');
    expect(said).to.not.include('Values changed');
  });
});

describe('the learner\'s network across reloads', () => {
  beforeEach(() => localStorage.clear());

  it('persist-key brings an edited network back on the next visit; Restore network goes back to the start, also for the next visit', async () => {
    const page = () => fixture<NnGraph>(html`<nn-graph persist-key="lesson-ex1" inputs="0,0,0" layers="4" activation="relu" seed="7"></nn-graph>`);
    const first = await page();
    await settle(first);
    const start = first.state;
    first.addLayer();
    inGraph.node(first, '1:1').click();
    await settle(first);
    const field = inGraph.diagramField(first, 'w:1:1:0');
    field.value = '5';
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await settle(first);
    const edited = first.state;
    first.remove();

    const second = await page();
    await settle(second);
    expect(second.state, 'the reload shows the learner\'s network').to.deep.equal(edited);
    expect(second.network.sizes).to.deep.equal([3, 4, 1, 1]);
    const restore = byName(second.shadowRoot!, 'Restore network');
    restore.click();
    await settle(second);
    expect(second.state, 'Restore network brings back the starting network').to.deep.equal(start);
    second.remove();

    const third = await page();
    await settle(third);
    expect(third.state, 'and the next visit starts there too').to.deep.equal(start);
  });
});

describe('order and range', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('the inspector reads in order: formula, then what h is, then the hint to press Play', async () => {
    const graph = await fixture<NnGraph>(html`<nn-graph inputs="0,0,0" layers="4,3"></nn-graph>`);
    await settle(graph);
    inGraph.node(graph, '2:0').click();
    await settle(graph);
    const lines = inGraph.inspectorLines(graph).slice(1);
    const where = lines.findIndex((l) => l.startsWith('where'));
    const hint = lines.findIndex((l) => l.startsWith('Press Play'));
    expect(where).to.be.above(0);
    expect(hint).to.be.above(where);
  });

  it('a node shows a large value compactly: 1234.5 as 1.23k', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const graph = await fixture<NnGraph>(html`<nn-graph inputs="1234.5,0,0" layers="4"></nn-graph>`);
    await settle(graph);
    graph.play();
    await settle(graph);
    const shown = inGraph.shownValue(graph, '0:0');
    expect(shown).to.equal('1.23k');
  });

  it('the plot shows no colour legend without a model', async () => {
    const plot = await fixture<import('../../src/elements/nn-dataset-plot/nn-dataset-plot.js').NnDatasetPlot>(html`<nn-dataset-plot></nn-dataset-plot>`);
    await settle(plot);
    expect(inPlot.legend(plot)).to.equal(null);
  });

  it('hide="x1x2" removes that one feature\'s input node, lock="sin-x1" disables its node, and no warning names either', async () => {
    const pg = await fixture<import('../../src/elements/nn-playground/nn-playground.js').NnPlayground>(html`<nn-playground hide="x1x2" lock="sin-x1"></nn-playground>`);
    await settle(pg);
    const labels = inPlayground.featureNodes(pg).map((b) => b.label);
    expect(labels).to.deep.equal(['X₁', 'X₂', 'X₁²', 'X₂²', 'sin(X₁)', 'sin(X₂)']);
    const sin = inPlayground.featureNodes(pg).find((b) => b.label === 'sin(X₁)')!.button;
    expect(sin.disabled).to.equal(true);
    expect(inPlayground.featureNodes(pg).find((b) => b.label === 'X₁')!.button.disabled).to.equal(false);
    expect(pg.attributeProblems).to.deep.equal([]);
  });
});

describe('the loss chart', () => {
  it('has a labelled y axis from 0 to above the largest loss, the epoch on the x axis, a legend, and no line on its top border', async () => {
    const pg = await fixture<import('../../src/elements/nn-playground/nn-playground.js').NnPlayground>(html`<nn-playground></nn-playground>`);
    await settle(pg);
    for (let e = 0; e < 40; e++) pg.step();
    await settle(pg);
    const axes = inPlayground.chartText(pg);
    const max = Number(axes.max);
    const largest = Math.max(...pg.state.history.train, ...pg.state.history.test);
    expect(max).to.be.above(largest);
    expect(axes.zero).to.equal('0');
    expect(axes.x).to.equal('Epoch 40');
    expect(axes.keys).to.deep.equal(['Training loss', 'Test loss']);
    for (const line of inPlayground.chartLines(pg)) {
      const ys = line.getAttribute('points')!.split(' ').map((p) => Number(p.split(',')[1]));
      expect(Math.min(...ys), 'below the top border').to.be.above(5);
    }
  });
});

describe('the plot\'s range', () => {
  it('says how many of the author\'s points lie outside −6 to 6 instead of dropping them silently', async () => {
    const plot = await fixture<import('../../src/elements/nn-dataset-plot/nn-dataset-plot.js').NnDatasetPlot>(html`<nn-dataset-plot></nn-dataset-plot>`);
    plot.data = [{ x: 1, y: 1, label: 1 }, { x: 8, y: 0, label: -1 }, { x: 0, y: -7, label: 1 }];
    await settle(plot);
    expect(plot.shadowRoot!.querySelector('[part="note"]')!.textContent).to.equal('2 points lie outside −6 to 6 and are not shown.');
    plot.data = [{ x: 1, y: 1, label: 1 }];
    await settle(plot);
    expect(plot.shadowRoot!.querySelector('[part="note"]')).to.equal(null);
  });
});
