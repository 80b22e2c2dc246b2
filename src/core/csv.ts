import { DOMAIN, type Point, type ProblemType } from './dataset.js';

/** The most rows a points file may hold: TensorFlow Playground's datasets have 500 points, and 5,000 still train at 60 fps. */
export const CSV_MAX_ROWS = 5000;
/** The largest points file read, in bytes (5,000 rows of three numbers fit in well under this). */
export const CSV_MAX_BYTES = 512 * 1024;

export type CsvResult = { points: Point[]; problem: ProblemType } | { error: string; line: number };

/**
 * Points from a CSV text: columns x, y and label (−1 or +1: classification) or value (any
 * number from −1 to 1: regression), separated by commas, semicolons or tabs; a header row is
 * optional. The first problem is reported with its line number, and nothing is returned then:
 * a learner's file that is half right must not half replace the data. Every coordinate must
 * lie in −6…6, the range the playground's features and plots cover.
 */
export function parsePointsCsv(text: string): CsvResult {
  const lines = text.split(/\r\n|\n|\r/);
  const points: Point[] = [];
  let header = false;
  /** The header's third column: 'label' asks for classes, 'value' for regression; none: the numbers decide. */
  let kind = '';
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].trim();
    if (!raw) continue;
    const cells = raw.split(/[,;\t]/).map((c) => c.trim());
    const line = i + 1;
    if (!points.length && !header && cells.some((c) => c !== '' && !Number.isFinite(Number(c)))) {
      header = true;
      const names = cells.map((c) => c.toLowerCase().replace(/^"|"$/g, ''));
      if (names.length !== 3 || names[0] !== 'x' || names[1] !== 'y' || !['label', 'value'].includes(names[2])) {
        return { error: `the header must be x, y, label (or x, y, value), not "${raw.slice(0, 40)}"`, line };
      }
      kind = names[2];
      continue;
    }
    if (cells.length !== 3) return { error: `a row needs 3 numbers (x, y, label), not ${cells.length}`, line };
    const [x, y, label] = cells.map(Number);
    if (![x, y, label].every(Number.isFinite) || cells.some((c) => c === '')) return { error: `"${raw.slice(0, 40)}" is not three numbers`, line };
    if (Math.abs(x) > DOMAIN.max || Math.abs(y) > DOMAIN.max) return { error: `x and y must lie from ${DOMAIN.min} to ${DOMAIN.max}, not (${x}, ${y})`, line };
    if (kind === 'label' && label !== 1 && label !== -1) return { error: `a label must be −1 (orange) or +1 (blue), not ${label}`, line };
    if (Math.abs(label) > 1) return { error: `the label must be −1 or +1 (or a value from −1 to 1), not ${label}`, line };
    if (points.length >= CSV_MAX_ROWS) return { error: `more than ${CSV_MAX_ROWS.toLocaleString('en')} points`, line };
    points.push({ x, y, label });
  }
  if (!points.length) return { error: 'the file holds no points', line: 0 };
  const classification = kind === 'label' || (kind === '' && points.every((p) => p.label === 1 || p.label === -1));
  return { points, problem: classification ? 'classification' : 'regression' };
}
