import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { DOMAIN, DATASET_NAMES, generateDataset, splitTrainTest, type DatasetName, type Point } from '../../core/dataset.js';
import { featureValue, type FeatureName } from '../../core/features.js';
import { HeatmapGrid } from '../../core/heatmap.js';
import { Network } from '../../core/network.js';
import { createRandom } from '../../core/random.js';
import { emit } from '../../events.js';
import { BACKGROUND_PALENESS, makeLut, paintGrid, paleLut } from '../shared/painters/heatmap.js';
import { LinkController } from '../shared/controllers/link.js';
import { numberish } from '../shared/attributes/parse.js';
import { parseLocaleNumber } from '../shared/i18n/numbers.js';
import { CanvasWarmUp } from '../shared/painters/warm-up.js';
import { NnElement } from '../shared/nn-element.js';
import { ProblemLog } from '../shared/attributes/problems.js';
import { parseEnumAttr, parseNumberAttr, parseTextAttr } from '../shared/attributes/parse.js';
import { themeStyles } from '../shared/styles.js';
import { plotStyles } from './nn-dataset-plot.styles.js';
import { validateRows } from './data.js';
import { SPAN, drawAxes, drawPoints, toCanvas } from './plot-painter.js';
import { PLOT_STRINGS } from './strings.js';

/** What the plot can draw as its background: a network over chosen features, or a grid already computed. */
export type PlotModel = Network | { network: Network; features: readonly FeatureName[] };

/** What another element (a playground) offers to a plot that follows it with `for`. */
export interface PlotSource extends HTMLElement {
  trainPoints: readonly Point[];
  testPoints: readonly Point[];
  heatmap: HeatmapGrid | null;
  /**
   * Counts complete recomputations of `heatmap`, when the source spreads one over several
   * frames: an `nn-epoch` that brings no new pass and no new points is not redrawn.
   */
  heatmapPass?: number;
  model: PlotModel | null;
  config?: { dataset?: string; showTestData?: boolean; discretize?: boolean };
}

export interface PlotState {
  points: Point[];
  testPoints: Point[];
}

/** Rows of the point table shown at once: 100,000 author points must not become 100,000 rows. */
export const TABLE_PAGE = 50;
const SOURCE_EVENTS = ['nn-epoch', 'nn-reset', 'nn-config-change', 'nn-network-change', 'nn-data-change'] as const;

/**
 * The data and what the model makes of it: points coloured by class (test points with a dark
 * outline and a square shape, so colour is never the only cue), over a heatmap of the model's
 * output on a diverging orange–white–blue scale.
 *
 * @summary A dataset plot with the model's output as background.
 *
 * @fires nn-data-change - The learner added or removed a point (with `editable`). Detail: `{ action, point, points }`.
 * @fires nn-point-hover - The pointer moved over the plot. Detail: `{ x, y, output }`.
 *
 * @slot - A `<script type="application/json">` with the author's points, `[{ "x": 1, "y": 2, "label": 1 }]` (`"test": true` marks a test point).
 *
 * @csspart canvas - The canvas with the points (on top; pointer events go here).
 * @csspart heatmap - The canvas with the model's output, under the points (one pixel per grid cell, scaled).
 * @csspart legend - The colour scale.
 * @csspart note - The note that some points lie outside the plotted range.
 * @csspart readout - The coordinates and output under the pointer.
 * @csspart table - The table view of the points.
 * @csspart problems - The message listing invalid attributes or rows.
 *
 * @cssproperty --nn-positive - Colour of the +1 class and of positive outputs (default #0877bd).
 * @cssproperty --nn-negative - Colour of the −1 class and of negative outputs (default #f59322).
 * @cssproperty --nn-neutral - Colour of output 0 (default #e8eaeb).
 * @cssproperty --nn-plot-size - Largest width of the plot (default 420px).
 */
export class NnDatasetPlot extends NnElement<typeof PLOT_STRINGS> {
  protected static override localeSection = 'nn-dataset-plot' as const;
  static override styles = [themeStyles, plotStyles];
  protected static override attributeAliases = { dataset: 'dataset-name' };
  protected static override upgradeProperties = ['state', 'data', 'model', 'source'];


