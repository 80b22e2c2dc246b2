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
