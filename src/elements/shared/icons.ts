import { html } from 'lit';

/**
 * The Step icon (a triangle and a bar, as media players draw "next"), as SVG rather than the
 * text ">|": text is shaped per language and direction, and on right-to-left pages some fonts
 * drew it mirrored. Media controls are not mirrored on right-to-left pages.
 */
export const stepIcon = html`<svg class="icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false"><path d="M3 2.5l8 5.5-8 5.5zM11.5 2.5h2v11h-2z" fill="currentColor"/></svg>`;

/**
 * Play and Pause as SVG of one size: the text glyphs ▶ and ❚❚ differ in width in most fonts,
 * so the toolbar moved by about 7 px at every press.
 */
export const playIcon = html`<svg class="icon" viewBox="0 0 16 16" width="18" height="18" aria-hidden="true" focusable="false"><path d="M4 2.5l10 5.5-10 5.5z" fill="currentColor"/></svg>`;
export const pauseIcon = html`<svg class="icon" viewBox="0 0 16 16" width="18" height="18" aria-hidden="true" focusable="false"><path d="M3.5 2.5h3v11h-3zM9.5 2.5h3v11h-3z" fill="currentColor"/></svg>`;
