/** Number formatting for the learner: fixed decimals, a real minus sign, no "−0.00". */
export function formatNumber(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return String(value);
  const text = value.toFixed(decimals);
  if (/^-0\.?0*$/.test(text)) return text.slice(1);
  return text.replace('-', '−');
}

/** A learner's typed number: accepts the Unicode minus and a decimal comma. */
export function parseLearnerNumber(text: string): number | null {
  const cleaned = text.trim().replace(/\u2212/g, '-').replace(',', '.');
  if (cleaned === '' || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return null;
  const v = Number(cleaned);
  return Number.isFinite(v) ? v : null;
}

/**
 * A value for a small box (a node): at most 5 characters with the sign, so "1234.50" reads
 * "1.23k" and "−0.500" reads "−0.50". Fewer decimals first, then k and M.
 */
export function formatCompact(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  const sign = value < 0 ? '−' : '';
  const trim = (t: string) => (t.includes('.') ? t.replace(/0+$/, '').replace(/\.$/, '') : t);
  if (abs >= 999.5e6) return `${sign}${abs.toExponential(0).replace('+', '')}`;
  if (abs >= 999.5e3) return `${sign}${trim((abs / 1e6).toPrecision(3))}M`;
  if (abs >= 999.5) return `${sign}${trim((abs / 1e3).toPrecision(3))}k`;
  const whole = String(Math.round(abs)).length + sign.length;
  return formatNumber(value, Math.max(0, Math.min(decimals, 4 - whole)));
}
