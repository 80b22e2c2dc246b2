import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { windowOf } from '../realm.js';

/**
 * Observes the size of elements in a host's shadow root (or the host itself) and lets the
 * callback decide what a new size means: it repaints in place and returns true only when the
 * host must render again (a new layout), so a resize never re-renders by itself. Targets are
 * given after each render; the same targets again cost nothing.
 * @internal
 */
export class ResizeController implements ReactiveController {
  private observer: ResizeObserver | null = null;
  private targets: readonly Element[] = [];

  constructor(private host: ReactiveControllerHost & Element, private onResize: (entries: readonly ResizeObserverEntry[]) => boolean, private options: ResizeObserverOptions = {}) {
    host.addController(this);
  }

  /** Observes these elements (missing ones are skipped), instead of the last ones. */
  observe(...elements: (Element | null | undefined)[]): void {
    const next = elements.filter((e): e is Element => !!e);
    if (next.length === this.targets.length && next.every((e, i) => e === this.targets[i])) return;
    this.targets = next;
    if (this.host.isConnected) this.start();
  }

  hostConnected(): void {
    if (this.targets.length) this.start();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = null;
  }

  private start(): void {
    const win = windowOf(this.host);
    if (typeof win.ResizeObserver === 'undefined') return;
    this.observer?.disconnect();
    // The observer of the host's window (an adopted host gets a new one at its next connect).
    this.observer ??= new win.ResizeObserver((entries) => {
      if (this.onResize(entries)) this.host.requestUpdate();
    });
    for (const t of this.targets) this.observer.observe(t, this.options);
  }
}