  /**
   * Dataset to generate: circle, xor, gauss, spiral, plane, multi-gauss. Plain pages may
   * still write `dataset="…"`; frameworks need `dataset-name`.
   */
  @property({ attribute: 'dataset-name' }) datasetName: string | null = 'circle';
  /** Noise in percent, 0 to 50. */
  @property({ converter: numberish }) noise: number | null = 0;
  /** Share of training points in percent, 10 to 90. */
  @property({ attribute: 'train-ratio', converter: numberish }) trainRatio: number | null = 50;
  /** Seed of the generated data. */
  @property() seed: string | number | null = '1';
  /** Id of a playground to follow: its data and its live output. Followed when it appears later or is replaced. */
  @property({ attribute: 'for' }) for: string | null = '';
  /** Also draws the test points. */
  @property({ type: Boolean, attribute: 'show-test-data', reflect: true }) showTestData = false;
  /** Thresholds the output at 0: two colours instead of a gradient. */
  @property({ type: Boolean, reflect: true }) discretize = false;
  /** Heatmap cells per side, 10 to 400. */
  @property({ converter: numberish }) density: number | null = 100;
  /** Draws axes with ticks from −6 to 6. */
  @property({ type: Boolean, attribute: 'show-axes', reflect: true }) showAxes = false;
  /** Lets the learner add (click; Shift+click for blue) and remove (click a point) points. */
  @property({ type: Boolean, reflect: true }) editable = false;
  /** A grid computed elsewhere (a playground's), drawn as the background instead of evaluating `model`. */
  @property({ attribute: false }) grid: HeatmapGrid | null = null;

  @state() private trainPts: Point[] = [];
  @state() private testPts: Point[] = [];
  @state() private ownData = false;
  @state() private tableOpen = false;
  @state() private tablePage = 0;
  @state() private readout = '';
  @state() private addError = '';
  @state() private modelVersion = 0;

  @query('canvas[part=canvas]') private canvas!: HTMLCanvasElement;
  @query('canvas.heat') private heat!: HTMLCanvasElement;

  protected readonly defaultStrings = PLOT_STRINGS;
  private densityValue = 100;
  /** Set when the background must be recomputed (new model, density or features); hovering never sets it. */
  private gridDirty = true;
  private counts = { positive: 0, negative: 0, classification: true, outside: 0 };
  private link = new LinkController<PlotSource>(this, { accepts: ['nn-playground'], log: this.problems, onChange: (el) => this.followLinked(el) });
  private childObserver: MutationObserver | null = null;
  private modelValue: PlotModel | null = null;
  private ownGrid: HeatmapGrid | null = null;
  private lut = makeLut();
  /** The background's colour scale: the LUT made pale, so that points stay visible on it. */
  private bgLut = paleLut(this.lut);
  /** The LUT as CSS colours, so that drawing regression points builds no strings per frame. */
  private lutCss: string[] = [];
  private colors = { negative: 'rgb(245,147,34)', positive: 'rgb(8,119,189)', outline: 'rgb(32,33,36)', surface: 'rgb(255,255,255)', muted: 'rgb(95,99,104)' };
  private image: ImageData | null = null;
  /** What the points canvas shows: it is repainted only when one of these changes. */
  private pointsKey: readonly unknown[] = [];
  private resizeObserver: ResizeObserver | null = null;
  private canvasSize: { width: number; height: number } | null = null;
  /** Both canvases drawn again after a new size (see CanvasWarmUp). */
  private readonly warmUp = new CanvasWarmUp(this);
  private sourceEl: PlotSource | null = null;
  private sourceByCode = false;
  private configKey = '';
  private frame = 0;
  private onSourceEvent = (e: Event) => {
    const s = this.sourceEl;
    if (e.type === 'nn-epoch' && s && s.heatmapPass !== undefined && s.heatmapPass === this.drawnPass && s.trainPoints === this.trainPts && s.testPoints === this.testPts) return;
    this.pullFromSource();
  };
  /** The source's heatmapPass when this plot last drew. */
  private drawnPass: number | undefined;

  /** Every point shown: training points, then test points. */
  get points(): Point[] {
    return [...this.trainPts, ...this.testPts];
  }

  /** The training points. */
  get trainPoints(): readonly Point[] {
    return this.trainPts;
  }

  /** The test points. */
  get testPoints(): readonly Point[] {
    return this.testPts;
  }

