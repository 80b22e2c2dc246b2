import { expect } from 'chai';
import { createRandom, LossHistory, Network } from '../../src/core/index.js';
import { decode, encode, fit, LIMITS } from '../../src/scorm/suspend.js';

// What the SCORM adapter keeps in cmi.suspend_data, against the real limits, with states shaped
// by the core as the elements make them.
const answers = Object.fromEntries(['task1', 'task2', 'task3', 'task4', 'task5', 'task6', 'goal2', 'goal3'].map((id, i) => [`nn-quiz-task#${id}`, { answer: [`c${i}`], checked: i % 2 === 0, complete: true }]));

function playground(hidden: number[], epochs: number, points = 0) {
  const rng = createRandom(3);
  const random = rng.next;
  const network = new Network({ inputs: 7, hidden, random: rng }).toJSON();
  const h = new LossHistory();
  for (let e = 0; e < epochs; e++) h.push(e, 0.5 / (1 + e / 50) + random() * 0.01, 0.55 / (1 + e / 60) + random() * 0.01);
  const list = Array.from({ length: points }, () => ({ x: random() * 12 - 6, y: random() * 12 - 6, label: random() < 0.5 ? -1 : 1 }));
  return {
    config: { dataset: points ? 'custom' : 'circle', layers: hidden, learningRate: 0.03, activation: 'relu', features: ['x1', 'x2'] },
    restarts: 2,
    network,
    epoch: epochs,
    history: h.toJSON(),
    dead: [],
    ...(points ? { points: list } : {}),
  };
}

const graph = { inputs: [0, 0, 0], network: new Network({ inputs: 3, hidden: [4, 3], random: createRandom(7) }).toJSON() };

describe('SCORM suspend data', () => {
  it('round-trips a small state as plain JSON, and a large one compressed, exactly', () => {
    const small = { 'nn-quiz-task#t': { answer: ['a'] } };
    expect(encode(small)).to.equal(JSON.stringify(small));
    expect(decode(encode(small))).to.deep.equal(small);
    const large = { ...answers, 'nn-graph#ex1': graph, 'nn-playground#ex2': playground([3], 400) };
    const text = encode(large);
    expect(text.startsWith('nnz1:'), 'compressed').to.equal(true);
    expect(text.length).to.be.below(JSON.stringify(large).length);
    expect(decode(text)).to.deep.equal(large);
  });

  it('keeps the demo lesson whole in SCORM 2004, and fits it into SCORM 1.2 by thinning the loss curve only', () => {
    const lesson = { ...answers, 'nn-graph#ex1': graph, 'nn-graph#ex3': graph, 'nn-playground#ex2': playground([3], 2000) };
    const wide = fit(lesson, LIMITS['2004']);
    expect(wide.dropped).to.deep.equal([]);
    expect(decode(wide.text)).to.deep.equal(lesson);
    const narrow = fit(lesson, LIMITS['1.2']);
    expect(narrow.text.length).to.be.at.most(4096);
    expect(narrow.dropped).to.deep.equal(["the playgrounds' loss curves, thinned to 40 points"]);
    const back = decode(narrow.text) as Record<string, any>;
    for (const k of Object.keys(answers)) expect(back[k], k).to.deep.equal(answers[k]);
    expect(back['nn-graph#ex1']).to.deep.equal(graph);
    const pg = back['nn-playground#ex2'];
    expect(pg.network).to.deep.equal(lesson['nn-playground#ex2'].network);
    expect(pg.history.train).to.have.length(40);
    // The thinned curve is still one the core accepts, and it ends at the last epoch.
    expect(LossHistory.from(pg.history).epochs.at(-1)).to.equal(lesson['nn-playground#ex2'].history.epochs.at(-1));
  });

  it('under SCORM 1.2, the largest playground keeps the answers, then its settings and own points, and drops its network and curve', () => {
    const big = { ...answers, 'nn-graph#ex1': graph, 'nn-playground#big': playground([8, 8, 8, 8, 8, 8], 3000, 40) };
    const { text, dropped } = fit(big, LIMITS['1.2']);
    expect(text.length).to.be.at.most(4096);
    expect(dropped.at(-1)).to.equal("the playgrounds' trained networks (they start their settings afresh)");
    const back = decode(text) as Record<string, any>;
    for (const k of Object.keys(answers)) expect(back[k], k).to.deep.equal(answers[k]);
    expect(back['nn-playground#big'].config).to.deep.equal(big['nn-playground#big'].config);
    expect(back['nn-playground#big'].points).to.deep.equal(big['nn-playground#big'].points);
    expect(back['nn-playground#big'].network).to.equal(undefined);
    expect(back['nn-graph#ex1']).to.deep.equal(graph);
  });

  it('keeps the answers alone when nothing else fits, and nothing (not a cut text) when even they do not', () => {
    const crowd = { ...answers, 'nn-dataset-plot#p': { points: Array.from({ length: 3000 }, (_, i) => ({ x: Math.sin(i), y: Math.cos(i * 7), label: 1 })) } };
    const { text, dropped } = fit(crowd, LIMITS['1.2']);
    expect(dropped).to.include("the graphs' and plots' edits");
    expect(decode(text)).to.deep.equal(answers);
    expect(fit(answers, 40)).to.deep.equal({ text: '', dropped: [
      "the playgrounds' loss curves, thinned to 40 points", "the playgrounds' loss curves, but their last point",
      "the playgrounds' trained networks (they start their settings afresh)", "the graphs' and plots' edits", "the playgrounds' settings", 'the quiz answers'] });
  });

  it('reads nothing, not an error, from empty, foreign or damaged suspend data', () => {
    for (const t of ['', 'x', '[1,2]', 'nnz1:!!!', 'nnz1:AAAA', 'null']) expect(decode(t), t).to.deep.equal({});
  });
});
