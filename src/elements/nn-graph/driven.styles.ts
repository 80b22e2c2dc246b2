import { css } from 'lit';

/** What only a playground's graph shows (bias marks, heatmap nodes, the link card, inputs to switch): with its chunk (driven-part.ts). */
export const drivenStyles = css`
      /* A playground's hovered link: its weight, editable, at the link's middle. */
      .link-card {
        position: absolute; transform: translate(-50%, -50%); z-index: 2; display: flex; align-items: center;
        padding: 3px 6px; border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_surface);
        box-shadow: 0 2px 6px rgb(0 0 0 / 0.18); font-size: 0.75em; font-family: ui-monospace, monospace; white-space: nowrap;
      }
      .link-card input { width: 4.6em; min-height: 24px; padding: 1px 4px; margin-inline-start: 4px; border: 1px solid var(--_accent); border-radius: 4px; font: inherit; }
      /* A playground neuron's bias, as TensorFlow Playground marks it: blue positive, orange negative, stronger when larger. */
      /* Faded by the colours' alpha, not by opacity: a mark going to or from opacity 1 made
         Chromium lay out the page's compositing layers again (as the links' extent, nn-graph.styles.ts). */
      .node .bias {
        --_bias: var(--_positive); --_bias-alpha: 35%;
        position: absolute; left: 1px; bottom: 1px; width: 8px; height: 8px; pointer-events: none; background-clip: padding-box;
        border: 1px solid color-mix(in srgb, var(--_border) var(--_bias-alpha), transparent);
        background-color: color-mix(in srgb, var(--_bias) var(--_bias-alpha), transparent);
      }
      .node .bias[data-level^='-'] { --_bias: var(--_negative); }
      .node .bias[data-level='0'] { --_bias: var(--_surface); }
      .node .bias[data-level='1'], .node .bias[data-level='-1'] { --_bias-alpha: 50%; }
      .node .bias[data-level='2'], .node .bias[data-level='-2'] { --_bias-alpha: 65%; }
      .node .bias[data-level='3'], .node .bias[data-level='-3'] { --_bias-alpha: 80%; }
      .node .bias[data-level='4'], .node .bias[data-level='-4'] { --_bias-alpha: 100%; }
      .diagram canvas.thumbs, .diagram canvas.flow { position: absolute; inset: 0; width: 100%; height: 100%; pointer-events: none; }
      .node.heat { width: min(40px, 10cqw, 70cqw / var(--cols, 3)); height: min(40px, 10cqw, 70cqw / var(--cols, 3)); border-radius: 4px; padding: 0; overflow: hidden; background: transparent; }
      /* A playground's input that is not fed in: TensorFlow Playground's dimmed feature. */
      .node.choice-off { opacity: 0.4; background: var(--_neutral); }
      .node.choice[aria-pressed='true'] { border-color: var(--_border); box-shadow: none; }
      .node.choice-off:hover:not(:disabled), .node.choice-off:focus-visible { opacity: 0.75; }`;
