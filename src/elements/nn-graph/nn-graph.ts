import { NnGraph } from './nn-graph.component.js';

export { NnGraph };
export type { GraphState } from './nn-graph.component.js';

// A page that loads only this element can still add languages.
export { registerLocale, loadLocale } from '../shared/i18n/registry.js';
export type { LocaleMessages, Message, PluralMessage } from '../shared/i18n/messages.js';

// Defining only when free lets a page load the bundle twice, or two versions side by side.
if (!customElements.get('nn-graph')) customElements.define('nn-graph', NnGraph);

declare global {
  interface HTMLElementTagNameMap {
    'nn-graph': NnGraph;
  }
}
