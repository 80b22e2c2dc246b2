import { DATASET_NAMES, DOMAIN, exerciseData, type DatasetName, type Point } from '../../core/dataset.js';
import { parseEnumAttr, parseNumberAttr, parseTextAttr } from '../shared/attributes/parse.js';
import type { ProblemLog } from '../shared/attributes/problems.js';

/**
 * The author's rows as points: `{ x, y, label }` with finite numbers and a label from −1 to 1;
 * `test: true` marks a test point. Bad rows are skipped and reported together (the first
 * three named), so 100,000 bad rows make one message, not 100,000.
 */
export function validateRows(rows: unknown, log: ProblemLog): { train: Point[]; test: Point[] } {
  const train: Point[] = [];
  const test: Point[] = [];
  if (!Array.isArray(rows)) {
    log.add({ attribute: 'data', value: typeof rows, allowed: 'must be an array of { x, y, label } rows', fallback: 'no points' });
    return { train, test };
  }
  const bad: string[] = [];
  rows.forEach((row, i) => {
    const r = row as Record<string, unknown>;
    const problem = typeof row !== 'object' || row === null ? 'is not an object'
      : typeof r.x !== 'number' || !Number.isFinite(r.x) ? 'x must be a number'
      : typeof r.y !== 'number' || !Number.isFinite(r.y) ? 'y must be a number'
      : typeof r.label !== 'number' || !(Math.abs(r.label) <= 1) ? 'label must be a number from −1 to 1 (−1 orange, +1 blue)'
      : '';
    if (problem) {
      bad.push(`row ${i + 1}: ${problem}`);
      return;
    }
    (r.test === true ? test : train).push({ x: r.x as number, y: r.y as number, label: r.label as number });
  });
  if (bad.length) {
    log.add({ attribute: 'data', value: `${bad.length} of ${rows.length} rows`, allowed: bad.slice(0, 3).join('; ') + (bad.length > 3 ? '; …' : ''), fallback: 'the valid rows only' });
  }
  return { train, test };
}

/** What the plot says of its points: how many of each class, whether they are labels at all, how many lie outside the plotted range. */
export interface PointCounts {
  positive: number;
  negative: number;
  classification: boolean;
  outside: number;
}

/**
 * Counts the classes of the training points, and the points shown outside −6…6 (the plot
 * shows that range, as the datasets and the playground do; an author's points beyond are
 * counted and reported rather than dropped silently).
 */
export function countPoints(train: readonly Point[], test: readonly Point[], showTest: boolean): PointCounts {
  let positive = 0;
  let negative = 0;
  let classification = true;
  for (const p of train) {
    if (p.label > 0) positive++;
    else if (p.label < 0) negative++;
    if (p.label !== 1 && p.label !== -1) classification = false;
  }
  for (const p of test) if (p.label !== 1 && p.label !== -1) classification = false;
  let outside = 0;
  const out = (p: Point) => Math.abs(p.x) > DOMAIN.max || Math.abs(p.y) > DOMAIN.max;
  for (const p of train) if (out(p)) outside++;
  if (showTest) for (const p of test) if (out(p)) outside++;
  return { positive, negative, classification, outside };
}

/**
 * The author's inline points: the text of a `<script type="application/json">` child, parsed
 * (never run). A text that does not parse is reported; undefined then means "keep the data".
 */
export function parseInlineRows(text: string, log: ProblemLog): unknown | undefined {
  try {
    return JSON.parse(text);
  } catch (e) {
    log.add({ attribute: 'data', value: text.trim(), allowed: `the inline JSON does not parse (${(e as Error).message})`, fallback: 'the generated dataset' });
    return undefined;
  }
}

/** The generated dataset the attributes name, from core's recipe: the playground's points for the same seed. */
export function generatedPoints(a: { datasetName: unknown; noise: unknown; trainRatio: unknown; seed: unknown }, log: ProblemLog): { train: Point[]; test: Point[] } {
  log.clear(['dataset-name', 'noise', 'train-ratio']);
  const dataset = parseEnumAttr<DatasetName>(log, 'dataset-name', a.datasetName, DATASET_NAMES, 'circle');
  const noise = parseNumberAttr(log, 'noise', a.noise, 0, 0, 50);
  const trainRatio = parseNumberAttr(log, 'train-ratio', a.trainRatio, 50, 10, 90);
  return exerciseData({ dataset, noise, trainRatio, seed: parseTextAttr(log, 'seed', a.seed, '1') });
}
