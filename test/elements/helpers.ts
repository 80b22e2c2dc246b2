import { sendKeys } from '@web/test-runner-commands';

/** Finds a control the way a person would: by its accessible name (aria-label, label or text). */
export function byName<T extends HTMLElement = HTMLElement>(root: ParentNode, name: string | RegExp): T {
  const found = allByName<T>(root, name);
  if (!found.length) throw new Error(`no control named ${String(name)}`);
  return found[0];
}

export function allByName<T extends HTMLElement = HTMLElement>(root: ParentNode, name: string | RegExp): T[] {
  const matches = (text: string | null | undefined) => text != null && (typeof name === 'string' ? text.trim() === name : name.test(text.trim()));
  const out: T[] = [];
  for (const el of deepQueryAll(root, 'button, input, select, textarea, [role], summary, a')) {
    const labelEl = (el as HTMLInputElement).labels?.[0];
    const label = el.getAttribute('aria-label') ?? (labelEl ? flatText(labelEl) : flatText(el));
    if (matches(label)) out.push(el as T);
  }
  return out;
}

/** querySelectorAll that also looks inside open shadow roots, as assistive technology sees the page. */
export function deepQueryAll(root: ParentNode, selector: string): Element[] {
  const out: Element[] = [...root.querySelectorAll(selector)];
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) out.push(...deepQueryAll(el.shadowRoot, selector));
  return out;
}

/** Visible text of an element's shadow root (what a learner reads). */
export function shadowText(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
}

/** Types into a field as a learner does: focus, select what is there, type, Enter. */
export async function typeInto(input: HTMLInputElement, text: string): Promise<void> {
  input.focus();
  input.select();
  await sendKeys({ type: text });
  await sendKeys({ press: 'Enter' });
}

export const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

/** Text as rendered: slots contribute what is assigned to them (the flat tree a screen reader reads). */
export function flatText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  // nodeName rather than instanceof: the node may come from another frame's realm.
  if (node.nodeName === 'SLOT') {
    const assigned = (node as HTMLSlotElement).assignedNodes({ flatten: true });
    return (assigned.length ? assigned : [...node.childNodes]).map(flatText).join('');
  }
  if (node.nodeType === Node.ELEMENT_NODE && ((node as HTMLElement).hidden || (node as Element).getAttribute('aria-hidden') === 'true')) return '';
  return [...node.childNodes].map(flatText).join('');
}

/** Waits for an element's update and for the nn-graph / nn-dataset-plot inside it. */
export async function settle(el: Element): Promise<void> {
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  for (const inner of el.shadowRoot?.querySelectorAll('nn-graph, nn-dataset-plot') ?? []) await (inner as unknown as { updateComplete: Promise<unknown> }).updateComplete;
}

/** A select by the start of its label, as a learner reads it (undefined when there is none). */
export function selectLabelled(root: ParentNode, label: string): HTMLSelectElement | undefined {
  return deepQueryAll(root, 'select').find((s) => (s as HTMLSelectElement).labels?.[0]?.textContent?.trim().startsWith(label)) as HTMLSelectElement | undefined;
}

/** Chooses an option in a labelled select, as a learner does. */
export function choose(root: ParentNode, label: string, value: string): void {
  const select = selectLabelled(root, label);
  if (!select) throw new Error(`no select labelled ${label}`);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Lets a graph draw `net`'s heatmaps over a grid of `density` cells per side, as a playground does. */
export async function showHeatmaps(graph: HTMLElement & { network: unknown; heatmaps: unknown; updateComplete: Promise<unknown> }, net: import('../../src/core/index.js').Network, density: number): Promise<void> {
  const { HeatmapGrid } = await import('../../src/core/index.js');
  const grid = new HeatmapGrid(['x1', 'x2'], density);
  grid.compute(net);
  graph.network = net;
  graph.heatmaps = grid;
  await settle(graph);
  await nextFrame();
}

// Pixels as shown: the harnesses know where each element draws them.
export { thumbPixel } from '../harness/nn-graph.js';
export { plotPixel, shownPlot } from '../harness/nn-dataset-plot.js';

/** Settles a plot and draws it at once, so that its canvas can be read. */
export async function drawPlot(plot: HTMLElement & { draw(): void; updateComplete: Promise<unknown> }): Promise<void> {
  await settle(plot);
  await nextFrame();
  plot.draw();
}
