/** The goal language, in Node as well as in Chromium: what parses, what is refused and why. */
import { expect } from 'chai';
import { GOAL_MAX_CONDITIONS, GOAL_MAX_LENGTH, GoalSyntaxError, conditionMet, parseGoal } from '../../../src/elements/nn-quiz-task/goal.js';

describe('goal parser', () => {
  it('reads conditions on train-loss, test-loss and epoch joined by &&, any case and spacing', () => {
    expect(parseGoal('TRAIN-LOSS<0.2&&test-loss <= .25 && epoch>=10')).to.deep.equal([
      { variable: 'train-loss', operator: '<', value: 0.2 },
      { variable: 'test-loss', operator: '<=', value: 0.25 },
      { variable: 'epoch', operator: '>=', value: 10 },
    ]);
    expect(parseGoal('epoch > -1e2')).to.deep.equal([{ variable: 'epoch', operator: '>', value: -100 }]);
  });

  it('says what is wrong and where', () => {
    expect(() => parseGoal('')).to.throw(GoalSyntaxError, 'the goal is empty');
    expect(() => parseGoal('   ')).to.throw(GoalSyntaxError, 'the goal is empty');
    expect(() => parseGoal('accuracy > 0.9')).to.throw('unknown name “accuracy” at character 1; use train-loss, test-loss, epoch, loss, train-accuracy, test-accuracy');
    expect(() => parseGoal('epoch = 3')).to.throw('unexpected “=” at character 7');
    expect(() => parseGoal('epoch >')).to.throw('expected a number at the end');
    expect(() => parseGoal('epoch > 3 epoch > 4')).to.throw('expected && at character 11, found “epoch”');
    expect(() => parseGoal('> 3')).to.throw('expected a name (train-loss, test-loss, epoch, loss, train-accuracy, test-accuracy) at character 1, found “>”');
    expect(() => parseGoal('epoch 3')).to.throw('expected a comparison (<, <=, >, >=) at character 7, found “3”');
    expect(() => parseGoal('epoch > 3 &&')).to.throw('expected a name (train-loss, test-loss, epoch, loss, train-accuracy, test-accuracy) at the end');
  });

  it('caps length, condition count and number size', () => {
    expect(() => parseGoal(`epoch > 1 ${' '.repeat(GOAL_MAX_LENGTH)}`)).to.throw(`at most ${GOAL_MAX_LENGTH} are read`);
    const many = (n: number) => Array.from({ length: n }, () => 'epoch > 1').join(' && ');
    expect(parseGoal(many(GOAL_MAX_CONDITIONS))).to.have.length(GOAL_MAX_CONDITIONS);
    expect(() => parseGoal(many(GOAL_MAX_CONDITIONS + 1))).to.throw(`at most ${GOAL_MAX_CONDITIONS} conditions`);
    expect(() => parseGoal('epoch > 1e309')).to.throw('the number “1e309” at character 9 is too large');
  });

  it('compares exactly as written at the boundary', () => {
    const at = (op: string, v: number) => conditionMet(parseGoal(`epoch ${op} 5`)[0], v);
    expect([at('<', 4), at('<', 5), at('<=', 5), at('<=', 6), at('>', 6), at('>', 5), at('>=', 5), at('>=', 4)]).to.deep.equal([true, false, true, false, true, false, true, false]);
  });
});
