import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ACTIVATION_NAMES, type ActivationName } from '../../core/activation.js';
import type { HeatmapGrid } from '../../core/heatmap.js';
import { BIAS_INITS, Network, type BiasInit, type ForwardResult, type NetworkSnapshot, type NodeRef, type ParamRef } from '../../core/network.js';
import { createRandom, type Random } from '../../core/random.js';
import { emit, type NetworkChangeKind, type NnNetworkChangeDetail } from '../../events.js';
import { makeLut, paintGrid } from '../shared/painters/heatmap.js';
import { StepTimerController } from '../shared/controllers/step-timer.js';
import { PersistenceController, fingerprint } from '../shared/controllers/persistence.js';
import { numberish } from '../shared/attributes/parse.js';
import { stepIcon } from '../shared/icons.js';
import { CanvasWarmUp } from '../shared/warm-up.js';
import { cssProps } from '../shared/css-props.js';
import { formatCompact, formatNumber } from '../shared/i18n/numbers.js';
import { parseLocaleNumber } from '../shared/i18n/numbers.js';
import { NnElement } from '../shared/nn-element.js';
import { asText, parseEnumAttr, parseLayersAttr, parseNumberAttr, parseTextAttr } from '../shared/attributes/parse.js';
import { quote } from '../shared/attributes/problems.js';
import { themeStyles } from '../shared/styles.js';
import { formulaLines } from './formulas.js';
import { ROW_H, layoutDiagram, linkWidth } from './layout.js';
import { GraphNames, type GraphStrings } from './names.js';
import { graphStyles } from './nn-graph.styles.js';
import { GRAPH_STRINGS } from './strings.js';

/** What `state` reads and restores. */
export interface GraphState {
  inputs: number[];
  network: NetworkSnapshot;
}

const key = (n: NodeRef) => `${n.layer}:${n.index}`;
const STEP_MS = 450;
/**
 * Least height of a row of nodes in a standalone graph, in CSS pixels: a node, the weight field
 * below it (when its successor is open) and the gaps. On a phone the diagram grows taller
 * instead of letting a field cover the next node.
 */
const ROW_MIN_PX = 84;
/** The same in a playground's graph: a heatmap node and the gap to the next, and room for the −/+ above. */
const ROW_MIN_PX_DRIVEN = 76;
/** Below this width per column, headings are short and the −/+ buttons stacked. */
const NARROW_COLUMN_PX = 100;
/** While training, the most links restyled in one call of redraw (see there). */
const LINK_WRITES = 96;
/** Cells per side of a node's heatmap picture. */
const THUMB_CELLS = 20;

interface Thumbs {
  grid: HeatmapGrid;
  /** THUMB_CELLS wide, one THUMB_CELLS-high slot per node, scaled onto the shared canvas. */
  atlas: CanvasRenderingContext2D;
  nodes: { layer: number; index: number; x: number; y: number; w: number; h: number; image: ImageData; last: Uint16Array }[];
  /** Scratch: indices of the nodes repainted this time. */
  changed: Uint16Array;
}
const MAX_INPUTS = 10;

/** stroke-width values by tenths of a pixel, made once: the link sweep writes up to 96 a pass. */
const WIDTH_TEXT: string[] = [];

/**
 * A neural network a learner can open up: the diagram, a forward pass to play or step, nodes
 * to inspect, weights and biases to edit, layers and neurons to add or remove, and marks that
 * show which calculations and which values an edit changed.
 *
 * @summary An explorable network diagram with a node inspector (MLCC Exercise 1).
 *
 * @fires nn-forward - A forward pass completed. Detail: `{ values, output }`, values by layer.
 * @fires nn-network-change - The learner edited the network. Detail: kind, where, old and new value, and the nodes whose calculations and values changed.
 * @fires nn-node-select - The learner opened a node. Detail: `{ layer, index, trace }`.
 *
 * @csspart toolbar - The row of Play, Step, Reset and the layer buttons.
 * @csspart diagram - The network diagram.
 * @csspart node - Every node button.
 * @csspart inspector - The panel with the selected node's calculation and fields.
 * @csspart changes - The sentence that says what the last edit changed.
 * @csspart problems - The message listing invalid attributes.
 *
 * @cssproperty --nn-positive - Colour of positive weights and outputs (default #0877bd).
 * @cssproperty --nn-negative - Colour of negative weights and outputs (default #f59322).
 * @cssproperty --nn-neutral - Colour of zero in heatmaps (default #e8eaeb).
 * @cssproperty --nn-accent - Accent colour of selected nodes and hovered buttons.
 * @cssproperty --nn-changed - Colour of the "calculation changed" marks (default #9334e6).
 * @cssproperty --nn-focus - Focus ring colour.
 * @cssproperty --nn-surface - Background of nodes and panels.
 * @cssproperty --nn-border - Border colour of nodes and buttons.
 * @cssproperty --nn-error - Colour of error messages.
 * @cssproperty --nn-radius - Corner radius of buttons and panels.
 */
export class NnGraph extends NnElement<typeof GRAPH_STRINGS> {
  protected static override localeSection = 'nn-graph' as const;
  static override styles = [themeStyles, graphStyles];
  protected static override upgradeProperties = ['state', 'network'];


