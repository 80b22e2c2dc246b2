import { css } from 'lit';

export const quizStyles = css`
      :host {
        --_correct: var(--nn-correct, light-dark(#137333, #81c995));
        --_incorrect: var(--nn-incorrect, light-dark(#b3261e, #f2b8b5));
        border: 1px solid var(--_border); border-radius: var(--_radius); padding: 12px 16px; background: var(--_surface);
      }
      :host([complete]) { border-color: var(--_correct); }
      fieldset { border: 0; margin: 0; padding: 0; min-width: 0; }
      legend { padding: 0; margin-bottom: 6px; font-weight: 600; }
      .choices { display: flex; flex-direction: column; gap: 6px; }
      .choice { display: flex; gap: 10px; align-items: flex-start; padding: 8px 10px; border: 1px solid var(--_border); border-radius: var(--_radius); cursor: pointer; }
      .choice:has(input:checked) { border-color: var(--_accent); background: color-mix(in srgb, var(--_accent) 7%, transparent); }
      .choice input { flex: none; }
      .choice.correct { border-color: var(--_correct); }
      .choice.incorrect { border-color: var(--_incorrect); }
      .verdict { margin-inline-start: auto; font-weight: 600; white-space: nowrap; }
      .correct .verdict { color: var(--_correct); }
      .incorrect .verdict { color: var(--_incorrect); }
      .feedback { margin: 10px 0 0; padding: 8px 12px; border-inline-start: 4px solid var(--_accent); background: color-mix(in srgb, var(--_accent) 6%, transparent); }
      .feedback.correct { border-color: var(--_correct); }
      .feedback.incorrect { border-color: var(--_incorrect); }
      .choice ::slotted(*), legend ::slotted(*) { margin: 0; }
      .feedback ::slotted(*) { margin: 0; }
      .actions { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 10px; align-items: center; }
      .score { font-weight: 600; }
      .disclosure { margin-top: 10px; }
      .disclosure > button { border: 0; background: none; padding: 4px 0; color: var(--_accent); text-decoration: underline; cursor: pointer; }
      /* The arrow keeps its gap: a trailing space inside an inline-block collapses. */
      .disclosure > button::before { content: '▸'; display: inline-block; margin-inline-end: 0.4em; text-decoration: none; }
      .disclosure > button[aria-expanded='true']::before { content: '▾'; }
      /* A closed disclosure points along the reading direction. */
      :host(:dir(rtl)) .disclosure > button[aria-expanded='false']::before { content: '◂'; }
      .panel { padding: 4px 0 0; padding-inline-start: 14px; border-inline-start: 3px solid var(--_border); margin-top: 4px; }
      .progress { list-style: none; padding: 0; margin: 8px 0 0; font-variant-numeric: tabular-nums; }
      .progress li::before { content: '○ '; }
      .progress li.met::before { content: '✓ '; color: var(--_correct); font-weight: 700; }
      .done { color: var(--_correct); font-weight: 600; margin: 8px 0 0; }
      .message { color: var(--_muted); font-size: 0.9em; margin: 6px 0 0; }
      @media (forced-colors: active) {
        .choice.correct, .choice.incorrect, .feedback { border-color: Highlight; }
      }
    `;
