// README snippet, verbatim (test/pure/readme.test.ts checks it), type-checked as a page's
// JavaScript by `npm run typecheck` (test/types/tsconfig.readme.json).
import 'nn-elements';                // or <script type="module" src="dist/nn-elements.js">
const graph = document.querySelector('nn-graph');   // the graph above
const g = await graph.backward();   // { loss, target, output, deltas, weights, biases }, as graph.gradients
await graph.applyUpdate();          // { lossBefore, lossAfter, learningRate }, as the nn-update event
