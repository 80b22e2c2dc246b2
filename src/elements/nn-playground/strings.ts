import { DATASET_LABELS } from '../../core/dataset.js';

/**
 * Every string a learner reads in <nn-playground>: English, the fallback of every language.
 * Messages are data with named placeholders (see shared/i18n.ts). The inner graph and plot
 * speak the playground's language (their own tables).
 */
export const PLAYGROUND_STRINGS = {
  play: 'Play',
  pause: 'Pause',
  step: 'Step',
  reset: 'Reset',
  newRandomStart: 'New random start',
  epoch: 'Epoch',
  learningRate: 'Learning rate',
  activation: 'Activation',
  regularization: 'Regularization',
  regularizationRate: 'Regularization rate',
  problem: 'Problem type',
  classification: 'Classification',
  regression: 'Regression',
  speed: 'Epochs per frame',
  data: 'Data',
  dataset: 'Which dataset do you want to use?',
  ratio: 'Ratio of training to test data',
  noise: 'Noise',
  batchSize: 'Batch size',
  features: 'Features',
  featuresHint: 'Which properties do you want to feed in?',
  network: 'Network',
  output: 'Output',
  trainingLoss: 'Training loss',
  testLoss: 'Test loss',
  testAccuracy: 'Test accuracy',
  trainingAccuracy: 'Training accuracy',
  showTestData: 'Show test data',
  discretize: 'Discretize output',
  lossChart: 'Loss over {epoch} epochs: training {train}, test {test}.',
  chartPoint: 'Epoch {epoch}: training loss {train}, test loss {test}',
  lossAnnouncement: 'Epoch {epoch}: training loss {train}, test loss {test}.',
  divergedRate: 'Training stopped at epoch {epoch}: the loss became infinite: the learning rate ({rate}) is too high. Lower the learning rate and press Reset.',
  stoppedAtMax: 'Training stopped at epoch {epoch}: this exercise trains for {max} epochs. Reset to start again.',
  diverged: 'Training stopped at epoch {epoch}: the loss became infinite: try a lower learning rate or less regularization. Lower the learning rate and press Reset.',
  datasetNames: { ...DATASET_LABELS } as Readonly<Record<string, string>>,
  none: 'None',
  activationNames: { relu: 'ReLU', tanh: 'Tanh', sigmoid: 'Sigmoid', linear: 'Linear' } as Readonly<Record<string, string>>,
  regularizationNames: { none: 'None', l1: 'L1', l2: 'L2' } as Readonly<Record<string, string>>,
  atLeastOneFeature: 'Keep at least one feature.',
} as const;
