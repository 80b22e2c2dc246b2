import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ProblemLog } from '../attributes/problems.js';

/** Connected hosts per storage key, to warn when two share one. */
const owners = new Map<string, Set<object>>();
const warned = new Set<string>();

/**
 * Keeps a host's JSON state in localStorage under `prefix + key`. The key is set by the host
 * (from its attribute, re-read whenever it changes). Storage that is missing, full or
 * forbidden is treated as absent: the lesson goes on without it, nothing in memory is lost,
 * and the first failure is said once, naming the error (QuotaExceededError, SecurityError),
 * in the console and in the host's problems (`persist-key`): work of this visit will not
 * survive a reload. A later write that succeeds clears it.
 *
 * Two connected hosts with one key would overwrite each other's state: the second one warns,
 * naming the key. Hosts that should never collide add a `scope` (a fingerprint of what they
 * ask) to the key.
 * @internal
 */
export class PersistenceController implements ReactiveController {
  private storageKey = '';
  private authorKey = '';

  /** The storage error in effect (its name), or '' while storage works. */
  private failing = '';

  constructor(private host: ReactiveControllerHost & { localName: string }, private prefix: string, private log: ProblemLog | null = null) {
    host.addController(this);
  }

  /** The full storage key in use, or '' when not persisting. */
  get key(): string {
    return this.storageKey;
  }

  /**
   * Sets the author's key and a scope that tells tasks apart ('' key stops persisting).
   * Returns true when the storage key changed.
   */
  setKey(key: string, scope = ''): boolean {
    const next = key ? `${this.prefix}${key}${scope ? `:${scope}` : ''}` : '';
    if (next === this.storageKey) return false;
    this.release();
    this.failing = '';
    this.storageKey = next;
    this.authorKey = key;
    this.claim();
    return true;
  }

  load(): unknown {
    if (!this.storageKey) return null;
    let raw: string | null = null;
    try {
      raw = localStorage.getItem(this.storageKey);
    } catch (e) {
      this.failed(e);
      return null;
    }
    if (!raw) return null;
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      return undefined;
    }
  }

  /**
   * Hands what the current key stored to `apply`, which throws to refuse it: a stored value
   * that is not JSON, or that `apply` refuses, is ignored with one warning naming the key and
   * `what` was stored. Nothing is stored: nothing happens.
   */
  restore(what: string, apply: (value: unknown) => void): void {
    const value = this.load();
    if (value === null) return;
    try {
      if (value === undefined) throw new Error('not JSON');
      apply(value);
    } catch {
      console.warn(`<${this.host.localName}> persist-key="${this.authorKey}": the saved ${what} could not be read and was ignored.`);
    }
  }

  save(value: unknown): void {
    if (!this.storageKey) return;
    try {
      localStorage.setItem(this.storageKey, JSON.stringify(value));
    } catch (e) {
      // Storage may be missing, full or forbidden: what is in memory stays.
      this.failed(e);
      return;
    }
    if (this.failing) {
      this.failing = '';
      this.log?.clear(['persist-key']);
      this.host.requestUpdate();
    }
  }

  /** Says a storage failure once, while it lasts: the same error again says nothing. */
  private failed(e: unknown): void {
    const name = (e as { name?: unknown })?.name;
    const error = typeof name === 'string' && name ? name : 'an error';
    if (this.failing === error) return;
    this.failing = error;
    const what = `this browser refused to store the progress (${error}); what the learner does now works, but will not survive a reload`;
    if (this.log) {
      this.log.add({ attribute: 'persist-key', value: this.authorKey, allowed: what, fallback: 'this visit only' });
      this.host.requestUpdate();
    } else {
      console.warn(`<${this.host.localName}> persist-key="${this.authorKey}": ${what}.`);
    }
  }

  hostConnected(): void {
    this.claim();
  }

  hostDisconnected(): void {
    this.release();
  }

  // Per element kind (the prefix): a graph and a quiz may share an author's key without clashing.
  private claim(): void {
    const key = this.authorKey;
    if (!key) return;
    const id = this.prefix + key;
    const set = owners.get(id) ?? new Set();
    set.add(this.host);
    owners.set(id, set);
    if (set.size > 1 && !warned.has(id)) {
      warned.add(id);
      console.warn(`<${this.host.localName}> persist-key="${key}": ${set.size} elements on this page use this key; each keeps its own state, but give each its own persist-key.`);
    }
  }

  private release(): void {
    if (this.authorKey) owners.get(this.prefix + this.authorKey)?.delete(this.host);
  }
}

/** A short, stable hash of a text (FNV-1a, 32 bit, base 36): a fingerprint, not a secret. */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
