import type { CSSResult } from 'lit';
import { nowOrIdle } from './now-or-idle.js';

/**
 * Code that only a learner's action needs (a node's inspector, a playground's node pictures),
 * in its own chunk: fetched in the browser's first idle time after the element renders, or at
 * once when the action comes first. Until it is in, the element shows what it can without it;
 * when it arrives the element renders again. updateComplete waits for every part that is
 * loading (`settleParts`), so a host or a test sees the result of a click after one await.
 * @internal
 */
export class OnDemand<T> {
  /** The loaded module, or null until it is in. */
  value: T | null = null;
  private pending: Promise<void> | null = null;

  constructor(private host: { requestUpdate(): void }, private what: string, private load: () => Promise<T>) {}

  /** The module if it is in; else starts loading it (the host renders again when it arrives). */
  get(): T | null {
    if (!this.value) void this.start();
    return this.value;
  }

  /**
   * Starts the load once (again after a failure), for something the element shows now:
   * updateComplete waits for it. Resolves when it settled.
   */
  start(): Promise<void> {
    const p = this.fetch();
    if (!this.value) {
      let set = loading.get(this.host);
      if (!set) loading.set(this.host, (set = new Set()));
      set.add(p);
      void p.finally(() => set.delete(p));
    }
    return p;
  }

  /**
   * Loads it when the browser is first idle (prefetch), so that the first click finds it in.
   * Nothing waits for a prefetch: updateComplete does not hang on a part nobody asked for yet.
   */
  prefetch(): void {
    if (!this.pending) nowOrIdle([], () => void this.fetch());
  }

  private fetch(): Promise<void> {
    this.pending ??= this.load().then((v) => {
      this.value = v;
      this.host.requestUpdate();
    }, (e: unknown) => {
      // Offline or a blocked path: the element goes on without the part, and tries again on the next action.
      this.pending = null;
      console.warn(`nn-elements: ${this.what} could not be loaded (${String(e)}); are the chunks served beside the script?`);
    });
    return this.pending;
  }
}

const loading = new WeakMap<object, Set<Promise<void>>>();

/** Runs `update` (the host's updateComplete) after every part the host is loading, again while a load started meanwhile. */
export async function settleParts(host: object, update: () => Promise<boolean>): Promise<boolean> {
  let done = await update();
  for (let set = loading.get(host); set?.size; set = loading.get(host)) {
    await Promise.all(set);
    done = await update();
  }
  return done;
}

/** An element that takes a part's styles after its own, and keeps them when it moves to another document (NnElement). */
export interface PartStyled {
  addPartStyles(styles: CSSResult): void;
}
