import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ThemeController } from './controllers/theme.js';
import { ProblemLog, parseEnumAttr, quote } from './problems.js';

const THEMES = ['auto', 'light', 'dark'] as const;
import { mergeStrings } from './strings.js';

/**
 * The base of the four elements: what every one of them needs to live on any host page.
 * - one problems log, its banner and `attributeProblems`;
 * - one polite live region and `announce()`;
 * - `strings` merged over the element's table and validated (see mergeStrings);
 * - accessors set before the element upgraded (a classic script running before the module)
 *   are kept and applied once it is connected, instead of shadowing the accessor forever.
 *
 * Subclasses do their connect work in `onConnect`, which runs before pre-upgrade values
 * are applied: a host's explicit `el.state = …` wins over what the element restores itself.
 */
export abstract class NnElement<S extends object> extends LitElement {
  /** Accessors (not reactive properties: Lit keeps those itself) that a host may set before upgrade. */
  protected static upgradeProperties: readonly string[] = [];

  /**
   * Old attribute names still read on plain pages, mapped to their canonical attribute. The
   * canonical one wins when both are present. Aliases stay out of the manifest: frameworks
   * must not be told about a name like `dataset`, which is a built-in property of every
   * element (React sets it as a property and crashes).
   */
  protected static attributeAliases: Readonly<Record<string, string>> = {};

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, ...Object.keys(this.attributeAliases)];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    const canonical = (this.constructor as typeof NnElement).attributeAliases[name];
    if (canonical === undefined) super.attributeChangedCallback(name, old, value);
    else if (!this.hasAttribute(canonical)) super.attributeChangedCallback(canonical, old, value);
  }

  /** Replaces built-in strings, for translation: any subset of the element's table (see README). */
  @property({ attribute: false }) strings: Partial<S> | null = {};

  @state() protected announcement = '';

  /**
   * Colour scheme: auto (the page's `color-scheme`, or the reader's system preference when the
   * page declares none), light or dark.
   */
  @property({ reflect: true }) theme: string | null = 'auto';

  /** Resolves the theme's colours for canvases and repaints them when they change. */
  protected readonly themer = new ThemeController(this, () => this.onThemeChange());

  protected readonly problems: ProblemLog;
  protected abstract readonly defaultStrings: S;
  private pending = new Map<string, unknown>();
  private mergedFrom: unknown = undefined;
  private merged: S | null = null;

  constructor() {
    super();
    this.problems = new ProblemLog(this.localName || 'nn-element');
    for (const name of (this.constructor as typeof NnElement).upgradeProperties) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        this.pending.set(name, (this as unknown as Record<string, unknown>)[name]);
        delete (this as unknown as Record<string, unknown>)[name];
      }
    }
  }

  /** Problems found in the attributes and properties, as the messages shown to the author. */
  get attributeProblems(): string[] {
    return this.problems.messages;
  }

  /** The string table in use: the built-in one with the host's `strings` merged over it. */
  protected get t(): S {
    if (!this.merged || this.mergedFrom !== this.strings) {
      this.mergedFrom = this.strings;
      this.merged = mergeStrings(this.defaultStrings, this.strings, this.problems);
    }
    return this.merged;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.onConnect();
    if (this.pending.size) {
      const pending = [...this.pending];
      this.pending.clear();
      for (const [name, value] of pending) {
        try {
          (this as unknown as Record<string, unknown>)[name] = value;
        } catch (e) {
          // A setter that throws for a bad value cannot throw to a script that ran before us.
          this.problems.add({ attribute: name, value: quote(safeString(value)), allowed: (e as Error).message, fallback: 'the value was not applied' });
          this.requestUpdate();
        }
      }
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.onDisconnect();
  }

  /** Connect work of the element (listeners, observers); browser-only APIs belong here. */
  protected onConnect(): void {}

  protected onDisconnect(): void {}

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Merge (and report) here, not at the first read in render.
    if (changed.has('strings')) void this.t;
    if (changed.has('theme')) {
      this.problems.clear(['theme']);
      parseEnumAttr(this.problems, 'theme', this.theme, THEMES, 'auto');
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Not on the first update: the elements with canvases read their colours in firstUpdated.
    if (changed.has('theme') && changed.get('theme') !== undefined) this.themer.refresh();
  }

  /**
   * Reads the theme's colours again and repaints the canvases. Changes of the system
   * preference and of the classes, styles and data attributes of <html> and <body> are
   * noticed by themselves; call this after restyling the page in another way.
   */
  refreshTheme(): void {
    this.themer.refresh();
  }

  /** The theme's colours changed: elements with canvases repaint them. */
  protected onThemeChange(): void {
    this.requestUpdate();
  }

  /** Says `text` through the live region; clearing first makes a repeated message heard again. */
  protected announce(text: string): void {
    this.announcement = '';
    void this.updateComplete.then(() => (this.announcement = text));
  }

  protected renderProblems(extra: readonly string[] = []): TemplateResult | typeof nothing {
    const messages = [...this.problems.messages, ...extra];
    return messages.length ? html`<div class="problems" part="problems" role="alert">${messages.map((m) => html`<p>${m}</p>`)}</div>` : nothing;
  }

  protected renderLiveRegion(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>`;
  }
}

function safeString(value: unknown): string {
  try {
    return typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
