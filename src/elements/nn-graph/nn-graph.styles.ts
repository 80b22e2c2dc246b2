import { css } from 'lit';

export const graphStyles = css`
      .toolbar { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin-bottom: 8px; }
      /* The controls sit together above the centred diagram, not at the far edges of a wide page. */
      .toolbar:not(.driven) { justify-content: center; }
      .toolbar .sep { flex: 0 0 12px; }
      /* −, + and the layer count stay on one row. */
      .toolbar .layers { display: inline-flex; gap: 6px; align-items: center; white-space: nowrap; }
      /* In a playground, as TensorFlow Playground writes it and the lesson quotes it: HIDDEN LAYERS. */
      .driven .layer-count { text-transform: uppercase; letter-spacing: 0.04em; font-size: 0.8em; }
      .layer-count { font-size: 0.9em; color: var(--_muted); min-width: 7em; }
      .scroll { overflow-x: auto; padding: 4px; }
      .diagram { position: relative; width: 100%; margin: 0 auto; container-type: inline-size; contain: layout; }
      .diagram svg.links { position: absolute; inset: 0; width: 100%; height: 100%; overflow: visible; }
      .links line { vector-effect: non-scaling-stroke; stroke: var(--_positive); }
      /* An invisible box over the whole diagram keeps the links' painted extent the same while
         training restyles them: Chromium lays out its compositing layers again for the whole page
         whenever a painted extent changes (15-20 ms at 4x CPU with ten playgrounds on a page). */
      .links .extent { fill: transparent; pointer-events: none; }
      .links line.neg { stroke: var(--_negative); }
      .links line.active { cursor: pointer; pointer-events: stroke; }
      .links line.dead, .links line.dead.neg { stroke: var(--_muted); stroke-dasharray: 3 4; stroke-width: 1; stroke-opacity: 0.6; }
      .col-head { position: absolute; top: 2px; transform: translateX(-50%); text-align: center; font-size: 0.75em; color: var(--_muted); white-space: nowrap; }
      .col-head .buttons { display: flex; gap: 4px; justify-content: center; margin-top: 2px; }
      .col-head button { min-width: 28px; min-height: 28px; padding: 0; line-height: 1; }
      /* Narrow columns: −/+ stacked, still 24 px touch targets (WCAG 2.2). */
      .narrow .in-label { padding-right: calc(min(20px, 39cqw / var(--cols, 3)) + 3px); font-size: 0.7em; }
      .narrow .col-head .buttons { flex-direction: column; align-items: center; gap: 2px; }
      .narrow .col-head button { min-width: 24px; min-height: 24px; width: 24px; height: 24px; }
      .node {
        position: absolute; transform: translate(-50%, -50%);
        /* Nodes shrink with a narrow diagram so that a column of four still fits at 320 px. */
        width: min(52px, 13cqw, 78cqw / var(--cols, 3)); height: min(52px, 13cqw, 78cqw / var(--cols, 3)); padding: 0; border-radius: 50%;
        border: 2px solid var(--_border); background: var(--_surface);
        display: grid; place-items: center; font-size: min(0.8em, 3.2cqw, 20cqw / var(--cols, 3)); font-variant-numeric: tabular-nums;
        overflow: visible;
      }
      .node.input { border-radius: 10px; }
      .node[aria-pressed='true'] { border-color: var(--_accent); box-shadow: 0 0 0 3px color-mix(in srgb, var(--_accent) 35%, transparent); }
      .node .val::before { content: attr(data-v); }
      .node .val { direction: ltr; unicode-bidi: isolate; }
      /* The network reads from inputs to output left to right on every page, as its formulas do (w12 below x₁). */
      .diagram { direction: ltr; }
      .node .val.pending { color: var(--_muted); }
      .node.calc-changed::after {
        content: ''; position: absolute; inset: -8px; border-radius: inherit;
        border: 2px dashed var(--_changed); pointer-events: none;
      }
      .node.value-changed .badge { display: block; }
      .badge {
        display: none; position: absolute; top: -8px; right: -10px; min-width: 18px; height: 18px; padding: 0 3px;
        border-radius: 9px; background: var(--_changed); color: var(--_surface); font-size: 11px; line-height: 18px;
      }
      .in-label { position: absolute; transform: translate(-100%, -50%); padding-right: 30px; font-size: 0.75em; white-space: nowrap; color: var(--_muted); pointer-events: none; }
      .legend { display: flex; gap: 16px; flex-wrap: wrap; font-size: 0.8em; color: var(--_muted); margin: 4px 0; }
      .legend .calc::before { content: ''; display: inline-block; width: 12px; height: 12px; border: 2px dashed var(--_changed); border-radius: 50%; margin-inline-end: 4px; vertical-align: -2px; }
      .legend .value::before { content: 'Δ'; display: inline-block; width: 16px; height: 16px; border-radius: 8px; background: var(--_changed); color: var(--_surface); text-align: center; font-size: 11px; line-height: 16px; margin-inline-end: 4px; }
      .changes { margin: 6px 0; font-size: 0.9em; }
      /* Room is kept for what edits and selections show, so that the lesson below does not jump. */
      .change-area { min-height: 4.2em; }
      .inspector { border: 1px solid var(--_border); border-radius: var(--_radius); padding: 10px 12px; margin: 8px auto 0; max-width: 760px; background: var(--_surface); min-height: 11.5em; box-sizing: border-box; }
      /* Before a selection: the room is kept (a selection must not push the lesson down), but it reads as a place for the calculation, not an empty panel. */
      .inspector.empty { display: grid; place-items: center; border-style: dashed; background: transparent; }
      :host { position: relative; }
      .error { color: var(--_error); font-size: 0.875em; margin: 6px 0 0; }
      .hint { color: var(--_muted); margin: 0; }
      @media (prefers-reduced-motion: no-preference) {
        .node .val { transition: opacity 200ms; }
      }
      @media (forced-colors: active) {
        .node { border-color: ButtonText; }
        .node.calc-changed::after { border-color: Highlight; }
        .badge { background: Highlight; color: HighlightText; forced-color-adjust: none; }
      }
    `;