  /**
   * The author's own points (a row with `test: true` is a test point). Bad rows are reported
   * and skipped; null goes back to the generated dataset. Reading gives the same row shape, so
   * `plot.data = plot.data` changes nothing.
   */
  set data(rows: unknown) {
    this.problems.clear(['data']);
    if (rows === null || rows === undefined) {
      this.ownData = false;
      this.configKey = '';
      this.requestUpdate();
      return;
    }
    const { train, test } = validateRows(rows, this.problems);
    this.ownData = true;
    this.trainPts = train;
    this.testPts = test;
  }

  get data(): (Point & { test?: true })[] {
    return [...this.trainPts.map((p) => ({ ...p })), ...this.testPts.map((p) => ({ ...p, test: true as const }))];
  }

  /** The model whose output is the background: a core network (inputs x1, x2) or `{ network, features }`. */
  get model(): PlotModel | null {
    return this.modelValue;
  }

  set model(value: PlotModel | null) {
    const ok = value === null || value === undefined || value instanceof Network || (typeof value === 'object' && (value as { network?: unknown }).network instanceof Network && Array.isArray((value as { features?: unknown }).features));
    if (!ok) throw new TypeError('nn-dataset-plot model must be a Network or { network, features } from nn-elements/core');
    this.modelValue = value ?? null;
    this.ownGrid = null;
    this.gridDirty = true;
    this.modelVersion++;
  }

  /** Recomputes the background from `model` on the next draw: call after changing the model's weights in place. */
  modelChanged(): void {
    this.gridDirty = true;
    this.scheduleDraw();
  }

  /** The points, for saving a learner's edits; setting restores them. */
  get state(): PlotState {
    return { points: this.trainPts.map((p) => ({ ...p })), testPoints: this.testPts.map((p) => ({ ...p })) };
  }

  set state(value: PlotState) {
    if (typeof value !== 'object' || value === null || !Array.isArray(value.points)) throw new TypeError('nn-dataset-plot state must be { points, testPoints }');
    const log = new ProblemLog('nn-dataset-plot', true);
    const train = validateRows(value.points, log).train;
    const test = validateRows(value.testPoints ?? [], log).train;
    if (log.list.length) throw new TypeError(log.messages.join(' '));
    this.ownData = true;
    this.trainPts = train;
    this.testPts = test;
  }

  protected override onConnect(): void {
    this.readInlineData();
    // A JSON child added or edited later (a CMS that renders in steps) is read then.
    this.childObserver = new MutationObserver(() => this.readInlineData());
    this.childObserver.observe(this, { childList: true, subtree: true, characterData: true });
    // The size of the points canvas, border included, as the observer reports it: reading it
    // in draw() would force a layout in the middle of a training frame.
    this.resizeObserver = new ResizeObserver((entries) => {
      for (const e of entries) {
        const box = e.borderBoxSize?.[0];
        if (e.target === this.canvas && box) this.canvasSize = { width: box.inlineSize, height: box.blockSize };
      }
      this.scheduleDraw();
    });
    this.resizeObserver.observe(this);
    if (this.canvas) this.resizeObserver.observe(this.canvas, { box: 'border-box' });
  }

  protected override firstUpdated(): void {
    this.readColors();
    this.resizeObserver?.observe(this.canvas, { box: 'border-box' });
  }

  protected override onDisconnect(): void {
    this.childObserver?.disconnect();
    this.resizeObserver?.disconnect();
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.warmUp.stop();
  }

  private inlineText: string | null = null;

  /** Reads a `<script type="application/json">` child: the author's points. */
  private readInlineData(): void {
    const script = this.querySelector('script[type="application/json"]');
    const text = script ? script.textContent ?? '' : null;
    if (text === this.inlineText) return;
    this.inlineText = text;
    if (!script) return;
    this.problems.clear(['data']);
    let rows: unknown;
    try {
      rows = JSON.parse(script.textContent ?? '');
    } catch (e) {
      this.problems.add({ attribute: 'data', value: (script.textContent ?? '').trim(), allowed: `the inline JSON does not parse (${(e as Error).message})`, fallback: 'the generated dataset' });
      return;
    }
    this.data = rows;
  }

  // ----- following a playground -------------------------------------------------------------

  /** An element to follow directly, as `for` does by id (a playground sets itself here for its own plot). */
  get source(): PlotSource | null {
    return this.sourceEl;
  }

  set source(el: PlotSource | null) {
    // Lit sets an object-valued binding again on every render of the host: same element, no work.
    if ((el ?? null) === this.sourceEl && this.sourceByCode === !!el) return;
    this.sourceByCode = !!el;
    this.attachSource(el ?? null);
  }

