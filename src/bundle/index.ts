/**
 * The CDN bundle's entry, dist/nn-elements.js: `<script type="module" src="nn-elements.js">` is
 * all a page needs. It defines <nn-graph> at once: a lesson opens with one (Exercise 1), and a
 * playground shows one. The other elements come in files of their own, fetched from beside it
 * at once when the page shows one of them in (or near) the viewport, and otherwise when the
 * browser is first idle after the first render:
 *   nn-elements.quiz.js         <nn-quiz-task>;
 *   nn-elements.playground.js   <nn-playground> and <nn-dataset-plot>, with the training
 *                               engine, the canvases and their painters.
 * Until then nn-elements.css holds their space (a quiz shows its question and choices), and a
 * property set on one is kept for it (upgrade). A page waits with `customElements.whenDefined`.
 *
 * npm users import `nn-elements` (src/index.ts), which defines all four statically: their own
 * bundler splits as they choose. The core is `nn-elements/core` there and dist/core.js here.
 */
import { whenShown } from './when-shown.js';

export * from '../elements/nn-graph/nn-graph.js';
export * from '../events.js';

whenShown('nn-quiz-task', () => import('./quiz.js'));
whenShown('nn-playground, nn-dataset-plot', () => import('./playground.js'));
