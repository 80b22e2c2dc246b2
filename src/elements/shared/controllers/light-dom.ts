import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Watches the author's light-DOM content of a host (children added, removed or edited, as a
 * CMS that renders in steps does) and calls back on connect and on every change. The content
 * stays the author's: the callback reads it, never rewrites it.
 * @internal
 */
export class LightDomController implements ReactiveController {
  private observer: MutationObserver | null = null;

  constructor(private host: ReactiveControllerHost & Element, private onChange: () => void, private options: MutationObserverInit = { childList: true, subtree: true, characterData: true }) {
    host.addController(this);
  }

  hostConnected(): void {
    this.onChange();
    if (typeof MutationObserver === 'undefined') return;
    this.observer = new MutationObserver(() => this.onChange());
    this.observer.observe(this.host, this.options);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = null;
  }
}
