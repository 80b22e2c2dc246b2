import { html, nothing, type TemplateResult } from 'lit';
import { OnDemand, type PartStyled } from '../shared/on-demand.js';
import type { InspectorView } from './inspector.view.js';
import type { ParamFields, ParamFieldsHost } from './param-fields.js';

type Part = typeof import('./inspector-part.js');

/**
 * Where a graph's inspector plugs in. Its calculation lines and fields are a click's work, so
 * they come in their own chunk (inspector-part.ts), prefetched when the browser is first idle
 * after the graph renders: before that, and in a lesson nobody clicks, the graph shows the
 * empty panel's hint, which is all a first render needs. A click that comes first loads the
 * part at once and the inspector opens when it is in (updateComplete waits for it).
 * @internal
 */
export class InspectorSlot {
  private readonly part: OnDemand<Part>;
  private fields: ParamFields | null = null;

  constructor(private host: HTMLElement & PartStyled & { requestUpdate(): void }, private fieldsHost: ParamFieldsHost) {
    this.part = new OnDemand(host, 'nn-graph\'s inspector', () => import('./inspector-part.js'));
  }

  /** The part, if it is in (else loading it); its styles join the graph's with its first use, not with a prefetch. */
  private use(): Part | null {
    const part = this.part.get();
    if (part) this.host.addPartStyles(part.inspectorStyles);
    return part;
  }

  prefetch(): void { this.part.prefetch(); }

  /** A field for `param` (i:index, w:layer:to:from, b:layer:index) holding `value`; nothing until the part is in. */
  readonly field = (param: string, value: number, label?: string): TemplateResult | typeof nothing => {
    const part = this.use();
    if (!part) return nothing;
    this.fields ??= new part.ParamFields(this.fieldsHost);
    return this.fields.field(param, value, label);
  };

  /** The selected node's panel, or the hint of an empty one. */
  view(v: Omit<InspectorView, 'field'>): TemplateResult | typeof nothing {
    const part = v.selected ? this.use() : null;
    if (part) return part.inspectorView({ ...v, field: this.field });
    return v.driven ? nothing : html`<div class="inspector empty" part="inspector"><p class="hint">${v.t.inspectorHint}</p></div>`;
  }
}
