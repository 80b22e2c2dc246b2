import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { Point } from '../../core/dataset.js';
import type { HeatmapGrid } from '../../core/heatmap.js';
import { hasNetworkBrand } from '../../core/brand.js';
import type { NodeRef } from '../../core/network.js';
import { emit } from '../../events.js';
import { ProblemLog } from '../shared/attributes/problems.js';
import { numberish, parseNumberAttr, parseTextAttr } from '../shared/attributes/parse.js';
import { LightDomController } from '../shared/controllers/light-dom.js';
import { NnElement } from '../shared/nn-element.js';
import { PaletteTables, readPalette } from '../shared/painters/palette.js';
import { nearViewport } from '../shared/first-render.js';
import { themeStyles } from '../shared/styles.js';
import { plotStyles } from './nn-dataset-plot.styles.js';
import { PlotCanvas } from './plot-canvas.js';
import { PlotSourceController, type PlotModel, type PlotSource } from './plot-source.js';
import { TABLE_PAGE, addFormView, axesView, summaryText, tableRowCount, type PointTableView } from './point-table.view.js';
import { OnDemand } from '../shared/on-demand.js';
import { countPoints, generatedPoints, parseInlineRows, validateRows, type PointCounts } from './points.js';
import { PlotBackground } from './background.js';
import { PointEditor } from './point-editor.js';
import { PLOT_STRINGS } from './strings.js';

export type { PlotModel, PlotSource } from './plot-source.js';
export { TABLE_PAGE } from './point-table.view.js';

