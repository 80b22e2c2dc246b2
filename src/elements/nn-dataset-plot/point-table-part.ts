import { html, nothing, type TemplateResult } from 'lit';
import type { Point } from '../../core/dataset.js';
import { TABLE_PAGE, tableRowCount, type PointTableView } from './point-table.view.js';

// The point table, in a chunk of its own: only a learner who opens it needs it (the plot
// prefetches it when the browser is first idle after its first render).

/**
 * One page of the table: work per render is bounded by what the learner sees, not by the data.
 * @internal
 */
export function pointTableView(v: PointTableView): TemplateResult {
  const t = v.t;
  const total = tableRowCount(v.train, v.test, v.showTest);
  const pages = Math.max(1, Math.ceil(total / TABLE_PAGE));
  const first = v.page * TABLE_PAGE;
  const rows: { p: Point; i: number; test: boolean }[] = [];
  for (let k = first; k < Math.min(total, first + TABLE_PAGE); k++) {
    const test = k >= v.train.length;
    const i = test ? k - v.train.length : k;
    rows.push({ p: test ? v.test[i] : v.train[i], i, test });
  }
  return html`<div class="table-wrap" tabindex="0" role="region" aria-label=${t.tableCaption}><table part="table">
    <caption>${t.tableCaption}</caption>
    <thead><tr><th scope="col">${t.colX}</th><th scope="col">${t.colY}</th><th scope="col">${t.colLabel}</th><th scope="col">${t.colSet}</th>${v.editable ? html`<th scope="col">${t.remove}</th>` : nothing}</tr></thead>
    <tbody>${rows.map(({ p, i, test }) => html`<tr>
      <td>${v.num(p.x, 2)}</td><td>${v.num(p.y, 2)}</td>
      <td>${p.label === 1 || p.label === -1 ? v.classRef(p.label) : v.num(p.label, 2)}</td>
      <td>${test ? t.test : t.train}</td>
      ${v.editable ? html`<td>${test ? nothing : html`<button type="button" aria-label=${t.removePoint({ i: i + 1 })} @click=${() => v.onRemove(i)}>×</button>`}</td>` : nothing}
    </tr>`)}</tbody>
  </table></div>
  ${pages > 1 ? html`<div class="pager">
    <button type="button" ?disabled=${v.page === 0} @click=${() => v.onPage(v.page - 1)}>${t.previousPage}</button>
    <span>${t.pageOf({ from: first + 1, to: Math.min(total, first + TABLE_PAGE), total })}</span>
    <button type="button" ?disabled=${v.page >= pages - 1} @click=${() => v.onPage(v.page + 1)}>${t.nextPage}</button>
  </div>` : nothing}`;
}
