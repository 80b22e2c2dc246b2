// Generated from custom-elements.json by scripts/gen-framework-types.mjs (npm run analyze): do not edit.
import type { NnEventMap } from './events.js';
import type { NnDatasetPlot } from './elements/nn-dataset-plot/nn-dataset-plot.component.js';
import type { NnGraph } from './elements/nn-graph/nn-graph.component.js';
import type { NnPlayground } from './elements/nn-playground/nn-playground.component.js';
import type { NnQuizTask } from './elements/nn-quiz-task/nn-quiz-task.component.js';

/** The attributes of <nn-dataset-plot>, as written in markup and JSX. */
export interface NnDatasetPlotAttributes {
  /** Dataset to generate: circle, xor, gauss, spiral, plane, multi-gauss. Plain pages may still write `dataset="…"`; frameworks need `dataset-name`. */
  'dataset-name'?: string | number | null;
  /** Share of training points in percent, 10 to 90. */
  'train-ratio'?: string | number | null;
  /** Also draws the test points. */
  'show-test-data'?: boolean | string | null;
  /** Draws axes on the plot's border, with ticks from −6 to 6 outside the data (a playground shows them). */
  'show-axes'?: boolean | string | null;
}
/** The properties of <nn-dataset-plot> a host may set. */
export type NnDatasetPlotProperties = Partial<Pick<NnDatasetPlot, 'datasetName' | 'noise' | 'trainRatio' | 'seed' | 'for' | 'showTestData' | 'discretize' | 'density' | 'showAxes' | 'editable' | 'grid' | 'gridNode' | 'data' | 'model' | 'state' | 'source' | 'strings' | 'theme'>>;
/** The events <nn-dataset-plot> dispatches. */
export type NnDatasetPlotEvents = Pick<NnEventMap, 'nn-data-change' | 'nn-point-hover'>;

/** The attributes of <nn-graph>, as written in markup and JSX. */
export interface NnGraphAttributes {
  /** Activation of the output node; defaults to `activation`. */
  'output-activation'?: string | number | null;
  /** How biases start: random (default; drawn from the seed, some negative, so that ReLU(b) can be 0), constant (0.1, as TensorFlow Playground) or zero. */
  'bias-init'?: string | number | null;
  /** Most hidden layers a learner may have (1 to 10). */
  'max-layers'?: string | number | null;
  /** Most neurons per hidden layer (1 to 12). */
  'max-neurons'?: string | number | null;
  /** Keeps the learner's network (weights, biases, layers, inputs) in this browser's storage under this key, and brings it back on the next visit, as `<nn-quiz-task>` does with answers. Stored per set of attributes: a lesson whose graph changed starts afresh. */
  'persist-key'?: string | number | null;
  /** Labels of the input nodes, shown beside them: comma-separated or an array. By default x₁, x₂, x₃, …, the names the lesson text uses (the playground sets its feature names). */
  'input-labels'?: string | number | null;
  /** How far "Apply the update" moves each weight and bias: −learning-rate × its gradient (0 to 10). */
  'learning-rate'?: string | number | null;
}
/** The properties of <nn-graph> a host may set. */
export type NnGraphProperties = Partial<Pick<NnGraph, 'inputs' | 'layers' | 'activation' | 'outputActivation' | 'seed' | 'biasInit' | 'maxLayers' | 'maxNeurons' | 'decimals' | 'persistKey' | 'locked' | 'heatmaps' | 'deadLinks' | 'discretize' | 'inputLabels' | 'inputChoices' | 'flowing' | 'target' | 'learningRate' | 'network' | 'state' | 'strings' | 'theme'>>;
/** The events <nn-graph> dispatches. */
export type NnGraphEvents = Pick<NnEventMap, 'nn-forward' | 'nn-network-change' | 'nn-node-select' | 'nn-backward' | 'nn-update'>;