  /** The element named by `for` changed (linked, replaced, removed, upgraded). */
  private followLinked(el: PlotSource | null): void {
    if (this.sourceByCode) return;
    if (el === this.sourceEl) this.pullFromSource();
    else this.attachSource(el);
  }

  private attachSource(el: PlotSource | null): void {
    if (this.sourceEl) for (const name of SOURCE_EVENTS) this.sourceEl.removeEventListener(name, this.onSourceEvent);
    this.sourceEl = el;
    if (el) {
      for (const name of SOURCE_EVENTS) el.addEventListener(name, this.onSourceEvent);
      this.pullFromSource();
    } else {
      this.grid = null;
      this.modelValue = null;
      this.configKey = '';
      this.gridDirty = true;
      this.requestUpdate();
    }
  }

  private pullFromSource(): void {
    const s = this.sourceEl;
    if (!s) return;
    // The source may not be upgraded yet: its properties then read undefined.
    const train = (s.trainPoints ?? []) as Point[];
    const test = (s.testPoints ?? []) as Point[];
    if (train !== this.trainPts || test !== this.testPts) {
      this.trainPts = train;
      this.testPts = test;
    }
    this.grid = s.heatmap ?? null;
    this.modelValue = s.model ?? null;
    this.gridDirty = true;
    this.scheduleDraw();
  }

