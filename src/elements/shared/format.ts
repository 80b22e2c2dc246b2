import { decimalSeparator, numberFormat } from './i18n.js';

/**
 * Number formatting for the learner, through `Intl.NumberFormat` in the element's language:
 * fixed decimals, no grouping (a weight is not an amount), a real minus sign, no "−0.00".
 */
export function formatNumber(value: number, decimals: number, locale = 'en'): string {
  if (!Number.isFinite(value)) return String(value);
  // What rounds to zero is written without a sign. `decimals` < 0: as many as the value has.
  const v = decimals >= 0 && Math.abs(value) < 0.5 * 10 ** -decimals ? 0 : value;
  // Without the bidi marks some languages' formats carry (Arabic's U+061C): the elements
  // isolate numbers themselves, and a mark would hide the sign from the formula's parentheses.
  return numberFormat(locale, decimals).format(v).replace(/[\u061c\u200e\u200f]/g, '').replace('-', '−');
}

/**
 * A value for a small box (a node): at most 5 characters with the sign, so "1234.50" reads
 * "1.23k" and "−0.500" reads "−0.50". Fewer decimals first, then k and M.
 */
export function formatCompact(value: number, decimals: number, locale = 'en'): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  const sign = value < 0 ? '−' : '';
  const sep = decimalSeparator(locale);
  const trim = (t: string) => (t.includes('.') ? t.replace(/0+$/, '').replace(/\.$/, '') : t).replace('.', sep);
  if (abs >= 999.5e6) return `${sign}${abs.toExponential(0).replace('+', '')}`;
  if (abs >= 999.5e3) return `${sign}${trim((abs / 1e6).toPrecision(3))}M`;
  if (abs >= 999.5) return `${sign}${trim((abs / 1e3).toPrecision(3))}k`;
  const whole = String(Math.round(abs)).length + sign.length;
  return formatNumber(value, Math.max(0, Math.min(decimals, 4 - whole)), locale);
}
