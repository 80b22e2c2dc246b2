/**
 * The one place the tests know <nn-graph>'s shadow markup (class names, data attributes,
 * element order). A change of markup is mended here, not in every suite; the suites speak of
 * nodes, links, fields and what a learner reads.
 */
import { canvasPixel, canvasPixels } from './canvas.js';
const root = (graph: Element): ShadowRoot => graph.shadowRoot!;

/** A node's button by its place, "layer:index" ("1:1" is hidden layer 1, neuron 2). */
export function node(graph: Element, key: string): HTMLElement {
  const el = root(graph).querySelector<HTMLElement>(`.node[data-node="${key}"]`);
  if (!el) throw new Error(`no node ${key}`);
  return el;
}

/** Every node's button, in network order. */
export function nodes(graph: Element): HTMLElement[] {
  return [...root(graph).querySelectorAll<HTMLElement>('.diagram > .node[data-node]')];
}

/** The value a node shows in its box ('?' before it is computed), or undefined in a heatmap graph. */
export function shownValue(graph: Element, key: string): string | undefined {
  return node(graph, key).querySelector<HTMLElement>('.val')?.dataset.v;
}

/** The output node's shown value. */
export function outputValue(graph: Element): string | undefined {
  const all = nodes(graph);
  return all[all.length - 1].querySelector<HTMLElement>('.val')?.dataset.v;
}

/** The places ("layer:index") of the nodes marked as "calculation changed", sorted. */
export function calcMarked(graph: Element): string[] {
  return [...root(graph).querySelectorAll<HTMLElement>('.node.calc-changed')].map((n) => n.dataset.node!).sort();
}

/** Every link line, in the network's weight order. */
export function links(graph: Element): SVGLineElement[] {
  return [...root(graph).querySelectorAll<SVGLineElement>('line.active')];
}

/** The links drawn as dead (L1 set them to zero for good). */
export function deadLinks(graph: Element): SVGLineElement[] {
  return [...root(graph).querySelectorAll<SVGLineElement>('line.dead')];
}

/** The links drawn as negative weights. */
export function negativeLinks(graph: Element): SVGLineElement[] {
  return [...root(graph).querySelectorAll<SVGLineElement>('line.active.neg')];
}

/** Each link's stroke width as written. */
export function linkWidths(graph: Element): (string | null)[] {
  return links(graph).map((l) => l.getAttribute('stroke-width'));
}

/** The canvas under the nodes that holds every neuron's heatmap picture (null in a standalone graph). */
export function thumbsCanvas(graph: Element): HTMLCanvasElement | null {
  return root(graph).querySelector<HTMLCanvasElement>('canvas.thumbs');
}

/** The canvas drawn on while training: the moving dashes, and the neurons' pictures meanwhile (hidden at rest, and of no size soon after). */
export function liveCanvas(graph: Element): HTMLCanvasElement | null {
  return root(graph).querySelector<HTMLCanvasElement>('canvas.flow');
}

/**
 * A pixel of one node's heatmap, [r, g, b], at fractions (fx, fy) of its box (3 px in from
 * the border), as shown: the thumbnails share one canvas under the nodes at rest, and are on
 * the live canvas while training.
 */
export function thumbPixel(graph: Element, key: string, fx = 0.5, fy = 0.5): number[] {
  const still = thumbsCanvas(graph)!;
  const live = liveCanvas(graph);
  const shown = Object.assign(document.createElement('canvas'), { width: still.width, height: still.height });
  const ctx = shown.getContext('2d')!;
  if (live?.width && !live.hidden) ctx.drawImage(live, 0, 0);
  ctx.drawImage(still, 0, 0);
  const r = node(graph, key).getBoundingClientRect();
  const box = still.getBoundingClientRect();
  const scale = still.width / box.width;
  return canvasPixel(shown, Math.floor((r.left - box.left + 3 + fx * (r.width - 6)) * scale), Math.floor((r.top - box.top + 3 + fy * (r.height - 6)) * scale));
}

/** The weight field shown below the node it comes from, for the open node ("w:layer:to:from"). */
export function diagramField(graph: Element, param: string): HTMLInputElement {
  const el = root(graph).querySelector<HTMLInputElement>(`.wfield input[data-param="${param}"]`);
  if (!el) throw new Error(`no field ${param} on the diagram`);
  return el;
}

/** The labels beside the input nodes. */
export function inputLabels(graph: Element): HTMLElement[] {
  return [...root(graph).querySelectorAll<HTMLElement>('.in-label:not(.off)')];
}

/** The column headings' boxes (what is shown, short or long). */
export function columnHeadings(graph: Element): HTMLElement[] {
  return [...root(graph).querySelectorAll<HTMLElement>('.col-head > div:first-child')];
}

