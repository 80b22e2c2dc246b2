import { html, nothing, svg, type TemplateResult } from 'lit';
import type { NodeRef } from '../../core/network.js';
import { cssProps } from '../shared/css-props.js';
import { formatCompact } from '../shared/i18n/numbers.js';
import { nodeKey, type GraphModel } from './graph-model.js';
import type { CardLink, GraphHover } from './hover.js';
import { ROW_H, layoutDiagram } from './layout.js';
import { weightName, type GraphNames, type GraphStrings } from './names.js';

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

/** An input a playground lets the learner switch on the input nodes (see NnGraph.inputChoices). */
export interface InputChoice {
  label: string;
  /** Fed in: one of the network's inputs, in the order of the `on` choices. */
  on: boolean;
  /** Locked: shown, not switchable. */
  disabled?: boolean;
}

/**
 * What the diagram shows, and where the learner's input goes.
 * @internal
 */
export interface DiagramView {
  model: GraphModel;
  t: GraphStrings;
  names: GraphNames;
  labels: readonly string[];
  /** Short headings and stacked −/+ (see narrowAt). */
  narrow: boolean;
  /** Pictures a playground's network: heatmaps instead of values, no weight fields. */
  driven: boolean;
  heat: boolean;
  locked: boolean;
  neuronLimit: number;
  /** A playground's graph: what hovering a node or a link does (see hover.ts); null standing alone. */
  hover: GraphHover['actions'] | null;
  /** The link whose weight card is open. */
  card: CardLink | null;
  /** The backward pass, while the graph has a target: each node's δ once the pass reached it. */
  back: { delta(node: NodeRef): number | null; off(node: NodeRef): boolean; fmt(v: number): string } | null;
  selected: NodeRef | null;
  digits: number;
  locale: string;
  fmt(v: number): string;
  field(param: string, value: number, label?: string): TemplateResult | typeof nothing;
  onNode(node: NodeRef): void;
  onLink(layer: number, to: number, from: number): void;
  onAddNeuron(layer: number): void;
  /** Every input the learner may switch, or null: the network's inputs only, opened like any node. */
  inputChoices: readonly InputChoice[] | null;
  onInput(choice: number, on: boolean): void;
  onRemoveNeuron(layer: number): void;
}

/**
 * Whether a diagram this wide has narrow columns: short headings, stacked −/+, and a wider
 * margin for the input labels (in diagram units, which shrink with the width). A heading is
 * about 7 px a character (0.75em of a 16 px font): "Verborgene Schicht 1" needs more room
 * than "Hidden layer 1", so the language decides too (at 6.2 px a character the German
 * headings of a 4-column playground ran into each other).
 */
export function narrowAt(width: number, sizes: readonly number[], names: GraphNames): boolean {
  const longest = Math.max(...sizes.map((_, l) => names.column(l).length));
  return width / sizes.length < Math.max(NARROW_COLUMN_PX, longest * 7 + 12);
}

/** The diagram's shape as rendered: a new one means new lines and node boxes. */
export function layoutKey(v: Pick<DiagramView, 'model' | 'narrow' | 'heat' | 'inputChoices'>): string {
  return `${v.model.net.sizes.join(',')}|${v.narrow}|${v.heat ? 1 : 0}|${choicesOf(v)?.map((c) => (c.on ? 1 : 0)).join('') ?? ''}`;
}

/**
 * The choices, when they are a list of `{ label, on }` that matches the network (a new network
 * and its choices arrive in one render, but not always in one property set); anything else a
 * host set shows the network's inputs as plain nodes.
 */
function choicesOf(v: Pick<DiagramView, 'model' | 'inputChoices'>): readonly InputChoice[] | null {
  const c: unknown = v.inputChoices;
  if (!Array.isArray(c) || !c.every((x) => x && typeof x === 'object' && typeof x.label === 'string')) return null;
  return c.filter((x) => x.on === true).length === v.model.net.sizes[0] ? c : null;
}

