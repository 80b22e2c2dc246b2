import type { Point } from '../../core/dataset.js';
import { emit } from '../../events.js';
import type { Compiled } from '../shared/i18n/messages.js';
import { parseLocaleNumber } from '../shared/i18n/numbers.js';
import { SPAN, toCanvas } from './plot-painter.js';
import type { PLOT_STRINGS } from './strings.js';

/** What the pointer and the editing form need from their plot. */
export interface PointEditorHost {
  strings(): Compiled<typeof PLOT_STRINGS>;
  num(v: number, decimals: number): string;
  locale(): string;
  canvas(): HTMLCanvasElement | null;
  root(): ParentNode;
  editable(): boolean;
  train(): readonly Point[];
  outputAt(x: number, y: number): number | null;
  readout(text: string): void;
  addError(text: string): void;
  add(point: Point): void;
  remove(index: number): void;
}

/**
 * The plot under the pointer and the learner's point editing: the readout of the coordinates
 * and the output (`nn-point-hover`), a click that adds a point of the chosen class (Shift: the
 * other one) or removes the point under it, and the form that adds one by its coordinates,
 * typed in the page's number format.
 * @internal
 */
export class PointEditor {
  constructor(private plot: HTMLElement, private host: PointEditorHost) {}

  readonly move = (e: PointerEvent): void => {
    const h = this.host;
    const { x, y } = this.toData(e);
    const output = h.outputAt(x, y);
    const t = h.strings();
    h.readout(output === null ? t.readout({ x: h.num(x, 2), y: h.num(y, 2) }) : t.readoutWithOutput({ x: h.num(x, 2), y: h.num(y, 2), output: h.num(output, 3) }));
    emit(this.plot, 'nn-point-hover', { x, y, output });
  };

  readonly leave = (): void => this.host.readout('');

  readonly click = (e: MouseEvent): void => {
    const h = this.host;
    if (!h.editable()) return;
    const { x, y } = this.toData(e);
    const rect = h.canvas()!.getBoundingClientRect();
    const hitRadius = (8 / rect.width) * SPAN;
    const hit = h.train().findIndex((p) => Math.hypot(p.x - x, p.y - y) <= hitRadius);
    if (hit >= 0) h.remove(hit);
    else {
      // The class chosen in the form is the default; Shift picks the other one.
      const chosen = Number(h.root().querySelector<HTMLSelectElement>('select[name="label"]')?.value ?? -1);
      h.add({ x, y, label: e.shiftKey ? -chosen : chosen });
    }
  };

  readonly submit = (e: Event): void => {
    e.preventDefault();
    const h = this.host;
    const form = e.target as HTMLFormElement;
    const px = parseLocaleNumber((form.elements.namedItem('x') as HTMLInputElement).value, h.locale());
    const py = parseLocaleNumber((form.elements.namedItem('y') as HTMLInputElement).value, h.locale());
    const label = Number((form.elements.namedItem('label') as HTMLSelectElement).value);
    if (!('value' in px) || !('value' in py) || Math.abs(px.value) > 6 || Math.abs(py.value) > 6) {
      const t = h.strings();
      const wrong = [px, py].find((p) => 'error' in p && p.error === 'wrong-separator');
      h.addError(t.badCoordinate + (wrong && 'separator' in wrong ? ` ${t.wrongSeparator({ separator: wrong.separator })}` : ''));
      return;
    }
    h.addError('');
    h.add({ x: px.value, y: py.value, label });
  };

  private toData(e: PointerEvent | MouseEvent): { x: number; y: number } {
    const rect = this.host.canvas()!.getBoundingClientRect();
    return toCanvas.inverse(e.clientX - rect.left, e.clientY - rect.top, rect.width);
  }
}
