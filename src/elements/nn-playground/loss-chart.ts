import { html, nothing, svg, type TemplateResult } from 'lit';
import { formatNumber } from '../shared/i18n/numbers.js';

export interface LossChartText {
  /** Accessible summary of the chart. */
  label: string;
  trainingLoss: string;
  testLoss: string;
  epoch: string;
  /** The language of the axis numbers. */
  locale: string;
  /** One epoch's numbers, as the readout under the chart says them. */
  point(epoch: number, train: number, test: number): string;
}

/** What the chart answers: a pointer over it and keys while it has the focus (see Readouts). */
export interface LossChartEvents {
  move(e: PointerEvent): void;
  leave(): void;
  key(e: KeyboardEvent): void;
  focus(): void;
  blur(): void;
}

/**
 * The loss chart: training and test loss over the epochs, at most ~300 points per line with
 * the same sampled points for the scale and the lines, always the first, the last and each
 * line's lowest, placed by their epoch (the history is decimated before its recent window, see
 * LossHistory). The y axis runs from 0 to the largest loss plus a tenth (so no line sits on the
 * border), labelled at both ends; the x axis is labelled with the last epoch; a legend tells
 * the two lines apart by pattern too.
 */
export function renderLossChart(history: { train: number[]; test: number[]; epochs?: number[] }, epochs: number, text: LossChartText, cursor: number | null = null, on?: LossChartEvents): TemplateResult {
  const { train, test } = history;
  const n = train.length;
  const w = 300;
  const h = 70;
  const at = (i: number) => history.epochs?.[i] ?? i;
  const step = Math.max(1, Math.ceil(n / 300));
  let minTrain = 0;
  let minTest = 0;
  for (let i = 1; i < n; i++) {
    if (train[i] < train[minTrain]) minTrain = i;
    if (test[i] < test[minTest]) minTest = i;
  }
  const shown = (i: number) => i % step === 0 || i === n - 1 || i === minTrain || i === minTest;
  let max = 1e-9;
  for (let i = 0; i < n; i++) if (shown(i)) max = Math.max(max, train[i], test[i]);
  const top = max * 1.1;
  const span = Math.max(1, at(n - 1) - at(0));
  // A tenth of a unit of the 300 × 70 box is finer than a pixel of the chart; full-precision
  // coordinates made strings three times as long, rebuilt 5 times a second while training.
  const r = (v: number) => Math.round(v * 10) / 10;
  const points = (series: number[]) => {
    const pts: string[] = [];
    for (let i = 0; i < n; i++) if (shown(i)) pts.push(`${r(((at(i) - at(0)) / span) * w)},${r(h - (series[i] / top) * h)}`);
    return pts.join(' ');
  };
  // The readout: the pointed epoch's numbers, or the last epoch's while the chart has the focus.
  const c = cursor === null ? null : Math.min(n - 1, Math.max(0, cursor));
  const said = text.point(at(c ?? n - 1), train[c ?? n - 1], test[c ?? n - 1]);
  const cx = c === null ? 0 : r(((at(c) - at(0)) / span) * w);
  return html`<figure class="chart" part="loss-chart">
    <div class="plot-area">
      <span class="y max" aria-hidden="true">${n > 1 ? formatNumber(top, 2, text.locale) : ''}</span>
      <span class="y zero" aria-hidden="true">0</span>
      <svg viewBox="0 0 ${w} ${h}" preserveAspectRatio="none" tabindex="0" role="slider" aria-label=${text.label}
          aria-valuemin=${at(0)} aria-valuemax=${at(n - 1)} aria-valuenow=${at(c ?? n - 1)} aria-valuetext=${said}
          @pointermove=${on?.move} @pointerleave=${on?.leave} @keydown=${on?.key} @focus=${on?.focus} @blur=${on?.blur}>
        <rect class="extent" x="-8" y="-8" width=${w + 16} height=${h + 16}></rect>
        ${n > 1 ? svg`<polyline class="train" fill="none" stroke-width="1.5" vector-effect="non-scaling-stroke" points=${points(train)}></polyline>
        <polyline class="test" fill="none" stroke-width="1.5" vector-effect="non-scaling-stroke" points=${points(test)}></polyline>` : nothing}
        ${c === null ? nothing : svg`<line class="cursor" x1=${cx} x2=${cx} y1="0" y2=${h} vector-effect="non-scaling-stroke"></line>`}
      </svg>
      <span class="x" aria-hidden="true">${text.epoch} ${epochs}</span>
    </div>
    <figcaption aria-hidden="true"><span class="key train">${text.trainingLoss}</span><span class="key test">${text.testLoss}</span></figcaption>
    ${c === null ? nothing : html`<p class="chart-readout" aria-hidden="true">${said}</p>`}
  </figure>`;
}
