/**
 * Types for Vue 3 templates (vue-tsc, Volar): `import type {} from 'nn-elements/vue'` puts the
 * four tags in Vue's `GlobalComponents`, with their attributes, settable properties and
 * events (`@nn-epoch="…"`). Vue also needs to be told that nn-* tags are custom elements:
 * `compilerOptions.isCustomElement: (tag) => tag.startsWith('nn-')` (see README).
 * Types only: this module has no code.
 */
import type { DefineComponent } from 'vue';
import type { NnElements } from './framework-types.js';

/** `nn-epoch` → `NnEpoch`: Vue maps `@nn-epoch` to the prop `onNnEpoch`. */
type Pascal<S extends string> = S extends `${infer A}-${infer B}` ? `${Capitalize<A>}${Pascal<B>}` : Capitalize<S>;
type EventProps<E> = { [K in keyof E & string as `on${Pascal<K>}`]?: (event: E[K]) => void };

/** What a Vue template accepts on one of our tags. */
export type NnVueProps<T extends keyof NnElements> = NnElements[T]['attributes'] & NnElements[T]['properties'] & EventProps<NnElements[T]['events']>;

declare module 'vue' {
  interface GlobalComponents {
    'nn-graph': DefineComponent<NnVueProps<'nn-graph'>>;
    'nn-dataset-plot': DefineComponent<NnVueProps<'nn-dataset-plot'>>;
    'nn-playground': DefineComponent<NnVueProps<'nn-playground'>>;
    'nn-quiz-task': DefineComponent<NnVueProps<'nn-quiz-task'>>;
  }
}
