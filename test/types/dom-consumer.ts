// Plain TypeScript on a page, as the README's snippets write it: the nn-* events are typed on
// elements, the document and the window.
import 'nn-elements';
import { Network, createRandom } from 'nn-elements/core';

document.addEventListener('nn-task-complete', (e) => console.log(e.detail.score, e.detail.statement.object.id));
window.addEventListener('nn-epoch', (e) => console.log(e.detail.epoch));
const pg = document.querySelector('nn-playground');
pg?.addEventListener('nn-config-change', (e) => console.log(e.detail.setting));
pg?.applyConfig({ layers: [3], activation: 'relu', learningRate: 0.01 });
const graph = document.querySelector('nn-graph');
if (graph) graph.network = new Network({ inputs: 3, hidden: [4], activation: 'relu', random: createRandom(7) });
