/** The quiz's rules, in Node and in Chromium: mode, score, answers and what a stored state may hold. */
import { expect } from 'chai';
import { effectiveMode, isCorrect, maxScoreOf, nextAnswer, readGoal, readSolution, restoredState, scoreOf, stateProblem } from '../../../src/elements/nn-quiz-task/quiz-model.js';

const choices = [{ id: 'a', correct: true }, { id: 'b', correct: false }, { id: 'c', correct: true }];

describe('quiz model', () => {
  it('infers the mode: the attribute, else a goal, else check when a choice is marked correct', () => {
    expect(effectiveMode('predict', true, choices)).to.equal('predict');
    expect(effectiveMode(null, true, [])).to.equal('goal');
    expect(effectiveMode(null, false, choices)).to.equal('check');
    expect(effectiveMode(null, false, [{ correct: false }])).to.equal('predict');
  });

  it('an answer is correct when it is exactly the correct choices; a check scores 1 only then; a prediction is never judged', () => {
    expect(isCorrect(choices, ['c', 'a'])).to.equal(true);
    expect(isCorrect(choices, ['a'])).to.equal(false);
    expect(isCorrect([{ id: 'a', correct: false }], [])).to.equal(false);
    expect(scoreOf('check', true, true, false)).to.equal(1);
    expect(scoreOf('check', false, true, false), 'not checked yet').to.equal(0);
    expect(scoreOf('goal', false, false, true)).to.equal(1);
    expect([maxScoreOf('predict'), maxScoreOf('check'), maxScoreOf('goal')]).to.deep.equal([0, 1, 1]);
  });

  it('one choice replaces the answer; with several correct, choices add and remove', () => {
    expect(nextAnswer(['a'], 'b', true, false)).to.deep.equal(['b']);
    expect(nextAnswer(['a'], 'c', true, true)).to.deep.equal(['a', 'c']);
    expect(nextAnswer(['a', 'c'], 'a', false, true)).to.deep.equal(['c']);
  });

  it('says what is wrong with a stored state, and restores answers only to choices that exist', () => {
    expect(stateProblem(null)).to.match(/must be an object/);
    expect(stateProblem({ answer: [1], checked: false, complete: false, solutionShown: false })).to.match(/answer/);
    expect(stateProblem({ answer: [], checked: 'no', complete: false, solutionShown: false })).to.match(/true or false/);
    expect(stateProblem({ answer: [], checked: false, complete: false, solutionShown: false, reachedEpoch: -1 })).to.match(/reachedEpoch/);
    expect(stateProblem({ answer: ['a'], checked: true, complete: true, solutionShown: false, reachedEpoch: 3 })).to.equal('');
    const r = restoredState({ answer: ['x'], checked: true, complete: false, solutionShown: false }, ['a', 'b']);
    expect(r.answer).to.deep.equal([]);
    expect(r.checked, 'a check of nothing is no check').to.equal(false);
  });

  it('reads a goal and a solution, with the reason when they cannot be read', () => {
    expect(readGoal('train-loss < 0.2').conditions).to.have.length(1);
    expect(readGoal('accuracy > 1').error).to.match(/unknown name/);
    expect(readSolution('{"layers":[3]}').config).to.deep.equal({ layers: [3] });
    expect(readSolution({ layers: [3] }).config).to.deep.equal({ layers: [3] });
    expect(readSolution('[1]').error).to.match(/JSON object of settings/);
    expect(readSolution('x').error).to.match(/not usable JSON/);
    expect(readSolution('')).to.deep.equal({ config: null, error: '' });
  });
});