export interface PlotState {
  points: Point[];
  testPoints: Point[];
}

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
 * @cssproperty --nn-positive - Colour of the +1 class and of positive outputs (default #0877bd; #6fb5ef in the dark theme).
 * @cssproperty --nn-negative - Colour of the −1 class and of negative outputs (default #f59322).
 * @cssproperty --nn-negative-region - Background where the model outputs −1 (default: --nn-negative 45% over the surface; #a11f00 in the dark theme, 3:1 against the points and not brown).
 * @cssproperty --nn-positive-region - Background where the model outputs +1 (default: --nn-positive 45% over the surface; #00539b in the dark theme).
 * @cssproperty --nn-neutral - Colour of output 0 (default #e8eaeb).
 * @cssproperty --nn-plot-size - Largest width of the plot (default 420px).
 */
export class NnDatasetPlot extends NnElement<typeof PLOT_STRINGS> {
  protected static override localeSection = 'nn-dataset-plot' as const;
  protected static override readPalette = readPalette;
  protected static override renderGate = nearViewport;
  static override styles = [themeStyles, plotStyles];
  static override properties: PropertyDeclarations = {
    datasetName: { attribute: 'dataset-name' }, noise: { converter: numberish },
    trainRatio: { attribute: 'train-ratio', converter: numberish }, seed: {}, for: { attribute: 'for' },
    showTestData: { type: Boolean, attribute: 'show-test-data', reflect: true },
    discretize: { type: Boolean, reflect: true }, density: { converter: numberish },
    showAxes: { type: Boolean, attribute: 'show-axes', reflect: true },
    editable: { type: Boolean, reflect: true }, grid: { attribute: false }, gridNode: { attribute: false },
    // Reactive state, not attributes:
    trainPts: { state: true }, testPts: { state: true }, ownData: { state: true }, tableOpen: { state: true },
    tablePage: { state: true }, readout: { state: true }, addError: { state: true },
    modelVersion: { state: true },
  };
  protected static override attributeAliases = { dataset: 'dataset-name' };
  protected static override upgradeProperties = ['state', 'data', 'model', 'source'];

  /**
   * Dataset to generate: circle, xor, gauss, spiral, plane, multi-gauss. Plain pages may
   * still write `dataset="…"`; frameworks need `dataset-name`.
   */
  datasetName: string | null = 'circle';
  /** Noise in percent, 0 to 50. */
  noise: number | null = 0;
  /** Share of training points in percent, 10 to 90. */
  trainRatio: number | null = 50;
  /** Seed of the generated data. */
  seed: string | number | null = '1';
  /** Id of a playground to follow: its data and its live output. Followed when it appears later or is replaced. */
  for: string | null = '';
  /** Also draws the test points. */
  showTestData = false;
  /** Thresholds the output at 0: two colours instead of a gradient. */
  discretize = false;
  /** Heatmap cells per side, 10 to 400. */
  density: number | null = 100;
  /** Draws axes on the plot's border, with ticks from −6 to 6 outside the data (a playground shows them). */
  showAxes = false;
  /** Lets the learner add (click; Shift+click for blue) and remove (click a point) points. */
  editable = false;
  /** A grid computed elsewhere (a playground's), drawn as the background instead of evaluating `model`. */
  grid: HeatmapGrid | null = null;
  /** Which node of `grid` the background shows, `{ layer, index }`; null: the output. A playground sets it while a neuron is hovered. */
  gridNode: NodeRef | null = null;

  private trainPts: Point[] = [];
  private testPts: Point[] = [];
  private ownData = false;
  private tableOpen = false;
  private tablePage = 0;
  private readout = '';
  private addError = '';
  private modelVersion = 0;

  private get canvas(): HTMLCanvasElement | null {
    return this.renderRoot?.querySelector('canvas[part=canvas]') ?? null;
  }

  private get heat(): HTMLCanvasElement | null {
    return this.renderRoot?.querySelector('canvas.heat') ?? null;
  }

  protected readonly defaultStrings = PLOT_STRINGS;
  private counts: PointCounts = { positive: 0, negative: 0, classification: true, outside: 0 };
  private readonly follow = new PlotSourceController(this, this.problems, (s) => this.pullFromSource(s), (s) => s.trainPoints === this.trainPts && s.testPoints === this.testPts);
  private readonly background = new PlotBackground();
  /** The point table's view: its own chunk, prefetched in idle time after the first render, loaded at once by Show table. */
  private readonly table = new OnDemand(this, 'nn-dataset-plot\'s point table', () => import('./point-table-part.js'));
  private readonly editor = new PointEditor(this, {
    strings: () => this.t, num: (v, d) => this.num(v, d), locale: () => this.locale,
    canvas: () => this.canvas, root: () => this.renderRoot, editable: () => this.editable,
    train: () => this.trainPts,
    outputAt: (x, y) => this.outputAt(x, y),
    readout: (text) => (this.readout = text),
    addError: (text) => (this.addError = text),
    add: (point) => this.addPoint(point),
    remove: (index) => this.removePoint(index),
  });
  private readonly colours = new PaletteTables();
  private readonly painter = new PlotCanvas(this, this.colours, () => this.draw());
  private configKey = '';
  private inlineText: string | null = null;

  constructor() {
    super();
    // A JSON child added or edited later (a CMS that renders in steps) is read then.
    new LightDomController(this, () => this.readInlineData());
  }

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
    return this.background.model;
  }

  set model(value: PlotModel | null) {
    const ok = value === null || value === undefined || hasNetworkBrand(value) || (typeof value === 'object' && hasNetworkBrand((value as { network?: unknown }).network) && Array.isArray((value as { features?: unknown }).features));
    if (!ok) throw new TypeError('nn-dataset-plot model must be a Network or { network, features } from nn-elements/core');
    this.background.setModel(value ?? null);
    this.modelVersion++;
  }

  /** Recomputes the background from `model` on the next draw: call after changing the model's weights in place. */
  modelChanged(): void {
    this.background.changed();
    this.painter.schedule();
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

  /** An element to follow directly, as `for` does by id (a playground sets itself here for its own plot). */
  get source(): PlotSource | null {
    return this.follow.source;
  }

  set source(el: PlotSource | null) {
    this.follow.setByCode(el ?? null);
  }

  /**
   * Draws heatmap and points on two canvases. A playground calls it after each heatmap pass
   * of its own plot; the plot then reads the playground's points, grid and model first.
   */
  draw(): void {
    const canvas = this.canvas;
    const heat = this.heat;
    if (!canvas || !heat) return;
    if (this.follow.hostDriven) this.takeFromSource(this.follow.source!);
    this.follow.drawnPass = this.follow.source?.heatmapPass;
    this.painter.legend(this.renderRoot.querySelector('canvas.bar'));
    this.painter.draw(canvas, heat, this.background.grid(this.grid), this.trainPts, this.testPts, this.showTestData, this.showAxes, this.discretize, this.counts.classification, this.gridNode);
  }

  /** The model's output at (x, y), or null without a model. */
  outputAt(x: number, y: number): number | null {
    return this.background.outputAt(x, y);
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

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    this.colours.update(this.themer.palette);
    this.table.prefetch();
  }

  protected override onDisconnect(): void {
    this.painter.stop();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('for')) this.follow.id = parseTextAttr(this.problems, 'for', this.for);
    if (changed.has('density') || !this.hasUpdated) {
      this.problems.clear(['density']);
      this.background.density = parseNumberAttr(this.problems, 'density', this.density, 100, 10, 400, true);
      this.background.changed();
    }
    if (!this.ownData && !this.follow.source) this.generate();
    // After generate(): points it set are in `changed` too.
    if (changed.has('trainPts') || changed.has('testPts') || changed.has('showTestData') || !this.hasUpdated) this.counts = countPoints(this.trainPts, this.testPts, this.showTestData);
    if (changed.has('trainPts') || changed.has('testPts') || changed.has('showTestData')) {
      const pages = Math.max(1, Math.ceil(tableRowCount(this.trainPts, this.testPts, this.showTestData) / TABLE_PAGE));
      if (this.tablePage >= pages) this.tablePage = pages - 1;
    }
  }

  private static readonly DRAWN = ['trainPts', 'testPts', 'showTestData', 'discretize', 'showAxes', 'grid', 'gridNode', 'density', 'modelVersion'];

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.painter.observe(this.canvas);
    if (changed.has('grid')) this.background.changed();
    if (NnDatasetPlot.DRAWN.some((k) => changed.has(k))) this.draw();
  }

  protected override onThemeChange(): void {
    this.colours.update(this.themer.palette);
    this.draw();
  }

  /** Reads a `<script type="application/json">` child: the author's points (again when a CMS edits it later). */
  private readInlineData(): void {
    const script = this.querySelector('script[type="application/json"]');
    const text = script ? script.textContent ?? '' : null;
    if (text === this.inlineText) return;
    this.inlineText = text;
    if (!script) return;
    this.problems.clear(['data']);
    const rows = parseInlineRows(text ?? '', this.problems);
    if (rows !== undefined) this.data = rows;
  }

  /** The generated dataset, from core's recipe (the playground's points for the same seed), regenerated only when its attributes changed. */
  private generate(): void {
    const key = [this.datasetName, this.noise, this.trainRatio, this.seed].map((v) => String(v)).join('|');
    if (key === this.configKey) return;
    this.configKey = key;
    const { train, test } = generatedPoints(this, this.problems);
    this.trainPts = train;
    this.testPts = test;
  }

  /** The followed element's points, grid and model (null: none any more); no allocation while training. */
  private takeFromSource(s: PlotSource): void {
    // The source may not be upgraded yet: its properties then read undefined.
    const train = (s.trainPoints ?? []) as Point[];
    const test = (s.testPoints ?? []) as Point[];
    if (train !== this.trainPts || test !== this.testPts) {
      this.trainPts = train;
      this.testPts = test;
    }
    this.grid = s.heatmap ?? null;
    this.background.model = s.model ?? null;
    this.background.changed();
  }

  private pullFromSource(s: PlotSource | null): void {
    if (s) {
      this.takeFromSource(s);
      this.painter.schedule();
      return;
    }
    this.grid = null;
    this.background.setModel(null);
    this.configKey = '';
    this.requestUpdate();
  }

  private classRef(label: number): string {
    return label > 0 ? this.t.positiveRef : this.t.negativeRef;
  }

  private summary(): string {
    return summaryText(this.t, this.counts, { own: this.ownData, dataset: this.datasetName, followed: this.follow.source?.config?.dataset, train: this.trainPts.length, test: this.testPts.length, showTest: this.showTestData, withModel: !!(this.grid || this.background.model) });
  }

  private readonly tableView: Omit<PointTableView, 't' | 'train' | 'test' | 'showTest' | 'editable' | 'page' | 'addError'> = {
    num: (v, d) => this.num(v, d),
    classRef: (label) => this.classRef(label),
    onPage: (page) => (this.tablePage = page),
    onRemove: (i) => this.removePoint(i),
    onAdd: (e) => this.editor.submit(e),
  };

  protected override render(): TemplateResult {
    const t = this.t;
    const table: PointTableView = { ...this.tableView, t, train: this.trainPts, test: this.testPts, showTest: this.showTestData, editable: this.editable, page: this.tablePage, addError: this.addError };
    return html`
      ${this.renderProblems()}
      <slot></slot>
      <div class="area ${this.showAxes ? 'with-axes' : ''}"><div class="frame" role="img" aria-label=${this.summary()}>
        <canvas class="heat" part="heatmap" aria-hidden="true"></canvas>
        <canvas part="canvas" @pointermove=${this.editor.move} @pointerleave=${this.editor.leave} @click=${this.editor.click}></canvas>
      </div>${this.showAxes ? axesView(this.num.bind(this)) : nothing}</div>
      ${this.counts.outside ? html`<p class="note" part="note">${t.outsideRange({ count: this.counts.outside })}</p>` : nothing}
      <div class="below">
        ${this.grid || this.background.model ? html`<span class="legend" part="legend" role="img" aria-label=${t.legendLabel}>
          <span class="caption" aria-hidden="true">${t.legendCaption}</span><span class="scale" aria-hidden="true"><canvas class="bar"></canvas><span>${t.legendLow}</span><span>0</span><span>${t.legendHigh}</span></span></span>` : nothing}
        <span class="readout" part="readout">${this.readout}</span>
      </div>
      ${this.editable ? addFormView(table) : nothing}
      <div class="tools">
        <button type="button" aria-expanded=${this.tableOpen ? 'true' : 'false'} @click=${() => (this.tableOpen = !this.tableOpen)}>${this.tableOpen ? t.hideTable : t.showTable}</button>
      </div>
      ${this.tableOpen ? this.table.get()?.pointTableView(table) ?? nothing : nothing}
      ${this.renderLiveRegion()}
    `;
  }
}
