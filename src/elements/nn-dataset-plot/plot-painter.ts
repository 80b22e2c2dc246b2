import { DOMAIN, type Point } from '../../core/dataset.js';
import { lutIndex } from '../shared/painters/heatmap.js';

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
export function drawPoints(ctx: CanvasRenderingContext2D, pts: readonly Point[], size: number, r: number, test: boolean, style: PointStyle): void {
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

/** Axes through the origin with ticks every 2 from −6 to 6. */
export function drawAxes(ctx: CanvasRenderingContext2D, w: number, h: number, dpr: number, color: string): void {
  ctx.strokeStyle = color;
  ctx.fillStyle = color;
  ctx.lineWidth = dpr;
  ctx.font = `${10 * dpr}px sans-serif`;
  ctx.beginPath();
  ctx.moveTo(0, h / 2);
  ctx.lineTo(w, h / 2);
  ctx.moveTo(w / 2, 0);
  ctx.lineTo(w / 2, h);
  for (let v = -6; v <= 6; v += 2) {
    const p = toCanvas.x(v, w);
    ctx.moveTo(p, h / 2 - 3 * dpr);
    ctx.lineTo(p, h / 2 + 3 * dpr);
    ctx.moveTo(w / 2 - 3 * dpr, p);
    ctx.lineTo(w / 2 + 3 * dpr, p);
    // No labels at ±6: they would be cut by the edge.
    if (v !== 0 && Math.abs(v) < 6) {
      ctx.fillText(String(v), p - 4 * dpr, h / 2 + 13 * dpr);
      ctx.fillText(String(-v), w / 2 + 5 * dpr, p + 3 * dpr);
    }
  }
  ctx.stroke();
}
