import type { TemplateResult } from 'lit';
import type { ParamRef } from '../../core/network.js';
import { formatNumber, parseLocaleNumber } from '../shared/i18n/numbers.js';
import { readParam } from './graph-model.js';
import { paramField } from './inspector.view.js';
import type { GraphStrings } from './names.js';

/** What the fields need from their graph. */
export interface ParamFieldsHost {
  locale(): string;
  digits(): number;
  strings(): GraphStrings;
  valueOf(param: ParamRef): number;
  /** A typed value that is a number and differs from the current one: apply it as a learner edit. */
  edit(param: ParamRef, value: number): void;
  /** A typed value that is not a number in the page's language ('' clears). */
  error(message: string): void;
}

/**
 * The text fields for inputs, weights and biases: each shows its value in the page's number
 * format; Enter or leaving applies what was typed, read in the page's language ("5,00" on a
 * German page), and Escape undoes. A value that is not a number is refused with a message,
 * never guessed. The handlers are made once and shared by every field.
 * @internal
 */
export class ParamFields {
  constructor(private host: ParamFieldsHost) {}

  /** A field for `param` (i:index, w:layer:to:from, b:layer:index) holding `value`. */
  readonly field = (param: string, value: number, label?: string): TemplateResult => paramField(param, this.text(value), label, this.onKey, this.onChange);

  /** Plain text to edit: no bidi isolation marks, an ASCII minus (the parser takes both). */
  text(v: number): string {
    return formatNumber(v, this.host.digits(), this.host.locale()).replace('−', '-');
  }

  private readonly onKey = (e: KeyboardEvent): void => {
    const input = e.target as HTMLInputElement;
    if (e.key === 'Enter') {
      e.preventDefault();
      this.apply(input);
    } else if (e.key === 'Escape') {
      input.value = input.defaultValue;
      this.host.error('');
    }
  };

  private readonly onChange = (e: Event): void => this.apply(e.target as HTMLInputElement);

  private apply(input: HTMLInputElement): void {
    const host = this.host;
    const parsed = parseLocaleNumber(input.value, host.locale());
    if (!('value' in parsed)) {
      input.setAttribute('aria-invalid', 'true');
      const t = host.strings();
      host.error(parsed.error === 'wrong-separator' ? t.wrongSeparator({ text: input.value, separator: parsed.separator }) : t.invalidNumber({ text: input.value }));
      return;
    }
    input.removeAttribute('aria-invalid');
    host.error('');
    const param = readParam(input.dataset.param!);
    const unchanged = host.valueOf(param) === parsed.value;
    if (!unchanged) host.edit(param, parsed.value);
    input.value = this.text(parsed.value);
    if (!unchanged) input.defaultValue = input.value;
  }
}
