import type { NodeRef } from '../../core/network.js';
import type { GraphEdit } from './graph-model.js';

/**
 * The request a graph that pictures another element's network sends up before an edit
 * (`nn-graph-edit`). It bubbles but is not composed, so it never leaves the shadow root the
 * graph lives in: inside a playground it is the playground's, never the page's. The owner
 * calls `preventDefault()` to take the edit, applies it and hands a new picture down.
 */
export const GRAPH_EDIT = 'nn-graph-edit';

export type GraphEditRequest = CustomEvent<GraphEdit>;

/** Sends `edit` up from `graph`; true when the owner took it (and applies it). */
export function askOwner(graph: Element, edit: GraphEdit): boolean {
  const request: GraphEditRequest = new CustomEvent(GRAPH_EDIT, { detail: edit, bubbles: true, composed: false, cancelable: true });
  return !graph.dispatchEvent(request);
}

/**
 * What a graph that pictures another element's network says while the learner hovers or
 * focuses a node (`nn-graph-hover`, detail the node or null when it is left): the owner may
 * show that node's output larger, as TensorFlow Playground's plot does. Bubbling, not
 * composed, like GRAPH_EDIT.
 */
export const GRAPH_HOVER = 'nn-graph-hover';

export type GraphHoverNotice = CustomEvent<NodeRef | null>;

export function sayHover(graph: Element, node: NodeRef | null): void {
  graph.dispatchEvent(new CustomEvent(GRAPH_HOVER, { detail: node, bubbles: true, composed: false }));
}