  // ----- lifecycle ----------------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('for')) this.link.id = parseTextAttr(this.problems, 'for', this.for);
    if (changed.has('density') || !this.hasUpdated) {
      this.problems.clear(['density']);
      this.densityValue = parseNumberAttr(this.problems, 'density', this.density, 100, 10, 400, true);
      this.gridDirty = true;
    }
    if (!this.ownData && !this.sourceEl) this.generate();
    // After generate(): points it set are in `changed` too.
    if (changed.has('trainPts') || changed.has('testPts') || changed.has('showTestData') || !this.hasUpdated) this.countPoints();
    if (changed.has('trainPts') || changed.has('testPts') || changed.has('showTestData')) {
      const pages = Math.max(1, Math.ceil(this.tableRowCount() / TABLE_PAGE));
      if (this.tablePage >= pages) this.tablePage = pages - 1;
    }
  }

  /** The generated dataset, regenerated only when its attributes changed. */
  private generate(): void {
    const key = [this.datasetName, this.noise, this.trainRatio, this.seed].map((v) => String(v)).join('|');
    if (key === this.configKey) return;
    this.configKey = key;
    this.problems.clear(['dataset-name', 'noise', 'train-ratio']);
    const name = parseEnumAttr<DatasetName>(this.problems, 'dataset-name', this.datasetName, DATASET_NAMES, 'circle');
    const noise = parseNumberAttr(this.problems, 'noise', this.noise, 0, 0, 50);
    const ratio = parseNumberAttr(this.problems, 'train-ratio', this.trainRatio, 50, 10, 90);
    // The same draw order as the playground, so plot and playground show the same points for a seed.
    const random = createRandom(parseTextAttr(this.problems, 'seed', this.seed, '1'));
    const { train, test } = splitTrainTest(generateDataset(name, random, { noise }), ratio, random);
    this.trainPts = train;
    this.testPts = test;
  }

  /** Colour tables from the theme, as the browser resolves it (any CSS colour works). */
  private readColors(): void {
    const p = this.themer.read();
    if (!p) return;
    this.lut = makeLut(p.negative, p.neutral, p.positive);
    this.bgLut = paleLut(this.lut, BACKGROUND_PALENESS, p.surface);
    this.lutCss = Array.from({ length: 256 }, (_, k) => `rgb(${this.lut[k * 4]},${this.lut[k * 4 + 1]},${this.lut[k * 4 + 2]})`);
    const css = (c: readonly number[]) => `rgb(${c.join(',')})`;
    this.colors = { negative: css(p.negative), positive: css(p.positive), outline: css(p.outline), surface: css(p.surface), muted: css(p.muted) };
  }

  protected override onThemeChange(): void {
    this.readColors();
    this.draw();
  }

  private static readonly DRAWN = ['trainPts', 'testPts', 'showTestData', 'discretize', 'showAxes', 'grid', 'density', 'modelVersion'];

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('grid')) this.gridDirty = true;
    if (NnDatasetPlot.DRAWN.some((k) => changed.has(k))) this.draw();
  }

  private countPoints(): void {
    let positive = 0;
    let negative = 0;
    let classification = true;
    for (const p of this.trainPts) {
      if (p.label > 0) positive++;
      else if (p.label < 0) negative++;
      if (p.label !== 1 && p.label !== -1) classification = false;
    }
    for (const p of this.testPts) if (p.label !== 1 && p.label !== -1) classification = false;
    // The plot shows −6 to 6, as the datasets and the playground do; an author's points beyond
    // are counted and reported rather than dropped silently.
    const shown = this.showTestData ? [...this.trainPts, ...this.testPts] : this.trainPts;
    const outside = shown.filter((p) => Math.abs(p.x) > DOMAIN.max || Math.abs(p.y) > DOMAIN.max).length;
    this.counts = { positive, negative, classification, outside };
  }

  private scheduleDraw(): void {
    // Not connected (or on a server, where a host may set `source` while rendering): the
    // first update after connect draws.
    if (this.frame || !this.isConnected) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  /** The model as network and features: a bare network reads x1 and x2. */
  private modelParts(): { network: Network; features: readonly FeatureName[] } | null {
    const m = this.modelValue;
    if (!m) return null;
    return m instanceof Network ? { network: m, features: ['x1', 'x2'] } : m;
  }

  /** The grid to draw: the one given, or one computed here from `model`. */
  private currentGrid(): HeatmapGrid | null {
    if (this.grid) return this.grid;
    const parts = this.modelParts();
    if (!parts) return null;
    const { network, features } = parts;
    const density = this.densityValue;
    if (!this.ownGrid || this.ownGrid.density !== density || this.ownGrid.features.join() !== features.join()) {
      this.ownGrid = new HeatmapGrid(features, density);
      this.gridDirty = true;
    }
    if (this.gridDirty) this.ownGrid.compute(network);
    this.gridDirty = false;
    return this.ownGrid;
  }

  /**
   * Draws heatmap and points on two canvases. The heatmap is a density-sized canvas (100 × 100)
   * that CSS scales under the points: a pass uploads 10,000 pixels, not the plot's size, and
   * the points, unchanged while the model trains, are not repainted with it.
   */
  draw(): void {
    const canvas = this.canvas;
    const heat = this.heat;
    if (!canvas || !heat) return;
    const rect = this.canvasSize ?? canvas.getBoundingClientRect();
    const dpr = window.devicePixelRatio || 1;
    const w = Math.max(1, Math.round(rect.width * dpr));
    const h = Math.max(1, Math.round(rect.height * dpr));
    let resized = false;
    if (canvas.width !== w || canvas.height !== h) {
      canvas.width = w;
      canvas.height = h;
      resized = true;
    }
    this.drawnPass = this.sourceEl?.heatmapPass;
    const grid = this.currentGrid();
    const n = grid ? grid.density : 1;
    if (heat.width !== n || heat.height !== n) {
      heat.width = heat.height = n;
      this.image = null;
      resized = true;
    }
    if (resized) {
      this.warmUp.start(() => {
        this.pointsKey = [];
        this.draw();
      });
    }
    if (grid) {
      const hctx = heat.getContext('2d');
      if (!hctx) return;
      if (!this.image) this.image = hctx.createImageData(n, n);
      paintGrid(this.image, grid.output, n, this.bgLut, this.discretize);
      hctx.putImageData(this.image, 0, 0);
    }
    heat.classList.toggle('crisp', this.discretize);
    const key = [w, h, this.trainPts, this.testPts, this.showTestData, this.showAxes, this.colors, this.lutCss, this.counts.classification];
    if (key.length === this.pointsKey.length && key.every((v, i) => v === this.pointsKey[i])) return;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    this.pointsKey = key;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, w, h);
    const r = Math.max(2.5, 3.5 * dpr * Math.min(1, w / (300 * dpr)) + 0.5);
    const style = { colors: this.colors, lutCss: this.lutCss, classification: this.counts.classification };
    drawPoints(ctx, this.trainPts, w, r, false, style);
    if (this.showTestData) drawPoints(ctx, this.testPts, w, r, true, style);
    if (this.showAxes) drawAxes(ctx, w, h, dpr, this.colors.muted);
  }

  // ----- pointer and editing ------------------------------------------------------------------

  private toData(e: PointerEvent | MouseEvent): { x: number; y: number } {
    const rect = this.canvas.getBoundingClientRect();
    return toCanvas.inverse(e.clientX - rect.left, e.clientY - rect.top, rect.width);
  }

  /** The model's output at (x, y), or null without a model. */
  outputAt(x: number, y: number): number | null {
    const parts = this.modelParts();
    if (!parts) return null;
    const { network, features } = parts;
    const r = network.forward(features.map((f) => featureValue(f, x, y)));
    return r.values[r.values.length - 1][0];
  }

  private onPointerMove(e: PointerEvent): void {
    const { x, y } = this.toData(e);
    const output = this.outputAt(x, y);
    this.readout = output === null ? this.t.readout({ x: this.num(x, 2), y: this.num(y, 2) }) : this.t.readoutWithOutput({ x: this.num(x, 2), y: this.num(y, 2), output: this.num(output, 3) });
    emit(this, 'nn-point-hover', { x, y, output });
  }

  private onClick(e: MouseEvent): void {
    if (!this.editable) return;
    const { x, y } = this.toData(e);
    const rect = this.canvas.getBoundingClientRect();
    const hitRadius = (8 / rect.width) * SPAN;
    const hit = this.trainPts.findIndex((p) => Math.hypot(p.x - x, p.y - y) <= hitRadius);
    if (hit >= 0) this.removePoint(hit);
    else {
      // The class chosen in the form is the default; Shift picks the other one.
      const chosen = Number(this.renderRoot.querySelector<HTMLSelectElement>('select[name="label"]')?.value ?? -1);
      this.addPoint({ x, y, label: e.shiftKey ? -chosen : chosen });
    }
  }

  /** Adds a training point as a learner edit (fires nn-data-change). */
  addPoint(point: Point): void {
    this.ownData = true;
    this.trainPts = [...this.trainPts, point];
    this.announce(this.t.added({ label: this.classRef(point.label), x: this.num(point.x, 2), y: this.num(point.y, 2) }));
    emit(this, 'nn-data-change', { action: 'add', point, points: this.points });
  }

  /** Removes training point `index` as a learner edit (fires nn-data-change). */
  removePoint(index: number): void {
    const point = this.trainPts[index];
    if (!point) return;
    this.ownData = true;
    this.trainPts = this.trainPts.filter((_, i) => i !== index);
    this.announce(this.t.removed({ label: this.classRef(point.label), x: this.num(point.x, 2), y: this.num(point.y, 2) }));
    emit(this, 'nn-data-change', { action: 'remove', point, points: this.points });
  }

  private classRef(label: number): string {
    return label > 0 ? this.t.positiveRef : this.t.negativeRef;
  }

  private onAddSubmit(e: Event): void {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const px = parseLocaleNumber((form.elements.namedItem('x') as HTMLInputElement).value, this.locale);
    const py = parseLocaleNumber((form.elements.namedItem('y') as HTMLInputElement).value, this.locale);
    const label = Number((form.elements.namedItem('label') as HTMLSelectElement).value);
    if (!('value' in px) || !('value' in py) || Math.abs(px.value) > 6 || Math.abs(py.value) > 6) {
      const wrong = [px, py].find((p) => 'error' in p && p.error === 'wrong-separator');
      this.addError = this.t.badCoordinate + (wrong && 'separator' in wrong ? ` ${this.t.wrongSeparator({ separator: wrong.separator })}` : '');
      return;
    }
    const x = px.value;
    const y = py.value;
    this.addError = '';
    this.addPoint({ x, y, label });
  }

  // ----- text alternative ---------------------------------------------------------------------

  private summary(): string {
    const t = this.t;
    const name = this.ownData ? t.ownData : (t.datasetNames[this.datasetName ?? ''] ?? this.datasetName);
    const sourceName = this.sourceEl?.config?.dataset ? t.datasetNames[this.sourceEl.config.dataset] ?? name : name;
    const base = this.counts.classification
      ? (this.testPts.length ? (this.showTestData ? t.summaryWithTest : t.summaryTestHidden) : t.summary)({ dataset: sourceName, train: this.trainPts.length, positive: this.counts.positive, negative: this.counts.negative, test: this.testPts.length })
      : t.summaryRegression({ dataset: sourceName, train: this.trainPts.length, test: this.testPts.length });
    return base + (this.grid || this.modelValue ? t.withModel : '');
  }

  protected override render(): TemplateResult {
    const t = this.t;
    return html`
      ${this.renderProblems()}
      <slot></slot>
      <div class="frame" role="img" aria-label=${this.summary()}>
        <canvas class="heat" part="heatmap" aria-hidden="true"></canvas>
        <canvas part="canvas" @pointermove=${this.onPointerMove} @pointerleave=${() => (this.readout = '')} @click=${this.onClick}></canvas>
      </div>
      ${this.counts.outside ? html`<p class="note" part="note">${t.outsideRange({ count: this.counts.outside })}</p>` : nothing}
      <div class="below">
        ${this.grid || this.modelValue ? html`<span class="legend" part="legend" role="img" aria-label=${t.legendLabel}><span aria-hidden="true">${t.legendLow}</span><span class="bar"></span><span aria-hidden="true">${t.legendHigh}</span></span>` : nothing}
        <span class="readout" part="readout">${this.readout}</span>
      </div>
      ${this.editable ? html`
        <p class="hint">${t.editHint}</p>
        <form class="tools" @submit=${this.onAddSubmit} aria-label=${t.addHeading}>
          <label>${t.addX}<input name="x" type="text" inputmode="decimal" value="0" /></label>
          <label>${t.addY}<input name="y" type="text" inputmode="decimal" value="0" /></label>
          <label>${t.addClass}<select name="label"><option value="-1">${t.negative}</option><option value="1">${t.positive}</option></select></label>
          <button type="submit">${t.addButton}</button>
        </form>
        ${this.addError ? html`<p class="problems" role="alert">${this.addError}</p>` : nothing}` : nothing}
      <div class="tools">
        <button type="button" aria-expanded=${this.tableOpen ? 'true' : 'false'} @click=${() => (this.tableOpen = !this.tableOpen)}>${this.tableOpen ? t.hideTable : t.showTable}</button>
      </div>
      ${this.tableOpen ? this.renderTable() : nothing}
      ${this.renderLiveRegion()}
    `;
  }

  private tableRowCount(): number {
    return this.trainPts.length + (this.showTestData ? this.testPts.length : 0);
  }

  /** One page of the table: work per render is bounded by what the learner sees, not by the data. */
  private renderTable(): TemplateResult {
    const t = this.t;
    const total = this.tableRowCount();
    const pages = Math.max(1, Math.ceil(total / TABLE_PAGE));
    const first = this.tablePage * TABLE_PAGE;
    const rows: { p: Point; i: number; test: boolean }[] = [];
    for (let k = first; k < Math.min(total, first + TABLE_PAGE); k++) {
      const test = k >= this.trainPts.length;
      const i = test ? k - this.trainPts.length : k;
      rows.push({ p: test ? this.testPts[i] : this.trainPts[i], i, test });
    }
    return html`<div class="table-wrap" tabindex="0" role="region" aria-label=${t.tableCaption}><table part="table">
      <caption>${t.tableCaption}</caption>
      <thead><tr><th scope="col">${t.colX}</th><th scope="col">${t.colY}</th><th scope="col">${t.colLabel}</th><th scope="col">${t.colSet}</th>${this.editable ? html`<th scope="col">${t.remove}</th>` : nothing}</tr></thead>
      <tbody>${rows.map(({ p, i, test }) => html`<tr>
        <td>${this.num(p.x, 2)}</td><td>${this.num(p.y, 2)}</td>
        <td>${p.label === 1 || p.label === -1 ? this.classRef(p.label) : this.num(p.label, 2)}</td>
        <td>${test ? t.test : t.train}</td>
        ${this.editable ? html`<td>${test ? nothing : html`<button type="button" aria-label=${t.removePoint({ i: i + 1 })} @click=${() => this.removePoint(i)}>×</button>`}</td>` : nothing}
      </tr>`)}</tbody>
    </table></div>
    ${pages > 1 ? html`<div class="pager">
      <button type="button" ?disabled=${this.tablePage === 0} @click=${() => this.tablePage--}>${t.previousPage}</button>
      <span>${t.pageOf({ from: first + 1, to: Math.min(total, first + TABLE_PAGE), total })}</span>
      <button type="button" ?disabled=${this.tablePage >= pages - 1} @click=${() => this.tablePage++}>${t.nextPage}</button>
    </div>` : nothing}`;
  }
}
