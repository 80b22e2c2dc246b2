import { NnDatasetPlot } from './nn-dataset-plot.component.js';

export { NnDatasetPlot };
export type { PlotModel, PlotSource, PlotState } from './nn-dataset-plot.component.js';

if (!customElements.get('nn-dataset-plot')) customElements.define('nn-dataset-plot', NnDatasetPlot);

declare global {
  interface HTMLElementTagNameMap {
    'nn-dataset-plot': NnDatasetPlot;
  }
}
