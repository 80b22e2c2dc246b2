import { toSamples } from '../../core/dataset.js';
import { Network } from '../../core/network.js';
import { createRandom } from '../../core/random.js';
import { TrainingSession } from '../../core/session.js';
import { DEFAULT_TRAINING } from '../../core/trainer.js';
import { nowOrIdle } from '../shared/now-or-idle.js';

/** Epochs of the warm-up, and the most milliseconds of them in one idle task. */
const WARM_EPOCHS = 40;
const WARM_SLICE_MS = 8;

/**
 * Runs the training code on a tiny network of its own (once per page, see TrainingLoop), in
 * slices of idle time: the first frame after Play then runs code the engine has already
 * compiled and optimised. Measured (CPU profile of the largest network's first Play frame, CPU
 * as is): the first epoch took 24 ms cold, against about 2 ms in a warm frame; at 4× CPU that
 * frame was a task of 122 ms. All the epochs in one task made one of 50-65 ms at 4× while the
 * lesson loaded. The learner's network, data and random streams are not touched.
 */
export function warmTraining(): void {
  let session: TrainingSession | undefined;
  let left = WARM_EPOCHS;
  nowOrIdle([], function slice() {
    if (!session) {
      const points = Array.from({ length: 24 }, (_, i) => ({ x: 4 * Math.cos(i), y: 4 * Math.sin(1.7 * i), label: i % 2 ? 1 : -1 }));
      const samples = toSamples(points, ['x1', 'x2']);
      const network = new Network({ inputs: 2, hidden: [4, 4], activation: 'tanh', outputActivation: 'tanh', random: createRandom('warm-up') });
      session = new TrainingSession(network, samples, samples, { ...DEFAULT_TRAINING });
    }
    const end = performance.now() + WARM_SLICE_MS;
    while (left && performance.now() < end) session.step(), left--;
    if (left) nowOrIdle([], slice);
  });
}
