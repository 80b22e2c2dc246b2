import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { HeatmapGrid } from '../../core/heatmap.js';
import { isNetwork, type Network, type NodeRef } from '../../core/network.js';
import { squaredError } from '../../core/regularization.js';
import { emit, type NnBackwardDetail, type NnUpdateDetail } from '../../events.js';
import { numberish, parseNumberAttr } from '../shared/attributes/parse.js';
import { NnElement } from '../shared/nn-element.js';
import { PaletteTables, readPalette } from '../shared/painters/palette.js';
import { nearViewport } from '../shared/first-render.js';
import { themeStyles } from '../shared/styles.js';
import { BackwardSlot } from './backward-slot.js';
import { diagramView, type InputChoice } from './diagram.view.js';
import { askOwner } from './edit-request.js';
import { inputLabels } from './graph-config.js';
import { ForwardPass } from './forward-pass.js';
import { GraphModel, type GraphEdit, type GraphState } from './graph-model.js';
import { InspectorSlot } from './inspector-slot.js';
import { changesView, toolbarView } from './toolbar.view.js';
import { LivePicture } from './live-picture.js';
import { NamesCache, type GraphNames } from './names.js';
import { GraphHover } from './hover.js';
import { NodeSelection } from './selection.js';
import { StandaloneGraph } from './standalone.js';
import { graphStyles } from './nn-graph.styles.js';
import { GRAPH_STRINGS } from './strings.js';