  /** Input values, comma-separated or an array; their count (1 to 10) is the number of input nodes. */
  @property() inputs: string | number[] | null = '0,0,0';
  /** Hidden layer sizes, comma-separated or an array; "" for none. */
  @property() layers: string | number[] | null = '4';
  /** Activation of the hidden nodes, and of the output unless `output-activation` is set: relu, tanh, sigmoid, linear. */
  @property() activation: string | null = 'relu';
  /** Activation of the output node; defaults to `activation`. */
  @property({ attribute: 'output-activation' }) outputActivation: string | null = '';
  /** Seed of the starting weights and biases: the same seed shows every learner the same network. */
  @property() seed: string | number | null = '1';
  /**
   * How biases start: random (default; drawn from the seed, some negative, so that ReLU(b) can
   * be 0), constant (0.1, as TensorFlow Playground) or zero.
   */
  @property({ attribute: 'bias-init' }) biasInit: string | null = 'random';
  /** Most hidden layers a learner may have (1 to 10). */
  @property({ attribute: 'max-layers', converter: numberish }) maxLayers: number | null = 6;
  /** Most neurons per hidden layer (1 to 12). */
  @property({ attribute: 'max-neurons', converter: numberish }) maxNeurons: number | null = 8;
  /** Decimals shown for values, weights and biases (0 to 6). */
  @property({ converter: numberish }) decimals: number | null = 2;
  /**
   * Keeps the learner's network (weights, biases, layers, inputs) in this browser's storage
   * under this key, and brings it back on the next visit, as `<nn-quiz-task>` does with
   * answers. Stored per set of attributes: a lesson whose graph changed starts afresh.
   */
  @property({ attribute: 'persist-key' }) persistKey: string | null = '';
  /** Forbids adding or removing layers and neurons. */
  @property({ type: Boolean, reflect: true }) locked = false;
  /**
   * Every node's output over a grid, drawn inside the nodes instead of their values: set by
   * `<nn-playground>`; leave unset for a standalone graph.
   */
  @property({ attribute: false }) heatmaps: HeatmapGrid | null = null;
  /** Links that training set to zero for good (L1), per weight layer: drawn dashed. Set by `<nn-playground>`. */
  @property({ attribute: false }) deadLinks: readonly Uint8Array[] | null = null;
  /**
   * Labels of the input nodes, shown beside them: comma-separated or an array. By default
   * x₁, x₂, x₃, …, the names the lesson text uses (the playground sets its feature names).
   */
  @property({ attribute: 'input-labels' }) inputLabels: string | string[] | null = null;

  @state() private net!: Network;
  @state() private inputValues: number[] = [0, 0, 0];
  @state() private computed = 0;
  @state() private selected: NodeRef | null = null;
  @state() private calcChanged = new Set<string>();
  @state() private valueChanged = new Set<string>();
  @state() private changeText = '';
  @state() private fieldError = '';

  protected readonly defaultStrings = GRAPH_STRINGS;
  private random: Random = createRandom('1');
  private result: ForwardResult | null = null;
  private timer = new StepTimerController(this);
  private storage = new PersistenceController(this, 'nn-graph:');
  /** Set by the host through `state`: what the host gave wins over what was stored. */
  private touched = false;
  private restoring = false;
  private driven = false;
  private digits = 2;
  private layerLimit = 6;
  private neuronLimit = 8;
  private lut = makeLut();
  /** The node heatmaps' places on the shared canvas and their buffers; null until measured. */
  private thumbs: Thumbs | null = null;
  private resizeObserver: ResizeObserver | null = null;
  private observedDiagram: HTMLElement | null = null;
  /** The diagram's width in CSS pixels, from its ResizeObserver (0 before the first layout). */
  private diagramWidth = 0;
  private configKey = '';
  private lines: SVGLineElement[] = [];
  private lineState = new Float32Array(0);
  /** Where an unfinished sweep over the links goes on (0: none in progress). */
  private linkCursor = 0;
  private readonly warmUp = new CanvasWarmUp(this);
  /** The diagram's shape as last rendered, and as last measured for links and pictures. */
  private renderedLayout = '';
  private measuredLayout = '';
  private inspectorShown = 0;
  private thumbnailsShown = -Infinity;
  private namesCache: { t: GraphStrings; net: Network; names: GraphNames } | null = null;

  /** The core network shown (assigning one lets another element, such as a playground, drive the graph). */
  get network(): Network {
    this.ensureNetwork();
    return this.net;
  }

  set network(net: Network) {
    if (!(net instanceof Network)) throw new TypeError('nn-graph network must be a Network from nn-elements/core');
    this.driven = true;
    this.net = net;
    this.inputValues = new Array(net.sizes[0]).fill(0);
    this.result = null;
    this.computed = 0;
    this.selected = null;
    this.clearChanges();
    this.requestUpdate();
  }

  /** The last complete forward pass, by layer (layer 0 the inputs), or null before one. */
  get values(): number[][] | null {
    if (!this.result || this.computed < this.totalNodes) return null;
    return this.result.values.map((v) => Array.from(v));
  }

  /** A JSON-serializable snapshot: inputs, structure, weights, biases, activations. Setting it restores (a bad snapshot throws a clear error and changes nothing). */
  get state(): GraphState {
    this.ensureNetwork();
    return { inputs: [...this.inputValues], network: this.net.toJSON() };
  }

  set state(value: GraphState) {
    if (typeof value !== 'object' || value === null) throw new TypeError('nn-graph state must be an object { inputs, network }');
    const net = Network.fromJSON(value.network);
    this.readLimits();
    const hidden = net.sizes.slice(1, -1);
    if (hidden.length > this.layerLimit || hidden.some((n) => n > this.neuronLimit) || net.sizes[0] > MAX_INPUTS) {
      throw new TypeError(`nn-graph state.network has layer sizes ${quote(net.sizes.join('-'))}: at most ${MAX_INPUTS} inputs and ${this.layerLimit} hidden layers of ${this.neuronLimit} neurons (max-layers, max-neurons)`);
    }
    if (!Array.isArray(value.inputs) || value.inputs.length !== net.sizes[0] || !value.inputs.every((v) => typeof v === 'number' && Number.isFinite(v))) {
      throw new TypeError(`nn-graph state.inputs must be ${net.sizes[0]} finite numbers, one per input node`);
    }
    this.configKey = this.currentConfigKey();
    if (!this.restoring) this.touched = true;
    this.stopTimer();
    this.net = net;
    this.inputValues = [...value.inputs];
    this.computed = 0;
    this.result = null;
    this.selected = null;
    this.clearChanges();
  }

  /** Reads max-layers and max-neurons (hard limits 10 and 12: beyond, a diagram is no longer readable). */
  private readLimits(): void {
    this.problems.clear(['max-layers', 'max-neurons']);
    this.layerLimit = parseNumberAttr(this.problems, 'max-layers', this.maxLayers, 6, 1, 10, true);
    this.neuronLimit = parseNumberAttr(this.problems, 'max-neurons', this.maxNeurons, 8, 1, 12, true);
  }

  private get totalNodes(): number {
    return this.net.sizes.slice(1).reduce((a, b) => a + b, 0);
  }

  private currentConfigKey(): string {
    return [this.inputs, this.layers, this.activation, this.outputActivation, this.seed, this.biasInit, this.maxLayers, this.maxNeurons].map((v) => JSON.stringify(asText(v))).join("|");
  }

