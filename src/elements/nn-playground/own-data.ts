import type { ReactiveControllerHost } from 'lit';
import { DOMAIN, type Point } from '../../core/dataset.js';
import type { ProblemLog } from '../shared/attributes/problems.js';
import { LightDomController } from '../shared/controllers/light-dom.js';
import { parseInlineRows, validateRows } from '../nn-dataset-plot/points.js';
import { problemOfPoints, type OwnPoints } from './playground-run.js';
import type { PlaygroundConfig } from './config.js';

/** What the room tells its playground. */
export interface OwnDataUi {
  /** New own points (null: the author took them away). */
  changed(points: OwnPoints | null, message?: string): void;
  /** A message for the learner: why a file was refused, or what it brought. */
  say(message: string): void;
  strings(): { csvLine(v: { line: number; file: string; problem: string }): string; csvFile(v: { file: string; problem: string }): string; csvTooBig(v: { file: string; size: number }): string; csvLoaded(v: { count: number; file: string }): string; pointsOutside(v: { count: number }): string };
}

/**
 * A playground's own points: the author's, from the `data` property or an inline
 * `<script type="application/json">` child (read again when a CMS edits it; the property wins),
 * checked as the plot checks them, and a CSV file the learner picks, read in the page (nothing
 * is uploaded). Points outside −6…6, the range the features and the plot cover, are left out
 * and counted in a warning. A bad file is refused whole, with its line: the data stays.
 * @internal
 */
export class OwnData {
  private inlineText: string | null = null;
  private inline: OwnPoints | null = null;
  private property: OwnPoints | null = null;
  private file: OwnPoints | null = null;
  private read = false;

  constructor(private host: ReactiveControllerHost & HTMLElement, private log: ProblemLog, private ui: OwnDataUi) {
    new LightDomController(host, () => this.readInline(true));
  }

  /** The points in use: the learner's file, else the `data` property, else the inline child. */
  get points(): OwnPoints | null {
    if (!this.read) this.readInline(false);
    return this.file ?? this.property ?? this.inline;
  }

  /** The host set `data` (any value: an array of rows, JSON text, null to take them away). */
  setProperty(value: unknown): void {
    if ((value === null || value === undefined) && !this.property) return;
    this.log.clear(['data']);
    this.file = null;
    const rows = typeof value === 'string' ? parseInlineRows(value, this.log) : value;
    this.property = value === null || value === undefined || rows === undefined ? null : this.check(rows);
    this.ui.changed(this.points);
  }

  /** A file the learner chose: parsed whole, or refused with the line and the problem. */
  async loadFile(file: File): Promise<void> {
    const t = this.ui.strings();
    // The parser is loaded when a learner first picks a file: a lesson page does not pay for it.
    const { CSV_MAX_BYTES, parsePointsCsv } = await import('../../core/csv.js');
    if (file.size > CSV_MAX_BYTES) return this.ui.say(t.csvTooBig({ file: file.name, size: CSV_MAX_BYTES / 1024 }));
    const result = parsePointsCsv(await file.text());
    if ('error' in result) return this.ui.say(result.line ? t.csvLine({ line: result.line, file: file.name, problem: result.error }) : t.csvFile({ file: file.name, problem: result.error }));
    this.file = { list: result.points, problem: result.problem };
    this.ui.changed(this.file, t.csvLoaded({ count: result.points.length, file: file.name }));
  }

  private readInline(notify: boolean): void {
    this.read = true;
    // Server rendering has no children to read: the points come with the upgrade.
    if (typeof this.host.querySelector !== 'function') return;
    const script = this.host.querySelector(':scope > script[type="application/json"]');
    const text = script ? script.textContent ?? '' : null;
    if (text === this.inlineText) return;
    this.inlineText = text;
    this.log.clear(['data']);
    const rows = text === null ? undefined : parseInlineRows(text, this.log);
    this.inline = rows === undefined ? null : this.check(rows);
    if (notify) this.ui.changed(this.points);
  }

  /** Rows as own points: the valid ones in −6…6 (test flags are ignored: train-ratio splits them); null when none is left. */
  private check(rows: unknown): OwnPoints | null {
    const { train, test } = validateRows(rows, this.log);
    const all = [...train, ...test];
    const inside = all.filter((p: Point) => Math.abs(p.x) <= DOMAIN.max && Math.abs(p.y) <= DOMAIN.max);
    if (inside.length < all.length) {
      this.log.add({ attribute: 'data', value: `${all.length - inside.length} points`, allowed: this.ui.strings().pointsOutside({ count: all.length - inside.length }), fallback: 'the points inside' });
    }
    return inside.length ? { list: inside, problem: problemOfPoints(inside) } : null;
  }
}

/**
 * The settings' dataset with the own points in mind: "custom" without points is reported and
 * falls back to the first dataset; points given while the author named no dataset are used.
 */
export function ownDataset(cfg: PlaygroundConfig, points: OwnPoints | null, host: HTMLElement & { datasetName: unknown }, log: ProblemLog): PlaygroundConfig {
  if (cfg.dataset === 'custom' && !points) {
    log.add({ attribute: 'dataset-name', value: 'custom', allowed: 'needs own points: a data property, an inline <script type="application/json"> child or a CSV file', fallback: 'circle' });
    return { ...cfg, dataset: 'circle', problem: 'classification' };
  }
  const named = host.hasAttribute('dataset-name') || host.hasAttribute('dataset') || (host.datasetName !== 'circle' && host.datasetName != null);
  return points && !named ? { ...cfg, dataset: 'custom', problem: points.problem } : cfg;
}
