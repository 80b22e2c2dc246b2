/**
 * The CDN bundle's entry, dist/nn-elements.js: `<script type="module" src="nn-elements.js">` is
 * all a page needs. It defines <nn-graph> and <nn-quiz-task> at once: they are the light
 * elements a lesson opens with (Exercise 1 and its questions). <nn-playground> and
 * <nn-dataset-plot> bring the training engine, the canvases and their painters, more than half
 * the library, so they come in their own file (dist/nn-elements.playground.js), fetched at once
 * when the page shows one in the viewport and otherwise when the browser is first idle after
 * the first render. Until then nn-elements.css holds their space, and a property set on one
 * is kept for it (upgrade). A page waits for either with `customElements.whenDefined`.
 *
 * npm users import `nn-elements` (src/index.ts), which defines all four statically: their own
 * bundler splits as they choose. The core is `nn-elements/core` there and dist/core.js here.
 */
import { whenShown } from './when-shown.js';

export * from '../elements/nn-graph/nn-graph.js';
export * from '../elements/nn-quiz-task/nn-quiz-task.js';
export * from '../events.js';

whenShown('nn-playground, nn-dataset-plot', () => import('./playground.js'));
