import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Rgb } from '../color.js';
import { windowOf } from '../realm.js';

/** The colours canvases paint with, resolved by the browser from the theme's custom properties. */
export interface Palette {
  positive: Rgb;
  negative: Rgb;
  neutral: Rgb;
  surface: Rgb;
  text: Rgb;
  muted: Rgb;
  outline: Rgb;
  /** A plot background's colours at −1, 0 and +1. */
  negativeRegion: Rgb;
  neutralRegion: Rgb;
  positiveRegion: Rgb;
}


/**
 * Keeps a host's canvases in its theme. Colours are resolved by the browser (any CSS colour
 * an author writes: names, #fff, hsl(), color-mix(), light-dark()) through a hidden probe in
 * the shadow root, and read again when the page's colour scheme may have changed: the system
 * preference, the `class`, `style` or `data-*` of <html> and <body> (observed, not polled),
 * or a call to the host's `refreshTheme()`.
 *
 * A page that declares no `color-scheme` gets the reader's system preference (the host gets
 * the custom state `os-scheme`); a page that declares one is followed; the host's `theme`
 * attribute forces light or dark.
 * @internal
 */
/** Reads a host's palette (null while it has no shadow root). */
export type PaletteReader = (host: HTMLElement) => Palette | null;

export class ThemeController implements ReactiveController {
  palette: Palette | null = null;
  private media: MediaQueryList | null = null;
  private observer: MutationObserver | null = null;
  private internals: ElementInternals | null = null;
  /** The page's colour scheme was read since the host connected (in its first update, see hostConnected). */
  private schemeRead = false;
  private onChange = () => this.refresh();

  /**
   * `reader` reads the host's colours: painters/palette.ts's `readPalette`, for an element that
   * paints canvases. Without one (a quiz) there is no palette, and no colour code is loaded.
   */
  constructor(private host: ReactiveControllerHost & HTMLElement, private repaint: () => void, private reader: PaletteReader | null = null) {
    host.addController(this);
    try {
      this.internals = host.attachInternals();
    } catch {
      this.internals = null;
    }
  }

  hostConnected(): void {
    const win = windowOf(this.host);
    if (typeof win.matchMedia === 'function') {
      this.media = win.matchMedia('(prefers-color-scheme: dark)');
      this.media.addEventListener('change', this.onChange);
    }
    this.observer = new win.MutationObserver(this.onChange);
    const doc = this.host.ownerDocument;
    for (const el of [doc.documentElement, doc.body]) if (el) this.observer.observe(el, { attributes: true });
    // Read in the element's next update, not here: a page that upgrades many elements at once
    // would force a style recalculation for each of them in one task (getComputedStyle).
    this.schemeRead = false;
  }

  hostUpdate(): void {
    if (this.schemeRead) return;
    this.schemeRead = true;
    this.updateScheme();
    // Before the first render, while the shadow root holds only the probe: the style this
    // forces is the host's and the probe's. Read after the render (as it was), it forced the
    // whole new shadow tree's style inside the render's task: a third of a graph's first render.
    if (!this.palette) this.read();
  }

  hostDisconnected(): void {
    this.media?.removeEventListener('change', this.onChange);
    this.observer?.disconnect();
    this.observer = null;
  }

  /** Reads the colours again and repaints if they changed. */
  refresh(): void {
    this.updateScheme();
    const before = JSON.stringify(this.palette);
    this.read();
    if (JSON.stringify(this.palette) !== before) this.repaint();
  }

  /** Resolves the palette (through the reader; first in the first update, before the render): elements paint with `palette`. */
  private read(): void {
    const out = this.reader?.(this.host) ?? null;
    if (out) this.palette = out;
  }

  /** Sets a custom state of the element (`:state(name)` in CSS), through the one ElementInternals an element may attach. */
  setState(name: string, on: boolean): void {
    try {
      if (on) this.internals?.states.add(name);
      else this.internals?.states.delete(name);
    } catch {
      // A browser without custom states: the page's CSS cannot tell, and nothing else depends on it.
    }
  }

  private updateScheme(): void {
    const states = this.internals?.states;
    if (!states) return;
    const parent = this.host.parentElement ?? this.host.ownerDocument.documentElement;
    const declared = getComputedStyle(parent).colorScheme;
    try {
      if (!declared || declared === 'normal') states.add('os-scheme');
      else states.delete('os-scheme');
    } catch {
      // CustomStateSet without this state syntax: the page's scheme is followed as is.
    }
  }
}
