/**
 * The one heatmap painter, shared by the graph's neuron thumbnails and the plot: a value grid
 * through a colour lookup table into ImageData, with no allocation per cell or per frame.
 * Row 0 of a grid is the top of the picture (largest x2), as in the plot.
 */
import { DEFAULT_NEGATIVE, DEFAULT_NEUTRAL, DEFAULT_POSITIVE, type Rgb } from '../color.js';

/** 256 RGBA entries from −1 (negative) through 0 (neutral) to +1 (positive). */
export function makeLut(negative: Rgb = DEFAULT_NEGATIVE, neutral: Rgb = DEFAULT_NEUTRAL, positive: Rgb = DEFAULT_POSITIVE): Uint8ClampedArray {
  const lut = new Uint8ClampedArray(256 * 4);
  for (let k = 0; k < 256; k++) {
    const t = (k / 255) * 2 - 1;
    const [from, to, f] = t < 0 ? [neutral, negative, -t] : [neutral, positive, t];
    for (let c = 0; c < 3; c++) lut[k * 4 + c] = Math.round(from[c] + (to[c] - from[c]) * f);
    lut[k * 4 + 3] = 255;
  }
  return lut;
}

/**
 * Share of white mixed into the plot's background, as TensorFlow Playground keeps its
 * background pale: a point of either class stays visible on a fully confident background.
 */
export const BACKGROUND_PALENESS = 0.55;

/**
 * The LUT mixed `share` of the way to the surface colour (white in the light theme): the
 * background version of the colour scale.
 */
export function paleLut(lut: Uint8ClampedArray, share = BACKGROUND_PALENESS, surface: Rgb = [255, 255, 255]): Uint8ClampedArray {
  const out = new Uint8ClampedArray(lut.length);
  for (let k = 0; k < lut.length; k += 4) {
    for (let c = 0; c < 3; c++) out[k + c] = Math.round(lut[k + c] + (surface[c] - lut[k + c]) * share);
    out[k + 3] = 255;
  }
  return out;
}

/** The LUT index of a value: clamped to [−1, 1]; `discretize` snaps to the two classes. */
export function lutIndex(v: number, discretize: boolean): number {
  if (discretize) return v >= 0 ? 255 : 0;
  const t = v < -1 ? -1 : v > 1 ? 1 : v;
  return ((t + 1) * 127.5) | 0;
}

/**
 * Writes a density × density grid (row-major, row 0 at the top) into `image`, sampling every
 * `stride`-th cell of a larger grid. With `last` (one LUT index per pixel, kept by the caller
 * between calls; start it filled with 0xffff) it reports whether any pixel changed, so an unchanged picture need not be
 * uploaded again. No allocation.
 */
export function paintGrid(image: ImageData, grid: ArrayLike<number>, gridSize: number, lut: Uint8ClampedArray, discretize: boolean, last?: Uint16Array): boolean {
  const size = image.width;
  const data = image.data;
  const stride = gridSize / size;
  let changed = !last;
  for (let row = 0; row < size; row++) {
    const src = Math.floor((row + 0.5) * stride) * gridSize;
    for (let col = 0; col < size; col++) {
      const index = lutIndex(grid[src + Math.floor((col + 0.5) * stride)], discretize);
      const p = row * size + col;
      if (last) {
        if (last[p] === index) continue;
        last[p] = index;
        changed = true;
      }
      const k = index * 4;
      const o = p * 4;
      data[o] = lut[k];
      data[o + 1] = lut[k + 1];
      data[o + 2] = lut[k + 2];
      data[o + 3] = 255;
    }
  }
  return changed;
}
