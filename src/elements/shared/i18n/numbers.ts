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

/** The shortest decimal that reads back as |v|, as whole and fraction digits; null where JavaScript writes an exponent (below 1e-6, from 1e21). */
function decimalDigits(v: number): [string, string] | null {
  const text = String(Math.abs(v));
  if (text.includes('e')) return null;
  const [whole, fraction = ''] = text.split('.');
  return [whole, fraction];
}

/** Whole and fraction digits rounded to `d` decimals, half away from zero, as Intl rounds (2.675 → 2.68, where toFixed gives 2.67). */
function rounded(whole: string, fraction: string, d: number, group: boolean): string {
  let digits = whole + fraction.slice(0, d).padEnd(d, '0');
  if (fraction.length > d && fraction.charCodeAt(d) >= 53) {
    // Carry the rounding up through the digits ('9' → '0').
    let i = digits.length - 1;
    while (i >= 0 && digits[i] === '9') i--;
    digits = (i < 0 ? '1' : digits.slice(0, i) + String.fromCharCode(digits.charCodeAt(i) + 1)) + '0'.repeat(digits.length - 1 - i);
  }
  const cut = digits.length - d;
  const head = digits.slice(0, cut).replace(/^0+(?=\d)/, '');
  return (group ? grouped(head) : head) + (d ? `.${digits.slice(cut)}` : '');
}

const negative = (v: number) => (v < 0 || Object.is(v, -0) ? '-' : '');
const grouped = (digits: string) => digits.replace(/\B(?=(\d{3})+$)/g, ',');

/**
 * English, the default, is written without Intl where the result is the same: the first Intl
 * object of a page starts ICU, 35–50 ms at 1× CPU (a CPU profile of the playground page), and
 * an English lesson then never pays it. Beyond what these cover (below 1e-6, from 1e21, more
 * than 20 decimals), and in every other language, Intl writes. test/pure/shared/i18n.test.ts
 * checks both against each other.
 */
const ENGLISH: Pick<Intl.NumberFormat, 'format'>[] = FIXED.map((_, d) => ({
  format: (v: number) => {
    const n = decimalDigits(v);
    return n ? negative(v) + rounded(n[0], n[1], d, false) : cached(`fixed${d}`, 'en', FIXED[d]).format(v);
  },
}));
const ENGLISH_ANY: Pick<Intl.NumberFormat, 'format'> = {
  format: (v: number) => {
    const n = decimalDigits(v);
    if (!n || n[1].length > 20) return cached('any', 'en', ANY_DECIMALS).format(v);
    return negative(v) + grouped(n[0]) + (n[1] ? `.${n[1]}` : '');
  },
};

/** A cached number format with fixed decimals (`decimals` < 0: as many as needed). */
export function numberFormat(locale: string, decimals: number): Pick<Intl.NumberFormat, 'format'> {
  if (locale === 'en') return decimals < 0 ? ENGLISH_ANY : ENGLISH[decimals];
  return decimals < 0 ? cached('any', locale, ANY_DECIMALS) : cached(`fixed${decimals}`, locale, FIXED[decimals]);
}

/**
 * A count as TensorFlow Playground writes its epoch, zero-padded to six digits and grouped,
 * in the page's format: 001,234 in English, 001.234 in German.
 */
export function formatEpoch(value: number, locale: string): string {
  if (locale === 'en' && Number.isInteger(value) && value >= 0 && value < 1e15) return grouped(String(value).padStart(6, '0'));
  return cached('epoch', locale, EPOCH).format(value);
}

/** A share from 0 to 1 as a percentage with one decimal, in the page's format: 95.2%, 95,2 %. */
export function formatPercent(value: number, locale: string): string {
  const n = locale === 'en' ? decimalDigits(value) : null;
  // × 100 on the digits, exactly, as Intl does (0.0145 is 1.5%, where 0.0145 × 100 would not be).
  if (n) return `${negative(value)}${rounded(n[0] + n[1].slice(0, 2).padEnd(2, '0'), n[1].slice(2), 1, true)}%`;
  return cached('percent', locale, PERCENT).format(value);
}

const separators = new Map<string, string>();

/** The decimal separator of a language: "." in English, "," in German. */
export function decimalSeparator(locale: string): string {
  let sep = separators.get(locale);
  if (sep === undefined) separators.set(locale, (sep = locale === 'en' ? '.' : cached('fixed1', locale, FIXED[1]).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.'));
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
