import { NnPlayground } from './nn-playground.component.js';

export { NnPlayground };
export type { PlaygroundState } from './nn-playground.component.js';
export type { PlaygroundConfig } from './config.js';

if (!customElements.get('nn-playground')) customElements.define('nn-playground', NnPlayground);

declare global {
  interface HTMLElementTagNameMap {
    'nn-playground': NnPlayground;
  }
}
