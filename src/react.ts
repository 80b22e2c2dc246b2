/**
 * Types for React 19 and TSX: `import type {} from 'nn-elements/react'` (once, anywhere in
 * the app) puts the four tags in `JSX.IntrinsicElements`, with their attributes
 * (`dataset-name="spiral"`), settable properties (`seed={7}`, `strings={…}`) and events
 * (`onnn-epoch={(e) => e.detail.trainLoss}`: React 19 listens to `on` + the event name).
 * Types only: this module has no code.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { NnElements } from './framework-types.js';

/** React 19 turns a prop `on` + name on a custom element into a listener for the event `name`. */
type EventProps<E> = { [K in keyof E & string as `on${K}`]?: (event: E[K]) => void };

/** What JSX accepts on one of our tags. */
export type NnJsxProps<T extends keyof NnElements> = DetailedHTMLProps<HTMLAttributes<NnElements[T]['element']>, NnElements[T]['element']> &
  NnElements[T]['attributes'] &
  NnElements[T]['properties'] &
  EventProps<NnElements[T]['events']>;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'nn-graph': NnJsxProps<'nn-graph'>;
      'nn-dataset-plot': NnJsxProps<'nn-dataset-plot'>;
      'nn-playground': NnJsxProps<'nn-playground'>;
      'nn-quiz-task': NnJsxProps<'nn-quiz-task'>;
    }
  }
}