/** A column's heading as the learner reads it. */
export function columnHeading(graph: Element, layer: number): string {
  return (columnHeadings(graph)[layer].textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The −/+ buttons above the hidden columns. */
export function neuronButtons(graph: Element): HTMLButtonElement[] {
  return [...root(graph).querySelectorAll<HTMLButtonElement>('.col-head button')];
}

/** The diagram's box. */
export function diagram(graph: Element): HTMLElement {
  return root(graph).querySelector<HTMLElement>('.diagram')!;
}

/** The lines of the inspector as read: the heading, the formulas, the hints. */
export function inspectorLines(graph: Element): string[] {
  return [...root(graph).querySelectorAll('[part="inspector"] h3, [part="inspector"] p')].map((p) => (p.textContent ?? '').trim());
}

/** The inspector's formula lines. */
export function formulas(graph: Element): HTMLElement[] {
  return [...root(graph).querySelectorAll<HTMLElement>('.formula')];
}

/** The field for a parameter ("w:layer:to:from", "b:layer:index", "i:index"), wherever it is shown: on the diagram or in the inspector. */
export function field(graph: Element, param: string): HTMLInputElement {
  const el = root(graph).querySelector<HTMLInputElement>(`input[data-param="${param}"]`);
  if (!el) throw new Error(`no field ${param}`);
  return el;
}

/** Every number field the graph shows. */
export function fields(graph: Element): HTMLInputElement[] {
  return [...root(graph).querySelectorAll<HTMLInputElement>('input[data-param]')];
}

/** Whether a node's button carries the "calculation changed" mark. */
export function isCalcMarked(nodeButton: Element): boolean {
  return nodeButton.classList.contains('calc-changed');
}

/** The δ a node shows above it after a backward pass ("δ 0.423"), or null before the pass reached it. */
export function shownDelta(graph: Element, key: string): string | null {
  return node(graph, key).querySelector<HTMLElement>('.delta')?.dataset.v ?? null;
}

/** Whether a node is marked as a ReLU that is off (it passes no gradient). */
export function isOff(graph: Element, key: string): boolean {
  return node(graph, key).classList.contains('off');
}

/** The backward pass's controls and loss line (null without a target). */
export function backwardPanel(graph: Element): HTMLElement | null {
  return root(graph).querySelector<HTMLElement>('[part="backward"]');
}

/** The loss line below the backward controls. */
export function lossLine(graph: Element): string {
  return (backwardPanel(graph)?.querySelector('.loss')?.textContent ?? '').trim();
}

/** The inspector's backward lines (δ, then ∂L/∂w and ∂L/∂b), as read. */
export function backwardLines(graph: Element): string[] {
  return [...root(graph).querySelectorAll('.back-lines .formula')].map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim());
}

/** What a screen reader says of a node besides its name (its value, and its δ after a backward pass). */
export function nodeDescription(graph: Element, key: string): string {
  const id = node(graph, key).getAttribute('aria-describedby')!;
  return (root(graph).getElementById(id)?.textContent ?? '').trim();
}

/** What the graph last announced to screen readers (its polite live region). */
export function announced(graph: Element): string {
  return (root(graph).querySelector('.visually-hidden[role="status"]')?.textContent ?? '').trim();
}

/** The link with weight "layer:to:from" (the line a pointer hovers). */
export function link(graph: Element, w: string): SVGLineElement {
  const el = root(graph).querySelector<SVGLineElement>(`line[data-w="${w}"]`);
  if (!el) throw new Error(`no link ${w}`);
  return el;
}

/** The card a hovered link opens in a playground's graph (null when none is open). */
export function linkCard(graph: Element): HTMLElement | null {
  return root(graph).querySelector<HTMLElement>('[part="link-card"]');
}

/** The level a playground neuron's bias mark shows, −4 (strongly negative) to 4, or null when it has none. */
export function biasLevel(graph: Element, key: string): number | null {
  const v = node(graph, key).querySelector<HTMLElement>('.bias')?.getAttribute('data-level');
  return v === null || v === undefined ? null : Number(v);
}

/**
 * The flowing dashes drawn while a playground trains, as their pixels' alpha sum (0: none)
 * and a fingerprint of where they are: the live canvas outside the node boxes (inside them it
 * shows the neurons' pictures while training).
 */
export function flowPicture(graph: Element): { ink: number; print: string } {
  const canvas = liveCanvas(graph);
  if (!canvas || !canvas.width || canvas.hidden) return { ink: 0, print: '' };
  const data = canvasPixels(canvas);
  const box = canvas.getBoundingClientRect();
  const scale = canvas.width / box.width;
  const boxes = nodes(graph).map((n) => n.getBoundingClientRect()).map((r) => [(r.left - box.left) * scale - 1, (r.top - box.top) * scale - 1, (r.right - box.left) * scale + 1, (r.bottom - box.top) * scale + 1]);
  let ink = 0;
  let print = 0;
  for (let i = 3; i < data.length; i += 4) {
    if (!data[i]) continue;
    const p = (i - 3) / 4;
    const x = p % canvas.width;
    const y = Math.floor(p / canvas.width);
    if (boxes.some(([l, t, r, b]) => x >= l && x <= r && y >= t && y <= b)) continue;
    ink += data[i];
    print = (print * 31 + i) | 0;
  }
  return { ink, print: String(print) };
}
