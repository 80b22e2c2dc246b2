/**
 * The diverging orange–white–blue scale of TensorFlow Playground, as a lookup table so that a
 * heatmap fills its ImageData without allocating or parsing colours per cell.
 */
export type Rgb = [number, number, number];

export function parseColor(text: string, fallback: Rgb): Rgb {
  const m = /^#?([0-9a-f]{6})$/i.exec(text.trim());
  if (m) {
    const n = parseInt(m[1], 16);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  }
  const rgb = /^rgba?\(\s*(\d+)[,\s]+(\d+)[,\s]+(\d+)/i.exec(text.trim());
  return rgb ? [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])] : fallback;
}

export const DEFAULT_NEGATIVE: Rgb = [245, 147, 34];
export const DEFAULT_NEUTRAL: Rgb = [232, 234, 235];
export const DEFAULT_POSITIVE: Rgb = [8, 119, 189];
