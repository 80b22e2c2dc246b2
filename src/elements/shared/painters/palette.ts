import type { Palette } from '../controllers/theme.js';
import { resolveColor } from '../color.js';
import { windowOf } from '../realm.js';
import { makeLut, paleLut } from './heatmap.js';

/**
 * The theme's colours as the canvases paint them, made once per theme change and shared by
 * every painter of an element: the colour scale as a lookup table, its pale version for a
 * plot's background, the scale as CSS colours (regression points) and the plain colours.
 * @internal
 */
export class PaletteTables {
  /** 256 RGBA entries from −1 through 0 to +1. */
  lut = makeLut();
  /** A plot's background scale: the theme's region colours (pale in light), so that points stay visible on it. */
  background = paleLut(this.lut);
  /** The scale as CSS colours, so that drawing regression points builds no strings per frame. */
  css: string[] = [];
  colors = { negative: 'rgb(245,147,34)', positive: 'rgb(8,119,189)', outline: 'rgb(32,33,36)', surface: 'rgb(255,255,255)', muted: 'rgb(95,99,104)' };

  /** Rebuilds the tables from the palette the theme controller resolved (null: keep them). */
  update(p: Palette | null): void {
    if (!p) return;
    this.lut = makeLut(p.negative, p.neutral, p.positive);
    this.background = makeLut(p.negativeRegion, p.neutralRegion, p.positiveRegion);
    this.css = Array.from({ length: 256 }, (_, k) => `rgb(${this.lut[k * 4]},${this.lut[k * 4 + 1]},${this.lut[k * 4 + 2]})`);
    const css = (c: readonly number[]) => `rgb(${c.join(',')})`;
    this.colors = { negative: css(p.negative), positive: css(p.positive), outline: css(p.outline), surface: css(p.surface), muted: css(p.muted) };
  }
}

const VARS: Record<keyof Palette, string> = {
  positive: '--_positive',
  negative: '--_negative',
  neutral: '--_neutral',
  surface: '--_surface',
  text: '--_text',
  muted: '--_muted',
  outline: '--_point-outline',
  negativeRegion: '--_negative-region',
  neutralRegion: '--_neutral-region',
  positiveRegion: '--_positive-region',
};

/**
 * The host's palette, resolved by the browser (any CSS colour an author writes) through a
 * hidden probe in its shadow root (ThemeController.reader of every element that paints).
 * Null while the host has no shadow root.
 */
export function readPalette(host: HTMLElement): Palette | null {
  const root = host.shadowRoot;
  if (!root) return null;
  let probe = root.querySelector<HTMLElement>('span[data-theme-probe]');
  if (!probe) {
    probe = host.ownerDocument.createElement('span');
    probe.dataset.themeProbe = '';
    probe.hidden = true;
    root.append(probe);
  }
  const style = windowOf(host).getComputedStyle(probe);
  const out = {} as Palette;
  for (const key of Object.keys(VARS) as (keyof Palette)[]) {
    probe.style.setProperty('color', `var(${VARS[key]})`);
    out[key] = resolveColor(style.color, host.ownerDocument);
  }
  return out;
}