export type { GraphState } from './graph-model.js';

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
 * @fires nn-backward - A backward pass completed (`target` set). Detail: `{ loss, target, output, deltas, weights, biases }`, as `gradients`.
 * @fires nn-update - The learner applied the update. Detail: `{ lossBefore, lossAfter, learningRate }`.
 *
 * @csspart toolbar - The row of Play, Step, Reset and the layer buttons.
 * @csspart diagram - The network diagram.
 * @csspart node - Every node button.
 * @csspart backward - The backward pass's controls and loss line (with `target`).
 * @csspart link-card - In a playground, the card a hovered link opens with its weight's field.
 * @csspart inspector - The panel with the selected node's calculation and fields.
 * @csspart changes - The sentence that says what the last edit changed.
 * @csspart problems - The message listing invalid attributes.
 *
 * @cssproperty --nn-positive - Colour of positive weights and outputs (default #0877bd; #6fb5ef in the dark theme).
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
  protected static override readPalette = readPalette;
  protected static override renderGate = nearViewport;
  static override styles = [themeStyles, graphStyles];
  static override properties: PropertyDeclarations = {
    inputs: {}, layers: {}, activation: {}, outputActivation: { attribute: 'output-activation' }, seed: {},
    biasInit: { attribute: 'bias-init' }, maxLayers: { attribute: 'max-layers', converter: numberish },
    maxNeurons: { attribute: 'max-neurons', converter: numberish }, decimals: { converter: numberish },
    persistKey: { attribute: 'persist-key' }, locked: { type: Boolean, reflect: true },
    heatmaps: { attribute: false }, deadLinks: { attribute: false }, discretize: { type: Boolean }, inputLabels: { attribute: 'input-labels' }, inputChoices: { attribute: false }, flowing: { type: Boolean, reflect: true },
    target: {}, learningRate: { attribute: 'learning-rate' },
    // Reactive state, not an attribute:
    changeText: { state: true },
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
  /** Thresholds the node heatmaps at 0 (two colours), as the playground's "Discretize output" does its plot. Set by `<nn-playground>`. */
  discretize = false;
  /**
   * Labels of the input nodes, shown beside them: comma-separated or an array. By default
   * x₁, x₂, x₃, …, the names the lesson text uses (the playground sets its feature names).
   */
  inputLabels: string | string[] | null = null;
  /**
   * Every input a learner may feed in, in the order shown, set by `<nn-playground>`: the input
   * column shows them all, those `on` being the network's inputs, the others dimmed, and each
   * node is a toggle (`aria-pressed`; `disabled` when locked) that asks the owner to switch it.
   */
  inputChoices: readonly InputChoice[] | null = null;
  /** Set by `<nn-playground>` while it trains: dashes flow along the links from the inputs to the output, as in TensorFlow Playground (still under reduced motion). */
  flowing = false;
  /**
   * The desired output t for the current inputs. Setting it shows the backward pass (loaded
   * on demand): Backward pass, Step back, Apply the update, each node's δ, the gradients on
   * the links and in the inspector, for the loss ½(y − t)². Removing it takes them away.
   * Ignored in a playground.
   */
  target: string | number | null = null;
  /** How far "Apply the update" moves each weight and bias: −learning-rate × its gradient (0 to 10). */
  learningRate: string | number | null = 0.1;

  private changeText = '';
  protected readonly defaultStrings = GRAPH_STRINGS;
  /** The network, its inputs, the forward pass as far as shown and the edit marks. */
  private model!: GraphModel;
  /**
   * Picturing a network given through `network` (a playground's): no Play or Step, heatmaps
   * instead of values, and edits sent up as requests to whoever owns that network.
   */
  private driven = false;
  private readonly pass = new ForwardPass(this, { model: () => this.model, shown: () => this.requestUpdate(), done: () => this.finishForward() });
  private readonly sel = new NodeSelection(this, () => this.model);
  private readonly hover = new GraphHover(this, () => this.driven);
  private readonly alone = new StandaloneGraph(this, this.problems, (state) => (this.state = state));
  private digits = 2;
  private readonly colours = new PaletteTables();
  private readonly picture = new LivePicture(this, this.colours, () => this.back.active?.links() ?? this.model.net, () => this.names);
  private readonly inspector = new InspectorSlot(this, {
    locale: () => this.locale,
    digits: () => this.digits,
    strings: () => this.t,
    valueOf: (param) => this.model.valueOf(param),
    edit: (param, value) => this.edit({ kind: 'parameter', param, value }),
    error: (message) => (this.sel.error(message), message && this.announce(message)),
  });
  private inspectorShown = 0;
  private readonly namesCache = new NamesCache();
  private readonly back = new BackwardSlot({
    host: this, model: () => this.model, t: () => this.t, names: () => this.names, announce: (s) => this.announce(s), changed: () => this.requestUpdate(), labels: () => inputLabels(this.inputLabels, this.model.net.sizes[0]),
    fmt: (v) => this.num(v, Math.max(3, this.digits)), // gradients are small: 0.004 must not read as 0.00
    updated: () => (this.clearChanges(), this.alone.save()), begun: () => this.clearChanges(),
  }, this.problems);

  /** The core network shown (assigning one lets another element, such as a playground, drive the graph). */
  get network(): Network {
    this.ensureModel();
    return this.model.net;
  }

  set network(net: Network) {
    if (!isNetwork(net)) throw new TypeError('nn-graph network must be a Network from nn-elements/core');
    this.driven = true;
    this.picture.drive();
    this.model = GraphModel.picture(net);
    this.afterRebuild();
  }

  /** The last complete forward pass, by layer (layer 0 the inputs), or null before one. */
  get values(): number[][] | null { return this.model?.values ?? null; }

  /** A JSON-serializable snapshot: inputs, structure, weights, biases, activations. Setting it restores (a bad snapshot throws a clear error and changes nothing). */
  get state(): GraphState {
    this.ensureModel();
    return this.model.state;
  }

  set state(value: GraphState) {
    this.ensureModel();
    this.alone.restore(value, this.model);
    this.afterRebuild();
  }

  /** The loss ½(y − t)² of the current inputs for `target` (a goal variable of `<nn-quiz-task for>`), or null without a target. */
  get loss(): number | null {
    const t = this.driven ? null : this.back.target;
    return t === null ? null : squaredError.value(this.model.net.forward(this.model.inputs).values[this.model.net.sizes.length - 1][0], t);
  }

  /** After a complete backward pass: the loss ½(y − t)², each node's δ (indexed like `values`) and each gradient (the shapes of `state.network`); else null. */
  get gradients(): NnBackwardDetail | null { return this.back.active?.detail ?? null; }

  /** Runs the backward pass as its button does (a forward pass first); resolves with `gradients` when complete, or null without a `target`. */
  async backward(): Promise<NnBackwardDetail | null> { return (await this.back.get())?.run() ?? null; }

  /** Moves every weight and bias by −learning-rate × its gradient (after a backward pass, run at once if none is complete) and recomputes; resolves with `nn-update`'s detail, or null without a `target`. */
  async applyUpdate(): Promise<NnUpdateDetail | null> { return (await this.back.get())?.apply() ?? null; }

  /** Adds a hidden layer of one neuron before the output, as the seed's Task 2 does. */
  addLayer(): void { this.edit({ kind: 'add-layer' }); }
  /** Removes the last hidden layer. */
  removeLayer(): void { this.edit({ kind: 'remove-layer' }); }
  /** Adds a neuron to hidden layer `layer` (1-based, as the learner reads it). */
  addNeuron(layer: number): void { this.edit({ kind: 'add-neuron', layer }); }
  /** Removes the last neuron of hidden layer `layer`. */
  removeNeuron(layer: number): void { this.edit({ kind: 'remove-neuron', layer }); }

  /** Plays the forward pass layer by layer (all at once when the learner prefers reduced motion). */
  play(): void {
    this.ensureModel(); // a host may call it before the first render (its own task)
    this.pass.cancel();
    if (this.driven) return;
    this.back.pass?.clear();
    this.clearChanges();
    this.pass.play();
  }

  /** Computes the next node (>|) and opens its calculation. */
  step(): void {
    this.ensureModel();
    this.pass.cancel();
    if (this.driven) return;
    this.back.pass?.clear();
    const node = this.pass.step();
    this.sel.select(node, false);
    this.announce(this.t.computedNode({ name: this.nameOf(node), value: this.fmt(this.model.result!.values[node.layer][node.index]) }));
  }

  /** Clears the computed values; weights, biases and inputs stay. */
  reset(): void {
    this.ensureModel();
    this.pass.reset();
    this.back.pass?.clear();
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
    this.alone.rebuild();
    this.afterRebuild();
    this.alone.save();
    this.announce(this.t.restarted);
    emit(this, 'nn-network-change', { kind: 'restart', layer: 0, calculationsChanged: [], valuesChanged: [] });
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
    this.picture.redraw(throttleMs, now);
    if (this.sel.node && now - this.inspectorShown > 250) {
      this.inspectorShown = now;
      this.requestUpdate();
    }
  }

  /** Redraws the node heatmaps from `heatmaps` without a full render (one canvas under the nodes; only changed pictures). */
  drawHeatmaps(): void { this.picture.paintThumbs(); }

  /** The accessible name of a node, as its button reads. */
  nameOf(node: NodeRef): string { return this.names.node(node); }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('decimals') || !this.hasUpdated) {
      this.problems.clear(['decimals']);
      this.digits = parseNumberAttr(this.problems, 'decimals', this.decimals, 2, 0, 6, true);
    }
    if (changed.has('maxLayers') || changed.has('maxNeurons')) this.alone.limits();
    if (changed.has('target') || changed.has('learningRate') || !this.hasUpdated) this.back.read(this.target, this.learningRate, !this.driven);
    this.ensureModel(); // in the first update's own task, not in the upgrade of every element at once
    if (this.driven) return;
    this.alone.sync(!this.hasUpdated || changed.has('persistKey'));
    this.model.forward();
  }

  protected override firstUpdated(changed: PropertyValues): void { super.firstUpdated(changed); this.colours.update(this.themer.palette); this.inspector.prefetch(); }

  protected override onThemeChange(): void {
    this.colours.update(this.themer.palette);
    this.picture.recolour();
  }

  /** A standalone graph builds its network from the attributes when they changed (not when the learner edited it). */
  private ensureModel(): void {
    if (this.driven || !this.alone.ensure()) return;
    this.model = this.alone.model!;
    this.afterRebuild();
  }

  private afterRebuild(): void {
    this.pass.cancel();
    this.back.pass?.clear();
    this.hover.keep(this.model.net.sizes);
    this.sel.node = null;
    this.changeText = '';
    this.requestUpdate();
  }

  /**
   * A learner's edit. Standing alone, the graph applies it to its model. Picturing another
   * element's network, it asks that element first (GRAPH_EDIT); one that takes the request
   * applies it and hands a new picture down, so the edit makes one trip. Nobody took it (a
   * host that only set `network`): the graph edits the given network itself, as it always did.
   */
  private edit(edit: GraphEdit): void {
    this.ensureModel();
    if (edit.kind !== 'parameter' && this.locked) return;
    const taken = this.driven && askOwner(this, edit);
    const detail = taken ? null : this.model.apply(edit);
    if (detail) {
      this.back.pass?.clear();
      this.changeText = this.names.changes(this.model.marks.calc, this.model.marks.value, this.model.computed > 0);
      if (!this.driven) this.alone.save();
      emit(this, 'nn-network-change', detail);
      this.sel.keep();
      this.requestUpdate();
    }
    if (edit.kind === 'parameter' && (taken || detail)) this.announce(this.t.applied({ name: this.names.param(edit.param), value: this.fmt(edit.value) }));
    else if (detail) this.announce(this.changeText);
    else if (taken) this.announce(this.t.hiddenLayerCount({ count: this.model.net.sizes.length - 2 }));
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

  private fmt(v: number): string { return this.num(v, this.digits); }

  /** Names of nodes, columns and parameters in the element's language. */
  private get names(): GraphNames { return this.namesCache.get(this.t, this.model.net); }

  /** The views' callbacks, bound once. */
  private readonly actions = {
    fmt: (v: number) => this.fmt(v), onNode: (node: NodeRef) => this.sel.toggle(node), onLink: (l: number, to: number, from: number) => this.sel.openLink(l, to, from),
    onAddNeuron: (layer: number) => this.addNeuron(layer), onRemoveNeuron: (layer: number) => this.removeNeuron(layer),
    play: () => this.play(), step: () => this.step(), reset: () => this.reset(), restart: () => this.restart(),
    addLayer: () => this.addLayer(), removeLayer: () => this.removeLayer(), onInput: (choice: number, on: boolean) => askOwner(this, { kind: 'input', choice, on }),
  };

  protected override render(): TemplateResult {
    const t = this.t;
    const m = this.model;
    const labels = inputLabels(this.inputLabels, m.net.sizes[0]);
    const common = { host: this, model: m, t, names: this.names, labels, driven: this.driven, selected: this.sel.node, digits: this.digits, locale: this.locale, field: this.inspector.field };
    const back = this.back.active;
    const view = { ...common, ...this.actions, back, hover: this.driven ? this.hover.actions : null, card: this.hover.card, narrow: this.picture.narrow, heat: !!this.heatmaps, locked: this.locked, neuronLimit: m.limits.neurons, inputChoices: this.inputChoices };
    this.picture.rendering(view);
    return html`
      ${this.renderProblems()}
      ${toolbarView({ ...this.actions, t, driven: this.driven, locked: this.locked, hidden: m.net.sizes.length - 2, layerLimit: m.limits.layers })}
      ${back?.controls() ?? nothing}
      <div class="scroll">${diagramView(view)}</div>
      ${this.driven ? nothing : changesView(t, this.changeText)}
      ${this.inspector.view({ ...common, fieldError: this.sel.fieldError, backward: back && this.sel.node ? back.inspector(this.sel.node) : nothing })}
      ${this.renderLiveRegion()}
    `;
  }
}
