/**
 * How an element reports bad author input: never a throw, always a visible message and a
 * console warning naming the attribute, the value and what is allowed, then a safe default.
 *
 * The parsers (./parse.ts) take `unknown`: a framework may set a property to a number, an array,
 * null (attribute removed) or an object, and each of those must be read or reported, never
 * crash (see docs/attributes.md).
 */
export interface Problem {
  attribute: string;
  value: string;
  allowed: string;
  /** What the element does instead. */
  fallback: string;
}

/** The longest part of a bad value quoted back: a 1 MB value must not be echoed into the page or the console. */
export const QUOTE_LIMIT = 80;

export function quote(value: string): string {
  return value.length > QUOTE_LIMIT ? `${value.slice(0, QUOTE_LIMIT)}… (${value.length} characters)` : value;
}

export function describeProblem(tag: string, p: Problem): string {
  return `<${tag}> ${p.attribute}="${quote(p.value)}": ${p.allowed}; using ${p.fallback}.`;
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
    const entry = { ...p, value: quote(p.value) };
    this.list = [...this.list.filter((q) => q.attribute !== p.attribute), entry];
    const message = describeProblem(this.tag, entry);
    if (!this.quiet && !this.warned.has(message)) {
      this.warned.add(message);
      console.warn(message);
    }
  }

  has(attribute: string): boolean {
    return this.list.some((p) => p.attribute === attribute);
  }

  get messages(): string[] {
    return this.list.map((p) => describeProblem(this.tag, p));
  }
}
