import type { GRAPH_STRINGS } from '../../nn-graph/strings.js';
import type { PLOT_STRINGS } from '../../nn-dataset-plot/strings.js';
import type { PLAYGROUND_STRINGS } from '../../nn-playground/strings.js';
import type { QUIZ_STRINGS } from '../../nn-quiz-task/strings.js';
import type { Message, PluralMessage } from '../i18n.js';

/** Every key of a table translated: a shipped language may not leave one in English. */
type Complete<T> = { [K in keyof T]-?: T[K] extends string | PluralMessage ? Message : { [N in keyof T[K]]: string } };

/** A language shipped with nn-elements: all four tables, complete (type-checked). */
export interface ShippedLocale {
  'nn-graph': Complete<typeof GRAPH_STRINGS>;
  'nn-dataset-plot': Complete<typeof PLOT_STRINGS>;
  'nn-playground': Complete<typeof PLAYGROUND_STRINGS>;
  'nn-quiz-task': Complete<typeof QUIZ_STRINGS>;
}
