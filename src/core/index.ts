/**
 * nn-elements core: the model behind the elements. Pure TypeScript with no DOM and no Lit;
 * runs the same in Node and in browsers.
 * @packageDocumentation
 */
export * from './random.js';
export * from './activation.js';
export * from './regularization.js';
export * from './network.js';
export * from './features.js';
export * from './dataset.js';
export * from './trainer.js';
export * from './columns.js';
export * from './heatmap.js';
export * from './history.js';
export * from './session.js';
export * from './exercise.js';
export * from './backprop.js';
