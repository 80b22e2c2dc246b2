/**
 * The diverging orange–white–blue scale of TensorFlow Playground, as a lookup table so that a
 * heatmap fills its ImageData without allocating or parsing colours per cell.
 */
export type Rgb = [number, number, number];

/**
 * A colour as the browser computes it (`getComputedStyle(el).color`): `rgb()`/`rgba()`, or
 * `color(srgb …)` for results of color-mix(). Black for anything else.
 */
export function parseComputedColor(color: string): Rgb {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/.exec(color);
  if (m) return [Math.round(Number(m[1])), Math.round(Number(m[2])), Math.round(Number(m[3]))];
  const c = /color\(srgb\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)/.exec(color);
  if (c) return [Math.round(Number(c[1]) * 255), Math.round(Number(c[2]) * 255), Math.round(Number(c[3]) * 255)];
  return [0, 0, 0];
}

export const DEFAULT_NEGATIVE: Rgb = [245, 147, 34];
export const DEFAULT_NEUTRAL: Rgb = [232, 234, 235];
export const DEFAULT_POSITIVE: Rgb = [8, 119, 189];
