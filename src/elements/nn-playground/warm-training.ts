import { toSamples } from '../../core/dataset.js';
import { Network } from '../../core/network.js';
import { createRandom } from '../../core/random.js';
import { TrainingSession } from '../../core/session.js';
import { DEFAULT_TRAINING } from '../../core/trainer.js';
import { nowOrIdle } from '../shared/now-or-idle.js';

let warmed = false;

/**
 * Runs the training code on a tiny network of its own, once per page, when the browser is
 * first idle: the first frame after Play then runs code the engine has already compiled and
 * optimised. Measured (CPU profile of the largest network's first Play frame, CPU as is): the
 * first epoch took 24 ms cold, against about 2 ms in a warm frame; at 4× CPU that frame was a
 * task of 122 ms. The learner's network, data and random streams are not touched.
 */
export function warmTrainingOnce(): void {
  if (warmed) return;
  warmed = true;
  nowOrIdle([], () => {
    const points = Array.from({ length: 24 }, (_, i) => ({ x: 4 * Math.cos(i), y: 4 * Math.sin(1.7 * i), label: i % 2 ? 1 : -1 }));
    const samples = toSamples(points, ['x1', 'x2']);
    const network = new Network({ inputs: 2, hidden: [4, 4], activation: 'tanh', outputActivation: 'tanh', random: createRandom('warm-up') });
    const session = new TrainingSession(network, samples, samples, { ...DEFAULT_TRAINING });
    for (let i = 0; i < 40; i++) session.step();
  });
}
