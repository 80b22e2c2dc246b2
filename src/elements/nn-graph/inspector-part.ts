/** The inspector's chunk: a node's calculation and the fields that edit weights, biases and inputs (see inspector-slot.ts). */
export { inspectorView } from './inspector.view.js';
export { ParamFields } from './param-fields.js';
export { inspectorStyles } from './inspector.styles.js';
