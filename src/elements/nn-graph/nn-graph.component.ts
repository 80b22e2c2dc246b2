import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { HeatmapGrid } from '../../core/heatmap.js';
import { Network, type NodeRef, type ParamRef } from '../../core/network.js';
import { createRandom } from '../../core/random.js';
import { emit } from '../../events.js';
import { numberish, parseNumberAttr, parseTextAttr } from '../shared/attributes/parse.js';
import { PersistenceController, fingerprint } from '../shared/controllers/persistence.js';
import { ResizeController } from '../shared/controllers/resize.js';
import { StepTimerController } from '../shared/controllers/step-timer.js';
import { formatNumber, parseLocaleNumber } from '../shared/i18n/numbers.js';
import { stepIcon } from '../shared/icons.js';
import { NnElement } from '../shared/nn-element.js';
import { PaletteTables } from '../shared/painters/palette.js';
import { themeStyles } from '../shared/styles.js';
import { diagramView, layoutKey, narrowAt } from './diagram.view.js';
import { GRAPH_EDIT, type GraphEditRequest } from './edit-request.js';
import { buildGraphNetwork, graphConfigKey, inputLabels, readLimits } from './graph-config.js';
import { GraphModel, readParam, type GraphEdit, type GraphState } from './graph-model.js';
import { inspectorView, paramField } from './inspector.view.js';
import { LinkPainter } from './link-painter.js';
import { GraphNames } from './names.js';
import { NodeThumbs } from './node-thumbs.js';
import { graphStyles } from './nn-graph.styles.js';
import { GRAPH_STRINGS } from './strings.js';

export type { GraphState } from './graph-model.js';

