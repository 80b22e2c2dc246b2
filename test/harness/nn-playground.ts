/**
 * The one place the tests know <nn-playground>'s shadow markup. The suites read the epoch,
 * the losses and the chart as the learner does, through these.
 */
const root = (pg: Element): ShadowRoot => pg.shadowRoot!;

/** The playground's own graph and plot. */
export function innerGraph<T extends HTMLElement = HTMLElement>(pg: Element): T {
  return root(pg).querySelector('nn-graph') as unknown as T;
}

export function innerPlot<T extends HTMLElement = HTMLElement>(pg: Element): T {
  return root(pg).querySelector('nn-dataset-plot') as unknown as T;
}

/** The Play / Pause button. */
export function playButton(pg: Element): HTMLButtonElement {
  return root(pg).querySelector<HTMLButtonElement>('button.play')!;
}

/** The epoch box and the losses box, for where they are on the page. */
export function epochBox(pg: Element): HTMLElement {
  return root(pg).querySelector<HTMLElement>('.epoch')!;
}

export function lossesBox(pg: Element): HTMLElement {
  return root(pg).querySelector<HTMLElement>('.losses')!;
}

/** The numbers as shown: the training loss and the epoch. */
export function shownTrainLoss(pg: Element): string {
  return root(pg).querySelector('.live-train')!.textContent ?? '';
}

export function shownEpoch(pg: Element): string {
  return root(pg).querySelector('.live-epoch')!.textContent ?? '';
}

/** The loss chart's box. */
export function chart(pg: Element): HTMLElement {
  return root(pg).querySelector<HTMLElement>('[part="loss-chart"]')!;
}

/** The chart's line of one series, as its points attribute. */
export function chartLine(pg: Element, series: 'train' | 'test'): string {
  return root(pg).querySelector(`.chart polyline.${series}`)?.getAttribute('points') ?? '';
}

/** Both lines. */
export function chartLines(pg: Element): SVGPolylineElement[] {
  return [...chart(pg).querySelectorAll('polyline')];
}

/** The chart's axis labels and its legend as read. */
export function chartText(pg: Element): { max: string; zero: string; x: string; keys: string[] } {
  const c = chart(pg);
  return {
    max: c.querySelector('.y.max')!.textContent ?? '',
    zero: c.querySelector('.y.zero')!.textContent ?? '',
    x: c.querySelector('.x')!.textContent ?? '',
    keys: [...c.querySelectorAll('figcaption .key')].map((k) => k.textContent ?? ''),
  };
}

/** The features as the learner switches them: the inner graph's input nodes, each a toggle named "Feature <label>", in the order shown. */
export function featureNodes(pg: Element): { label: string; button: HTMLButtonElement; on: boolean }[] {
  const graph = innerGraph(pg).shadowRoot!;
  return [...graph.querySelectorAll<HTMLButtonElement>('.diagram > .node.input')]
    .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
    .map((button) => ({ label: (button.getAttribute('aria-label') ?? '').replace(/^Feature /, ''), button, on: button.getAttribute('aria-pressed') === 'true' }));
}

/** The drawing inside a toolbar button (Step is drawn, not written, so no font can mirror it). */
export function buttonIcon(button: Element): SVGElement {
  return button.querySelector<SVGElement>('svg.icon')!;
}

/** The accuracy readouts as shown (test, then training), or null when the playground shows none (regression). */
export function shownAccuracy(pg: Element): { test: string; train: string } | null {
  const test = root(pg).querySelector('.live-test-acc');
  const train = root(pg).querySelector('.live-train-acc');
  return test && train ? { test: test.textContent ?? '', train: train.textContent ?? '' } : null;
}

/** The loss chart's drawing, which takes the pointer and, as a slider over the epochs, the keys. */
export function chartSlider(pg: Element): SVGSVGElement {
  return root(pg).querySelector<SVGSVGElement>('.chart-host svg')!;
}

/** The line under the chart that says the pointed epoch's numbers ('' when none is pointed at). */
export function chartReadout(pg: Element): string {
  return (root(pg).querySelector('.chart-readout')?.textContent ?? '').trim();
}

/** A dataset picker's picture, by dataset name ("spiral"). */
export function datasetThumb(pg: Element, name: string): HTMLCanvasElement {
  return root(pg).querySelector<HTMLCanvasElement>(`canvas[data-dataset="${name}"]`)!;
}

/** What the playground last said to screen readers (its own polite live region). */
export function announced(pg: Element): string {
  return (pg.shadowRoot!.querySelector('.visually-hidden[role="status"]')?.textContent ?? '').trim();
}
