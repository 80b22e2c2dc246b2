import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ProblemLog } from '../attributes/problems.js';
import { windowOf } from '../realm.js';

export interface LinkOptions<T extends HTMLElement> {
  /** Tags the link may name, e.g. ['nn-playground']. */
  accepts: readonly string[];
  /** Called when the target changes: linked, replaced, gone (null). Also once the target upgrades. */
  onChange: (target: T | null, previous: T | null) => void;
  log: ProblemLog;
  /** The attribute that names the target, for messages. */
  attribute?: string;
}

/**
 * Links an element to another by id, as `<label for>` does, on any page:
 * - looks in the element's own root (document or shadow root);
 * - follows a target that is replaced by a new element with the same id, or removed;
 * - waits for a target that comes later by observing the root, never by polling: it costs
 *   nothing until the page changes;
 * - waits for a target that is not yet upgraded with one `whenDefined`;
 * - once the page has loaded and the id is still missing or names the wrong kind of element,
 *   records a problem naming the attribute (and the log warns once).
 * @internal
 */
export class LinkController<T extends HTMLElement> implements ReactiveController {
  private idValue = '';
  private current: T | null = null;
  private observer: MutationObserver | null = null;
  private observedRoot: Node | null = null;
  private waitingFor = new Set<string>();
  private loaded = false;
  private onLoad = () => {
    this.loaded = true;
    this.resolve();
  };

  constructor(private host: ReactiveControllerHost & HTMLElement, private options: LinkOptions<T>) {
    host.addController(this);
  }

  /** The element linked to, or null. */
  get target(): T | null {
    return this.current;
  }

  get id(): string {
    return this.idValue;
  }

  set id(value: string) {
    if (value === this.idValue) return;
    this.idValue = value;
    if (this.host.isConnected) this.resolve();
  }

  hostConnected(): void {
    const root = this.host.getRootNode();
    this.observedRoot = root;
    this.observer = new MutationObserver(() => this.resolve());
    this.observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['id'] });
    // The host's own document and window: an element moved into an iframe links within it.
    this.loaded = this.host.ownerDocument.readyState === 'complete';
    if (!this.loaded) windowOf(this.host).addEventListener('load', this.onLoad, { once: true });
    this.resolve();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.observedRoot = null;
    windowOf(this.host).removeEventListener('load', this.onLoad);
    this.set(null);
  }

  private set(el: T | null): void {
    if (el === this.current) return;
    const previous = this.current;
    this.current = el;
    this.options.onChange(el, previous);
  }

  /** Finds the target now; cheap (one getElementById), so it runs on every page change. */
  private resolve(): void {
    const attribute = this.options.attribute ?? 'for';
    const id = this.idValue;
    const log = this.options.log;
    const message = () => log.list.find((p) => p.attribute === attribute)?.allowed ?? '';
    const before = message();
    log.clear([attribute]);
    if (!id || !this.host.isConnected) {
      this.set(null);
      if (before) this.host.requestUpdate();
      return;
    }
    const root = (this.observedRoot ?? this.host.getRootNode()) as Document | ShadowRoot;
    const found = (typeof root.getElementById === 'function' ? root.getElementById(id) : null) as T | null;
    const tag = found?.localName ?? '';
    if (found && this.options.accepts.includes(tag)) {
      this.set(found);
      if (!customElements.get(tag) && !this.waitingFor.has(tag)) {
        // Linked before its class arrived: tell the host again once it has upgraded.
        this.waitingFor.add(tag);
        void customElements.whenDefined(tag).then(() => {
          this.waitingFor.delete(tag);
          if (this.current && this.current.localName === tag) this.options.onChange(this.current, this.current);
        });
      }
    } else {
      this.set(null);
      if (found) {
        log.add({ attribute, value: id, allowed: `names a <${tag}>, but must name ${this.options.accepts.map((a) => `<${a}>`).join(' or ')}`, fallback: 'no link' });
      } else if (this.loaded) {
        log.add({ attribute, value: id, allowed: 'names no element on this page (check the id\'s spelling)', fallback: 'no link until an element with this id appears' });
      }
    }
    // Re-render only when the message changed: this runs on every change to the page.
    if (before !== message()) this.host.requestUpdate();
  }
}
