/** The bundle's second part: the elements that train and plot (see ./index.ts). */
import '../elements/nn-dataset-plot/nn-dataset-plot.js';
import '../elements/nn-playground/nn-playground.js';
