import { DECIMAL } from '../attributes/parse.js';

// Numbers in the learner's language: written (Intl.NumberFormat) and read back from a field.

const formats = new Map<string, Intl.NumberFormat>();

/** One `Intl.NumberFormat` per kind and language, made once: numbers are written every frame. */
function cached(kind: string, locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${kind}|${locale}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.NumberFormat(locale, options)));
  return f;
}

const ANY_DECIMALS: Intl.NumberFormatOptions = { maximumFractionDigits: 20 };
const FIXED: Intl.NumberFormatOptions[] = Array.from({ length: 21 }, (_, d) => ({ minimumFractionDigits: d, maximumFractionDigits: d, useGrouping: false }));
const EPOCH: Intl.NumberFormatOptions = { minimumIntegerDigits: 6, maximumFractionDigits: 0, useGrouping: true };
const PERCENT: Intl.NumberFormatOptions = { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 };

/** A cached `Intl.NumberFormat` with fixed decimals (`decimals` < 0: as many as needed). */
export function numberFormat(locale: string, decimals: number): Intl.NumberFormat {
  return decimals < 0 ? cached('any', locale, ANY_DECIMALS) : cached(`fixed${decimals}`, locale, FIXED[decimals]);
}

/**
 * A count as TensorFlow Playground writes its epoch, zero-padded to six digits and grouped,
 * in the page's format: 001,234 in English, 001.234 in German.
 */
export function formatEpoch(value: number, locale: string): string {
  return cached('epoch', locale, EPOCH).format(value);
}

/** A share from 0 to 1 as a percentage with one decimal, in the page's format: 95.2%, 95,2 %. */
export function formatPercent(value: number, locale: string): string {
  return cached('percent', locale, PERCENT).format(value);
}

const separators = new Map<string, string>();

/** The decimal separator of a language: "." in English, "," in German. */
export function decimalSeparator(locale: string): string {
  let sep = separators.get(locale);
  if (sep === undefined) separators.set(locale, (sep = numberFormat(locale, 1).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.'));
  return sep;
}

export type ParsedNumber = { value: number } | { error: 'not-a-number' | 'wrong-separator'; separator: string };

/**
 * A learner's typed number in the element's language: the Unicode minus, the language's
 * decimal separator and its digits are accepted. The other separator is refused, not
 * guessed: "5,00" on an English page could mean 5 or 500.
 */
export function parseLocaleNumber(text: string, locale: string): ParsedNumber {
  const separator = decimalSeparator(locale);
  const other = separator === ',' ? '.' : ',';
  let t = text.trim().replace(/[\u2212\u2013]/g, '-').replace(/[\s\u00a0\u202f]/g, '');
  t = toAsciiDigits(t, locale);
  if (t.includes(other) && !t.includes(separator) && /^[-+]?\d*[.,]\d+$/.test(t)) return { error: 'wrong-separator', separator };
  if (separator !== '.') t = t.split(separator).join('.');
  if (t === '' || !DECIMAL.test(t)) return { error: 'not-a-number', separator };
  const value = Number(t);
  return Number.isFinite(value) ? { value } : { error: 'not-a-number', separator };
}

function toAsciiDigits(text: string, locale: string): string {
  const f = numberFormat(locale, 0);
  if (f.format(0) === '0') return text;
  let out = text;
  for (let d = 0; d <= 9; d++) out = out.split(f.format(d)).join(String(d));
  return out;
}

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
