/**
 * What a learner or author would notice over time, not just at the first render: Reset after
 * New random start, restores, every control reaching training, regularization, goal
 * boundaries, partly right answers, persistence per mode, orientation of every heatmap.
 * Each test names what it asserts; each was checked by planting the bug it describes.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { HeatmapGrid, Network, createRandom } from '../../src/core/index.js';
import '../../src/index.js';
import type { NnDatasetPlot } from '../../src/elements/nn-dataset-plot/nn-dataset-plot.js';
import type { NnGraph } from '../../src/elements/nn-graph/nn-graph.js';
import { formulaLines } from '../../src/elements/nn-graph/formulas.js';
import type { NnPlayground } from '../../src/elements/nn-playground/nn-playground.js';
import type { NnQuizTask } from '../../src/elements/nn-quiz-task/nn-quiz-task.js';
import { conditionMet, parseGoal } from '../../src/elements/nn-quiz-task/goal.js';
import { QUIZ_STRINGS } from '../../src/elements/nn-quiz-task/strings.js';
import { lutIndex } from '../../src/elements/shared/painters/heatmap.js';
import { byName, choose, deepQueryAll, drawPlot, nextFrame, plotPixel, settle, shownPlot, shadowText, showHeatmaps, thumbPixel } from './helpers.js';
import * as inGraph from '../harness/nn-graph.js';
import * as inPlayground from '../harness/nn-playground.js';
import { canvasPixels, countPictures } from '../harness/canvas.js';



function slide(root: ParentNode, label: string, value: number): void {
  const input = deepQueryAll(root, 'input[type="range"]').find((i) => (i as HTMLInputElement).labels?.[0]?.textContent?.trim() === label) as HTMLInputElement;
  if (!input) throw new Error(`no slider labelled ${label}`);
  input.value = String(value);
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

function steps(pg: NnPlayground, n: number): number[] {
  const losses: number[] = [];
  for (let i = 0; i < n; i++) {
    pg.step();
    losses.push(pg.trainLoss);
  }
  return losses;
}

const playground = () => fixture<NnPlayground>(html`<nn-playground dataset-name="xor" seed="4"></nn-playground>`);

describe('playground over time', () => {
  it('Reset after New random start goes back to that new start, not to the first network', async () => {
    const pg = await playground();
    const first = pg.state.network;
    pg.newRandomStart();
    const second = pg.state.network;
    expect(second.weights).to.not.deep.equal(first.weights);
    steps(pg, 3);
    pg.reset();
    expect(pg.epoch).to.equal(0);
    expect(pg.state.network).to.deep.equal(second);
  });

  it('a restored state keeps its restarts: Reset on the restored playground gives the same start as on the original', async () => {
    const a = await playground();
    a.newRandomStart();
    a.newRandomStart();
    steps(a, 4);
    const saved = JSON.parse(JSON.stringify(a.state));
    expect(saved.restarts).to.equal(2);
    const b = await playground();
    b.state = saved;
    expect(b.epoch).to.equal(4);
    expect(b.state.network).to.deep.equal(a.state.network);
    a.reset();
    b.reset();
    expect(b.state.network).to.deep.equal(a.state.network);
  });

  for (const [what, act] of [
    ['learning rate', (pg: NnPlayground) => choose(pg.shadowRoot!, 'Learning rate', '0.3')],
    ['batch size', (pg: NnPlayground) => slide(pg.shadowRoot!, 'Batch size', 1)],
    ['regularization', (pg: NnPlayground) => { choose(pg.shadowRoot!, 'Regularization rate', '0.3'); choose(pg.shadowRoot!, 'Regularization', 'l2'); }],
  ] as [string, (pg: NnPlayground) => void][]) {
    it(`the learner's ${what} reaches training: the loss trajectory changes`, async () => {
      const control = await playground();
      const changed = await playground();
      act(changed);
      await settle(changed);
      const a = steps(control, 5);
      const b = steps(changed, 5);
      expect(b[4]).to.not.be.closeTo(a[4], 1e-9);
    });
  }

  it('L1 regularization is applied: links die at exactly 0 and are drawn dashed', async () => {
    const pg = await playground();
    choose(pg.shadowRoot!, 'Regularization rate', '0.3');
    choose(pg.shadowRoot!, 'Regularization', 'l1');
    await settle(pg);
    steps(pg, 3);
    await settle(pg);
    const zeros = pg.state.network.weights.flat().filter((w) => w === 0).length;
    expect(zeros).to.be.above(0);
    expect(pg.state.dead!.flat().length).to.equal(zeros);
    const graph = inPlayground.innerGraph(pg);
    expect(inGraph.deadLinks(graph).length).to.equal(zeros);
    pg.reset();
    await settle(pg);
    expect(inGraph.deadLinks(graph).length, 'Reset revives dead links').to.equal(0);
  });

  it('a followed plot redraws on Reset: it shows the reset network\'s output again', async () => {
    const wrap = await fixture(html`<div><nn-playground id="fr" dataset-name="xor" seed="4" learning-rate="1"></nn-playground>
      <nn-dataset-plot for="fr" style="width: 120px"></nn-dataset-plot></div>`);
    const pg = wrap.querySelector('nn-playground') as NnPlayground;
    const plot = wrap.querySelector('nn-dataset-plot') as NnDatasetPlot;
    const picture = async () => {
      await settle(plot);
      await nextFrame();
      await nextFrame();
      const c = shownPlot(plot);
      return Array.from(canvasPixels(c)).join();
    };
    const start = await picture();
    steps(pg, 20);
    expect(await picture()).to.not.equal(start);
    pg.reset();
    expect(await picture()).to.equal(start);
  });
});

describe('quiz over time', () => {
  beforeEach(() => localStorage.clear());

  it('goal comparisons are strict where written strict: "< 0.2" is not met at 0.2, "<= 0.2" is', () => {
    const [lt] = parseGoal('train-loss < 0.2');
    const [le] = parseGoal('train-loss <= 0.2');
    const [gt] = parseGoal('epoch > 10');
    const [ge] = parseGoal('epoch >= 10');
    expect(conditionMet(lt, 0.2)).to.equal(false);
    expect(conditionMet(lt, 0.19999)).to.equal(true);
    expect(conditionMet(le, 0.2)).to.equal(true);
    expect(conditionMet(le, 0.20001)).to.equal(false);
    expect(conditionMet(gt, 10)).to.equal(false);
    expect(conditionMet(gt, 11)).to.equal(true);
    expect(conditionMet(ge, 10)).to.equal(true);
    expect(conditionMet(ge, 9)).to.equal(false);
  });

  const twoCorrect = (key = '') => fixture<NnQuizTask>(html`<nn-quiz-task mode="check" persist-key=${key}>
    <p data-question>Which can output negative values?</p>
    <p data-choice="relu">ReLU</p><p data-choice="tanh" data-correct>tanh</p><p data-choice="linear" data-correct>linear</p>
  </nn-quiz-task>`);

  it('a partly right checkbox answer is marked incorrect and scores 0', async () => {
    const quiz = await twoCorrect();
    byName(quiz.shadowRoot!, 'tanh').click();
    await settle(quiz);
    byName(quiz.shadowRoot!, 'Check').click();
    await settle(quiz);
    expect(quiz.score).to.equal(0);
    expect(quiz.complete).to.equal(false);
    expect(shadowText(quiz)).to.contain('Incorrect');
  });

  it('persist-key keeps a checked answer checked, with its verdict, across a reload', async () => {
    const first = await twoCorrect('chk');
    byName(first.shadowRoot!, 'tanh').click();
    byName(first.shadowRoot!, 'linear').click();
    await settle(first);
    byName(first.shadowRoot!, 'Check').click();
    first.remove();
    const again = await twoCorrect('chk');
    expect(again.state).to.deep.include({ checked: true, complete: true });
    expect(again.state.answer.sort()).to.deep.equal(['linear', 'tanh']);
    expect(shadowText(again)).to.contain('Score: 1 of 1');
  });

  it('persist-key keeps a reached goal complete across a reload', async () => {
    const make = () => fixture(html`<div><nn-playground id="gp"></nn-playground>
      <nn-quiz-task for="gp" goal="epoch >= 1" persist-key="goal"><p>Train.</p></nn-quiz-task></div>`);
    const wrap = await make();
    const done = oneEvent(wrap.querySelector('nn-quiz-task')!, 'nn-task-complete');
    (wrap.querySelector('nn-playground') as NnPlayground).step();
    await done;
    wrap.remove();
    const again = await make();
    const quiz = again.querySelector('nn-quiz-task') as NnQuizTask;
    await settle(quiz);
    expect(quiz.complete).to.equal(true);
    expect(shadowText(quiz)).to.contain('Goal reached at epoch 1.');
  });

  it('explanation-after-answer offers the explanation only once the learner has answered', async () => {
    const quiz = await fixture<NnQuizTask>(html`<nn-quiz-task explanation-after-answer>
      <p data-question>Q?</p><p data-choice="a">A</p><div data-explanation><p>Because.</p></div></nn-quiz-task>`);
    expect(shadowText(quiz)).to.not.contain('Click here for an explanation');
    byName(quiz.shadowRoot!, 'A').click();
    await settle(quiz);
    expect(byName(quiz.shadowRoot!, 'Click here for an explanation')).to.exist;
  });

  it('the host can replace every built-in string: none of the English table stays', async () => {
    const wrap = await fixture(html`<div><nn-playground id="sp"></nn-playground></div>`);
    const quiz = document.createElement('nn-quiz-task') as NnQuizTask;
    quiz.setAttribute('mode', 'check');
    quiz.setAttribute('for', 'sp');
    quiz.setAttribute('goal', 'epoch > 1');
    quiz.setAttribute('solution', '{"layers":[3]}');
    quiz.innerHTML = '<p data-question>Q</p><p data-choice="a">A</p><p data-choice="b" data-correct>B</p><div data-explanation>E</div><div data-solution>S</div>';
    const translated: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(QUIZ_STRINGS)) {
      translated[k] = typeof v === 'string' ? `«${k}»` : typeof v === 'function' ? `«${k}»` : Object.fromEntries(Object.keys(v).map((n) => [n, `«${n}»`]));
    }
    quiz.strings = translated as never;
    wrap.append(quiz);
    await settle(quiz);
    byName(quiz.shadowRoot!, 'A').click();
    await settle(quiz);
    byName(quiz.shadowRoot!, '«check»').click();
    await settle(quiz);
    const text = shadowText(quiz) + deepQueryAll(quiz.shadowRoot!, '[aria-label]').map((e) => e.getAttribute('aria-label')).join(' ');
    for (const [k, v] of Object.entries(QUIZ_STRINGS)) {
      if (typeof v === 'string' && v.length > 3) expect(text, k).to.not.contain(v);
    }
    expect(text).to.contain('«retry»').and.contain('«score»').and.contain('«explanation»');
  });
});

describe('graph over time', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('a change smaller than the shown decimals is still reported as a changed value', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const graph = await fixture<NnGraph>(html`<nn-graph inputs="1,1,1" seed="7" activation="linear"></nn-graph>`);
    graph.play();
    await settle(graph);
    byName(graph.shadowRoot!, 'Output').click();
    await settle(graph);
    const field = byName<HTMLInputElement>(graph.shadowRoot!, 'Bias of output');
    const change = oneEvent(graph, 'nn-network-change');
    field.value = String(graph.network.getBias(2, 0) + 0.0001);
    field.dispatchEvent(new Event('change'));
    const { detail } = await change;
    expect(detail.valuesChanged).to.deep.equal([{ layer: 2, index: 0 }]);
  });

  it('each added layer draws fresh random weights', async () => {
    const graph = await fixture<NnGraph>(html`<nn-graph layers="1" seed="7"></nn-graph>`);
    graph.addLayer();
    const afterFirst = graph.network.weights.map((w) => Array.from(w));
    graph.addLayer();
    const w = graph.network.weights.map((x) => Array.from(x));
    // Layers: 3-1-1-1-1. The second new layer's incoming weight differs from the first's.
    expect(afterFirst[1][0]).to.not.equal(w[2][0]);
  });

  it('the inspector writes z inside f( ) and f(z) after it', () => {
    const net = new Network({ inputs: 1, hidden: [1], activation: 'relu', random: createRandom(1) });
    net.setWeight(1, 0, 0, -2);
    net.setBias(1, 0, 0.5);
    const r = net.forward([1]);
    const lines = formulaLines(net, r, { layer: 1, index: 0 }, (v) => v.toFixed(2).replace('-', '−'), true, true);
    expect(lines.symbolic).to.equal('y = ReLU(w₁₁·x₁ + b)');
    expect(lines.numeric).to.equal('= ReLU((−2.00)·1.00 + 0.50)');
    expect(lines.result).to.equal('= ReLU(−1.50) = 0.00');
  });
});

describe('orientation and thresholds of every heatmap', () => {
  /** Output +1 where the chosen input is positive: tanh(20·x1) or tanh(20·x2). */
  function signOf(input: 0 | 1): Network {
    const net = new Network({ inputs: 2, hidden: [], activation: 'tanh', init: 'zero' });
    net.setWeight(1, 0, input, 20);
    return net;
  }
  // By hue, not saturation: the plot's background is a pale version of the scale.
  const isBlue = (d: ArrayLike<number>) => d[2] > d[0] + 40;
  const isOrange = (d: ArrayLike<number>) => d[0] > d[2] + 40;

  for (const [axis, input] of [['x', 0], ['y', 1]] as const) {
    it(`the plot paints +1 where ${axis} > 0: right for x, top for y`, async () => {
      const plot = await fixture<NnDatasetPlot>(html`<nn-dataset-plot style="width: 200px"></nn-dataset-plot>`);
      plot.data = [];
      plot.model = signOf(input);
      await drawPlot(plot);
      const at = (fx: number, fy: number) => plotPixel(plot, fx, fy);
      const positive = axis === 'x' ? at(0.9, 0.5) : at(0.5, 0.1);
      const negative = axis === 'x' ? at(0.1, 0.5) : at(0.5, 0.9);
      expect(isBlue(positive), 'blue on the positive side').to.equal(true);
      expect(isOrange(negative), 'orange on the negative side').to.equal(true);
    });

    it(`the graph's neuron thumbnails paint +1 where ${axis} > 0`, async () => {
      const graph = await fixture<NnGraph>(html`<nn-graph style="width: 500px"></nn-graph>`);
      await showHeatmaps(graph, signOf(input), 20);
      const at = (fx: number, fy: number) => thumbPixel(graph, '1:0', fx, fy);
      const positive = axis === 'x' ? at(0.9, 0.5) : at(0.5, 0.05);
      const negative = axis === 'x' ? at(0.05, 0.5) : at(0.5, 0.9);
      expect(isBlue(positive), 'blue on the positive side').to.equal(true);
      expect(isOrange(negative), 'orange on the negative side').to.equal(true);
    });
  }

  it('the neurons\' pictures, back from the live canvas with new values, are made and handed to their own canvas once', async () => {
    const graph = await fixture<NnGraph>(html`<nn-graph style="width: 500px"></nn-graph>`);
    await showHeatmaps(graph, signOf(0), 20);
    graph.flowing = true;
    await settle(graph);
    const handed = countPictures(inGraph.thumbsCanvas(graph)!);
    // Training moved on: the next picture differs (the output now follows y).
    (graph.heatmaps as HeatmapGrid).compute(signOf(1));
    graph.flowing = false;
    await graph.updateComplete;
    expect(handed.count, 'handed once').to.equal(1);
    expect(isBlue(thumbPixel(graph, '1:0', 0.5, 0.05)), 'the new picture: blue at the top').to.equal(true);
  });

  it('discretize thresholds at exactly 0', () => {
    expect(lutIndex(1e-9, true)).to.equal(255);
    expect(lutIndex(0, true)).to.equal(255);
    expect(lutIndex(-1e-9, true)).to.equal(0);
    expect(lutIndex(0.05, true)).to.equal(255);
    expect(lutIndex(-0.05, true)).to.equal(0);
  });
});
