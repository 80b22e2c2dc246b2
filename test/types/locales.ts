// Every shipped language is complete: each key of the English tables translated, and no key
// the English tables lack. Checked here, not in src/, so that nothing in shared/ imports an
// element's table (the locales stay plain data typed as LocaleMessages).
import type { PluralMessage, Message } from '../../src/elements/shared/i18n/messages.js';
import type { GRAPH_STRINGS } from '../../src/elements/nn-graph/strings.js';
import type { PLOT_STRINGS } from '../../src/elements/nn-dataset-plot/strings.js';
import type { PLAYGROUND_STRINGS } from '../../src/elements/nn-playground/strings.js';
import type { QUIZ_STRINGS } from '../../src/elements/nn-quiz-task/strings.js';
import de from '../../src/elements/shared/locales/de.js';
import es from '../../src/elements/shared/locales/es.js';
import fr from '../../src/elements/shared/locales/fr.js';
import ja from '../../src/elements/shared/locales/ja.js';

type Complete<T> = { [K in keyof T]-?: T[K] extends string | PluralMessage ? Message : { [N in keyof T[K]]: string } };

interface ShippedLocale {
  'nn-graph': Complete<typeof GRAPH_STRINGS>;
  'nn-dataset-plot': Complete<typeof PLOT_STRINGS>;
  'nn-playground': Complete<typeof PLAYGROUND_STRINGS>;
  'nn-quiz-task': Complete<typeof QUIZ_STRINGS>;
}

/** A key the English table lacks turns its value into `never`, so the call fails. */
type NoExtra<T> = {
  [S in keyof T]: S extends keyof ShippedLocale ? { [K in keyof T[S]]: K extends keyof ShippedLocale[S] ? T[S][K] : never } : never;
};
const shipped = <T extends ShippedLocale>(locale: T & NoExtra<T>): T => locale;

export const checked = [shipped(de), shipped(es), shipped(fr), shipped(ja)];