export function diagramView(v: DiagramView): TemplateResult {
  const sizes = v.model.net.sizes;
  const choices = choicesOf(v);
  // With choices, the input column has a row for each, and input i sits in the row of the i-th one that is on.
  const slots = choices ? choices.flatMap((c, s) => (c.on ? [s] : [])) : null;
  const lay = layoutDiagram(choices ? [choices.length, ...sizes.slice(1)] : sizes, v.narrow ? 180 : 70);
  const { width, height, x } = lay;
  const y = (layer: number, i: number) => lay.y(layer, layer === 0 && slots ? slots[i] : i);
  const links: TemplateResult[] = [];
  // Geometry only: widths, colours and dead links change with every epoch and are painted
  // in place by the link painter, so training never re-renders these lines.
  for (let l = 1; l < sizes.length; l++) {
    for (let j = 0; j < sizes[l]; j++) {
      const selected = v.selected && v.selected.layer === l && v.selected.index === j;
      for (let i = 0; i < sizes[l - 1]; i++) {
        links.push(svg`<line class="active" data-w="${l}:${j}:${i}" x1=${x(l - 1)} y1=${y(l - 1, i)} x2=${x(l)} y2=${y(l, j)}
          stroke-opacity=${selected ? 1 : 0.55} @click=${() => v.onLink(l, j, i)}></line>`);
      }
    }
  }
  const pct = (n: number, total: number) => `${(n / total) * 100}%`;
  return html`
    <div class="diagram ${v.narrow ? 'narrow' : ''}" part="diagram" ${cssProps({ 'aspect-ratio': `${width} / ${height}`, '--cols': String(sizes.length), 'max-width': `${width * 1.35}px`, 'min-height': `${Math.round((height / ROW_H) * (v.driven ? ROW_MIN_PX_DRIVEN : ROW_MIN_PX))}px` })}>
      <svg class="links" viewBox="0 0 ${width} ${height}" preserveAspectRatio="none" aria-hidden="true" @pointerover=${v.hover?.onLinksOver} @pointerout=${v.hover?.onLinksOut}><rect class="extent" x="-5%" y="-5%" width="110%" height="110%"></rect>${links}</svg>
      ${v.heat ? html`<canvas class="thumbs" aria-hidden="true"></canvas><canvas class="flow" aria-hidden="true"></canvas>` : nothing}
      ${sizes.map((n, layer) => html`
        <div class="col-head" ${cssProps({ left: pct(x(layer), width) })}>
          ${v.narrow ? html`<div title=${v.names.column(layer)}><span aria-hidden="true">${v.names.columnShort(layer)}</span><span class="visually-hidden">${v.names.column(layer)}</span></div>` : html`<div>${v.names.column(layer)}</div>`}
          ${layer > 0 && layer < sizes.length - 1 && !v.locked ? html`<div class="buttons">
            <button type="button" aria-label=${v.t.removeNeuron({ layer })} title=${v.t.removeNeuron({ layer })} ?disabled=${n <= 1} @click=${() => v.onRemoveNeuron(layer)}>−</button>
            <button type="button" aria-label=${v.t.addNeuron({ layer })} title=${n >= v.neuronLimit ? v.t.maxNeurons({ count: v.neuronLimit }) : v.t.addNeuron({ layer })} ?disabled=${n >= v.neuronLimit} @click=${() => v.onAddNeuron(layer)}>+</button>
          </div>` : nothing}
        </div>
        ${Array.from({ length: n }, (_, index) => nodeButton(v, { layer, index }, pct(x(layer), width), pct(y(layer, index), height), layer === 0 && choices ? slots![index] : -1))}
        ${layer > 0 ? nothing : choices ? choices.map((c, s) => html`${c.on ? nothing : offChoice(v, c, s, pct(x(0), width), pct(lay.y(0, s), height))}
          <span class="in-label ${c.on ? '' : 'off'}" ${cssProps({ left: pct(x(0), width), top: pct(lay.y(0, s), height) })}>${c.label}</span>`)
          : Array.from({ length: n }, (_, index) => html`<span class="in-label" ${cssProps({ left: pct(x(0), width), top: pct(y(0, index), height) })}>${v.labels[index] ?? ''}</span>`)}
      `)}
      ${weightFields(v, (l, i) => ({ left: pct(x(l), width), top: pct(y(l, i), height) }))}
      ${linkCard(v, (c) => ({ left: pct((x(c.layer - 1) + x(c.layer)) / 2, width), top: pct((y(c.layer - 1, c.from) + y(c.layer, c.to)) / 2, height) }))}
    </div>`;
}

/**
 * The selected node's incoming weights as fields below the nodes they come from: w12 below
 * x₁ when the second node of hidden layer 1 is open, where the lesson says to find it.
 */
