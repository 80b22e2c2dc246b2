/** Diagram geometry in viewBox units; the diagram scales to its box. */
export const COL_W = 130;
export const ROW_H = 64;
export const HEADER = 56;
export const FOOTER = 16;

export interface DiagramLayout {
  width: number;
  height: number;
  x: (layer: number) => number;
  y: (layer: number, index: number) => number;
}

/** Columns left to right, each column's nodes centred vertically. `labelPad` leaves room for input labels. */
export function layoutDiagram(sizes: readonly number[], labelPad: number): DiagramLayout {
  const maxN = Math.max(...sizes);
  return {
    width: labelPad + sizes.length * COL_W,
    height: HEADER + maxN * ROW_H + FOOTER,
    x: (layer) => labelPad + layer * COL_W + COL_W / 2,
    y: (layer, i) => HEADER + ((maxN - sizes[layer]) * ROW_H) / 2 + i * ROW_H + ROW_H / 2,
  };
}

/** The weight at and above which a link is drawn at its widest (TensorFlow Playground's cap). */
export const LINK_FULL_WEIGHT = 5;

/**
 * A link's width in CSS pixels, on an absolute scale: 1 px at 0, 7 px at ±5 and above.
 * Absolute, not relative to the largest weight, so that editing one weight changes one line.
 */
export function linkWidth(weight: number): number {
  return 1 + 6 * Math.min(1, Math.abs(weight) / LINK_FULL_WEIGHT);
}
