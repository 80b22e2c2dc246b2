import { html } from 'lit';

/**
 * The Step icon (a triangle and a bar, as media players draw "next"), as SVG rather than the
 * text ">|": text is shaped per language and direction, and on right-to-left pages some fonts
 * drew it mirrored. Media controls are not mirrored on right-to-left pages.
 */
export const stepIcon = html`<svg class="icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false"><path d="M3 2.5l8 5.5-8 5.5zM11.5 2.5h2v11h-2z" fill="currentColor"/></svg>`;
