/**
 * Attribute converter for numeric properties: a decimal attribute becomes a number; any other
 * text is kept as written, so that willUpdate can name it in its message instead of seeing NaN.
 */
export const numberish = {
  fromAttribute(value: string | null): number | string | null {
    if (value === null) return null;
    return /^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i.test(value) ? Number(value) : value;
  },
  toAttribute(value: unknown): string | null {
    return value === null || value === undefined ? null : String(value);
  },
};
