import { cssProps } from '../shared/css-props.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { Point } from '../../core/dataset.js';
import type { Compiled } from '../shared/i18n/messages.js';
import type { PointCounts } from './points.js';
import type { PLOT_STRINGS } from './strings.js';

/** Rows of the point table shown at once: 100,000 author points must not become 100,000 rows. */
export const TABLE_PAGE = 50;

/**
 * What the point table and the editing form show, and where the learner's input goes.
 * @internal
 */
export interface PointTableView {
  t: Compiled<typeof PLOT_STRINGS>;
  train: readonly Point[];
  test: readonly Point[];
  showTest: boolean;
  editable: boolean;
  page: number;
  addError: string;
  num(v: number, decimals: number): string;
  classRef(label: number): string;
  onPage(page: number): void;
  onRemove(index: number): void;
  onAdd(e: Event): void;
}

export function tableRowCount(train: readonly Point[], test: readonly Point[], showTest: boolean): number {
  return train.length + (showTest ? test.length : 0);
}

/** The form that adds a point by its coordinates: the keyboard's way to edit, beside clicks on the plot. */
export function addFormView(v: PointTableView): TemplateResult {
  const t = v.t;
  return html`
    <p class="hint">${t.editHint}</p>
    <form class="tools" @submit=${v.onAdd} aria-label=${t.addHeading}>
      <label>${t.addX}<input name="x" type="text" inputmode="decimal" value="0" /></label>
      <label>${t.addY}<input name="y" type="text" inputmode="decimal" value="0" /></label>
      <label>${t.addClass}<select name="label"><option value="-1">${t.negative}</option><option value="1">${t.positive}</option></select></label>
      <button type="submit">${t.addButton}</button>
    </form>
    ${v.addError ? html`<p class="problems" role="alert">${v.addError}</p>` : nothing}`;
}

/** What the plot says of itself to a screen reader: the dataset, the points of each class, the test points and whether a model is shown. */
export function summaryText(t: Compiled<typeof PLOT_STRINGS>, c: PointCounts, p: { own: boolean; dataset: unknown; followed?: string; train: number; test: number; showTest: boolean; withModel: boolean }): string {
  const given = String(p.dataset ?? '');
  const name = p.own ? t.ownData : (t.datasetNames[given] ?? given);
  // A followed playground's dataset names the points it sends.
  const dataset = p.followed ? t.datasetNames[p.followed] ?? name : name;
  const base = c.classification
    ? (p.test ? (p.showTest ? t.summaryWithTest : t.summaryTestHidden) : t.summary)({ dataset, train: p.train, positive: c.positive, negative: c.negative, test: p.test })
    : t.summaryRegression({ dataset, train: p.train, test: p.test });
  return base + (p.withModel ? t.withModel : '');
}

/**
 * The plot's axes on its border, as TensorFlow Playground draws them: x below, x2 at the left,
 * ticks every 2 from −6 to 6 pointing at the frame, outside the data so that no label sits on
 * a point. Numbers in the page's format (−6 with a true minus).
 */
export function axesView(num: (v: number, decimals: number) => string): TemplateResult {
  const ticks = [-6, -4, -2, 0, 2, 4, 6];
  const at = (v: number) => `${((v + 6) / 12) * 100}%`;
  return html`<div class="x-axis" aria-hidden="true">${ticks.map((v) => html`<span ${cssProps({ left: at(v) })}>${num(v, 0)}</span>`)}</div>
    <div class="y-axis" aria-hidden="true">${ticks.map((v) => html`<span ${cssProps({ top: at(-v) })}>${num(v, 0)}</span>`)}</div>`;
}
