/**
 * nn-elements: registers <nn-graph>, <nn-dataset-plot>, <nn-playground> and <nn-quiz-task>.
 * This is the CDN bundle's entry: `<script type="module" src="nn-elements.js">` is all a page needs.
 */
export * from './elements/nn-graph/nn-graph.js';
export * from './events.js';