/** The attributes of <nn-playground>, as written in markup and JSX. */
export interface NnPlaygroundAttributes {
  /** Dataset: circle, xor, gauss, spiral (classification); plane, multi-gauss (regression); custom, the own points (`data` or an inline `<script type="application/json">`, the default when given). Plain pages may still write `dataset="…"`; frameworks need `dataset-name`. */
  'dataset-name'?: string | number | null;
  /** One of 0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10. */
  'learning-rate'?: string | number | null;
  /** One of 0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10. */
  'regularization-rate'?: string | number | null;
  /** Points per weight update, 1 to 30. */
  'batch-size'?: string | number | null;
  /** Share of training points in percent, 10 to 90. */
  'train-ratio'?: string | number | null;
  /** Stops training at this epoch (Play and Step then say so; Reset starts again); 0, the default: no limit. */
  'max-epochs'?: string | number | null;
  /** Shows the test points in the plot. Display only. */
  'show-test-data'?: boolean | string | null;
  /** Lets the learner draw points on the output plot (click: a point of the chosen class; a drawn point: removed). */
  'editable-data'?: boolean | string | null;
  /** Keeps settings, network, epoch, history and own points in this browser's storage under this key (scoped by the attributes and the id), and brings them back on the next visit. */
  'persist-key'?: string | number | null;
  /** Reads this playground's settings from the page address's hash (`#nn-<id>=…`, written by "Copy link to this setup") when it loads. Needs an id. */
  'url-state'?: boolean | string | null;
}
/** The properties of <nn-playground> a host may set. */
export type NnPlaygroundProperties = Partial<Pick<NnPlayground, 'datasetName' | 'problem' | 'features' | 'layers' | 'activation' | 'learningRate' | 'regularization' | 'regularizationRate' | 'batchSize' | 'noise' | 'trainRatio' | 'seed' | 'speed' | 'maxEpochs' | 'showTestData' | 'discretize' | 'hide' | 'lock' | 'data' | 'editableData' | 'persistKey' | 'urlState' | 'state' | 'strings' | 'theme'>>;
/** The events <nn-playground> dispatches. */
export type NnPlaygroundEvents = Pick<NnEventMap, 'nn-epoch' | 'nn-play' | 'nn-pause' | 'nn-reset' | 'nn-config-change' | 'nn-diverged' | 'nn-node-select' | 'nn-point-hover'>;

/** The attributes of <nn-quiz-task>, as written in markup and JSX. */
export interface NnQuizTaskAttributes {
  /** Keeps the learner's answers and completion across reloads (localStorage) under this key. */
  'persist-key'?: string | number | null;
  /** Offers the explanation only once the learner has answered. */
  'explanation-after-answer'?: boolean | string | null;
  /** Goal mode: pauses the linked playground's training in the frame where the goal is met. */
  'stop-at-goal'?: boolean | string | null;
}
/** The properties of <nn-quiz-task> a host may set. */
export type NnQuizTaskProperties = Partial<Pick<NnQuizTask, 'mode' | 'for' | 'goal' | 'solution' | 'persistKey' | 'explanationAfterAnswer' | 'stopAtGoal' | 'complete' | 'state' | 'strings' | 'theme'>>;
/** The events <nn-quiz-task> dispatches. */
export type NnQuizTaskEvents = Pick<NnEventMap, 'nn-answer' | 'nn-task-complete'>;

/** Every element by tag: the class, its attributes, settable properties and events. */
export interface NnElements {
  'nn-dataset-plot': { element: NnDatasetPlot; attributes: NnDatasetPlotAttributes; properties: NnDatasetPlotProperties; events: NnDatasetPlotEvents };
  'nn-graph': { element: NnGraph; attributes: NnGraphAttributes; properties: NnGraphProperties; events: NnGraphEvents };
  'nn-playground': { element: NnPlayground; attributes: NnPlaygroundAttributes; properties: NnPlaygroundProperties; events: NnPlaygroundEvents };
  'nn-quiz-task': { element: NnQuizTask; attributes: NnQuizTaskAttributes; properties: NnQuizTaskProperties; events: NnQuizTaskEvents };
}
