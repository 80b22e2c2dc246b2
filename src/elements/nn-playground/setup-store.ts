import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ProblemLog } from '../shared/attributes/problems.js';
import { parseTextAttr } from '../shared/attributes/parse.js';
import { PersistenceController, fingerprint } from '../shared/controllers/persistence.js';
import { windowOf } from '../shared/realm.js';
import { readSettings, type PlaygroundConfig } from './config.js';
import type { PlaygroundState } from './playground-run.js';

/** What the store reads from its playground. */
export interface SetupHost extends ReactiveControllerHost, HTMLElement {
  persistKey: unknown;
  urlState: boolean;
  state: PlaygroundState;
  readonly config: PlaygroundConfig;
  applyConfig(partial: Record<string, unknown>): void;
}

/** Least time between two saves while training. */
const SAVE_MS = 2000;

/** The hash entry of a playground: `nn-<id>=<its settings as JSON>`, among the page's own `&`-separated entries. */
const entryName = (id: string) => `nn-${id}=`;

/**
 * A playground's setup kept and shared:
 * - `persist-key`: settings, network, epoch, history, dead links and own points in this
 *   browser's storage, scoped by the attributes and the id (a lesson whose playground changed,
 *   or another playground with the same key, starts afresh); saved on pause, reset, each
 *   setting and every 2 s while training, and when the page is hidden;
 * - "Copy link to this setup": the settings into the page address's hash, under the
 *   element's id (`#nn-ex2=…`), beside whatever else the hash holds, and onto the clipboard;
 * - `url-state`: those settings read from the hash at the first update. A hash entry that does
 *   not parse or holds invalid settings is reported and ignored.
 * @internal
 */
export class SetupStore implements ReactiveController {
  private readonly storage: PersistenceController;
  private scope = '';
  private savedAt = 0;
  private readonly save = () => this.storage.save(this.host.state);
  private readonly onEpoch = () => {
    const now = performance.now();
    if (now - this.savedAt < SAVE_MS) return;
    this.savedAt = now;
    this.save();
  };

  constructor(private host: SetupHost, private log: ProblemLog) {
    this.storage = new PersistenceController(host, 'nn-playground:', log);
    host.addController(this);
  }

  hostConnected(): void {
    for (const type of ['nn-pause', 'nn-reset', 'nn-config-change']) this.host.addEventListener(type, this.save);
    this.host.addEventListener('nn-epoch', this.onEpoch);
    windowOf(this.host).addEventListener('pagehide', this.save);
  }

  hostDisconnected(): void {
    // Removed (a single-page app moving on, a CMS re-rendering): what the learner did is kept.
    if (this.storage.key) this.save();
    for (const type of ['nn-pause', 'nn-reset', 'nn-config-change']) this.host.removeEventListener(type, this.save);
    this.host.removeEventListener('nn-epoch', this.onEpoch);
    windowOf(this.host).removeEventListener('pagehide', this.save);
  }

  /** At each update: re-keys storage when persist-key or the attributes changed (a new key brings back what it stored); at the first, reads the link. */
  sync(first: boolean): void {
    if (first && this.host.urlState) this.readLink();
    const scope = `${JSON.stringify(readSettings(this.host))}|${this.host.id}`;
    if (!first && `${scope}|${this.host.persistKey}` === this.scope) return;
    this.scope = `${scope}|${this.host.persistKey}`;
    this.log.clear(['persist-key']);
    const key = parseTextAttr(this.log, 'persist-key', this.host.persistKey);
    if (this.storage.setKey(key, fingerprint(scope))) this.storage.restore('setup', (value) => (this.host.state = value as PlaygroundState));
  }

  /** Whether the link action has an id to write under. */
  get canLink(): boolean {
    return !!this.host.id;
  }

  /** Writes the settings into the page address (keeping the rest of its hash) and copies the address; resolves with whether the clipboard took it. */
  async copyLink(): Promise<boolean> {
    const win = windowOf(this.host);
    const id = this.host.id;
    const entry = `${entryName(id)}${encodeURIComponent(JSON.stringify(this.host.config))}`;
    const others = win.location.hash.replace(/^#/, '').split('&').filter((e) => e && !e.startsWith(entryName(id)));
    const url = `${win.location.pathname}${win.location.search}#${[...others, entry].join('&')}`;
    win.history.replaceState(win.history.state, '', url);
    try {
      await win.navigator.clipboard.writeText(win.location.href);
      return true;
    } catch {
      return false;
    }
  }

  private readLink(): void {
    const id = this.host.id;
    if (!id) {
      this.log.add({ attribute: 'url-state', value: '', allowed: 'needs an id: the link keeps each playground\'s settings under its id', fallback: 'the attributes' });
      return;
    }
    const hash = windowOf(this.host).location.hash.replace(/^#/, '');
    const entry = hash.split('&').find((e) => e.startsWith(entryName(id)));
    if (!entry) return;
    try {
      const settings = JSON.parse(decodeURIComponent(entry.slice(entryName(id).length))) as Record<string, unknown>;
      this.host.applyConfig(settings);
    } catch (e) {
      this.log.add({ attribute: 'url-state', value: entry.slice(0, 40), allowed: `the link's settings could not be used (${(e as Error).message})`, fallback: 'the attributes' });
    }
  }
}
