import { html, nothing, svg, type TemplateResult } from 'lit';

/**
 * The loss chart: training and test loss over the epochs, at most ~300 points per line,
 * with the same sampled indices for the scale and the lines.
 */
export function renderLossChart(history: { train: number[]; test: number[] }, label: string): TemplateResult {
  const { train, test } = history;
  const n = train.length;
  const w = 300;
  const h = 70;
  const step = Math.max(1, Math.ceil(n / 300));
  let max = 1e-9;
  for (let i = 0; i < n; i += step) max = Math.max(max, train[i], test[i]);
  const points = (series: number[]) => {
    const pts: string[] = [];
    for (let i = 0; i < n; i += step) pts.push(`${(i / Math.max(1, n - 1)) * w},${h - (series[i] / max) * (h - 4)}`);
    pts.push(`${w},${h - (series[n - 1] / max) * (h - 4)}`);
    return pts.join(' ');
  };
  return html`<svg class="chart" part="loss-chart" viewBox="0 0 ${w} ${h}" preserveAspectRatio="none" role="img" aria-label=${label}>
    ${n > 1 ? svg`<polyline class="train" fill="none" stroke-width="1.5" vector-effect="non-scaling-stroke" points=${points(train)}></polyline>
    <polyline class="test" fill="none" stroke-width="1.5" vector-effect="non-scaling-stroke" points=${points(test)}></polyline>` : nothing}
  </svg>`;
}
