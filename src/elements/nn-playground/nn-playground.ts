import { NnPlayground } from './nn-playground.component.js';

export { NnPlayground };
export type { PlaygroundState } from './nn-playground.component.js';
export type { PlaygroundConfig } from './config.js';

// A page that loads only this element can still add languages.
export { registerLocale, loadLocale } from '../shared/i18n/registry.js';
export type { LocaleMessages, Message, PluralMessage } from '../shared/i18n/messages.js';

if (!customElements.get('nn-playground')) customElements.define('nn-playground', NnPlayground);

declare global {
  interface HTMLElementTagNameMap {
    'nn-playground': NnPlayground;
  }
}
