/**
 * How an element reports bad author input: never a throw, always a visible message and a
 * console warning naming the attribute, the value and what is allowed, then a safe default.
 */
export interface Problem {
  attribute: string;
  value: string;
  allowed: string;
  /** What the element does instead. */
  fallback: string;
}

export function describeProblem(tag: string, p: Problem): string {
  return `<${tag}> ${p.attribute}="${p.value}": ${p.allowed}; using ${p.fallback}.`;
}

/** Collects problems while parsing and warns once per distinct message. */
export class ProblemLog {
  private warned = new Set<string>();
  list: Problem[] = [];

  /** `quiet`: collect only, for validation whose caller throws instead of warning. */
  constructor(private tag: string, private quiet = false) {}

  clear(attributes?: string[]): void {
    this.list = attributes ? this.list.filter((p) => !attributes.includes(p.attribute)) : [];
  }

  add(p: Problem): void {
    this.list = [...this.list.filter((q) => q.attribute !== p.attribute), p];
    const message = describeProblem(this.tag, p);
    if (!this.quiet && !this.warned.has(message)) {
      this.warned.add(message);
      console.warn(message);
    }
  }

  get messages(): string[] {
    return this.list.map((p) => describeProblem(this.tag, p));
  }
}

/** Parses a number within [min, max]; on failure logs and returns the fallback. */
export function parseNumberAttr(log: ProblemLog, attribute: string, raw: string | null | undefined, fallback: number, min: number, max: number, integer = false): number {
  if (raw === null || raw === undefined || raw.trim() === '') return fallback;
  const v = Number(raw.trim());
  const kind = integer ? 'a whole number' : 'a number';
  if (!Number.isFinite(v) || (integer && !Number.isInteger(v))) {
    log.add({ attribute, value: raw, allowed: `must be ${kind} from ${min} to ${max}`, fallback: String(fallback) });
    return fallback;
  }
  if (v < min || v > max) {
    const clamped = Math.min(max, Math.max(min, v));
    log.add({ attribute, value: raw, allowed: `must be ${kind} from ${min} to ${max}`, fallback: String(clamped) });
    return clamped;
  }
  return v;
}

/** Parses one of a fixed list of names. */
export function parseEnumAttr<T extends string>(log: ProblemLog, attribute: string, raw: string | null | undefined, allowed: readonly T[], fallback: T): T {
  if (raw === null || raw === undefined || raw.trim() === '') return fallback;
  const v = raw.trim().toLowerCase();
  if ((allowed as readonly string[]).includes(v)) return v as T;
  log.add({ attribute, value: raw, allowed: `must be one of ${allowed.join(', ')}`, fallback });
  return fallback;
}

/**
 * Parses hidden layer sizes ("4,2", "" for none). Bad entries are dropped and out-of-range
 * ones clamped: the nearest valid configuration, not a blank default.
 */
export function parseLayersAttr(log: ProblemLog, raw: string | null | undefined, fallback: number[], maxLayers: number, maxNeurons: number): number[] {
  if (raw === null || raw === undefined) return fallback;
  const text = raw.trim();
  if (text === '' || text === '0') return [];
  const parts = text.split(',').map((s) => s.trim());
  const sizes: number[] = [];
  let bad = false;
  for (const part of parts) {
    const n = Number(part);
    if (part === '' || !Number.isInteger(n) || n < 1) { bad = true; continue; }
    if (n > maxNeurons) bad = true;
    sizes.push(Math.min(n, maxNeurons));
  }
  if (sizes.length > maxLayers) { bad = true; sizes.length = maxLayers; }
  if (bad) {
    log.add({
      attribute: 'layers',
      value: raw,
      allowed: `must list up to ${maxLayers} hidden layer sizes, each a whole number from 1 to ${maxNeurons}, separated by commas`,
      fallback: `"${sizes.join(',')}"`,
    });
  }
  return sizes;
}
