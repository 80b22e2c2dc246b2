// Statistical: trains the lesson for many seeds. Kept out of the mutation run
// (.mocharc.mutate.json) because it takes longer than all other core tests together and the
// exact step tests already pin every value it depends on.
import { expect } from 'chai';
import type { TrainingSession } from '../../src/core/index.js';
import { makeRun } from './helpers.js';

function reachesGoal(run: TrainingSession, epochs: number): boolean {
  for (let e = 0; e < epochs; e++) {
    if (run.step().diverged) return false;
    if (run.trainLoss < 0.2 && run.testLoss < 0.2) return true;
  }
  return false;
}

describe('core: training', () => {
  it('the lesson works: 1 hidden layer of 3 ReLU at learning rate 0.01 fits circle for at least 7 of seeds 1-10; no hidden layer fits none', () => {
    let solved = 0, linear = 0;
    for (let seed = 1; seed <= 10; seed++) {
      if (reachesGoal(makeRun('circle', seed, [3], 'relu', 0.01), 500)) solved++;
      if (reachesGoal(makeRun('circle', seed, [], 'linear', 0.01), 500)) linear++;
    }
    expect(solved).to.be.at.least(7);
    expect(linear).to.equal(0);
  });

});
