/** The chunk of a graph that pictures a playground's network: the neurons' heatmaps and the styles of what only it shows (see live-picture.ts). */
export { NodeThumbs } from './node-thumbs.js';
export { drivenStyles } from './driven.styles.js';
