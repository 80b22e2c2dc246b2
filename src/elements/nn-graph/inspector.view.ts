import { html, nothing, type TemplateResult } from 'lit';
import type { NodeRef } from '../../core/network.js';
import { headingLevel } from '../shared/heading-level.js';
import { formatNumber } from '../shared/i18n/numbers.js';
import { formulaLines } from './formulas.js';
import type { GraphModel } from './graph-model.js';
import { weightName, type GraphNames, type GraphStrings } from './names.js';

/**
 * What the inspector shows for the selected node, and where its fields' input goes.
 * @internal
 */
export interface InspectorView {
  /** The element, for the level of the inspector's heading. */
  host: Element;
  model: GraphModel;
  t: GraphStrings;
  names: GraphNames;
  labels: readonly string[];
  driven: boolean;
  selected: NodeRef | null;
  fieldError: string;
  /** The node's backward calculation, after a backward pass. */
  backward: TemplateResult | typeof nothing;
  digits: number;
  locale: string;
  field(param: string, value: number, label?: string): TemplateResult | typeof nothing;
}

/**
 * A text field for an input, weight or bias (`param`: i:index, w:layer:to:from, b:layer:index,
 * as `readParam` reads it). Enter or leaving the field applies it; Escape undoes.
 */
export function paramField(param: string, text: string, label: string | undefined, onKey: (e: KeyboardEvent) => void, onChange: (e: Event) => void): TemplateResult {
  return html`<input type="text" inputmode="decimal" data-param=${param} aria-label=${label ?? nothing}
    .value=${text} @keydown=${onKey} @change=${onChange} />`;
}

/** The selected node's calculation with its numbers, and fields for its weights and bias (or its input value). */
export function inspectorView(v: InspectorView): TemplateResult | typeof nothing {
  const node = v.selected;
  const t = v.t;
  if (!node) return nothing; // the empty panel's hint is the slot's (inspector-slot.ts)
  const m = v.model;
  const name = v.names.node(node);
  const error = v.fieldError ? html`<p class="error" role="alert">${v.fieldError}</p>` : nothing;
  if (node.layer === 0) {
    return html`<section class="inspector ${v.driven ? 'driven-inspector' : ''}" part="inspector" aria-label=${t.inspectorTitle}>
      <h3 aria-level=${headingLevel(v.host)}>${name}</h3>
      ${v.driven ? html`<p class="hint">${v.labels[node.index] ?? ''}</p>` : html`<div class="fields">
        <label>x${node.index + 1} =
          ${v.field(`i:${node.index}`, m.inputs[node.index], t.inputField({ i: node.index + 1 }))}
        </label>
      </div>`}
      ${error}
    </section>`;
  }
  const nIn = m.net.sizes[node.layer - 1];
  const j = node.index + 1;
  const inputsKnown = !v.driven && !!m.result && (node.layer === 1 || m.isComputed({ layer: node.layer - 1, index: nIn - 1 }));
  const { symbolic, numeric, result } = formulaLines(m.net, m.result, node, (x) => formatNumber(x, v.digits, v.locale), inputsKnown, m.isComputed(node), v.labels);
  const weights = Array.from({ length: nIn }, (_, i) => m.net.getWeight(node.layer, node.index, i));
  const bias = m.net.getBias(node.layer, node.index);
  return html`<section class="inspector ${v.driven ? 'driven-inspector' : ''}" part="inspector" aria-label=${t.inspectorTitle}>
    <h3 aria-level=${headingLevel(v.host)}>${name}</h3>
    <p class="formula">${symbolic}</p>
    ${numeric ? html`<p class="formula">${numeric}</p>` : nothing}
    ${node.layer > 1 ? html`<p class="hint">${t.where} ${t.hiddenValues({ layer: node.layer - 1 })}</p>` : nothing}
    ${result ? html`<p class="formula" role="status">${result}</p>` : !v.driven ? html`<p class="hint">${t.computeHint}</p>` : nothing}
    ${v.backward}
    <div class="fields">
      ${weights.map((w, i) => html`<label>${weightName(i + 1, j)} =
        ${v.field(`w:${node.layer}:${node.index}:${i}`, w, v.names.param({ kind: 'weight', layer: node.layer, from: i, to: node.index }))}</label>`)}
      <label>b =
        ${v.field(`b:${node.layer}:${node.index}`, bias, v.names.param({ kind: 'bias', layer: node.layer, index: node.index }))}</label>
    </div>
    ${error}
  </section>`;
}
