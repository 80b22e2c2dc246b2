import { DOMAIN, type Point } from '../../core/dataset.js';
import { lutIndex } from '../shared/painters/heatmap.js';
import type { Context2D } from '../shared/painters/surface.js';

export const SPAN = DOMAIN.max - DOMAIN.min;
/** The points' outline in the light theme (--nn-point-outline). */
export const POINT_OUTLINE = '#202124';

/** The one data↔canvas transform of the plot: x grows to the right, y grows upward. */
export const toCanvas = {
  x: (x: number, size: number) => ((x - DOMAIN.min) / SPAN) * size,
  y: (y: number, size: number) => ((DOMAIN.max - y) / SPAN) * size,
  inverse: (px: number, py: number, size: number) => ({ x: DOMAIN.min + (px / size) * SPAN, y: DOMAIN.max - (py / size) * SPAN }),
};

export interface PointStyle {
  colors: { negative: string; positive: string; outline: string };
  /** The colour scale as CSS colours, for regression labels. */
  lutCss: string[];
  classification: boolean;
}

/**
 * Training points as circles, test points as squares (shape, not only colour, tells them
 * apart), both with a dark outline: at least 3:1 against the pale background in either class.
 */
export function drawPoints(ctx: Context2D, pts: readonly Point[], size: number, r: number, test: boolean, style: PointStyle): void {
  ctx.lineWidth = test ? 1.5 : 1;
  ctx.strokeStyle = style.colors.outline;
  for (const p of pts) {
    const px = toCanvas.x(p.x, size);
    const py = toCanvas.y(p.y, size);
    if (style.classification) ctx.fillStyle = p.label > 0 ? style.colors.positive : style.colors.negative;
    else ctx.fillStyle = style.lutCss[lutIndex(p.label, false)];
    ctx.beginPath();
    if (test) ctx.rect(px - r, py - r, 2 * r, 2 * r);
    else ctx.arc(px, py, r, 0, 2 * Math.PI);
    ctx.fill();
    ctx.stroke();
  }
}

