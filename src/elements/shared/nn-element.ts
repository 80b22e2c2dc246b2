import { LitElement, html, nothing, type CSSResult, type CSSResultOrNative, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { formatNumber } from './i18n/numbers.js';
import { windowOf } from './realm.js';
import { settleParts, type PartStyled } from './on-demand.js';
import { ThemeController, type PaletteReader } from './controllers/theme.js';
import { ProblemLog, quote } from './attributes/problems.js';
import { parseEnumAttr } from './attributes/parse.js';
import { compileMessages, type Compiled, type LocaleSection, type Translation } from './i18n/messages.js';
import { localeMessages, localeVersion, onLocalesChanged, resolveLocale } from './i18n/registry.js';

const THEMES = ['auto', 'light', 'dark'] as const;
/** Global attributes the elements follow (not their own API: every element has them). */
const LANGUAGE_ATTRIBUTES = ['lang', 'dir'];

/** What a playground passes on to its inner graph and plot: `strings['nn-graph']`… */
export interface InnerStrings {
  'nn-graph'?: Record<string, unknown>;
  'nn-dataset-plot'?: Record<string, unknown>;
}

/** Connected elements, told when a `lang` attribute changes anywhere in the page. */
const speakers = new Set<NnElement<object>>();
let langObserver: MutationObserver | null = null;
let stopListening: (() => void) | null = null;

function watchLanguages(el: NnElement<object>): void {
  speakers.add(el);
  if (!langObserver && typeof MutationObserver !== 'undefined' && typeof document !== 'undefined') {
    // One observer for the page: lang changes are rare, and an element's language may come from any ancestor.
    langObserver = new MutationObserver(() => speakers.forEach((s) => s.checkLanguage()));
    langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
    stopListening = onLocalesChanged(() => speakers.forEach((s) => s.checkLanguage(true)));
  }
}

function unwatchLanguages(el: NnElement<object>): void {
  speakers.delete(el);
  if (!speakers.size && langObserver) {
    langObserver.disconnect();
    langObserver = null;
    stopListening?.();
  }
}

function isRtl(el: Element): boolean {
  try {
    return el.matches(':dir(rtl)');
  } catch {
    return false;
  }
}

/** The `lang` that applies to an element: its own, or its closest ancestor's, across shadow roots. */
function closestLang(el: Element): string {
  let node: Node | null = el;
  while (node) {
    if (node.nodeType === 1 && (node as Element).hasAttribute('lang')) return (node as Element).getAttribute('lang') ?? '';
    node = node.parentNode ?? (node as ShadowRoot).host ?? null;
  }
  return '';
}

/**
 * What an element's renders pass: the first waits for `wait`, and runs in the microtask it
 * settles in (`open` lets it go now); a later one waits while `turn` gives a promise, and
 * `spent` counts its time (./update-budget.ts).
 */
export interface RenderGate {
  wait(el: Element): Promise<void>;
  open(el: Element): void;
  turn(win: Window): Promise<void> | undefined;
  spent(ms: number, win: Window): void;
}

/** What waits for an element's first update without asking for it (afterFirstUpdate). */
const waitingFirst = new WeakMap<Element, () => void>();

/**
 * Settles after `el`'s first update, without hastening it (a goal reading a playground that
 * waits to render); undefined once it has updated, or for an element that is not a Lit element.
 */
export function afterFirstUpdate(el: Element): Promise<void> | undefined {
  if ((el as { hasUpdated?: boolean }).hasUpdated !== false) return undefined;
  return new Promise((resolve) => {
    const before = waitingFirst.get(el);
    waitingFirst.set(el, () => (before?.(), resolve()));
  });
}

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
export abstract class NnElement<S extends object> extends LitElement implements PartStyled {
  static override properties: PropertyDeclarations = {
    strings: { attribute: false }, theme: { reflect: true },
  };
  /** The section of a locale's messages that holds this element's table. */
  protected static localeSection: LocaleSection;
  /** Sections of `strings` passed on to inner elements (the playground's graph and plot). */
  protected static innerSections: readonly LocaleSection[] = [];

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
    return [...super.observedAttributes, ...Object.keys(this.attributeAliases), ...LANGUAGE_ATTRIBUTES];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (LANGUAGE_ATTRIBUTES.includes(name)) {
      this.checkLanguage();
      return;
    }
    const canonical = (this.constructor as typeof NnElement).attributeAliases[name];
    if (canonical === undefined) super.attributeChangedCallback(name, old, value);
    else if (!this.hasAttribute(canonical)) super.attributeChangedCallback(canonical, old, value);
  }

  /**
   * Replaces messages for this element only: any subset of its table, as data (strings with
   * named placeholders, plural objects). Wins over the language's messages (see README).
   */
  strings: (Translation<S> & InnerStrings) | null = {};

  /** What the live region says (speak). */
  private spoken = '';

  /**
   * Colour scheme: auto (the page's `color-scheme`, or the reader's system preference when the
   * page declares none), light or dark.
   */
  theme: string | null = 'auto';

  /** Resolves the theme's colours for canvases and repaints them when they change. */
  protected readonly themer = new ThemeController(this, () => this.onThemeChange(), (this.constructor as typeof NnElement).readPalette);

  protected readonly problems: ProblemLog;
  protected abstract readonly defaultStrings: S;
  private pending = new Map<string, unknown>();
  private mergedFrom: unknown = undefined;
  private mergedKey = '';
  private merged: Compiled<S> | null = null;
  private language = 'en';
  private rtl = false;

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

  /**
   * The language the element speaks (a registered or shipped code, else `en`), from the
   * closest `lang` attribute, its own included.
   */
  get locale(): string {
    return this.language;
  }

  /**
   * The language the author's text is in: the closest `lang` as written (`de-CH`), or `en-US`
   * on a page that declares none. xAPI keys the author's text with it.
   */
  protected get contentLanguage(): string {
    return closestLang(this).trim() || 'en-US';
  }

  /** Looks at the `lang` that applies again; `force` after a language was registered. */
  checkLanguage(force = false): void {
    const next = resolveLocale(closestLang(this));
    const rtl = isRtl(this);
    if (next !== this.language || rtl !== this.rtl || force) {
      this.language = next;
      this.rtl = rtl;
      this.requestUpdate();
    }
  }

  /** A number in the element's language, with fixed decimals (< 0: as many as it has). */
  protected num(value: number, decimals: number): string {
    const text = formatNumber(value, decimals, this.language);
    // In right-to-left text a minus would drift after its number: isolate it as left-to-right.
    return this.rtl && text.startsWith('−') ? `\u2066${text}\u2069` : text;
  }

  /** The messages in use: English, under the language's, under the host's `strings`. */
  protected get t(): Compiled<S> {
    const key = `${this.language}|${localeVersion()}`;
    if (!this.merged || this.mergedFrom !== this.strings || this.mergedKey !== key) {
      this.mergedFrom = this.strings;
      this.mergedKey = key;
      this.problems.clear(this.problems.list.filter((p) => p.attribute.startsWith('strings')).map((p) => p.attribute));
      const section = (this.constructor as typeof NnElement).localeSection;
      this.merged = compileMessages(this.defaultStrings, [
        { messages: this.language === 'en' ? undefined : localeMessages(this.language, section), log: null, name: `${this.language} ${section}` },
        { messages: this.strings, log: this.problems, name: 'strings' },
      ], this.language, (this.constructor as typeof NnElement).innerSections);
    }
    return this.merged;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchLanguages(this as NnElement<object>);
    this.checkLanguage();
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

  /**
   * Moved into another document (an iframe, by `adoptNode`): the constructed style sheets
   * belong to the document they were made in, and another document's shadow roots drop them.
   * Adopt sheets made in the new window instead (or Lit's own, back home).
   */
  adoptedCallback(): void {
    const root = this.renderRoot as ShadowRoot;
    if (!root || !('adoptedStyleSheets' in root)) return;
    const win = windowOf(this);
    root.adoptedStyleSheets = [...(this.constructor as typeof LitElement).elementStyles, ...this.partStyles].map((s) => sheetIn(win, s));
  }

  /** Styles of parts loaded on demand (shared/on-demand.ts), after the element's own. */
  private readonly partStyles: CSSResult[] = [];

  /** Adds a part's styles after the element's own, once; kept when the element moves to another document. @internal */
  addPartStyles(styles: CSSResult): void {
    if (this.partStyles.includes(styles)) return;
    this.partStyles.push(styles);
    const root = this.renderRoot as ShadowRoot | undefined;
    if (!root) return;
    if ('adoptedStyleSheets' in root) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheetIn(windowOf(this), styles)];
    else {
      // As Lit does without constructable sheets: a <style> with the page's nonce.
      const style = document.createElement('style');
      const nonce = (globalThis as { litNonce?: string }).litNonce;
      if (nonce !== undefined) style.setAttribute('nonce', nonce);
      style.textContent = styles.cssText;
      (root as ParentNode).append(style);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLanguages(this as NnElement<object>);
    this.onDisconnect();
  }

  /** Connect work of the element (listeners, observers); browser-only APIs belong here. */
  protected onConnect(): void {}

  protected onDisconnect(): void {}

  /**
   * What the first render waits for (./first-render.ts: until the element nears the viewport
   * or is awaited, and then for a task of its own). A lesson page upgrades all its elements at
   * once when the script arrives, and the first renders of its graphs and playgrounds together
   * were one long task (400 ms on a 4x slower CPU). Its later renders share one budget per
   * task with the other gated elements' (./update-budget.ts). None for a quiz in its own file
   * (nn-quiz-task.js, at its size budget): it renders with its upgrade. The bundle and the npm
   * entry give it one (nn-quiz-task/hold-off-screen.ts, src/bundle/hold-quizzes.ts): eight
   * quizzes rendering with their upgrade were a task of 60 to 90 ms at 4x CPU.
   */
  protected static renderGate: RenderGate | null = null;

  /** How an element that paints canvases reads its theme's colours (painters/palette.ts); none for one that does not. */
  protected static readPalette: PaletteReader | null = null;

  protected override async scheduleUpdate(): Promise<unknown> {
    const gate = (this.constructor as typeof NnElement).renderGate;
    if (!gate) return super.scheduleUpdate();
    if (!this.hasUpdated) {
      await gate.wait(this);
      return super.scheduleUpdate();
    }
    const win = windowOf(this);
    // Not awaited when there is no wait: a render asked for runs in the same microtask as before.
    const turn = gate.turn(win);
    if (turn) await turn;
    const start = performance.now();
    try {
      return super.scheduleUpdate();
    } finally {
      gate.spent(performance.now() - start, win);
    }
  }

  /**
   * Once the element and those inside it have rendered, it has the custom state `nn-ready`:
   * nn-elements.css keeps the element's space until then (`:not(:state(nn-ready))`), as it does
   * while the tag is not yet defined, so the page does not jump between the two.
   */
  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    waitingFirst.get(this)?.();
    waitingFirst.delete(this);
    // Set in getUpdateComplete, so that whoever awaited it sees the state too. A call, not
    // `void this.updateComplete`: the bundle's minifier takes getters to be pure (pure_getters)
    // and dropped that line, and no element of dist/ got the state unless someone awaited it.
    void this.getUpdateComplete();
  }

  /** Settles once the element has rendered, and the elements it shows inside (a playground's graph and plot) too. */
  protected override async getUpdateComplete(): Promise<boolean> {
    // Whoever awaits the element wants it rendered: a held first render goes now.
    (this.constructor as typeof NnElement).renderGate?.open(this);
    let done = await settleParts(this, () => super.getUpdateComplete());
    for (const inner of this.renderRoot?.querySelectorAll?.<NnElement<object>>('nn-graph, nn-dataset-plot, nn-playground, nn-quiz-task') ?? []) {
      done = (await inner.updateComplete) && done;
    }
    if (this.hasUpdated) this.themer.setState('nn-ready', true);
    return done;
  }

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
    // A region rendered anew (or for the first time) says what was said before it was there.
    this.speak();
    // Not on the first update: the elements with canvases read their colours in firstUpdated.
    // After this update: the repaint it asks for is a next update, not one scheduled inside this one.
    if (changed.has('theme') && changed.get('theme') !== undefined) void this.updateComplete.then(() => this.themer.refresh());
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
    this.speak('');
    void this.updateComplete.then(() => this.speak(text));
  }

  /**
   * Writes `text` into the live region in place, rather than rendering it: a playground told
   * screen readers its loss by rendering its whole template again, twice (cleared, then said),
   * on every Pause and every few seconds while training.
   */
  protected speak(text = this.spoken): void {
    this.spoken = text;
    const region = this.renderRoot?.querySelector('.visually-hidden[role="status"]');
    if (region && region.textContent !== text) region.textContent = text;
  }

  protected renderProblems(extra: readonly string[] = []): TemplateResult | typeof nothing {
    const messages = [...this.problems.messages, ...extra];
    return messages.length ? html`<div class="problems" part="problems" role="alert">${messages.map((m) => html`<p>${m}</p>`)}</div>` : nothing;
  }

  protected renderLiveRegion(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite"></div>`;
  }
}

/** Style sheets made in other windows, by window and by the style they stand for. */
const sheets = new WeakMap<Window, Map<CSSResultOrNative, CSSStyleSheet>>();

/** A style as a sheet of `win`: its own when it was made there, else one made there once. */
function sheetIn(win: Window & typeof globalThis, style: CSSResultOrNative): CSSStyleSheet {
  const own = style instanceof CSSStyleSheet ? style : style.styleSheet;
  if (own && own instanceof win.CSSStyleSheet) return own;
  let made = sheets.get(win);
  if (!made) sheets.set(win, (made = new Map()));
  let sheet = made.get(style);
  if (!sheet) {
    sheet = new win.CSSStyleSheet();
    sheet.replaceSync(style instanceof CSSStyleSheet ? [...style.cssRules].map((r) => r.cssText).join('\n') : style.cssText);
    made.set(style, sheet);
  }
  return sheet;
}

function safeString(value: unknown): string {
  try {
    return typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
