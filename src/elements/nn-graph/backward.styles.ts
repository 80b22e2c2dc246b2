import { css } from 'lit';

/** The backward pass's controls, deltas and lines: with its chunk (backward.ts). */
export const backwardStyles = css`
      /* The backward pass: δ above each node it reached; an off ReLU greyed and dotted (it passes no gradient). */
      .node .delta { position: absolute; bottom: calc(100% + 2px); left: 50%; transform: translateX(-50%); white-space: nowrap; font-size: 10px; line-height: 12px; padding: 0 3px; border-radius: 3px; background: var(--_surface); color: var(--_text, inherit); direction: ltr; unicode-bidi: isolate; pointer-events: none; }
      .node .delta::before { content: attr(data-v); }
      .node.off { border-style: dotted; border-color: var(--_muted); }
      .node.off .val { color: var(--_muted); }
      .backward { margin: 0 0 6px; }
      .backward .toolbar { margin-bottom: 4px; }
      .backward button.text { min-height: 28px; padding: 2px 10px; }
      .backward button[aria-pressed='true'] { border-color: var(--_accent); }
      .backward .loss { margin: 2px 0; }
      .back-lines { margin-top: 8px; border-top: 1px dashed var(--_border); padding-top: 6px; }
      .back-lines h4 { margin: 0 0 4px; font-size: 0.9em; }
      .back-lines .off-note { font-weight: normal; color: var(--_muted); }`;
