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

let probe: CanvasRenderingContext2D | null = null;

/**
 * Any colour the page can write, as sRGB: the computed forms the parser reads directly, and
 * everything else (oklch(), lab(), color(display-p3 …), color-mix(in oklab, …)) painted once on
 * a 1×1 canvas of the element's document, which converts and gamut-maps it as the page's own
 * canvases would.
 */
export function resolveColor(color: string, doc: Document): Rgb {
  if (/^(rgba?\(|color\(srgb\s)/.test(color)) return parseComputedColor(color);
  if (!probe || probe.canvas.ownerDocument !== doc) {
    const canvas = doc.createElement('canvas');
    canvas.width = canvas.height = 1;
    probe = canvas.getContext('2d', { willReadFrequently: true });
  }
  if (!probe) return parseComputedColor(color);
  probe.clearRect(0, 0, 1, 1);
  probe.fillStyle = '#000';
  probe.fillStyle = color;
  probe.fillRect(0, 0, 1, 1);
  const d = probe.getImageData(0, 0, 1, 1).data;
  return [d[0], d[1], d[2]];
}

export const DEFAULT_NEGATIVE: Rgb = [245, 147, 34];
export const DEFAULT_NEUTRAL: Rgb = [232, 234, 235];
export const DEFAULT_POSITIVE: Rgb = [8, 119, 189];
