/**
 * Reading the elements' canvases as a learner sees them. A canvas may show its pictures
 * through 'bitmaprenderer' (src/elements/shared/painters/surface.ts) or draw in 2D; the tests
 * read either by drawing it on a canvas of their own.
 */

/** The pixels a canvas shows, RGBA, from (x, y) over w × h (default: all of it). */
export function canvasPixels(canvas: HTMLCanvasElement, x = 0, y = 0, w = canvas.width, h = canvas.height): Uint8ClampedArray {
  const copy = Object.assign(document.createElement('canvas'), { width: canvas.width, height: canvas.height });
  const ctx = copy.getContext('2d', { willReadFrequently: true })!;
  ctx.drawImage(canvas, 0, 0);
  return ctx.getImageData(x, y, w, h).data;
}

/** The colour a canvas shows at one pixel, [r, g, b]. */
export function canvasPixel(canvas: HTMLCanvasElement, x: number, y: number): number[] {
  return [...canvasPixels(canvas, x, y, 1, 1).slice(0, 3)];
}

/** Counts the pictures shown on a canvas from now on (each a whole new picture). */
export function countPictures(canvas: HTMLCanvasElement): { readonly count: number } {
  const counter = { count: 0 };
  const renderer = canvas.getContext('bitmaprenderer');
  if (!renderer) throw new Error('the canvas draws in 2D, not through bitmaprenderer');
  const show = renderer.transferFromImageBitmap.bind(renderer);
  renderer.transferFromImageBitmap = (bitmap: ImageBitmap | null) => {
    counter.count++;
    show(bitmap);
  };
  return counter;
}
