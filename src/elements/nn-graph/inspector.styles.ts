import { css } from 'lit';

/** The selected node's panel and fields: with the inspector's chunk (inspector-part.ts), and the backward pass's. */
export const inspectorStyles = css`
      .wfield {
        position: absolute; transform: translateX(-50%); margin-top: calc(min(26px, 6.5cqw) + 6px); z-index: 1;
        display: flex; align-items: center; gap: 3px; font-size: 0.75em; font-family: ui-monospace, monospace;
        background: var(--_surface); border-radius: 4px; padding: 1px 3px;
      }
      .wfield input { width: 4.6em; min-height: 24px; padding: 1px 4px; border: 1px solid var(--_accent); border-radius: 4px; font: inherit; }
      /* Below and to the left of its input, where no link runs: the links leave the node towards the right. (Narrow diagrams keep it centred, inside the element.) */
      .diagram:not(.narrow) .wfield { transform: translateX(-84%); }
      /* In a playground the calculation opens over what follows, as a card, instead of pushing the page down. */
      .driven-inspector { position: absolute; left: 0; right: 0; z-index: 3; min-height: 0; box-shadow: 0 4px 14px rgb(0 0 0 / 0.2); }
      .inspector h3 { margin: 0 0 6px; font-size: 1em; }
      .formula { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.9em; overflow-wrap: anywhere; margin: 2px 0; }
      .fields { display: flex; flex-wrap: wrap; gap: 8px 14px; margin-top: 8px; direction: ltr; }
      .fields label { display: inline-flex; gap: 4px; align-items: center; font-family: ui-monospace, monospace; font-size: 0.9em; }
      .fields input { width: 6em; padding: 3px 6px; border: 1px solid var(--_border); border-radius: 4px; }
      .fields input[aria-invalid='true'] { border-color: var(--_error); }
      /* "where h = …" between two equation lines, in their size. */
      .inspector .formula + .hint { font-size: 0.9em; margin: 2px 0; }`;
