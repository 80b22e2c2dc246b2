import { html, nothing, type TemplateResult } from 'lit';
import { stepIcon } from '../shared/icons.js';
import type { GraphStrings } from './names.js';

/**
 * The graph's toolbar: Play, Step, Reset and Restore for a standalone graph; the layer count
 * with −/+ unless structure is locked.
 * @internal
 */
export interface ToolbarView {
  t: GraphStrings;
  driven: boolean;
  locked: boolean;
  hidden: number;
  layerLimit: number;
  play(): void;
  step(): void;
  reset(): void;
  restart(): void;
  addLayer(): void;
  removeLayer(): void;
}

export function toolbarView(v: ToolbarView): TemplateResult {
  const t = v.t;
  const count = html`<span class="layer-count">${t.hiddenLayerCount({ count: v.hidden })}</span>`;
  return html`<div class="toolbar ${v.driven ? 'driven' : ''}" part="toolbar">
    ${v.driven ? nothing : html`
      <button type="button" aria-label=${t.play} title=${t.play} @click=${v.play}>▶</button>
      <button type="button" aria-label=${t.step} title=${t.step} @click=${v.step}>${stepIcon}</button>
      <button type="button" aria-label=${t.reset} title=${t.reset} @click=${v.reset}>↺</button>
      <button type="button" title=${t.restart} @click=${v.restart}>${t.restartShort}</button>
      <span class="sep"></span>`}
    ${v.locked ? count : html`<span class="layers">
      <button type="button" aria-label=${t.removeLayer} title=${t.removeLayer} ?disabled=${v.hidden < 1} @click=${v.removeLayer}>−</button>
      <button type="button" aria-label=${t.addLayer} title=${v.hidden >= v.layerLimit ? t.maxLayers({ count: v.layerLimit }) : t.addLayer} ?disabled=${v.hidden >= v.layerLimit} @click=${v.addLayer}>+</button>
      ${count}</span>`}
  </div>`;
}

/** The sentence that says what the learner's edits changed, with the legend of its marks; the area keeps its height when empty. */
export function changesView(t: GraphStrings, text: string): TemplateResult {
  return html`<div class="change-area">${text ? html`
    <div class="legend" aria-hidden="true"><span class="calc">${t.legendCalc}</span><span class="value">${t.legendValue}</span></div>
    <p class="changes" part="changes">${text}</p>` : nothing}</div>`;
}
