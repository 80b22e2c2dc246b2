import type { ReactiveControllerHost } from 'lit';
import type { NodeRef } from '../../core/network.js';
import { emit } from '../../events.js';
import type { GraphModel } from './graph-model.js';

/**
 * The node the learner opened (the inspector's and the diagram's weight fields' subject), and
 * the message of a field that refused what was typed. Opening a node by a click emits
 * `nn-node-select`; Step opens one without. Every change renders.
 * @internal
 */
export class NodeSelection {
  node: NodeRef | null = null;
  fieldError = '';

  constructor(private host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode }, private model: () => GraphModel) {}

  select(node: NodeRef, emitEvent = true): void {
    this.node = node;
    this.fieldError = '';
    this.host.requestUpdate();
    if (emitEvent) emit(this.host, 'nn-node-select', { ...node, trace: this.model().traceOf(node) });
  }

  /** A click on a node opens it, or closes it when it is open. */
  toggle(node: NodeRef): void {
    const s = this.node;
    if (s && s.layer === node.layer && s.index === node.index) this.clear();
    else this.select(node);
  }

  /** A click on a link opens the node it feeds, with the focus in that weight's field. */
  openLink(layer: number, to: number, from: number): void {
    this.select({ layer, index: to });
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLInputElement>(`input[data-param="w:${layer}:${to}:${from}"]`)?.focus());
  }

  clear(): void {
    this.node = null;
    this.host.requestUpdate();
  }

  /** After a structural edit: a node that is gone is no longer open. */
  keep(): void {
    if (this.node && !this.model().has(this.node)) this.clear();
  }

  error(message: string): void {
    this.fieldError = message;
    this.host.requestUpdate();
  }
}
