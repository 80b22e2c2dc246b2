/**
 * nn-elements: registers <nn-graph>, <nn-dataset-plot>, <nn-playground> and <nn-quiz-task>.
 * This is the CDN bundle's entry: `<script type="module" src="nn-elements.js">` is all a page
 * needs. The core is re-exported as `core` so that a page using only the bundle can reach it.
 */
export * from './elements/nn-graph/nn-graph.js';
export * from './elements/nn-dataset-plot/nn-dataset-plot.js';
export * from './elements/nn-playground/nn-playground.js';
// Before the tag is defined: the quizzes far from the viewport wait to render.
import './bundle/hold-quizzes.js';
export * from './elements/nn-quiz-task/nn-quiz-task.js';
export * from './events.js';
export * as core from './core/index.js';
