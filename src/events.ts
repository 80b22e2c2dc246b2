/**
 * Every nn-* event in one place: its name, its detail, and the global event-map declarations.
 * All are CustomEvents that bubble and cross shadow roots (composed). "Change" events fire for
 * what a learner did, not for values an integrator set by code.
 */
import type { NodeRef, NodeTrace } from './core/network.js';
import type { Point } from './core/dataset.js';
import type { Backprop } from './core/backprop.js';

/** `nn-forward`: a forward pass finished; `values[layer][node]`, layer 0 the inputs. */
export interface NnForwardDetail {
  values: number[][];
  output: number;
}

export type NetworkChangeKind = 'input' | 'weight' | 'bias' | 'add-layer' | 'remove-layer' | 'add-neuron' | 'remove-neuron' | 'restart';

/** `nn-network-change`: a learner edited the network, or restored the starting one (`restart`). */
export interface NnNetworkChangeDetail {
  kind: NetworkChangeKind;
  /** The layer edited or, for a weight or bias, the layer of the node it feeds. */
  layer: number;
  /** The node (bias, input, neuron) or the weight's target node. */
  index?: number;
  /** For a weight: the source node in the layer before. */
  from?: number;
  oldValue?: number;
  newValue?: number;
  /** Nodes whose calculation changed (they use the edited parameter, directly or downstream). */
  calculationsChanged: NodeRef[];
  /** Nodes whose computed value changed (empty until a forward pass has run). */
  valuesChanged: NodeRef[];
}

/**
 * `nn-backward`: a backward pass completed on `<nn-graph target>`: the loss ½(y − t)² for the
 * current inputs, every node's delta δ = ∂L/∂z (indexed like `values`; layer 0 is empty) and
 * every parameter's gradient, in the shapes of `state.network.weights` and `.biases` (the
 * core's `backprop` result, without its forward values).
 */
export type NnBackwardDetail = Pick<Backprop, 'loss' | 'target' | 'output' | 'deltas' | 'weights' | 'biases'>;

/** `nn-update`: the learner applied the update (every parameter moved by −learningRate × its gradient). */
export interface NnUpdateDetail {
  lossBefore: number;
  lossAfter: number;
  learningRate: number;
}

/** `nn-node-select`: a learner opened a node in the inspector. */
export interface NnNodeSelectDetail extends NodeRef {
  trace: NodeTrace | null;
}

/** `nn-data-change`: a learner added or removed points. */
export interface NnDataChangeDetail {
  action: 'add' | 'remove';
  point: Point;
  points: Point[];
}

/** `nn-point-hover`: the pointer is over the plot at (x, y), where the model outputs `output` (null without a model). */
export interface NnPointHoverDetail {
  x: number;
  y: number;
  output: number | null;
}

/** `nn-epoch`: training advanced (at most once per frame). */
export interface NnEpochDetail {
  epoch: number;
  trainLoss: number;
  testLoss: number;
  /** Share of training points classified right, 0 to 1 (meaningful for classification). */
  trainAccuracy?: number;
  /** Share of test points classified right, 0 to 1. */
  testAccuracy?: number;
}

/** `nn-config-change`: a learner changed a playground setting. */
export interface NnConfigChangeDetail {
  setting: string;
  value: unknown;
  config: Record<string, unknown>;
}

/** `nn-diverged`: training stopped because a loss or a weight stopped being finite. */
export interface NnDivergedDetail {
  epoch: number;
  reason: string;
}

/** `nn-play`, `nn-pause`, `nn-reset`. */
export interface NnTrainingStateDetail {
  epoch: number;
}

/**
 * An xAPI language map: text by language tag. The author's text is keyed by the page's `lang`
 * (`en-US` when the page declares none); the verb's name is also given in `en-US`.
 */
export type LanguageMap = Record<string, string>;

/**
 * The learner, as an xAPI agent. A page knows no learner by itself; the SCORM adapter
 * (`nn-scorm.js`) adds the one its LMS names (`cmi.core.student_name`/`_id` in 1.2,
 * `cmi.learner_name`/`_id` in 2004), and any host may add its own before the event bubbles.
 */
export interface XapiActor {
  objectType: 'Agent';
  name?: string;
  account: { homePage: string; name: string };
}

/** An xAPI-shaped statement, ready to forward to a learning record store. */
export interface XapiStatement {
  /** Present when the page knows the learner: under an LMS, through the SCORM adapter. */
  actor?: XapiActor;
  verb: { id: string; display: LanguageMap };
  object: {
    id: string;
    objectType: 'Activity';
    definition: {
      name: LanguageMap;
      description?: LanguageMap;
      type: string;
      interactionType?: 'choice' | 'other';
      choices?: { id: string; description: LanguageMap }[];
      correctResponsesPattern?: string[];
    };
  };
  result?: { response?: string; success?: boolean; completion?: boolean; score?: { raw: number; min: number; max: number; scaled: number } };
  timestamp: string;
}

/** `nn-answer`: a learner chose (predict) or checked (check) an answer. */
export interface NnAnswerDetail {
  choice: string;
  choices: string[];
  correct: boolean | null;
  statement: XapiStatement;
}

/** `nn-task-complete`: a quiz task or goal was completed. */
export interface NnTaskCompleteDetail {
  score: number;
  maxScore: number;
  statement: XapiStatement;
}

export interface NnEventMap {
  'nn-forward': CustomEvent<NnForwardDetail>;
  'nn-network-change': CustomEvent<NnNetworkChangeDetail>;
  'nn-node-select': CustomEvent<NnNodeSelectDetail>;
  'nn-backward': CustomEvent<NnBackwardDetail>;
  'nn-update': CustomEvent<NnUpdateDetail>;
  'nn-data-change': CustomEvent<NnDataChangeDetail>;
  'nn-point-hover': CustomEvent<NnPointHoverDetail>;
  'nn-epoch': CustomEvent<NnEpochDetail>;
  'nn-play': CustomEvent<NnTrainingStateDetail>;
  'nn-pause': CustomEvent<NnTrainingStateDetail>;
  'nn-reset': CustomEvent<NnTrainingStateDetail>;
  'nn-config-change': CustomEvent<NnConfigChangeDetail>;
  'nn-diverged': CustomEvent<NnDivergedDetail>;
  'nn-answer': CustomEvent<NnAnswerDetail>;
  'nn-task-complete': CustomEvent<NnTaskCompleteDetail>;
}

/** Dispatches an nn-* event from `target`: bubbling, composed, with a typed detail. */
export function emit<K extends keyof NnEventMap>(target: EventTarget, name: K, detail: NnEventMap[K]['detail']): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

// The events bubble and are composed: listeners on any element, the document or the window
// receive them typed, as `document.addEventListener('nn-task-complete', (e) => e.detail.score)`.
declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends NnEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DocumentEventMap extends NnEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface WindowEventMap extends NnEventMap {}
}
