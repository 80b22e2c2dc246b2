import { css } from 'lit';

/** Shared theme: every colour is a custom property a host page can override. */
export const themeStyles = css`
  :host {
    --_positive: var(--nn-positive, #0877bd);
    --_negative: var(--nn-negative, #e8710a);
    --_neutral: var(--nn-neutral, #e8eaeb);
    --_accent: var(--nn-accent, #1a73e8);
    --_text: var(--nn-text, currentColor);
    --_muted: var(--nn-muted, #5f6368);
    --_surface: var(--nn-surface, #fff);
    --_border: var(--nn-border, #c4c7c5);
    --_focus: var(--nn-focus, #1a73e8);
    --_error: var(--nn-error, #b3261e);
    --_changed: var(--nn-changed, #9334e6);
    --_radius: var(--nn-radius, 8px);
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font: inherit;
  }
  :host([hidden]) { display: none; }
  *, *::before, *::after { box-sizing: inherit; }
  button, input, select { font: inherit; }
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
    border-left: 4px solid var(--_error);
    background: color-mix(in srgb, var(--_error) 8%, transparent);
    color: var(--_error);
    font-size: 0.875em;
  }
  .problems p { margin: 2px 0; }
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
