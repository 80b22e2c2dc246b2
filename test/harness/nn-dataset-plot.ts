/**
 * The one place the tests know <nn-dataset-plot>'s shadow markup: its two canvases, the
 * legend and the table. The suites read the plot as shown (pixels), through these.
 */
import { canvasPixel } from './canvas.js';
const root = (plot: Element): ShadowRoot => plot.shadowRoot!;

/** The canvas with the points (on top). */
export function pointsCanvas(plot: Element): HTMLCanvasElement {
  return root(plot).querySelector<HTMLCanvasElement>('canvas[part=canvas]')!;
}

/** The density-sized canvas with the model's output, scaled by CSS under the points. */
export function heatCanvas(plot: Element): HTMLCanvasElement {
  return root(plot).querySelector<HTMLCanvasElement>('canvas.heat')!;
}

/** The colour legend (null without a model). */
export function legend(plot: Element): HTMLElement | null {
  return root(plot).querySelector<HTMLElement>('[part="legend"]');
}

/** The rows of the point table's page. */
export function tableRows(plot: Element): HTMLTableRowElement[] {
  return [...root(plot).querySelectorAll<HTMLTableRowElement>('tbody tr')];
}

/** The plot as shown: a canvas of the points canvas's size with the scaled heatmap under the points. */
export function shownPlot(plot: Element): HTMLCanvasElement {
  const points = pointsCanvas(plot);
  const heat = heatCanvas(plot);
  const shown = document.createElement('canvas');
  shown.width = points.width;
  shown.height = points.height;
  const ctx = shown.getContext('2d')!;
  ctx.fillStyle = getComputedStyle(heat).backgroundColor;
  ctx.fillRect(0, 0, shown.width, shown.height);
  ctx.imageSmoothingEnabled = !heat.classList.contains('crisp');
  ctx.drawImage(heat, 0, 0, shown.width, shown.height);
  ctx.drawImage(points, 0, 0);
  return shown;
}

/** A pixel of the plot as shown, [r, g, b], at fractions (fx, fy) of its width and height. */
export function plotPixel(plot: Element, fx: number, fy: number): number[] {
  const shown = shownPlot(plot);
  return canvasPixel(shown, Math.min(shown.width - 1, Math.floor(fx * shown.width)), Math.min(shown.height - 1, Math.floor(fy * shown.height)));
}

/** The legend's two ends as shown (low and high), for their order on the page. */
export function legendEnds(plot: Element): { low: HTMLElement; high: HTMLElement } {
  const [low, , high] = [...legend(plot)!.querySelectorAll<HTMLElement>('.scale > span')];
  return { low, high };
}

/** The legend as read: its caption and the numbers under its bar. */
export function legendText(plot: Element): string[] {
  const l = legend(plot)!;
  return [l.querySelector('.caption')?.textContent ?? '', ...[...l.querySelectorAll('.scale > span')].map((s) => s.textContent ?? '')];
}

/** A pixel of the legend's bar, [r, g, b], at a fraction of its length (0: the −1 end). */
export function legendPixel(plot: Element, f: number): number[] {
  const bar = legend(plot)!.querySelector<HTMLCanvasElement>('canvas.bar')!;
  return canvasPixel(bar, Math.min(bar.width - 1, Math.floor(f * bar.width)), 0);
}

/** The axes' tick labels as shown (x below the plot, then x2 at its left), or [] without axes. */
export function axisLabels(plot: Element): HTMLElement[] {
  return [...root(plot).querySelectorAll<HTMLElement>('.x-axis span, .y-axis span')];
}

/** The box the data is drawn in. */
export function dataBox(plot: Element): DOMRect {
  return pointsCanvas(plot).getBoundingClientRect();
}
