import { html, nothing, type TemplateResult } from 'lit';
import type { ControlName } from './config.js';

/**
 * What the control templates need from the playground: whether a control is shown and whether it is locked.
 * @internal
 */
export interface ControlState {
  show(name: ControlName): boolean;
  off(name: ControlName): boolean;
}

/** A labelled select, removed by `hide` and disabled by `lock`. */
export function selectControl<T extends string | number>(ctx: ControlState, name: ControlName, label: string, options: readonly T[], current: T, text: (v: T) => string, change: (value: string) => void): TemplateResult | typeof nothing {
  if (!ctx.show(name)) return nothing;
  return html`<label class="field">${label}
    <select ?disabled=${ctx.off(name)} @change=${(e: Event) => change((e.target as HTMLSelectElement).value)}>
      ${options.map((o) => html`<option value=${o} ?selected=${o === current}>${text(o)}</option>`)}
    </select></label>`;
}

/** A labelled range input; the label names it and aria-valuetext reads its value. */
export function sliderControl(ctx: ControlState, name: ControlName, label: string, value: number, range: { min: number; max: number; step: number; unit?: string }, change: (v: number) => void): TemplateResult | typeof nothing {
  if (!ctx.show(name)) return nothing;
  const unit = range.unit ?? '';
  return html`<div class="slider"><label for="s-${name}">${label}</label>
    <span aria-hidden="true">${value}${unit}</span>
    <input id="s-${name}" type="range" min=${range.min} max=${range.max} step=${range.step} .value=${String(value)} ?disabled=${ctx.off(name)}
      aria-valuetext=${`${value}${unit}`} @change=${(e: Event) => change(Number((e.target as HTMLInputElement).value))} /></div>`;
}

/** A labelled checkbox. */
export function checkboxControl(ctx: ControlState, name: ControlName, label: string, checked: boolean, change: (on: boolean) => void): TemplateResult | typeof nothing {
  if (!ctx.show(name)) return nothing;
  return html`<label><input type="checkbox" ?disabled=${ctx.off(name)} .checked=${checked}
    @change=${(e: Event) => change((e.target as HTMLInputElement).checked)} />${label}</label>`;
}