  /** Builds the network from the attributes when they changed (not when the learner edited it). */
  private ensureNetwork(): void {
    if (this.driven) return;
    const k = this.currentConfigKey();
    if (this.net && k === this.configKey) return;
    this.configKey = k;
    this.problems.clear(['inputs', 'layers', 'activation', 'output-activation', 'seed', 'bias-init']);
    this.readLimits();
    const inputs = this.parseInputs();
    const hidden = parseLayersAttr(this.problems, this.layers, [4], this.layerLimit, this.neuronLimit);
    const activation = parseEnumAttr<ActivationName>(this.problems, 'activation', this.activation, ACTIVATION_NAMES, 'relu');
    const outputActivation = parseEnumAttr<ActivationName>(this.problems, 'output-activation', this.outputActivation, ACTIVATION_NAMES, activation);
    this.random = createRandom(parseTextAttr(this.problems, 'seed', this.seed, '1'));
    const biasInit = parseEnumAttr<BiasInit>(this.problems, 'bias-init', this.biasInit, BIAS_INITS, 'random');
    this.net = new Network({ inputs: inputs.length, hidden, activation, outputActivation, random: this.random, biasInit });
    this.inputValues = inputs;
    this.stopTimer();
    this.computed = 0;
    this.result = null;
    this.selected = null;
    this.clearChanges();
  }

  private parseInputs(): number[] {
    const raw = asText(this.inputs);
    if (raw === null) return [0, 0, 0];
    // Empty entries ("1,,2") are mistakes, not zeros: every entry must be a number.
    const parts = raw.split(',').map((s) => s.trim());
    // Authored values are read in English: the comma separates them.
    const values = parts.map((s) => { const r = parseLocaleNumber(s, 'en'); return 'value' in r ? r.value : null; });
    if (raw.trim() === '' || parts.length > MAX_INPUTS || values.some((v) => v === null)) {
      const good = values.filter((v): v is number => v !== null).slice(0, MAX_INPUTS);
      const fallback = good.length ? good : [0, 0, 0];
      this.problems.add({ attribute: 'inputs', value: raw, allowed: `must be 1 to ${MAX_INPUTS} numbers separated by commas`, fallback: `"${fallback.join(',')}"` });
      return fallback;
    }
    return values as number[];
  }

