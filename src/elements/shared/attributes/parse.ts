import type { ProblemLog } from './problems.js';

// Every attribute parser: each takes any value a host may set and logs what it cannot read.

/**
 * Any value a host may set, as the attribute text it stands for: null when absent (attribute
 * removed, property null/undefined), numbers and booleans as written, arrays joined by
 * commas. Objects and functions have no attribute spelling: they come back as `invalid` so
 * the caller reports them.
 */
export function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) return value.map((v) => asText(v) ?? '').join(',');
  return INVALID;
}

/** The text that stands for a value with no attribute spelling (an object, a function). */
export const INVALID = '[object]';

/** A plain decimal number, as an author writes one: no hex, no "Infinity", no "1e309". */
export const DECIMAL = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/** Reads a number from any value: a finite number as is, a string only when decimal. */
export function toNumber(raw: unknown): number | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  const text = asText(raw);
  if (text === null) return null;
  const t = text.trim();
  if (!DECIMAL.test(t)) return null;
  const v = Number(t);
  return Number.isFinite(v) ? v : null;
}

/** Parses a number within [min, max]; on failure logs and returns the fallback. */
export function parseNumberAttr(log: ProblemLog, attribute: string, raw: unknown, fallback: number, min: number, max: number, integer = false): number {
  const text = asText(raw);
  if (text === null || text.trim() === '') return fallback;
  const v = toNumber(raw);
  const kind = integer ? 'a whole number' : 'a number';
  if (v === null || (integer && !Number.isInteger(v))) {
    log.add({ attribute, value: text, allowed: `must be ${kind} from ${min} to ${max}`, fallback: String(fallback) });
    return fallback;
  }
  if (v < min || v > max) {
    const clamped = Math.min(max, Math.max(min, v));
    log.add({ attribute, value: text, allowed: `must be ${kind} from ${min} to ${max}`, fallback: String(clamped) });
    return clamped;
  }
  return v;
}

/** Parses one of a fixed list of names. */
export function parseEnumAttr<T extends string>(log: ProblemLog, attribute: string, raw: unknown, allowed: readonly T[], fallback: T): T {
  const text = asText(raw);
  if (text === null || text.trim() === '') return fallback;
  const v = text.trim().toLowerCase();
  if ((allowed as readonly string[]).includes(v)) return v as T;
  log.add({ attribute, value: text, allowed: `must be one of ${allowed.join(', ')}`, fallback });
  return fallback;
}

/** Parses a comma-separated list of names (an array is taken as the list); unknown and repeated names are reported. */
export function parseNameListAttr<T extends string>(log: ProblemLog, attribute: string, raw: unknown, allowed: readonly T[]): T[] | null {
  const text = asText(raw);
  if (text === null || text.trim() === '') return null;
  const names = text.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const bad = names.filter((n) => !(allowed as readonly string[]).includes(n));
  const repeated = names.filter((n, i) => names.indexOf(n) !== i);
  const good = allowed.filter((n) => names.includes(n));
  if (bad.length || repeated.length || text === INVALID) {
    const why = bad.length ? `unknown ${bad.map((b) => `"${b}"`).join(', ')}` : repeated.length ? `"${repeated[0]}" is listed twice` : 'not a list';
    log.add({ attribute, value: text, allowed: `must list names among ${allowed.join(', ')} (${why})`, fallback: good.length ? `"${good.join(',')}"` : 'none' });
  }
  return good;
}

/**
 * Parses hidden layer sizes ("4,2", or [4, 2]; "" for none). Bad entries are dropped and
 * out-of-range ones clamped: the nearest valid configuration, not a blank default.
 */
export function parseLayersAttr(log: ProblemLog, raw: unknown, fallback: number[], maxLayers: number, maxNeurons: number): number[] {
  const text0 = asText(raw);
  if (text0 === null) return fallback;
  const text = text0.trim();
  if (text === '' || text === '0') return [];
  const parts = text.split(',').map((s) => s.trim());
  const sizes: number[] = [];
  let bad = text0 === INVALID;
  for (const part of parts) {
    const n = toNumber(part);
    if (part === '' || n === null || !Number.isInteger(n) || n < 1) { bad = true; continue; }
    if (n > maxNeurons) bad = true;
    sizes.push(Math.min(n, maxNeurons));
  }
  if (sizes.length > maxLayers) { bad = true; sizes.length = maxLayers; }
  if (bad) {
    log.add({
      attribute: 'layers',
      value: text0,
      allowed: `must list up to ${maxLayers} hidden layer sizes, each a whole number from 1 to ${maxNeurons}, separated by commas`,
      fallback: `"${sizes.join(',')}"`,
    });
  }
  return sizes;
}

/** A free-text attribute (seed, persist-key, for): trimmed text, or '' when absent; objects are reported. */
export function parseTextAttr(log: ProblemLog, attribute: string, raw: unknown, fallback = ''): string {
  const text = asText(raw);
  if (text === INVALID) {
    log.add({ attribute, value: text, allowed: 'must be text', fallback: fallback ? `"${fallback}"` : 'none' });
    return fallback;
  }
  return text === null || text.trim() === '' ? fallback : text.trim();
}

/**
 * Attribute converter for numeric properties: a decimal attribute becomes a number; any other
 * text is kept as written, so that willUpdate can name it in its message instead of seeing NaN.
 */
export const numberish = {
  fromAttribute(value: string | null): number | string | null {
    if (value === null) return null;
    return DECIMAL.test(value.trim()) ? Number(value) : value;
  },
  toAttribute(value: unknown): string | null {
    return value === null || value === undefined ? null : String(value);
  },
};

/** A boolean property as a host may set it: a removed attribute, "false" or 0 is off. */
export function toBoolean(v: unknown): boolean {
  if (typeof v === 'string') return v.trim().toLowerCase() !== 'false';
  return !!v;
}
