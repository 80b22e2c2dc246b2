import { css } from 'lit';

/** Shared theme: every colour is a custom property a host page can override. */
export const themeStyles = css`
  :host {
    /* One palette for every element and every canvas. light-dark() picks by the element's
       colour scheme: the page's, the reader's system preference when the page declares
       none (state os-scheme), or the theme attribute. */
    --_positive: var(--nn-positive, light-dark(#0877bd, #6fb5ef));
    --_negative: var(--nn-negative, #f59322);
    --_neutral: var(--nn-neutral, light-dark(#e8eaeb, #3c4043));
    /* A plot's background: pale on a light surface, as TensorFlow Playground's. On a dark one
       the class colours mixed with the surface give brown and slate, so the confident regions
       are a deep red-orange and a deep blue, each 3:1 against its own class's points. */
    --_negative-region: var(--nn-negative-region, light-dark(color-mix(in srgb, var(--_negative) 45%, var(--_surface)), #a11f00));
    --_positive-region: var(--nn-positive-region, light-dark(color-mix(in srgb, var(--_positive) 45%, var(--_surface)), #00539b));
    --_neutral-region: color-mix(in srgb, var(--_neutral) 45%, var(--_surface));
    --_accent: var(--nn-accent, light-dark(#1a73e8, #8ab4f8));
    --_text: var(--nn-text, light-dark(#202124, #e8eaed));
    --_muted: var(--nn-muted, light-dark(#5f6368, #bdc1c6));
    --_surface: var(--nn-surface, light-dark(#fff, #202124));
    --_border: var(--nn-border, light-dark(#c4c7c5, #5f6368));
    --_focus: var(--nn-focus, light-dark(#1a73e8, #8ab4f8));
    --_error: var(--nn-error, light-dark(#b3261e, #f2b8b5));
    --_changed: var(--nn-changed, light-dark(#9334e6, #d7aefb));
    --_train-line: var(--nn-train-line, light-dark(#5f6368, #bdc1c6));
    --_test-line: var(--nn-test-line, light-dark(#202124, #e8eaed));
    --_point-outline: var(--nn-point-outline, light-dark(#202124, #f8f9fa));
    --_radius: var(--nn-radius, 8px);
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--nn-font, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
  }
  :host(:state(os-scheme)) { color-scheme: light dark; }
  :host([theme='light']) { color-scheme: light; }
  :host([theme='dark']) { color-scheme: dark; }
  :host([hidden]) { display: none; }
  *, *::before, *::after { box-sizing: inherit; }
  button, input, select { font: inherit; }
  /* A touch target of at least 24 × 24 px (WCAG 2.5.8), as every other control has. */
  input[type='checkbox'], input[type='radio'] { inline-size: 24px; block-size: 24px; margin: 0; flex: none; accent-color: var(--_accent); }
  button {
    min-height: 32px;
    min-width: 32px;
    padding: 4px 10px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
    cursor: pointer;
  }
  button:hover:not(:disabled) { border-color: var(--_accent); }
  button:disabled { opacity: 0.5; cursor: not-allowed; }
  :focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
  .problems {
    margin: 0 0 8px;
    padding: 6px 10px;
    border-inline-start: 4px solid var(--_error);
    background: color-mix(in srgb, var(--_error) 8%, transparent);
    color: var(--_error);
    font-size: 0.875em;
  }
  .problems p { margin: 2px 0; }
  button > svg.icon { display: block; margin: auto; }
  /*
   * On a right-to-left page the layout mirrors, but numbers, formulas, number fields, colour
   * scales and charts keep their left-to-right order (a minus before its number, x₁ before x₂,
   * −1 at the orange end): each is isolated from the surrounding text.
   */
  .ltr, .formula, input[inputmode='decimal'], .legend, .plot-area, .live-epoch, .live-test, .live-train { direction: ltr; unicode-bidi: isolate; }
  .visually-hidden {
    position: absolute !important;
    width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
    clip: rect(0 0 0 0); white-space: nowrap; border: 0;
  }
  @media (forced-colors: active) {
    :host { --_positive: LinkText; --_negative: Highlight; --_accent: Highlight; --_focus: Highlight; --_changed: Mark; }
    button { border-color: ButtonText; }
  }
`;
