// README snippet, verbatim (test/pure/readme.test.ts checks it), type-checked as a page's
// JavaScript by `npm run typecheck` (test/types/tsconfig.readme.json).
import { Network, createRandom } from 'nn-elements/core';   // the model alone: no DOM, runs in Node
import 'nn-elements';                                         // registers the four tags

const graph = document.querySelector('nn-graph');
graph.addEventListener('nn-network-change', (e) => console.log(e.detail.kind, e.detail.calculationsChanged));
const saved = graph.state;          // JSON-serializable
graph.state = saved;                // restores; a bad snapshot throws a clear error
graph.addEventListener('nn-update', (e) => console.log(e.detail.lossBefore, e.detail.lossAfter));

const playground = document.querySelector('nn-playground');
playground.addEventListener('nn-epoch', (e) => console.log(e.detail.epoch, e.detail.trainLoss, e.detail.testLoss));
playground.applyConfig({ layers: [3], 'learning-rate': 0.01, activation: 'relu' });

// Completion as an xAPI-shaped statement, ready for a learning record store.
document.addEventListener('nn-task-complete', (e) => console.log(JSON.stringify(e.detail.statement)));