  protected override onConnect(): void {
    this.ensureNetwork();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('maxLayers') || changed.has('maxNeurons')) this.readLimits();
    if (changed.has('decimals') || !this.hasUpdated) {
      this.problems.clear(['decimals']);
      this.digits = parseNumberAttr(this.problems, 'decimals', this.decimals, 2, 0, 6, true);
    }
    this.ensureNetwork();
    if (!this.driven && (!this.hasUpdated || changed.has('persistKey') || this.storageScope !== this.configKey)) this.updateStorageKey();
    if (!this.driven) this.result = this.net.forward(this.inputValues, this.result && this.sameShape(this.result) ? this.result : undefined);
  }

  private storageScope = '';

  /** Re-keys storage from persist-key and the attributes; a new key brings back what it stored. */
  private updateStorageKey(): void {
    this.problems.clear(['persist-key']);
    const key = parseTextAttr(this.problems, 'persist-key', this.persistKey);
    this.storageScope = this.configKey;
    if (!this.storage.setKey(key, fingerprint(this.configKey)) || this.touched) return;
    const value = this.storage.load();
    if (value === null) return;
    this.restoring = true;
    try {
      if (value === undefined) throw new Error('not JSON');
      this.state = value as GraphState;
    } catch {
      console.warn(`<nn-graph> persist-key="${key}": the saved network could not be read and was ignored.`);
    } finally {
      this.restoring = false;
    }
  }

  private persist(): void {
    this.storage.save(this.state);
  }

  /**
   * Back to the network the attributes describe: the starting weights, biases, layers and
   * inputs, as on the first visit (what persist-key stored is replaced). ↺ Reset only clears
   * the computed values.
   */
  restart(): void {
    if (this.driven) return;
    this.configKey = '';
    this.ensureNetwork();
    this.storageScope = this.configKey;
    this.persist();
    this.announce(this.t.restarted);
    emit(this, 'nn-network-change', { kind: 'restart', layer: 0, calculationsChanged: [], valuesChanged: [] });
    this.requestUpdate();
  }

  private sameShape(r: ForwardResult): boolean {
    return r.values.length === this.net.sizes.length && r.values.every((v, l) => v.length === this.net.sizes[l]);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // A new layout (shape, narrow mode, heatmaps on or off) has new lines and node positions:
    // look them up again. Any other update (the inspector, 4 times a second while training
    // with a node open) keeps them, and repaints only links and pictures that changed.
    const layout = this.renderedLayout;
    if (layout !== this.measuredLayout) {
      this.measuredLayout = layout;
      this.lines = [...this.renderRoot.querySelectorAll<SVGLineElement>('line.active')];
      this.lineState = new Float32Array(this.lines.length).fill(NaN);
      this.thumbs = null;
    }
    this.paintLinks(Infinity, true);
    const diagram = this.renderRoot.querySelector<HTMLElement>('.diagram');
    if (diagram !== this.observedDiagram) {
      this.resizeObserver ??= new ResizeObserver((entries) => {
        this.thumbs = null;
        if (this.heatmaps) this.drawHeatmaps();
        const w = entries[entries.length - 1]?.contentRect.width ?? 0;
        if (this.diagramWidth === 0 || this.narrowAt(w) !== this.narrowAt(this.diagramWidth)) {
          this.diagramWidth = w;
          this.requestUpdate();
        } else {
          this.diagramWidth = w;
        }
      });
      if (this.observedDiagram) this.resizeObserver.unobserve(this.observedDiagram);
      if (diagram) this.resizeObserver.observe(diagram);
      this.observedDiagram = diagram;
    }
    if (this.heatmaps) this.drawHeatmaps();
  }

  protected override firstUpdated(): void {
    this.readColors();
  }

  /** The thumbnails' colour table from the theme, as the browser resolves it. */
  private readColors(): void {
    const p = this.themer.read();
    if (p) this.lut = makeLut(p.negative, p.neutral, p.positive);
  }

  protected override onThemeChange(): void {
    this.readColors();
    // Every thumbnail is painted again with the new colours.
    this.thumbs = null;
    if (this.heatmaps) this.drawHeatmaps();
  }

  protected override onDisconnect(): void {
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    this.observedDiagram = null;
    this.warmUp.stop();
  }

  /**
   * Repaints what training changes (link widths, colours, dead links and node heatmaps) in
   * place, without re-rendering the template: `<nn-playground>` calls it after each heatmap
   * pass. An open inspector is re-rendered at most four times a second.
   * @param throttleMs - Repaint links and node heatmaps only if at least this many
   *   milliseconds passed since they were last painted (0, the default: always).
   */
  redraw(throttleMs = 0): void {
    const now = performance.now();
    const due = now - this.thumbnailsShown >= throttleMs;
    // While training, a sweep over the links writes at most LINK_WRITES of them per call and
    // goes on at the next call: early in training nearly every one of the largest network's
    // 384 links changes, and restyling them all in one frame made a 60–100 ms task on a 4×
    // slower CPU. A picture on pause or step (throttleMs 0) is always complete.
    if (throttleMs === 0) this.paintLinks(Infinity, true);
    else if (this.linkCursor > 0) this.paintLinks(LINK_WRITES, false);
    else if (due) this.paintLinks(LINK_WRITES, true);
    if (due) {
      this.thumbnailsShown = now;
      if (this.heatmaps) this.drawHeatmaps();
    }
    if (this.selected && now - this.inspectorShown > 250) {
      this.inspectorShown = now;
      this.requestUpdate();
    }
  }

  /**
   * Sets each link's width and sign from its weight on an absolute scale (as TensorFlow
   * Playground does), so that editing one weight changes one line. Only links whose look
   * changed are written: a DOM write per link per frame would cost more than the math.
   */
  private paintLinks(limit = Infinity, restart = true): void {
    const sizes = this.net.sizes;
    const lines = this.lines;
    const last = this.lineState;
    let k = restart ? 0 : this.linkCursor;
    let writes = 0;
    // The layer of link k, and the index of its first link.
    let l = 1;
    let offset = 0;
    while (l < sizes.length && offset + sizes[l] * sizes[l - 1] <= k) offset += sizes[l] * sizes[l - 1], l++;
    for (; l < sizes.length; l++) {
      const w = this.net.weights[l - 1];
      const dead = this.deadLinks?.[l - 1];
      const n = sizes[l] * sizes[l - 1];
      for (let m = k - offset; m < n && k < lines.length; m++, k++) {
        const v = w[m];
        // Width in tenths of a pixel, negative for negative weights, 0 for a dead link.
        const look = dead?.[m] === 1 ? 0 : Math.sign(v || 1) * Math.round(10 * linkWidth(v));
        if (look === last[k]) continue;
        if (writes === limit) {
          this.linkCursor = k;
          return;
        }
        writes++;
        last[k] = look;
        const line = lines[k];
        line.classList.toggle('dead', look === 0);
        line.classList.toggle('neg', look < 0);
        const tenths = Math.abs(look);
        line.setAttribute('stroke-width', (WIDTH_TEXT[tenths] ??= String(tenths / 10 || 1)));
      }
      offset += n;
    }
    this.linkCursor = 0;
  }

  /**
   * Redraws the node heatmaps from `heatmaps` without a full render. All of them go on one
   * canvas under the nodes: one canvas costs the compositor one upload per frame where one per
   * node cost fifty. Only nodes whose picture changed are redrawn.
   */
  drawHeatmaps(): void {
    const grid = this.heatmaps;
    const canvas = this.renderRoot?.querySelector<HTMLCanvasElement>('canvas.thumbs');
    if (!grid || !canvas) return;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    let thumbs = this.thumbs;
    if (!thumbs || thumbs.grid !== grid) {
      thumbs = this.measureThumbs(canvas, grid);
      if (!thumbs) return;
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      this.warmUp.start(() => {
        const t = this.thumbs;
        if (t) t.nodes.forEach((n, k) => ctx.drawImage(t.atlas.canvas, 0, k * THUMB_CELLS, THUMB_CELLS, THUMB_CELLS, n.x, n.y, n.w, n.h));
      });
    }
    ctx.imageSmoothingEnabled = false;
    const size = THUMB_CELLS;
    // All writes to the atlas first, then all reads from it: alternating them makes the canvas
    // copy the atlas for every node.
    const changed = thumbs.changed;
    let n = 0;
    for (let k = 0; k < thumbs.nodes.length; k++) {
      const t = thumbs.nodes[k];
      const values = grid.outputs[t.layer]?.[t.index];
      if (!values || !paintGrid(t.image, values, grid.density, this.lut, false, t.last)) continue;
      thumbs.atlas.putImageData(t.image, 0, k * size);
      changed[n++] = k;
    }
    for (let m = 0; m < n; m++) {
      const k = changed[m];
      const t = thumbs.nodes[k];
      ctx.drawImage(thumbs.atlas.canvas, 0, k * size, size, size, t.x, t.y, t.w, t.h);
    }
  }

  /** Where each node's picture goes on the shared canvas, in device pixels, read after a render or resize. */
  private measureThumbs(canvas: HTMLCanvasElement, grid: HeatmapGrid): Thumbs | null {
    const diagram = canvas.parentElement as HTMLElement;
    const dpr = window.devicePixelRatio || 1;
    const w = Math.round(diagram.clientWidth * dpr);
    const h = Math.round(diagram.clientHeight * dpr);
    if (!w || !h) return null;
    if (canvas.width !== w) canvas.width = w;
    if (canvas.height !== h) canvas.height = h;
    const buttons = [...this.renderRoot.querySelectorAll<HTMLElement>('.diagram > .node')];
    const atlasCanvas = document.createElement('canvas');
    atlasCanvas.width = THUMB_CELLS;
    atlasCanvas.height = THUMB_CELLS * Math.max(1, buttons.length);
    const atlas = atlasCanvas.getContext('2d');
    if (!atlas) return null;
    const nodes = buttons.map((b) => {
      const [layer, index] = (b.dataset.node ?? '0:0').split(':').map(Number);
      // The node is centred on its offset position by a translate(-50%, -50%).
      const x = b.offsetLeft - b.offsetWidth / 2 + b.clientLeft;
      const y = b.offsetTop - b.offsetHeight / 2 + b.clientTop;
      return {
        layer, index,
        x: Math.round(x * dpr), y: Math.round(y * dpr), w: Math.round(b.clientWidth * dpr), h: Math.round(b.clientHeight * dpr),
        image: atlas.createImageData(THUMB_CELLS, THUMB_CELLS),
        last: new Uint16Array(THUMB_CELLS * THUMB_CELLS).fill(0xffff),
      };
    });
    this.thumbs = { grid, atlas, nodes, changed: new Uint16Array(nodes.length) };
    return this.thumbs;
  }

  // ----- forward pass -------------------------------------------------------------------

  /** Plays the forward pass layer by layer (all at once when the learner prefers reduced motion). */
  play(): void {
    this.stopTimer();
    if (this.driven) return;
    this.clearChanges();
    const reduced = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (reduced) {
      this.computed = this.totalNodes;
      this.finishForward();
      return;
    }
    this.computed = 0;
    const advance = () => {
      let layer = 1;
      let done = 0;
      while (layer < this.net.sizes.length && done + this.net.sizes[layer] <= this.computed) done += this.net.sizes[layer++];
      this.computed = done + (this.net.sizes[layer] ?? 0);
      if (this.computed >= this.totalNodes) {
        this.computed = this.totalNodes;
        this.finishForward();
      } else {
        this.timer.schedule(advance, STEP_MS);
      }
    };
    this.timer.schedule(advance, 60);
  }

  /** Computes the next node (>|) and opens its calculation. */
  step(): void {
    this.stopTimer();
    if (this.driven) return;
    if (this.computed >= this.totalNodes) this.computed = 0;
    this.computed++;
    const node = this.nodeAt(this.computed - 1);
    this.select(node, false);
    this.announce(this.t.computedNode({ name: this.nameOf(node), value: this.fmt(this.result!.values[node.layer][node.index]) }));
    if (this.computed === this.totalNodes) this.finishForward();
  }

  /** Clears the computed values; weights, biases and inputs stay. */
  reset(): void {
    this.stopTimer();
    this.computed = 0;
    this.clearChanges();
    this.announce('');
  }

  private finishForward(): void {
    const values = this.values!;
    const output = values[values.length - 1][0];
    this.announce(this.t.forwardDone({ value: this.fmt(output) }));
    emit(this, 'nn-forward', { values, output });
  }

  private stopTimer(): void {
    this.timer.cancel();
  }

  private nodeAt(order: number): NodeRef {
    let rest = order;
    for (let layer = 1; layer < this.net.sizes.length; layer++) {
      if (rest < this.net.sizes[layer]) return { layer, index: rest };
      rest -= this.net.sizes[layer];
    }
    return { layer: this.net.sizes.length - 1, index: 0 };
  }

  private orderOf(node: NodeRef): number {
    let order = 0;
    for (let l = 1; l < node.layer; l++) order += this.net.sizes[l];
    return order + node.index;
  }

  private isComputed(node: NodeRef): boolean {
    return !this.driven && (node.layer === 0 || this.orderOf(node) < this.computed);
  }

  // ----- names and formatting ------------------------------------------------------------

  private fmt(v: number): string {
    return this.num(v, this.digits);
  }

  /**
   * Names of nodes, columns and parameters. Kept while the strings and the network stay the
   * same (GraphNames reads the live layer sizes): render asks for a name per node, every frame
   * in a playground.
   */
  private get names(): GraphNames {
    const t = this.t;
    if (!this.namesCache || this.namesCache.t !== t || this.namesCache.net !== this.net) this.namesCache = { t, net: this.net, names: new GraphNames(t, this.net.sizes) };
    return this.namesCache.names;
  }

  /** The accessible name of a node, as its button reads. */
  nameOf(node: NodeRef): string {
    return this.names.node(node);
  }

  // ----- selection and editing -----------------------------------------------------------

  private select(node: NodeRef, emitEvent = true): void {
    this.selected = node;
    this.fieldError = '';
    if (emitEvent) {
      const trace = this.result && !this.driven ? this.net.trace(this.result, node) : null;
      emit(this, 'nn-node-select', { ...node, trace });
    }
  }

  private onNodeClick(node: NodeRef): void {
    const same = this.selected && key(this.selected) === key(node);
    if (same) {
      this.selected = null;
      return;
    }
    this.select(node);
  }

  private onLinkClick(layer: number, to: number, from: number): void {
    this.select({ layer, index: to });
    void this.updateComplete.then(() => {
      this.renderRoot.querySelector<HTMLInputElement>(`input[data-param="w:${layer}:${to}:${from}"]`)?.focus();
    });
  }

  private onFieldKey(e: KeyboardEvent): void {
    if (e.key === 'Enter') {
      e.preventDefault();
      this.applyField(e.target as HTMLInputElement);
    } else if (e.key === 'Escape') {
      const input = e.target as HTMLInputElement;
      input.value = input.defaultValue;
      this.fieldError = '';
    }
  }

  private applyField(input: HTMLInputElement): void {
    const parts = input.dataset.param!.split(':');
    const parsed = parseLocaleNumber(input.value, this.locale);
    if (!('value' in parsed)) {
      this.fieldError = parsed.error === 'wrong-separator' ? this.t.wrongSeparator({ text: input.value, separator: parsed.separator }) : this.t.invalidNumber({ text: input.value });
      input.setAttribute('aria-invalid', 'true');
      this.announce(this.fieldError);
      return;
    }
    const value = parsed.value;
    input.removeAttribute('aria-invalid');
    this.fieldError = '';
    let param: ParamRef;
    let old: number;
    if (parts[0] === 'w') {
      const [layer, to, from] = parts.slice(1).map(Number);
      param = { kind: 'weight', layer, to, from };
      old = this.net.getWeight(layer, to, from);
    } else if (parts[0] === 'b') {
      const [layer, index] = parts.slice(1).map(Number);
      param = { kind: 'bias', layer, index };
      old = this.net.getBias(layer, index);
    } else {
      const index = Number(parts[1]);
      param = { kind: 'input', index };
      old = this.inputValues[index];
    }
    if (old === value) {
      input.value = this.fmtField(value);
      return;
    }
    this.editParameter(param, value);
    input.value = this.fmtField(value);
    input.defaultValue = input.value;
  }

  /**
   * A text field for an input, weight or bias (`param` as applyField reads it: i:index,
   * w:layer:to:from, b:layer:index). Enter or leaving the field applies it; Escape undoes.
   */
  private paramField(param: string, value: number, label?: string): TemplateResult {
    return html`<input type="text" inputmode="decimal" data-param=${param} aria-label=${label ?? nothing}
      .value=${this.fmtField(value)} @keydown=${this.onFieldKey} @change=${this.onFieldChange} />`;
  }

  private onFieldChange = (e: Event) => this.applyField(e.target as HTMLInputElement);

  private fmtField(v: number): string {
    // Plain text to edit: no bidi isolation marks, an ASCII minus (the parser takes both).
    return formatNumber(v, this.digits, this.locale).replace('−', '-');
  }

  /** Sets a weight, bias or input as a learner edit: marks what changed and fires nn-network-change. */
  private editParameter(param: ParamRef, value: number): void {
    const before = this.result ? this.result.values.map((v) => Float64Array.from(v)) : null;
    let oldValue: number;
    let detailPlace: Pick<NnNetworkChangeDetail, 'layer' | 'index' | 'from'>;
    if (param.kind === 'weight') {
      oldValue = this.net.getWeight(param.layer, param.to, param.from);
      this.net.setWeight(param.layer, param.to, param.from, value);
      detailPlace = { layer: param.layer, index: param.to, from: param.from };
    } else if (param.kind === 'bias') {
      oldValue = this.net.getBias(param.layer, param.index);
      this.net.setBias(param.layer, param.index, value);
      detailPlace = { layer: param.layer, index: param.index };
    } else {
      oldValue = this.inputValues[param.index];
      this.inputValues = this.inputValues.map((v, i) => (i === param.index ? value : v));
      detailPlace = { layer: 0, index: param.index };
    }
    const deps = this.net.dependents(param);
    const calc = [...deps.direct, ...deps.downstream];
    this.finishEdit(param.kind, calc, before, (n) => n, { ...detailPlace, oldValue, newValue: value });
    this.announce(this.t.applied({ name: this.names.param(param), value: this.fmt(value) }));
  }

  /**
   * Recomputes after an edit and marks the nodes whose calculation changed and those whose
   * value changed. `oldRef` maps a node of the new network to where it was before (or null).
   */
  private finishEdit(kind: NetworkChangeKind, calcNodes: NodeRef[], before: Float64Array[] | null, oldRef: (n: NodeRef) => NodeRef | null, place: Omit<NnNetworkChangeDetail, 'kind' | 'calculationsChanged' | 'valuesChanged'>): void {
    const wasComplete = this.computed >= this.totalNodesOf(before);
    this.result = this.net.forward(this.inputValues);
    if (wasComplete && this.computed > 0) this.computed = this.totalNodes;
    this.computed = Math.min(this.computed, this.totalNodes);
    const valueNodes: NodeRef[] = [];
    if (before && this.computed > 0) {
      for (let layer = 0; layer < this.net.sizes.length; layer++) {
        for (let index = 0; index < this.net.sizes[layer]; index++) {
          const node = { layer, index };
          if (!this.isComputed(node)) continue;
          const old = oldRef(node);
          const now = this.result.values[layer][index];
          // A node that did not exist before has a new value by definition.
          if (!old || before[old.layer]?.[old.index] !== now) valueNodes.push(node);
        }
      }
    }
    // Marks add up from the last forward pass until the next Play or Step, so that after the
    // three clicks of Task 2 every node they affected is marked, not only the last one's.
    // Earlier marks follow their node through structural edits (oldRef).
    const newCalc = new Set(calcNodes.map(key));
    const newValue = new Set(valueNodes.map(key));
    const calcAll: NodeRef[] = [];
    const valueAll: NodeRef[] = [];
    for (let layer = 0; layer < this.net.sizes.length; layer++) {
      for (let index = 0; index < this.net.sizes[layer]; index++) {
        const node = { layer, index };
        const old = oldRef(node);
        const k = key(node);
        if (newCalc.has(k) || (old && this.calcChanged.has(key(old)))) calcAll.push(node);
        if (newValue.has(k) || (old && this.valueChanged.has(key(old)))) valueAll.push(node);
      }
    }
    this.calcChanged = new Set(calcAll.map(key));
    this.valueChanged = new Set(valueAll.map(key));
    this.changeText = this.names.changes(calcAll, valueAll, this.computed > 0);
    if (!this.driven) this.persist();
    emit(this, 'nn-network-change', { kind, ...place, calculationsChanged: calcNodes, valuesChanged: valueNodes });
  }

  private totalNodesOf(values: Float64Array[] | null): number {
    return values ? values.slice(1).reduce((a, v) => a + v.length, 0) : this.totalNodes;
  }

  private clearChanges(): void {
    this.calcChanged = new Set();
    this.valueChanged = new Set();
    this.changeText = '';
  }

  // ----- structure -------------------------------------------------------------------------

  /** Adds a hidden layer of one neuron before the output, as the seed's Task 2 does. */
  addLayer(): void {
    const hidden = this.net.sizes.length - 2;
    if (this.locked || hidden >= this.layerLimit) return;
    const before = this.result ? this.result.values.map((v) => Float64Array.from(v)) : null;
    const position = this.net.sizes.length - 1;
    this.net.addLayer(position, 1, this.random);
    const calc = this.nodesFrom(position);
    this.finishEdit('add-layer', calc, before, (n) => (n.layer < position ? n : n.layer === position ? null : { layer: n.layer - 1, index: n.index }), { layer: position });
    this.afterStructureEdit();
  }

  /** Removes the last hidden layer. */
  removeLayer(): void {
    const hidden = this.net.sizes.length - 2;
    if (this.locked || hidden < 1) return;
    const before = this.result ? this.result.values.map((v) => Float64Array.from(v)) : null;
    const layer = this.net.sizes.length - 2;
    this.net.removeLayer(layer, this.random);
    this.finishEdit('remove-layer', this.nodesFrom(layer), before, (n) => (n.layer < layer ? n : { layer: n.layer + 1, index: n.index }), { layer });
    this.afterStructureEdit();
  }

  /** Adds a neuron to hidden layer `layer` (1-based, as the learner reads it). */
  addNeuron(layer: number): void {
    if (this.locked || layer < 1 || layer > this.net.sizes.length - 2 || this.net.sizes[layer] >= this.neuronLimit) return;
    const before = this.result ? this.result.values.map((v) => Float64Array.from(v)) : null;
    this.net.addNeuron(layer, this.random);
    const calc = [{ layer, index: this.net.sizes[layer] - 1 }, ...this.nodesFrom(layer + 1)];
    this.finishEdit('add-neuron', calc, before, (n) => (n.layer === layer && n.index === this.net.sizes[layer] - 1 ? null : n), { layer, index: this.net.sizes[layer] - 1 });
    this.afterStructureEdit();
  }

  /** Removes the last neuron of hidden layer `layer`. */
  removeNeuron(layer: number): void {
    if (this.locked || layer < 1 || layer > this.net.sizes.length - 2 || this.net.sizes[layer] <= 1) return;
    const before = this.result ? this.result.values.map((v) => Float64Array.from(v)) : null;
    const index = this.net.sizes[layer] - 1;
    this.net.removeNeuron(layer, index);
    this.finishEdit('remove-neuron', this.nodesFrom(layer + 1), before, (n) => n, { layer, index });
    this.afterStructureEdit();
  }

  private nodesFrom(layer: number): NodeRef[] {
    const nodes: NodeRef[] = [];
    for (let l = layer; l < this.net.sizes.length; l++) for (let i = 0; i < this.net.sizes[l]; i++) nodes.push({ layer: l, index: i });
    return nodes;
  }

  private afterStructureEdit(): void {
    if (this.selected && (this.selected.layer >= this.net.sizes.length || this.selected.index >= this.net.sizes[this.selected.layer])) this.selected = null;
    this.announce(this.changeText);
    this.requestUpdate();
  }

  // ----- rendering ---------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const t = this.t;
    const sizes = this.net.sizes;
    const hidden = sizes.length - 2;
    return html`
      ${this.renderProblems()}
      <div class="toolbar ${this.driven ? 'driven' : ''}" part="toolbar">
        ${this.driven ? nothing : html`
          <button type="button" aria-label=${t.play} title=${t.play} @click=${() => this.play()}>▶</button>
          <button type="button" aria-label=${t.step} title=${t.step} @click=${() => this.step()}>${stepIcon}</button>
          <button type="button" aria-label=${t.reset} title=${t.reset} @click=${() => this.reset()}>↺</button>
          <button type="button" title=${t.restart} @click=${() => this.restart()}>${t.restartShort}</button>
          <span class="sep"></span>`}
        ${this.locked ? html`<span class="layer-count">${t.hiddenLayerCount({ count: hidden })}</span>` : html`
          <button type="button" aria-label=${t.removeLayer} title=${t.removeLayer} ?disabled=${hidden < 1} @click=${() => this.removeLayer()}>−</button>
          <button type="button" aria-label=${t.addLayer} title=${hidden >= this.layerLimit ? t.maxLayers({ count: this.layerLimit }) : t.addLayer} ?disabled=${hidden >= this.layerLimit} @click=${() => this.addLayer()}>+</button>
          <span class="layer-count">${t.hiddenLayerCount({ count: hidden })}</span>`}
      </div>
      <div class="scroll">${this.renderDiagram()}</div>
      ${this.driven ? nothing : html`<div class="change-area">${this.changeText ? html`
        <div class="legend" aria-hidden="true"><span class="calc">${t.legendCalc}</span><span class="value">${t.legendValue}</span></div>
        <p class="changes" part="changes">${this.changeText}</p>` : nothing}</div>`}
      ${this.renderInspector()}
      ${this.renderLiveRegion()}
    `;
  }

  /**
   * Whether a diagram this wide has narrow columns: short headings, stacked −/+, and a wider
   * margin for the input labels (in diagram units, which shrink with the width). A heading is
   * about 6 px a character (0.75em of a 16 px font): "Verborgene Schicht 1" needs more room
   * than "Hidden layer 1", so the language decides too.
   */
  private narrowAt(width: number): boolean {
    const longest = Math.max(...this.net.sizes.map((_, l) => this.names.column(l).length));
    return width / this.net.sizes.length < Math.max(NARROW_COLUMN_PX, longest * 6.2 + 8);
  }

  private renderDiagram(): TemplateResult {
    const narrow = this.diagramWidth > 0 && this.narrowAt(this.diagramWidth);
    const { width, height, x, y } = layoutDiagram(this.net.sizes, narrow ? 180 : 70);
    this.renderedLayout = `${this.net.sizes.join(',')}|${narrow}|${this.heatmaps ? 1 : 0}`;
    const labels = this.labels;
    const sizes = this.net.sizes;
    const links: TemplateResult[] = [];
    // Geometry only: widths, colours and dead links change with every epoch and are painted
    // in place by paintLinks, so training never re-renders these lines.
    for (let l = 1; l < sizes.length; l++) {
      for (let j = 0; j < sizes[l]; j++) {
        const selected = this.selected && this.selected.layer === l && this.selected.index === j;
        for (let i = 0; i < sizes[l - 1]; i++) {
          links.push(svg`<line class="active" x1=${x(l - 1)} y1=${y(l - 1, i)} x2=${x(l)} y2=${y(l, j)}
            stroke-opacity=${selected ? 1 : 0.55} @click=${() => this.onLinkClick(l, j, i)}></line>`);
        }
      }
    }
    const pct = (v: number, total: number) => `${(v / total) * 100}%`;
    return html`
      <div class="diagram ${narrow ? 'narrow' : ''}" part="diagram" ${cssProps({ 'aspect-ratio': `${width} / ${height}`, '--cols': String(sizes.length), 'max-width': `${width * 1.35}px`, 'min-height': `${Math.round((height / ROW_H) * (this.driven ? ROW_MIN_PX_DRIVEN : ROW_MIN_PX))}px` })}>
        <svg class="links" viewBox="0 0 ${width} ${height}" preserveAspectRatio="none" aria-hidden="true">${links}</svg>
        ${this.heatmaps ? html`<canvas class="thumbs" aria-hidden="true"></canvas>` : nothing}
        ${sizes.map((n, layer) => html`
          <div class="col-head" ${cssProps({ left: pct(x(layer), width) })}>
            ${narrow ? html`<div title=${this.names.column(layer)}><span aria-hidden="true">${this.names.columnShort(layer)}</span><span class="visually-hidden">${this.names.column(layer)}</span></div>` : html`<div>${this.names.column(layer)}</div>`}
            ${layer > 0 && layer < sizes.length - 1 && !this.locked ? html`<div class="buttons">
              <button type="button" aria-label=${this.t.removeNeuron({ layer })} title=${this.t.removeNeuron({ layer })} ?disabled=${n <= 1} @click=${() => this.removeNeuron(layer)}>−</button>
              <button type="button" aria-label=${this.t.addNeuron({ layer })} title=${n >= this.neuronLimit ? this.t.maxNeurons({ count: this.neuronLimit }) : this.t.addNeuron({ layer })} ?disabled=${n >= this.neuronLimit} @click=${() => this.addNeuron(layer)}>+</button>
            </div>` : nothing}
          </div>
          ${Array.from({ length: n }, (_, index) => this.renderNode({ layer, index }, pct(x(layer), width), pct(y(layer, index), height)))}
          ${layer === 0 ? Array.from({ length: n }, (_, index) => html`<span class="in-label" ${cssProps({ left: pct(x(0), width), top: pct(y(0, index), height) })}>${labels[index] ?? ''}</span>`) : nothing}
        `)}
        ${this.renderWeightFields((l, i) => ({ left: pct(x(l), width), top: pct(y(l, i), height) }))}
      </div>`;
  }

  /**
   * The selected node's incoming weights as fields below the nodes they come from: w12 below
   * x₁ when the second node of hidden layer 1 is open, where the lesson says to find it.
   */
  private renderWeightFields(at: (layer: number, index: number) => { left: string; top: string }): TemplateResult | typeof nothing {
    const node = this.selected;
    if (!node || node.layer === 0 || this.driven) return nothing;
    const nIn = this.net.sizes[node.layer - 1];
    return html`${Array.from({ length: nIn }, (_, i) => html`<label class="wfield" ${cssProps(at(node.layer - 1, i))}>
      <span>w${i + 1}${node.index + 1}</span>
      ${this.paramField(`w:${node.layer}:${node.index}:${i}`, this.net.getWeight(node.layer, node.index, i))}
    </label>`)}`;
  }

  /** The input nodes' labels: the author's or the playground's, else x₁, x₂, x₃, … */
  private get labels(): string[] {
    const given = this.inputLabels;
    const n = this.net.sizes[0];
    const list = Array.isArray(given) ? given.map(String) : typeof given === 'string' && given.trim() ? given.split(',').map((s) => s.trim()) : [];
    const sub = (k: number) => String(k).replace(/\d/g, (d) => '₀₁₂₃₄₅₆₇₈₉'[Number(d)]);
    return Array.from({ length: n }, (_, i) => list[i] ?? `x${sub(i + 1)}`);
  }

  private renderNode(node: NodeRef, left: string, top: string): TemplateResult {
    const k = key(node);
    const computed = this.isComputed(node);
    const value = computed && this.result ? this.fmt(this.result.values[node.layer][node.index]) : null;
    const classes = ['node', node.layer === 0 ? 'input' : '', this.heatmaps ? 'heat' : '', this.calcChanged.has(k) ? 'calc-changed' : '', this.valueChanged.has(k) ? 'value-changed' : ''].join(' ');
    const selected = !!this.selected && key(this.selected) === k;
    const description = this.heatmaps ? '' : value === null ? this.t.notComputed : this.t.valueIs({ value });
    return html`<button type="button" part="node" class=${classes} ${cssProps({ left, top })}
        aria-label=${this.nameOf(node)} aria-pressed=${selected ? 'true' : 'false'} aria-describedby="d-${k.replace(':', '-')}"
        data-node=${k} @click=${() => this.onNodeClick(node)}>
      ${this.heatmaps ? nothing : html`<span class="val ${value === null ? "pending" : ""}" data-v=${value === null ? '?' : formatCompact(this.result!.values[node.layer][node.index], this.digits, this.locale)}></span>`}
      <span class="badge" aria-hidden="true">Δ</span>
      <span id="d-${k.replace(':', '-')}" hidden>${description}</span>
    </button>`;
  }

  private renderInspector(): TemplateResult | typeof nothing {
    const node = this.selected;
    const t = this.t;
    if (!node) return this.driven ? nothing : html`<div class="inspector" part="inspector"><p class="hint">${t.inspectorHint}</p></div>`;
    const name = this.nameOf(node);
    if (node.layer === 0) {
      return html`<section class="inspector" part="inspector" aria-label=${t.inspectorTitle}>
        <h3>${name}</h3>
        ${this.driven ? html`<p class="hint">${this.labels[node.index] ?? ''}</p>` : html`<div class="fields">
          <label>x${node.index + 1} =
            ${this.paramField(`i:${node.index}`, this.inputValues[node.index], t.inputField({ i: node.index + 1 }))}
          </label>
        </div>`}
        ${this.fieldError ? html`<p class="error" role="alert">${this.fieldError}</p>` : nothing}
      </section>`;
    }
    const nIn = this.net.sizes[node.layer - 1];
    const j = node.index + 1;
    const inputsKnown = !this.driven && !!this.result && (node.layer === 1 || this.isComputed({ layer: node.layer - 1, index: nIn - 1 }));
    const { symbolic, numeric, result } = formulaLines(this.net, this.result, node, (v) => formatNumber(v, this.digits, this.locale), inputsKnown, this.isComputed(node));
    const weights = Array.from({ length: nIn }, (_, i) => this.net.getWeight(node.layer, node.index, i));
    const bias = this.net.getBias(node.layer, node.index);
    return html`<section class="inspector" part="inspector" aria-label=${t.inspectorTitle}>
      <h3>${name}</h3>
      <p class="formula">${symbolic}</p>
      ${numeric ? html`<p class="formula">${numeric}</p>` : nothing}
      ${node.layer > 1 ? html`<p class="hint">${t.where} ${t.hiddenValues({ layer: node.layer - 1 })}</p>` : nothing}
      ${result ? html`<p class="formula" role="status">${result}</p>` : !this.driven ? html`<p class="hint">${t.computeHint}</p>` : nothing}
      <div class="fields">
        ${weights.map((w, i) => html`<label>w${i + 1}${j} =
          ${this.paramField(`w:${node.layer}:${node.index}:${i}`, w, this.names.param({ kind: 'weight', layer: node.layer, from: i, to: node.index }))}</label>`)}
        <label>b =
          ${this.paramField(`b:${node.layer}:${node.index}`, bias, this.names.param({ kind: 'bias', layer: node.layer, index: node.index }))}</label>
      </div>
      ${this.fieldError ? html`<p class="error" role="alert">${this.fieldError}</p>` : nothing}
    </section>`;
  }
}