const STEP_MS = 450;
/** While training, the most links restyled in one call of redraw (see there). */
const LINK_WRITES = 96;

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
  static override properties: PropertyDeclarations = {
    inputs: {},
    layers: {},
    activation: {},
    outputActivation: { attribute: 'output-activation' },
    seed: {},
    biasInit: { attribute: 'bias-init' },
    maxLayers: { attribute: 'max-layers', converter: numberish },
    maxNeurons: { attribute: 'max-neurons', converter: numberish },
    decimals: { converter: numberish },
    persistKey: { attribute: 'persist-key' },
    locked: { type: Boolean, reflect: true },
    heatmaps: { attribute: false },
    deadLinks: { attribute: false },
    inputLabels: { attribute: 'input-labels' },
    selected: { state: true },
    changeText: { state: true },
    fieldError: { state: true },
  };
  protected static override upgradeProperties = ['state', 'network'];

  /** Input values, comma-separated or an array; their count (1 to 10) is the number of input nodes. */
  inputs: string | number[] | null = '0,0,0';
  /** Hidden layer sizes, comma-separated or an array; "" for none. */
  layers: string | number[] | null = '4';
  /** Activation of the hidden nodes, and of the output unless `output-activation` is set: relu, tanh, sigmoid, linear. */
  activation: string | null = 'relu';
  /** Activation of the output node; defaults to `activation`. */
  outputActivation: string | null = '';
  /** Seed of the starting weights and biases: the same seed shows every learner the same network. */
  seed: string | number | null = '1';
  /**
   * How biases start: random (default; drawn from the seed, some negative, so that ReLU(b) can
   * be 0), constant (0.1, as TensorFlow Playground) or zero.
   */
  biasInit: string | null = 'random';
  /** Most hidden layers a learner may have (1 to 10). */
  maxLayers: number | null = 6;
  /** Most neurons per hidden layer (1 to 12). */
  maxNeurons: number | null = 8;
  /** Decimals shown for values, weights and biases (0 to 6). */
  decimals: number | null = 2;
  /**
   * Keeps the learner's network (weights, biases, layers, inputs) in this browser's storage
   * under this key, and brings it back on the next visit, as `<nn-quiz-task>` does with
   * answers. Stored per set of attributes: a lesson whose graph changed starts afresh.
   */
  persistKey: string | null = '';
  /** Forbids adding or removing layers and neurons. */
  locked = false;
  /**
   * Every node's output over a grid, drawn inside the nodes instead of their values: set by
   * `<nn-playground>`; leave unset for a standalone graph.
   */
  heatmaps: HeatmapGrid | null = null;
  /** Links that training set to zero for good (L1), per weight layer: drawn dashed. Set by `<nn-playground>`. */
  deadLinks: readonly Uint8Array[] | null = null;
  /**
   * Labels of the input nodes, shown beside them: comma-separated or an array. By default
   * x₁, x₂, x₃, …, the names the lesson text uses (the playground sets its feature names).
   */
  inputLabels: string | string[] | null = null;

  private selected: NodeRef | null = null;
  private changeText = '';
  private fieldError = '';

  protected readonly defaultStrings = GRAPH_STRINGS;
  /** The network, its inputs, the forward pass as far as shown and the edit marks. */
  private model!: GraphModel;
  /**
   * Picturing a network given through `network` (a playground's): no Play or Step, heatmaps
   * instead of values, and edits sent up as requests to whoever owns that network.
   */
  private driven = false;
  private timer = new StepTimerController(this);
  private storage = new PersistenceController(this, 'nn-graph:');
  /** Set by the host through `state`: what the host gave wins over what was stored. */
  private touched = false;
  private restoring = false;
  private digits = 2;
  private configKey = '';
  private storageScope = '';
  private readonly colours = new PaletteTables();
  private readonly links = new LinkPainter();
  private readonly thumbs = new NodeThumbs(this, this.colours);
  /** The diagram's width in CSS pixels, from its ResizeObserver (0 before the first layout). */
  private diagramWidth = 0;
  private readonly resize = new ResizeController(this, (entries) => this.onResize(entries));
  /** The diagram's shape as last rendered, and as last measured for links and pictures. */
  private renderedLayout = '';
  private measuredLayout = '';
  private inspectorShown = 0;
  private thumbnailsShown = -Infinity;
  private namesCache: { t: GraphNames['t']; net: Network; names: GraphNames } | null = null;

  /** The core network shown (assigning one lets another element, such as a playground, drive the graph). */
  get network(): Network {
    this.ensureModel();
    return this.model.net;
  }

  set network(net: Network) {
    if (!(net instanceof Network)) throw new TypeError('nn-graph network must be a Network from nn-elements/core');
    this.driven = true;
    if (this.model) this.model.replace(net, new Array(net.sizes[0]).fill(0));
    else this.model = new GraphModel(net, new Array(net.sizes[0]).fill(0), createRandom('1'));
    this.model.explorable = false;
    this.selected = null;
    this.changeText = '';
    this.requestUpdate();
  }

  /** The last complete forward pass, by layer (layer 0 the inputs), or null before one. */
  get values(): number[][] | null {
    return this.model?.values ?? null;
  }

  /** A JSON-serializable snapshot: inputs, structure, weights, biases, activations. Setting it restores (a bad snapshot throws a clear error and changes nothing). */
  get state(): GraphState {
    this.ensureModel();
    return this.model.state;
  }

  set state(value: GraphState) {
    this.ensureModel();
    const { net, inputs } = GraphModel.read(value, this.limits());
    this.configKey = this.currentConfigKey();
    if (!this.restoring) this.touched = true;
    this.timer.cancel();
    this.model.replace(net, inputs);
    this.selected = null;
    this.changeText = '';
    this.requestUpdate();
  }

  /** Adds a hidden layer of one neuron before the output, as the seed's Task 2 does. */
  addLayer(): void {
    this.edit({ kind: 'add-layer' });
  }

  /** Removes the last hidden layer. */
  removeLayer(): void {
    this.edit({ kind: 'remove-layer' });
  }

  /** Adds a neuron to hidden layer `layer` (1-based, as the learner reads it). */
  addNeuron(layer: number): void {
    this.edit({ kind: 'add-neuron', layer });
  }

  /** Removes the last neuron of hidden layer `layer`. */
  removeNeuron(layer: number): void {
    this.edit({ kind: 'remove-neuron', layer });
  }

  /** Plays the forward pass layer by layer (all at once when the learner prefers reduced motion). */
  play(): void {
    this.timer.cancel();
    if (this.driven) return;
    this.clearChanges();
    const reduced = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (reduced) {
      this.model.computed = this.model.totalNodes;
      this.finishForward();
      return;
    }
    this.model.computed = 0;
    const beat = () => {
      if (this.model.computeNextLayer()) this.finishForward();
      else this.timer.schedule(beat, STEP_MS);
      this.requestUpdate();
    };
    this.timer.schedule(beat, 60);
  }

  /** Computes the next node (>|) and opens its calculation. */
  step(): void {
    this.timer.cancel();
    if (this.driven) return;
    const node = this.model.computeNextNode();
    this.select(node, false);
    this.announce(this.t.computedNode({ name: this.nameOf(node), value: this.fmt(this.model.result!.values[node.layer][node.index]) }));
    if (this.model.complete) this.finishForward();
    this.requestUpdate();
  }

  /** Clears the computed values; weights, biases and inputs stay. */
  reset(): void {
    this.timer.cancel();
    this.model.computed = 0;
    this.clearChanges();
    this.announce('');
  }

  /**
   * Back to the network the attributes describe: the starting weights, biases, layers and
   * inputs, as on the first visit (what persist-key stored is replaced). ↺ Reset only clears
   * the computed values.
   */
  restart(): void {
    if (this.driven) return;
    this.configKey = '';
    this.ensureModel();
    this.storageScope = this.configKey;
    this.persist();
    this.announce(this.t.restarted);
    emit(this, 'nn-network-change', { kind: 'restart', layer: 0, calculationsChanged: [], valuesChanged: [] });
    this.requestUpdate();
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
    const net = this.model.net;
    if (throttleMs === 0) this.links.paint(net, this.deadLinks, Infinity, true);
    else if (this.links.sweeping) this.links.paint(net, this.deadLinks, LINK_WRITES, false);
    else if (due) this.links.paint(net, this.deadLinks, LINK_WRITES, true);
    if (due) {
      this.thumbnailsShown = now;
      this.drawHeatmaps();
    }
    if (this.selected && now - this.inspectorShown > 250) {
      this.inspectorShown = now;
      this.requestUpdate();
    }
  }

  /**
   * Redraws the node heatmaps from `heatmaps` without a full render. All of them go on one
   * canvas under the nodes; only nodes whose picture changed are redrawn.
   */
  drawHeatmaps(): void {
    const grid = this.heatmaps;
    const canvas = this.renderRoot?.querySelector<HTMLCanvasElement>('canvas.thumbs');
    if (grid && canvas) this.thumbs.paint(grid, canvas, this.nodeButtons);
  }

  /** The accessible name of a node, as its button reads. */
  nameOf(node: NodeRef): string {
    return this.names.node(node);
  }

  // ----- lifecycle -----------------------------------------------------------------------

  protected override onConnect(): void {
    this.ensureModel();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('decimals') || !this.hasUpdated) {
      this.problems.clear(['decimals']);
      this.digits = parseNumberAttr(this.problems, 'decimals', this.decimals, 2, 0, 6, true);
    }
    if (changed.has('maxLayers') || changed.has('maxNeurons')) this.limits();
    this.ensureModel();
    if (this.driven) return;
    if (!this.hasUpdated || changed.has('persistKey') || this.storageScope !== this.configKey) this.updateStorageKey();
    this.model.forward();
  }

  protected override firstUpdated(): void {
    this.colours.update(this.themer.read());
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // A new layout (shape, narrow mode, heatmaps on or off) has new lines and node positions:
    // look them up again. Any other update (the inspector, 4 times a second while training
    // with a node open) keeps them, and repaints only links and pictures that changed.
    if (this.renderedLayout !== this.measuredLayout) {
      this.measuredLayout = this.renderedLayout;
      this.links.attach([...this.renderRoot.querySelectorAll<SVGLineElement>('line.active')]);
      this.thumbs.invalidate();
    }
    this.links.paint(this.model.net, this.deadLinks);
    this.resize.observe(this.renderRoot.querySelector('.diagram'));
    this.drawHeatmaps();
  }

  protected override onThemeChange(): void {
    this.colours.update(this.themer.read());
    // Every thumbnail is painted again with the new colours.
    this.thumbs.invalidate();
    this.drawHeatmaps();
  }

  protected override onDisconnect(): void {
    this.thumbs.stop();
  }

  /** The pictures follow a new size; a new width renders again only when it changes the column mode. */
  private onResize(entries: readonly ResizeObserverEntry[]): boolean {
    this.thumbs.invalidate();
    this.drawHeatmaps();
    const w = entries[entries.length - 1]?.contentRect.width ?? 0;
    const before = this.diagramWidth;
    this.diagramWidth = w;
    return before === 0 || this.narrow(w) !== this.narrow(before);
  }

  private narrow(width: number): boolean {
    return narrowAt(width, this.model.net.sizes, this.names);
  }

  // ----- building from attributes and storage ---------------------------------------------

  private limits(): { layers: number; neurons: number } {
    const limits = readLimits(this.problems, this.maxLayers, this.maxNeurons);
    if (this.model) this.model.limits = limits;
    return limits;
  }

  private currentConfigKey(): string {
    return graphConfigKey(this);
  }

  /** Builds the network from the attributes when they changed (not when the learner edited it). */
  private ensureModel(): void {
    if (this.driven) return;
    const k = this.currentConfigKey();
    if (this.model && k === this.configKey) return;
    this.configKey = k;
    const limits = this.limits();
    const { net, inputs, random } = buildGraphNetwork(this, this.problems, limits);
    if (this.model) this.model.replace(net, inputs, random);
    else this.model = new GraphModel(net, inputs, random);
    this.model.limits = limits;
    this.timer.cancel();
    this.selected = null;
    this.changeText = '';
  }

  /** Re-keys storage from persist-key and the attributes; a new key brings back what it stored. */
  private updateStorageKey(): void {
    this.problems.clear(['persist-key']);
    const key = parseTextAttr(this.problems, 'persist-key', this.persistKey);
    this.storageScope = this.configKey;
    if (!this.storage.setKey(key, fingerprint(this.configKey)) || this.touched) return;
    this.restoring = true;
    this.storage.restore('network', (value) => (this.state = value as GraphState));
    this.restoring = false;
  }

  private persist(): void {
    this.storage.save(this.state);
  }

  // ----- edits ---------------------------------------------------------------------------

  /**
   * A learner's edit. Standing alone, the graph applies it to its model. Picturing another
   * element's network, it asks that element first (GRAPH_EDIT); one that takes the request
   * applies it and hands a new picture down, so the edit makes one trip. Nobody took it (a
   * host that only set `network`): the graph edits the given network itself, as it always did.
   */
  private edit(edit: GraphEdit): void {
    if (edit.kind !== 'parameter' && this.locked) return;
    if (this.driven) {
      const request: GraphEditRequest = new CustomEvent(GRAPH_EDIT, { detail: edit, bubbles: true, composed: false, cancelable: true });
      if (!this.dispatchEvent(request)) {
        if (edit.kind === 'parameter') this.announce(this.t.applied({ name: this.names.param(edit.param), value: this.fmt(edit.value) }));
        return;
      }
    }
    const detail = this.model.apply(edit);
    if (!detail) return;
    this.changeText = this.names.changes(this.model.marks.calc, this.model.marks.value, this.model.computed > 0);
    if (!this.driven) this.persist();
    emit(this, 'nn-network-change', detail);
    if (edit.kind === 'parameter') {
      this.announce(this.t.applied({ name: this.names.param(edit.param), value: this.fmt(edit.value) }));
    } else {
      const s = this.selected;
      if (s && (s.layer >= this.model.net.sizes.length || s.index >= this.model.net.sizes[s.layer])) this.selected = null;
      this.announce(this.changeText);
    }
    this.requestUpdate();
  }

  private finishForward(): void {
    const values = this.values!;
    const output = values[values.length - 1][0];
    this.announce(this.t.forwardDone({ value: this.fmt(output) }));
    emit(this, 'nn-forward', { values, output });
  }

  /** Clears the marks; the model is not reactive, so every change to it asks for an update. */
  private clearChanges(): void {
    this.model.clearChanges();
    this.changeText = '';
    this.requestUpdate();
  }

  // ----- names and formatting ------------------------------------------------------------

  private fmt(v: number): string {
    return this.num(v, this.digits);
  }

  /** Plain text to edit: no bidi isolation marks, an ASCII minus (the parser takes both). */
  private fmtField(v: number): string {
    return formatNumber(v, this.digits, this.locale).replace('−', '-');
  }

  /**
   * Names of nodes, columns and parameters. Kept while the strings and the network stay the
   * same (GraphNames reads the live layer sizes): render asks for a name per node, every frame
   * in a playground.
   */
  private get names(): GraphNames {
    const t = this.t;
    const net = this.model.net;
    if (!this.namesCache || this.namesCache.t !== t || this.namesCache.net !== net) this.namesCache = { t, net, names: new GraphNames(t, net.sizes) };
    return this.namesCache.names;
  }

  // ----- selection and fields ------------------------------------------------------------

  private select(node: NodeRef, emitEvent = true): void {
    this.selected = node;
    this.fieldError = '';
    if (emitEvent) {
      const m = this.model;
      emit(this, 'nn-node-select', { ...node, trace: m.result && !this.driven ? m.net.trace(m.result, node) : null });
    }
  }

  private readonly onNode = (node: NodeRef): void => {
    const s = this.selected;
    if (s && s.layer === node.layer && s.index === node.index) this.selected = null;
    else this.select(node);
  };

  private readonly onLink = (layer: number, to: number, from: number): void => {
    this.select({ layer, index: to });
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>(`input[data-param="w:${layer}:${to}:${from}"]`)?.focus());
  };

  private readonly onFieldKey = (e: KeyboardEvent): void => {
    const input = e.target as HTMLInputElement;
    if (e.key === 'Enter') {
      e.preventDefault();
      this.applyField(input);
    } else if (e.key === 'Escape') {
      input.value = input.defaultValue;
      this.fieldError = '';
    }
  };

  private readonly onFieldChange = (e: Event): void => this.applyField(e.target as HTMLInputElement);

  private readonly field = (param: string, value: number, label?: string): TemplateResult => paramField(param, this.fmtField(value), label, this.onFieldKey, this.onFieldChange);

  private applyField(input: HTMLInputElement): void {
    const parsed = parseLocaleNumber(input.value, this.locale);
    if (!('value' in parsed)) {
      this.fieldError = parsed.error === 'wrong-separator' ? this.t.wrongSeparator({ text: input.value, separator: parsed.separator }) : this.t.invalidNumber({ text: input.value });
      input.setAttribute('aria-invalid', 'true');
      this.announce(this.fieldError);
      return;
    }
    input.removeAttribute('aria-invalid');
    this.fieldError = '';
    const param: ParamRef = readParam(input.dataset.param!);
    const unchanged = this.model.valueOf(param) === parsed.value;
    if (!unchanged) this.edit({ kind: 'parameter', param, value: parsed.value });
    input.value = this.fmtField(parsed.value);
    if (!unchanged) input.defaultValue = input.value;
  }

  private readonly nodeButtons = (): HTMLElement[] => [...this.renderRoot.querySelectorAll<HTMLElement>('.diagram > .node')];

  // ----- rendering -----------------------------------------------------------------------

  protected override render(): TemplateResult {
    const t = this.t;
    const m = this.model;
    const hidden = m.net.sizes.length - 2;
    const labels = inputLabels(this.inputLabels, m.net.sizes[0]);
    const common = { model: m, t, names: this.names, labels, driven: this.driven, selected: this.selected, digits: this.digits, locale: this.locale, field: this.field };
    const view = {
      ...common, narrow: this.diagramWidth > 0 && this.narrow(this.diagramWidth), heat: !!this.heatmaps, locked: this.locked, neuronLimit: m.limits.neurons,
      fmt: (v: number) => this.fmt(v), onNode: this.onNode, onLink: this.onLink, onAddNeuron: (l: number) => this.addNeuron(l), onRemoveNeuron: (l: number) => this.removeNeuron(l),
    };
    this.renderedLayout = layoutKey(view);
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
          <button type="button" aria-label=${t.addLayer} title=${hidden >= m.limits.layers ? t.maxLayers({ count: m.limits.layers }) : t.addLayer} ?disabled=${hidden >= m.limits.layers} @click=${() => this.addLayer()}>+</button>
          <span class="layer-count">${t.hiddenLayerCount({ count: hidden })}</span>`}
      </div>
      <div class="scroll">${diagramView(view)}</div>
      ${this.driven ? nothing : html`<div class="change-area">${this.changeText ? html`
        <div class="legend" aria-hidden="true"><span class="calc">${t.legendCalc}</span><span class="value">${t.legendValue}</span></div>
        <p class="changes" part="changes">${this.changeText}</p>` : nothing}</div>`}
      ${inspectorView({ ...common, fieldError: this.fieldError })}
      ${this.renderLiveRegion()}
    `;
  }
}
