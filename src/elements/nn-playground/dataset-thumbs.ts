import { generateDataset, problemOf, type DatasetName, type Point } from '../../core/dataset.js';
import { createRandom } from '../../core/random.js';
import type { Palette } from '../shared/controllers/theme.js';
import { lutIndex, makeLut } from '../shared/painters/heatmap.js';
import { surfaceOf } from '../shared/painters/surface.js';

/** Pixels per side of a thumbnail's canvas (shown at 40 CSS px, sharp on 2× screens). */
const SIZE = 80;

/** Each dataset's picture points, drawn once from a fixed seed: the thumbnail shows the kind of data, not this lesson's points. */
const pointsOf = new Map<DatasetName, Point[]>();
const paintedOwn = new WeakMap<HTMLCanvasElement, readonly Point[] | null>();

/**
 * Paints the dataset pickers' pictures, as TensorFlow Playground shows its datasets: the
 * points of each in the two class colours (regression: by value) on the theme's surface. Run
 * after a render and on a theme change; a canvas already painted with these colours is left.
 * Give it the palette the theme controller holds: reading the colours again after every render
 * would hide a theme change from the controller's before/after comparison, and the plot and
 * graph would then keep their old colours.
 * @internal
 */
export function paintDatasetThumbs(root: ParentNode, palette: Palette | null, own: readonly Point[] | null = null): void {
  if (!palette) return;
  const key = `${palette.positive}|${palette.negative}|${palette.surface}|${palette.neutral}`;
  for (const canvas of root.querySelectorAll<HTMLCanvasElement>('canvas[data-dataset]')) {
    const name = canvas.dataset.dataset as DatasetName | 'custom';
    // The own points' picture is theirs: painted again when they change.
    if (canvas.dataset.painted === key && (name !== 'custom' || paintedOwn.get(canvas) === own)) continue;
    const surface = surfaceOf(canvas);
    const ctx = surface.begin(SIZE, SIZE);
    if (!ctx) continue;
    let pts = name === 'custom' ? own ?? [] : pointsOf.get(name);
    if (!pts && name !== 'custom') pointsOf.set(name, (pts = generateDataset(name, createRandom('thumbnail'), { count: problemOf(name) === 'regression' ? 400 : 200 })));
    if (name === 'custom') paintedOwn.set(canvas, own);
    // The points in the colour scale every heatmap uses (regression values shade between the two).
    const lut = makeLut(palette.negative, palette.neutral, palette.positive);
    ctx.fillStyle = `rgb(${palette.surface.join(',')})`;
    ctx.fillRect(0, 0, SIZE, SIZE);
    for (const p of pts!) {
      const k = lutIndex(p.label, false) * 4;
      ctx.fillStyle = `rgb(${lut[k]},${lut[k + 1]},${lut[k + 2]})`;
      ctx.fillRect(((p.x + 6) / 12) * SIZE - 1.5, ((6 - p.y) / 12) * SIZE - 1.5, 3, 3);
    }
    surface.present();
    canvas.dataset.painted = key;
  }
}
