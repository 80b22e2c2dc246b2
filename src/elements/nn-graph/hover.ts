import type { ReactiveControllerHost } from 'lit';
import type { NodeRef } from '../../core/network.js';
import { sayHover } from './edit-request.js';

/** How long a link's card stays after the pointer left the link, so that it can reach the card. */
const CARD_GRACE_MS = 350;

/** The link whose weight card is open. */
export interface CardLink {
  layer: number;
  to: number;
  from: number;
}

/**
 * TensorFlow Playground's two hover behaviours, in a graph that pictures a playground's
 * network: a hovered or focused neuron is announced to the owner (which shows its output on
 * the plot), and a hovered link opens a small card with its weight in a field that edits it
 * through the graph's usual edit path. Keyboard users reach every weight through the node's
 * inspector fields: the links themselves are not tab stops (there can be hundreds).
 * @internal
 */
export class GraphHover {
  card: CardLink | null = null;
  private node: NodeRef | null = null;
  private inCard = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private host: ReactiveControllerHost & HTMLElement, private active: () => boolean) {}

  /** The view's handlers, bound once. */
  readonly actions = {
    onHover: (node: NodeRef | null): void => {
      if (!this.active()) return;
      const same = node && this.node && node.layer === this.node.layer && node.index === this.node.index;
      if (same || (!node && !this.node)) return;
      this.node = node;
      sayHover(this.host, node);
    },
    onLinksOver: (e: Event): void => {
      const w = (e.target as Element).getAttribute?.('data-w');
      if (!w || !this.active()) return;
      const [layer, to, from] = w.split(':').map(Number);
      clearTimeout(this.timer);
      const c = this.card;
      if (c && c.layer === layer && c.to === to && c.from === from) return;
      this.card = { layer, to, from };
      this.host.requestUpdate();
    },
    onLinksOut: (): void => this.hideSoon(),
    onCardEnter: (): void => {
      this.inCard = true;
      clearTimeout(this.timer);
    },
    onCardLeave: (e: Event): void => {
      if (e.type === 'pointerleave') this.inCard = false;
      const card = e.currentTarget as HTMLElement;
      // Leaving with the field focused keeps the card until the focus goes too.
      if (e.type === 'focusout' && card.contains((e as FocusEvent).relatedTarget as Node | null)) return;
      if (!this.inCard && !card.contains(card.getRootNode() instanceof ShadowRoot ? (card.getRootNode() as ShadowRoot).activeElement : null)) this.hideSoon();
    },
  };

  /** A new network was handed down: a card for a link that is gone closes, and the hovered node is let go. */
  keep(sizes: readonly number[]): void {
    // The hovered node may be gone, or another node now: the owner shows the output again.
    if (this.node) {
      this.node = null;
      sayHover(this.host, null);
    }
    const c = this.card;
    if (c && !(c.layer < sizes.length && c.to < sizes[c.layer] && c.from < sizes[c.layer - 1])) this.card = null;
  }

  private hideSoon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      if (this.inCard || !this.card) return;
      this.card = null;
      this.host.requestUpdate();
    }, CARD_GRACE_MS);
  }
}