function weightFields(v: DiagramView, at: (layer: number, index: number) => { left: string; top: string }): TemplateResult | typeof nothing {
  const node = v.selected;
  if (!node || node.layer === 0 || v.driven) return nothing;
  const nIn = v.model.net.sizes[node.layer - 1];
  return html`${Array.from({ length: nIn }, (_, i) => html`<label class="wfield" ${cssProps(at(node.layer - 1, i))}>
    <span aria-hidden="true">${weightName(i + 1, node.index + 1)}</span>
    ${v.field(`w:${node.layer}:${node.index}:${i}`, v.model.net.getWeight(node.layer, node.index, i), `w${i + 1}${node.index + 1}`)}
  </label>`)}`;
}

/** A playground's hovered link: its weight in a field, at the link's middle, as TensorFlow Playground shows it. */
function linkCard(v: DiagramView, at: (c: CardLink) => { left: string; top: string }): TemplateResult | typeof nothing {
  const c = v.card;
  const h = v.hover;
  if (!c || !h || c.layer >= v.model.net.sizes.length) return nothing;
  const param = { kind: 'weight' as const, layer: c.layer, to: c.to, from: c.from };
  const name = v.names.param(param);
  return html`<div class="link-card" part="link-card" role="group" aria-label=${name} ${cssProps(at(c))}
      @pointerenter=${h.onCardEnter} @pointerleave=${h.onCardLeave} @focusout=${h.onCardLeave}>
    <label><span aria-hidden="true">${weightName(c.from + 1, c.to + 1)} =</span> ${v.field(`w:${c.layer}:${c.to}:${c.from}`, v.model.net.parameter(param), name)}</label>
  </div>`;
}

/** An input the network does not use: dimmed, and a press feeds it in. */
function offChoice(v: DiagramView, c: InputChoice, s: number, left: string, top: string): TemplateResult {
  return html`<button type="button" part="node" class="node input choice-off ${v.heat ? 'heat' : ''}" ${cssProps({ left, top })}
    aria-label=${v.t.featureNode({ name: c.label })} aria-pressed="false" ?disabled=${c.disabled} @click=${() => v.onInput(s, true)}></button>`;
}

/** A node; `choice` ≥ 0 makes an input node the toggle of that input choice. */
function nodeButton(v: DiagramView, node: NodeRef, left: string, top: string, choice = -1): TemplateResult {
  const m = v.model;
  const k = nodeKey(node);
  const computed = m.isComputed(node);
  const raw = computed && m.result ? m.result.values[node.layer][node.index] : null;
  const value = raw === null ? null : v.fmt(raw);
  const delta = v.back?.delta(node) ?? null;
  const off = delta !== null && v.back!.off(node);
  const dText = delta === null ? '' : v.back!.fmt(delta);
  let description = v.heat ? '' : value === null ? v.t.notComputed : v.t.valueIs({ value });
  if (delta !== null) description += `; ${v.t.deltaIs({ value: dText })}${off ? `; ${v.t.reluOff}` : ''}`;
  const classes = ['node', node.layer === 0 ? 'input' : '', v.heat ? 'heat' : '', off ? 'off' : '', m.calcChanged.has(k) ? 'calc-changed' : '', m.valueChanged.has(k) ? 'value-changed' : ''].join(' ');
  const c = choice >= 0 ? v.inputChoices![choice] : null;
  const pressed = c ? true : !!v.selected && nodeKey(v.selected) === k;
  const id = `d-${k.replace(':', '-')}`;
  return html`<button type="button" part="node" class=${c ? `${classes} choice` : classes} ${cssProps({ left, top })}
      aria-label=${c ? v.t.featureNode({ name: c.label }) : v.names.node(node)} aria-pressed=${pressed ? 'true' : 'false'} aria-describedby=${id} ?disabled=${c?.disabled}
      data-node=${k} @click=${() => (c ? v.onInput(choice, false) : v.onNode(node))}
      @pointerenter=${v.hover ? () => v.hover!.onHover(node) : nothing} @focus=${v.hover ? () => v.hover!.onHover(node) : nothing}
      @pointerleave=${v.hover ? () => v.hover!.onHover(null) : nothing} @blur=${v.hover ? () => v.hover!.onHover(null) : nothing}>
    ${v.heat ? nothing : html`<span class="val ${value === null ? 'pending' : ''}" data-v=${raw === null ? '?' : formatCompact(raw, v.digits, v.locale)}></span>`}
    <span class="badge" aria-hidden="true">Δ</span>
    ${v.heat && node.layer > 0 ? html`<span class="bias" aria-hidden="true"></span>` : nothing}
    ${delta === null ? nothing : html`<span class="delta" aria-hidden="true" data-v=${`δ ${dText}`}></span>`}
    <span id=${id} hidden>${description}</span>
  </button>`;
}
