import { NnDatasetPlot } from './nn-dataset-plot.component.js';

export { NnDatasetPlot };
export type { PlotModel, PlotSource, PlotState } from './nn-dataset-plot.component.js';

// A page that loads only this element can still add languages.
export { registerLocale, loadLocale } from '../shared/i18n/registry.js';
export type { LocaleMessages, Message, PluralMessage } from '../shared/i18n/messages.js';

if (!customElements.get('nn-dataset-plot')) customElements.define('nn-dataset-plot', NnDatasetPlot);

declare global {
  interface HTMLElementTagNameMap {
    'nn-dataset-plot': NnDatasetPlot;
  }
}
